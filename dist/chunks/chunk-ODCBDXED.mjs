import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  debugEnabled,
  dockerBinary,
  enableMasking,
  errorAnnotation,
  group,
  inGithubActions,
  makeLogger,
  redact,
  registerSecret,
  setOutput
} from "./chunk-E7YZNGG6.mjs";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-QAO4AET5.mjs";

// node_modules/dotenv/package.json
var require_package = __commonJS({
  "node_modules/dotenv/package.json"(exports, module) {
    module.exports = {
      name: "dotenv",
      version: "16.6.1",
      description: "Loads environment variables from .env file",
      main: "lib/main.js",
      types: "lib/main.d.ts",
      exports: {
        ".": {
          types: "./lib/main.d.ts",
          require: "./lib/main.js",
          default: "./lib/main.js"
        },
        "./config": "./config.js",
        "./config.js": "./config.js",
        "./lib/env-options": "./lib/env-options.js",
        "./lib/env-options.js": "./lib/env-options.js",
        "./lib/cli-options": "./lib/cli-options.js",
        "./lib/cli-options.js": "./lib/cli-options.js",
        "./package.json": "./package.json"
      },
      scripts: {
        "dts-check": "tsc --project tests/types/tsconfig.json",
        lint: "standard",
        pretest: "npm run lint && npm run dts-check",
        test: "tap run --allow-empty-coverage --disable-coverage --timeout=60000",
        "test:coverage": "tap run --show-full-coverage --timeout=60000 --coverage-report=text --coverage-report=lcov",
        prerelease: "npm test",
        release: "standard-version"
      },
      repository: {
        type: "git",
        url: "git://github.com/motdotla/dotenv.git"
      },
      homepage: "https://github.com/motdotla/dotenv#readme",
      funding: "https://dotenvx.com",
      keywords: [
        "dotenv",
        "env",
        ".env",
        "environment",
        "variables",
        "config",
        "settings"
      ],
      readmeFilename: "README.md",
      license: "BSD-2-Clause",
      devDependencies: {
        "@types/node": "^18.11.3",
        decache: "^4.6.2",
        sinon: "^14.0.1",
        standard: "^17.0.0",
        "standard-version": "^9.5.0",
        tap: "^19.2.0",
        typescript: "^4.8.4"
      },
      engines: {
        node: ">=12"
      },
      browser: {
        fs: false
      }
    };
  }
});

// node_modules/dotenv/lib/main.js
var require_main = __commonJS({
  "node_modules/dotenv/lib/main.js"(exports, module) {
    var fs = __require("fs");
    var path = __require("path");
    var os = __require("os");
    var crypto = __require("crypto");
    var packageJson = require_package();
    var version = packageJson.version;
    var LINE2 = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg;
    function parse(src) {
      const obj = {};
      let lines = src.toString();
      lines = lines.replace(/\r\n?/mg, "\n");
      let match;
      while ((match = LINE2.exec(lines)) != null) {
        const key = match[1];
        let value = match[2] || "";
        value = value.trim();
        const maybeQuote = value[0];
        value = value.replace(/^(['"`])([\s\S]*)\1$/mg, "$2");
        if (maybeQuote === '"') {
          value = value.replace(/\\n/g, "\n");
          value = value.replace(/\\r/g, "\r");
        }
        obj[key] = value;
      }
      return obj;
    }
    function _parseVault(options) {
      options = options || {};
      const vaultPath = _vaultPath(options);
      options.path = vaultPath;
      const result = DotenvModule.configDotenv(options);
      if (!result.parsed) {
        const err = new Error(`MISSING_DATA: Cannot parse ${vaultPath} for an unknown reason`);
        err.code = "MISSING_DATA";
        throw err;
      }
      const keys = _dotenvKey(options).split(",");
      const length = keys.length;
      let decrypted;
      for (let i = 0; i < length; i++) {
        try {
          const key = keys[i].trim();
          const attrs = _instructions(result, key);
          decrypted = DotenvModule.decrypt(attrs.ciphertext, attrs.key);
          break;
        } catch (error) {
          if (i + 1 >= length) {
            throw error;
          }
        }
      }
      return DotenvModule.parse(decrypted);
    }
    function _warn(message) {
      console.log(`[dotenv@${version}][WARN] ${message}`);
    }
    function _debug(message) {
      console.log(`[dotenv@${version}][DEBUG] ${message}`);
    }
    function _log(message) {
      console.log(`[dotenv@${version}] ${message}`);
    }
    function _dotenvKey(options) {
      if (options && options.DOTENV_KEY && options.DOTENV_KEY.length > 0) {
        return options.DOTENV_KEY;
      }
      if (process.env.DOTENV_KEY && process.env.DOTENV_KEY.length > 0) {
        return process.env.DOTENV_KEY;
      }
      return "";
    }
    function _instructions(result, dotenvKey) {
      let uri;
      try {
        uri = new URL(dotenvKey);
      } catch (error) {
        if (error.code === "ERR_INVALID_URL") {
          const err = new Error("INVALID_DOTENV_KEY: Wrong format. Must be in valid uri format like dotenv://:key_1234@dotenvx.com/vault/.env.vault?environment=development");
          err.code = "INVALID_DOTENV_KEY";
          throw err;
        }
        throw error;
      }
      const key = uri.password;
      if (!key) {
        const err = new Error("INVALID_DOTENV_KEY: Missing key part");
        err.code = "INVALID_DOTENV_KEY";
        throw err;
      }
      const environment = uri.searchParams.get("environment");
      if (!environment) {
        const err = new Error("INVALID_DOTENV_KEY: Missing environment part");
        err.code = "INVALID_DOTENV_KEY";
        throw err;
      }
      const environmentKey = `DOTENV_VAULT_${environment.toUpperCase()}`;
      const ciphertext = result.parsed[environmentKey];
      if (!ciphertext) {
        const err = new Error(`NOT_FOUND_DOTENV_ENVIRONMENT: Cannot locate environment ${environmentKey} in your .env.vault file.`);
        err.code = "NOT_FOUND_DOTENV_ENVIRONMENT";
        throw err;
      }
      return { ciphertext, key };
    }
    function _vaultPath(options) {
      let possibleVaultPath = null;
      if (options && options.path && options.path.length > 0) {
        if (Array.isArray(options.path)) {
          for (const filepath of options.path) {
            if (fs.existsSync(filepath)) {
              possibleVaultPath = filepath.endsWith(".vault") ? filepath : `${filepath}.vault`;
            }
          }
        } else {
          possibleVaultPath = options.path.endsWith(".vault") ? options.path : `${options.path}.vault`;
        }
      } else {
        possibleVaultPath = path.resolve(process.cwd(), ".env.vault");
      }
      if (fs.existsSync(possibleVaultPath)) {
        return possibleVaultPath;
      }
      return null;
    }
    function _resolveHome(envPath) {
      return envPath[0] === "~" ? path.join(os.homedir(), envPath.slice(1)) : envPath;
    }
    function _configVault(options) {
      const debug = Boolean(options && options.debug);
      const quiet = options && "quiet" in options ? options.quiet : true;
      if (debug || !quiet) {
        _log("Loading env from encrypted .env.vault");
      }
      const parsed = DotenvModule._parseVault(options);
      let processEnv = process.env;
      if (options && options.processEnv != null) {
        processEnv = options.processEnv;
      }
      DotenvModule.populate(processEnv, parsed, options);
      return { parsed };
    }
    function configDotenv(options) {
      const dotenvPath = path.resolve(process.cwd(), ".env");
      let encoding = "utf8";
      const debug = Boolean(options && options.debug);
      const quiet = options && "quiet" in options ? options.quiet : true;
      if (options && options.encoding) {
        encoding = options.encoding;
      } else {
        if (debug) {
          _debug("No encoding is specified. UTF-8 is used by default");
        }
      }
      let optionPaths = [dotenvPath];
      if (options && options.path) {
        if (!Array.isArray(options.path)) {
          optionPaths = [_resolveHome(options.path)];
        } else {
          optionPaths = [];
          for (const filepath of options.path) {
            optionPaths.push(_resolveHome(filepath));
          }
        }
      }
      let lastError;
      const parsedAll = {};
      for (const path2 of optionPaths) {
        try {
          const parsed = DotenvModule.parse(fs.readFileSync(path2, { encoding }));
          DotenvModule.populate(parsedAll, parsed, options);
        } catch (e) {
          if (debug) {
            _debug(`Failed to load ${path2} ${e.message}`);
          }
          lastError = e;
        }
      }
      let processEnv = process.env;
      if (options && options.processEnv != null) {
        processEnv = options.processEnv;
      }
      DotenvModule.populate(processEnv, parsedAll, options);
      if (debug || !quiet) {
        const keysCount = Object.keys(parsedAll).length;
        const shortPaths = [];
        for (const filePath of optionPaths) {
          try {
            const relative = path.relative(process.cwd(), filePath);
            shortPaths.push(relative);
          } catch (e) {
            if (debug) {
              _debug(`Failed to load ${filePath} ${e.message}`);
            }
            lastError = e;
          }
        }
        _log(`injecting env (${keysCount}) from ${shortPaths.join(",")}`);
      }
      if (lastError) {
        return { parsed: parsedAll, error: lastError };
      } else {
        return { parsed: parsedAll };
      }
    }
    function config(options) {
      if (_dotenvKey(options).length === 0) {
        return DotenvModule.configDotenv(options);
      }
      const vaultPath = _vaultPath(options);
      if (!vaultPath) {
        _warn(`You set DOTENV_KEY but you are missing a .env.vault file at ${vaultPath}. Did you forget to build it?`);
        return DotenvModule.configDotenv(options);
      }
      return DotenvModule._configVault(options);
    }
    function decrypt(encrypted, keyStr) {
      const key = Buffer.from(keyStr.slice(-64), "hex");
      let ciphertext = Buffer.from(encrypted, "base64");
      const nonce = ciphertext.subarray(0, 12);
      const authTag = ciphertext.subarray(-16);
      ciphertext = ciphertext.subarray(12, -16);
      try {
        const aesgcm = crypto.createDecipheriv("aes-256-gcm", key, nonce);
        aesgcm.setAuthTag(authTag);
        return `${aesgcm.update(ciphertext)}${aesgcm.final()}`;
      } catch (error) {
        const isRange = error instanceof RangeError;
        const invalidKeyLength = error.message === "Invalid key length";
        const decryptionFailed = error.message === "Unsupported state or unable to authenticate data";
        if (isRange || invalidKeyLength) {
          const err = new Error("INVALID_DOTENV_KEY: It must be 64 characters long (or more)");
          err.code = "INVALID_DOTENV_KEY";
          throw err;
        } else if (decryptionFailed) {
          const err = new Error("DECRYPTION_FAILED: Please check your DOTENV_KEY");
          err.code = "DECRYPTION_FAILED";
          throw err;
        } else {
          throw error;
        }
      }
    }
    function populate(processEnv, parsed, options = {}) {
      const debug = Boolean(options && options.debug);
      const override = Boolean(options && options.override);
      if (typeof parsed !== "object") {
        const err = new Error("OBJECT_REQUIRED: Please check the processEnv argument being passed to populate");
        err.code = "OBJECT_REQUIRED";
        throw err;
      }
      for (const key of Object.keys(parsed)) {
        if (Object.prototype.hasOwnProperty.call(processEnv, key)) {
          if (override === true) {
            processEnv[key] = parsed[key];
          }
          if (debug) {
            if (override === true) {
              _debug(`"${key}" is already defined and WAS overwritten`);
            } else {
              _debug(`"${key}" is already defined and was NOT overwritten`);
            }
          }
        } else {
          processEnv[key] = parsed[key];
        }
      }
    }
    var DotenvModule = {
      configDotenv,
      _configVault,
      _parseVault,
      config,
      decrypt,
      parse,
      populate
    };
    module.exports.configDotenv = DotenvModule.configDotenv;
    module.exports._configVault = DotenvModule._configVault;
    module.exports._parseVault = DotenvModule._parseVault;
    module.exports.config = DotenvModule.config;
    module.exports.decrypt = DotenvModule.decrypt;
    module.exports.parse = DotenvModule.parse;
    module.exports.populate = DotenvModule.populate;
    module.exports = DotenvModule;
  }
});

// lib/support/errors.ts
var CiImagesError = class extends Error {
  exitCode = 1;
};
var ConfigError = class _ConfigError extends CiImagesError {
  constructor(variable2, message) {
    super(message);
    this.variable = variable2;
    this.name = "ConfigError";
  }
  variable;
  exitCode = 2;
  /** `NAME="value" is not valid: <accepted>` — the value is shown unless it is secret. */
  static invalid(variable2, value, accepted) {
    return new _ConfigError(variable2, `${variable2}=${JSON.stringify(value)} is not valid: ${accepted}`);
  }
};
var AuthError = class extends CiImagesError {
  exitCode = 3;
  constructor(message) {
    super(message);
    this.name = "AuthError";
  }
};
var TimeoutError = class extends CiImagesError {
  exitCode = 1;
  constructor(message) {
    super(message);
    this.name = "TimeoutError";
  }
};
function exitCodeFor(error) {
  if (error instanceof CiImagesError) return error.exitCode;
  return 1;
}

// lib/oci/grammar.ts
var TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
var TAG_ACCEPTED = "expected a docker tag: letters, digits, _ . - (not starting with . or -), at most 128 characters";
var NAME_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var NAME_COMPONENT_ACCEPTED = "the name must be lower-case path components of letters, digits and . _ - separators";
var HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\d{1,5})?$/;
var HOST_ACCEPTED = "expected a registry host[:port], e.g. docker.pkg.github.com or 127.0.0.1:5000";
var DIGEST = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
var DIGEST_ACCEPTED = "expected sha256:<64 hex digits> (or sha512:<128 hex digits>)";
var isTag = (text2) => TAG.test(text2);
var isDigest = (text2) => typeof text2 === "string" && DIGEST.test(text2);

// lib/oci/reference.ts
function parseReference(text2) {
  const invalid = (why) => new ConfigError("image reference", `image reference ${JSON.stringify(text2)} is not valid: ${why}`);
  let rest = text2;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw invalid(`after @: ${DIGEST_ACCEPTED}`);
  }
  let tag2;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag2 = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag2)) throw invalid(TAG_ACCEPTED);
  }
  const parts = rest.split("/");
  let registry = "docker.io";
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === "localhost")) registry = parts.shift();
  if (registry === "docker.io" && parts.length === 1) parts.unshift("library");
  if (parts.length === 0 || !parts.every((p) => NAME_COMPONENT.test(p))) {
    throw invalid(NAME_COMPONENT_ACCEPTED);
  }
  if (!tag2 && !digest) tag2 = "latest";
  return { registry, repository: parts.join("/"), tag: tag2, digest };
}
function formatReference(ref) {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
}
function manifestKey(ref) {
  return ref.digest ?? ref.tag ?? "latest";
}
function isLoopbackHost(host) {
  const name = host.replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
  return name === "localhost" || name === "::1" || /^127\.\d+\.\d+\.\d+$/.test(name);
}

// lib/registry/credentials.ts
import { readFileSync } from "node:fs";
function dockerConfigCredentials(path, onSecret) {
  let auths = {};
  try {
    auths = JSON.parse(readFileSync(path, "utf8")).auths ?? {};
  } catch {
  }
  const byHost = /* @__PURE__ */ new Map();
  for (const [key, entry] of Object.entries(auths)) {
    const host = key.replace(/^https?:\/\//, "").replace(/\/.*$/, "");
    let username = entry.username;
    let password = entry.password;
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, "base64").toString();
      const colon = decoded.indexOf(":");
      if (colon > 0) {
        username = decoded.slice(0, colon);
        password = decoded.slice(colon + 1);
      }
    }
    if (username && password) {
      onSecret?.(password, username);
      byHost.set(host === "index.docker.io" ? "docker.io" : host, { username, password });
    }
  }
  return (registry) => byHost.get(registry);
}
function chainCredentials(...lookups) {
  return (registry) => {
    for (const lookup of lookups) {
      const found = lookup?.(registry);
      if (found) return found;
    }
    return void 0;
  };
}
function basicHeader(credentials) {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
}

// lib/support/network-text.ts
var MAX_NETWORK_TEXT = 300;
var ESCAPES = { "\r": "\\r", "\n": "\\n", "	": "\\t" };
function neutralize(text2, maxLength = MAX_NETWORK_TEXT) {
  let value = typeof text2 === "string" ? text2 : String(text2);
  if (value.length > maxLength) value = `${value.slice(0, maxLength)}…`;
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/:(?=:)/g, ":​");
}
function displayUrl(url) {
  try {
    const parsed = new URL(url);
    return neutralize(`${parsed.protocol}//${parsed.host}${parsed.pathname}`);
  } catch {
    return "(not a URL)";
  }
}

// lib/registry/errors.ts
var TEMPORARY_STATUSES = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
var TEMPORARY_CODES = /* @__PURE__ */ new Set(["NETWORK", "TOOMANYREQUESTS", "UNAVAILABLE", "TOO_SLOW"]);
var REFUSED_STATUSES = /* @__PURE__ */ new Set([401, 403]);
var NOT_FOUND_CODES = /* @__PURE__ */ new Set(["MANIFEST_UNKNOWN", "NAME_UNKNOWN"]);
var PREFIXES = {
  MANIFEST_UNKNOWN: "manifest unknown",
  NAME_UNKNOWN: "name unknown",
  BLOB_UNKNOWN: "blob unknown",
  DIGEST_INVALID: "digest invalid"
};
var NOT_FOUND_BY_SUBJECT = { manifest: "MANIFEST_UNKNOWN", repository: "NAME_UNKNOWN", blob: "BLOB_UNKNOWN" };
var RegistryError = class extends CiImagesError {
  exitCode;
  status;
  code;
  /** Worth another attempt (408, 429, 5xx, network, a stalled transfer). */
  temporary;
  /** A server-mandated wait before the next attempt (Retry-After), in ms. */
  retryAfterMs;
  constructor(message, init = {}) {
    super(message);
    this.name = "RegistryError";
    this.status = init.status;
    this.code = init.code;
    this.temporary = init.temporary ?? (init.status !== void 0 && TEMPORARY_STATUSES.has(init.status) || init.code !== void 0 && TEMPORARY_CODES.has(init.code));
    const refused = init.refused ?? (init.status !== void 0 && REFUSED_STATUSES.has(init.status));
    this.exitCode = refused && !this.temporary ? 3 : 1;
    this.retryAfterMs = init.retryAfterMs;
  }
  /** What `lib/support/retry.ts` reads: the same as `temporary`. */
  get retryable() {
    return this.temporary;
  }
};
function isTemporaryStatus(status) {
  return TEMPORARY_STATUSES.has(status);
}
function isRefused(error) {
  return error instanceof RegistryError && error.exitCode === 3;
}
function isNotFound(error) {
  return error instanceof RegistryError && error.code !== void 0 && NOT_FOUND_CODES.has(error.code);
}
function parseErrorDetail(body) {
  if (!body || body.length === 0) return void 0;
  try {
    const parsed = JSON.parse(body.toString("utf8"));
    const first = Array.isArray(parsed.errors) ? parsed.errors[0] : void 0;
    if (typeof first?.code === "string" && first.code) {
      return { code: neutralize(first.code, 64), message: typeof first.message === "string" ? neutralize(first.message) : "" };
    }
  } catch {
  }
  return void 0;
}
function statusError(status, what, detail, subject = "other", retryAfterMs) {
  const said = detail ? `: ${detail.code}${detail.message ? ` (${detail.message})` : ""}` : "";
  const message = `${what} → HTTP ${status}${said}`;
  if (status === 401) return new RegistryError(`unauthorized: ${message}; check the credentials for this registry`, { status, code: detail?.code ?? "UNAUTHORIZED" });
  if (status === 403) return new RegistryError(`denied: ${message}; the credentials lack access to this repository`, { status, code: detail?.code ?? "DENIED" });
  const code = detail?.code ?? (status === 404 && subject !== "other" ? NOT_FOUND_BY_SUBJECT[subject] : TEMPORARY_STATUSES.has(status) ? `HTTP_${status}` : void 0);
  const prefix = code !== void 0 ? PREFIXES[code] : void 0;
  return new RegistryError(prefix ? `${prefix}: ${message}` : message, { status, code, retryAfterMs });
}
function refusal(message, code = "UNAUTHORIZED") {
  return new RegistryError(`unauthorized: ${message}`, { code, refused: true });
}
var UNREACHABLE_CAUSES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EAI_FAIL", "EHOSTUNREACH", "ENETUNREACH"]);
function networkError(message, causeCode2) {
  return Object.assign(new RegistryError(message, { code: "NETWORK" }), { unreachable: causeCode2 !== void 0 && UNREACHABLE_CAUSES.has(causeCode2) });
}
function isUnreachable(error) {
  return error instanceof RegistryError && error.unreachable === true;
}

// lib/registry/transport.ts
import { Readable as Readable2 } from "node:stream";

// lib/support/http.ts
import { Agent as HttpAgent, request as sendHttp } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
var MAX_SOCKETS_PER_ORIGIN = 16;
var STREAM_CHUNK = 256 * 1024;
var DRAIN_LIMIT = 64 * 1024;
var DRAIN_DEADLINE_MS = 5e3;
var agentOptions = { keepAlive: true, maxSockets: MAX_SOCKETS_PER_ORIGIN, maxFreeSockets: MAX_SOCKETS_PER_ORIGIN, scheduling: "lifo" };
var http;
var https;
function stackFor(protocol) {
  if (protocol !== "https:") return http ??= { send: sendHttp, agent: new HttpAgent(agentOptions) };
  return https ??= import("node:https").then((m) => ({ send: m.request, agent: new m.Agent(agentOptions) }));
}
var ResponseHeaders = class {
  constructor(raw) {
    this.raw = raw;
  }
  raw;
  get(name) {
    const value = this.raw[name.toLowerCase()];
    if (value === void 0) return null;
    return Array.isArray(value) ? value.join(", ") : value;
  }
};
function bufferedResponse(response, bytes) {
  let body;
  return {
    status: response.status,
    ok: response.status >= 200 && response.status < 300,
    headers: response.headers,
    buffered: bytes,
    // Made on demand: most buffered answers are read through `buffered`.
    get body() {
      return body ??= Readable.from(bytes.length ? [bytes] : []);
    }
  };
}
var HttpError = class extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
    this.name = "HttpError";
  }
  code;
};
async function httpRequest(url, options) {
  const target = typeof url === "string" ? new URL(url) : url;
  const { method, signal, timeoutMs } = options;
  const { send, agent } = await stackFor(target.protocol);
  return new Promise((resolve3, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const headers = { ...options.headers };
    if (Buffer.isBuffer(options.body) && !hasHeader(headers, "content-length")) headers["content-length"] = String(options.body.length);
    const request = send(target, { method, headers, agent });
    let response;
    let settled = false;
    let timer;
    const fail = (error) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      if (settled) return;
      settled = true;
      reject(error);
    };
    const onAbort = () => {
      const reason = signal.reason;
      clearTimeout(timer);
      request.destroy(reason);
      response?.destroy(reason);
      fail(reason);
    };
    const arm = () => {
      if (!timeoutMs || settled) return;
      if (timer) return void timer.refresh();
      timer = setTimeout(() => {
        const error = new HttpError(`timed out after ${timeoutMs} ms`, "ETIMEDOUT");
        request.destroy(error);
        fail(error);
      }, timeoutMs);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    request.on("error", (error) => fail(toHttpError(error)));
    request.once("response", (answer) => {
      clearTimeout(timer);
      response = answer;
      if (options.body instanceof Readable) options.body.off("data", arm);
      if (settled) return void answer.destroy();
      settled = true;
      answer.once("close", () => signal?.removeEventListener("abort", onAbort));
      answer.on("error", () => void 0);
      resolve3({ status: answer.statusCode ?? 0, ok: (answer.statusCode ?? 0) >= 200 && (answer.statusCode ?? 0) < 300, headers: new ResponseHeaders(answer.headers), body: answer });
    });
    arm();
    const body = options.body;
    if (body instanceof Readable) {
      body.on("data", arm);
      pipeline(body, request).then(arm, (error) => {
        body.off("data", arm);
        fail(error);
        request.destroy();
      });
    } else {
      request.end(body);
    }
  });
}
function discard(response) {
  const { body } = response;
  if (response.buffered || body.readableEnded || body.destroyed) return;
  const header = response.headers.get("content-length");
  const small = header !== null && /^\d+$/.test(header.trim()) && Number(header) <= DRAIN_LIMIT;
  if (!body.complete && !small) return void body.destroy();
  const deadline = setTimeout(() => body.destroy(), DRAIN_DEADLINE_MS).unref();
  body.once("close", () => clearTimeout(deadline));
  body.resume();
}
function hasHeader(headers, name) {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}
function toHttpError(error) {
  if (error instanceof HttpError) return error;
  const e = error;
  if (e?.code && typeof e.code === "string") return new HttpError(`${e.code}${e.message && !e.message.includes(e.code) ? `: ${e.message}` : ""}`, e.code);
  return error;
}

// lib/support/bounded-body.ts
var KiB = 1024;
var MiB = 1024 * KiB;
async function readBounded(response, limit, options = {}) {
  const header = response.headers.get("content-length");
  const announced = header !== null && /^\d+$/.test(header.trim()) ? Number(header) : void 0;
  if (announced !== void 0 && announced > limit && !options.truncate) {
    discard(response);
    return { ok: false, announced, received: 0 };
  }
  if (response.buffered) return cut(response.buffered, limit, options, announced);
  const body = await readStreamBounded(response.body, limit, options);
  return body.ok ? body : { ok: false, announced, received: body.received };
}
async function readStreamBounded(stream, limit, options = {}) {
  const chunks = [];
  let received = 0;
  try {
    for await (const chunk of stream) {
      const piece = chunk;
      received += piece.length;
      if (received > limit) {
        if (!options.truncate) return { ok: false, received };
        chunks.push(piece.subarray(0, piece.length - (received - limit)));
        return { ok: true, bytes: Buffer.concat(chunks), truncated: true };
      }
      chunks.push(piece);
    }
  } finally {
    if (!stream.readableEnded) stream.destroy();
  }
  return { ok: true, bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), truncated: false };
}
function cut(bytes, limit, options, announced) {
  if (bytes.length <= limit) return { ok: true, bytes, truncated: false };
  if (!options.truncate) return { ok: false, announced, received: bytes.length };
  return { ok: true, bytes: bytes.subarray(0, limit), truncated: true };
}
function formatBytes(bytes) {
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1).replace(/\.0$/, "")} MiB`;
  if (bytes >= KiB) return `${(bytes / KiB).toFixed(1).replace(/\.0$/, "")} KiB`;
  return `${bytes} bytes`;
}

// lib/registry/limits.ts
var LIMITS = {
  /** A manifest or index (distribution's own limit is 4 MiB). */
  manifest: 4 * MiB,
  /** One page of tags/list. */
  tagsPage: 4 * MiB,
  /** An error answer: read this much, the rest is dropped. */
  errorBody: 64 * KiB,
  /** A token service's answer. */
  token: 1 * MiB,
  /** Pages of tags/list followed for one listing. */
  tagPages: 1e3
};
function tooLarge(what, url, limit, body) {
  const size = body.announced !== void 0 ? `${formatBytes(body.announced)} announced` : `at least ${formatBytes(body.received)} sent`;
  return new RegistryError(`${what}: the answer from ${displayUrl(url)} is larger than ${formatBytes(limit)} (${size}); not reading it`, { code: "TOO_LARGE" });
}

// lib/support/retry.ts
var MAX_RETRY_AFTER_MS = 6e4;
var REGISTRY_RETRY = { attempts: 5, baseDelayMs: 200, maxDelayMs: 1e4, maxRetryAfterMs: MAX_RETRY_AFTER_MS };
var POLL_RETRY = { attempts: 2, baseDelayMs: 200, maxDelayMs: 1e3, maxRetryAfterMs: MAX_RETRY_AFTER_MS };
var DOCKER_PUSH_RETRY = { attempts: 4, baseDelayMs: 2e3, maxDelayMs: 3e4, maxRetryAfterMs: MAX_RETRY_AFTER_MS };
var GITHUB_API_RETRY = { attempts: 5, baseDelayMs: 200, maxDelayMs: 1e4, maxRetryAfterMs: MAX_RETRY_AFTER_MS };
var DEFAULT_RETRY = REGISTRY_RETRY;
function sleep(ms, signal) {
  return new Promise((resolve3, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve3();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
function backoffDelay(attempt, options) {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.round((options.random ?? Math.random)() * ceiling);
}
function parseRetryAfter(value, now = Date.now()) {
  if (!value) return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, date - now);
}
function hintOf(error) {
  const hint = error;
  return { retryable: hint?.retryable === true, retryAfterMs: hint?.retryAfterMs };
}
async function retry(attempt, options = DEFAULT_RETRY) {
  const wait = options.sleep ?? sleep;
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const hint = hintOf(error);
      if (!hint.retryable || n >= options.attempts || options.signal?.aborted) throw error;
      const maxRetryAfterMs = options.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS;
      if ((hint.retryAfterMs ?? 0) > maxRetryAfterMs) {
        if (error instanceof Error) {
          error.message += `; the server asks to wait ${Math.ceil(hint.retryAfterMs / 1e3)} s before retrying (more than ${maxRetryAfterMs / 1e3} s): not waiting`;
        }
        throw error;
      }
      const delay = Math.max(backoffDelay(n, options), hint.retryAfterMs ?? 0);
      if (options.deadline !== void 0 && Date.now() + delay > options.deadline) throw error;
      options.onRetry?.(error, n, delay);
      await wait(delay, options.signal);
    }
  }
}

// lib/registry/auth.ts
function parseChallenge(header) {
  if (!header) return void 0;
  const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (!match) return void 0;
  const scheme = match[1].toLowerCase();
  if (scheme !== "basic" && scheme !== "bearer") return void 0;
  const params = {};
  for (const m of match[2].matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
    params[m[1].toLowerCase()] = (m[2] ?? m[3] ?? "").replace(/\\(.)/g, "$1");
  }
  return { scheme, params };
}
var TokenCache = class {
  tokens = /* @__PURE__ */ new Map();
  key(registry, scopes) {
    return `${registry}|${[...scopes].sort().join(" ")}`;
  }
  get(registry, scopes, now = Date.now()) {
    const cached = this.tokens.get(this.key(registry, scopes));
    if (cached && cached.expiresAt > now) return cached.header;
    return void 0;
  }
  set(registry, scopes, header, lifetimeSeconds, now = Date.now()) {
    const margin = Math.min(30, lifetimeSeconds / 10);
    this.tokens.set(this.key(registry, scopes), { header, expiresAt: now + (lifetimeSeconds - margin) * 1e3 });
  }
};
var Authenticator = class {
  constructor(options) {
    this.options = options;
  }
  options;
  tokens = new TokenCache();
  challenges = /* @__PURE__ */ new Map();
  /** Token requests in flight, by registry and scopes: parallel requests that meet the same 401 share one. */
  pending = /* @__PURE__ */ new Map();
  /** Whether the URL is on the registry's own origin (where credentials may go). */
  isRegistryOrigin(registry, url) {
    return new URL(url).origin === new URL(this.options.baseUrl(registry)).origin;
  }
  hasChallenge(registry) {
    return this.challenges.has(registry);
  }
  /** The Authorization header already at hand for these scopes, if any. */
  cached(registry, scopes) {
    const challenge = this.challenges.get(registry);
    if (!challenge) return void 0;
    if (challenge.scheme === "basic") {
      const credentials = this.options.credentials?.(registry);
      return credentials ? basicHeader(credentials) : void 0;
    }
    return this.tokens.get(registry, scopes);
  }
  /**
   * Learns the challenge of a 401 answer from `url`; only the registry's own origin is listened
   * to. Returns the challenge, or undefined when the answer holds none we can use.
   */
  learn(registry, url, header) {
    if (!this.isRegistryOrigin(registry, url)) return void 0;
    const challenge = parseChallenge(header);
    if (challenge) this.challenges.set(registry, challenge);
    return challenge;
  }
  /** Answers the registry's challenge: Basic with credentials, or a Bearer token for the scopes. */
  authenticate(registry, scopes, what, signal) {
    if (signal) return this.answer(registry, scopes, what, signal);
    const key = `${registry}|${[...scopes].sort().join(" ")}`;
    let token = this.pending.get(key);
    if (!token) {
      token = this.answer(registry, scopes, what).finally(() => this.pending.delete(key));
      this.pending.set(key, token);
    }
    return token;
  }
  async answer(registry, scopes, what, signal) {
    const challenge = this.challenges.get(registry);
    if (!challenge) throw refusal(`${what} → HTTP 401 without a usable WWW-Authenticate challenge`);
    const credentials = this.options.credentials?.(registry);
    if (challenge.scheme === "basic") {
      if (!credentials) throw refusal(`${what} needs credentials for ${registry} and none are configured`);
      return basicHeader(credentials);
    }
    const url = this.realm(registry, challenge, what);
    if (challenge.params.service) url.searchParams.set("service", challenge.params.service);
    for (const s of scopes) url.searchParams.append("scope", s);
    const headers = {};
    if (credentials) headers.authorization = basicHeader(credentials);
    const response = await this.options.request("GET", url.toString(), headers, `token for ${registry}`, signal);
    const from = `the token service of ${registry} (${displayUrl(url)})`;
    if (response.status === 401 || response.status === 403) {
      discard(response);
      throw refusal(`${from} refused ${credentials ? `the credentials of ${credentials.username}` : "anonymous access"} (HTTP ${response.status})`);
    }
    if (!response.ok) {
      discard(response);
      throw new RegistryError(`token for ${registry} → HTTP ${response.status} from ${from}`, {
        status: response.status,
        retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
        refused: response.status < 500 && response.status !== 408 && response.status !== 429
      });
    }
    const body = await readBounded(response, LIMITS.token);
    if (!body.ok) throw tooLarge(`token for ${registry}`, url, LIMITS.token, body);
    let parsed;
    try {
      parsed = JSON.parse(body.bytes.toString("utf8"));
    } catch {
      const type = neutralize(response.headers.get("content-type") ?? "no content type", 80);
      throw new RegistryError(`token for ${registry}: ${from} answered HTTP ${response.status} with ${type}, not a JSON token`, { code: "TOKEN_INVALID" });
    }
    const token = typeof parsed?.token === "string" && parsed.token ? parsed.token : typeof parsed?.access_token === "string" ? parsed.access_token : "";
    if (!token) throw refusal(`${from} sent no token`);
    const header = `Bearer ${token}`;
    const lifetime = typeof parsed.expires_in === "number" && parsed.expires_in > 0 ? parsed.expires_in : 60;
    this.tokens.set(registry, scopes, header, lifetime);
    if (scopes.length > 1) for (const s of scopes) this.tokens.set(registry, [s], header, lifetime);
    return header;
  }
  /** The realm of a Bearer challenge; never plain http when the registry itself is https. */
  realm(registry, challenge, what) {
    let url;
    try {
      url = new URL(challenge.params.realm ?? "");
    } catch {
      throw refusal(`${what}: the Bearer challenge has no usable realm`);
    }
    const base = new URL(this.options.baseUrl(registry));
    if (base.protocol === "https:" && url.protocol !== "https:") {
      throw refusal(`${what}: the Bearer challenge names a realm over ${neutralize(url.protocol, 20)} (${displayUrl(url)}); not sending credentials there`);
    }
    return url;
  }
};

// lib/registry/transport.ts
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var NULL_BODY = /* @__PURE__ */ new Set([101, 204, 205, 304]);
var MAX_REDIRECTS = 5;
var scope = (repository, actions) => `repository:${repository}:${actions}`;
var Transport = class {
  constructor(options = {}) {
    this.options = options;
    this.timeoutMs = options.timeoutMs ?? 3e4;
    this.retryOptions = { ...DEFAULT_RETRY, ...options.retry };
    this.auth = new Authenticator({
      credentials: options.credentials,
      baseUrl: (registry) => this.baseUrl(registry),
      request: (method, url, headers, what, signal) => this.plain(method, url, headers, what, LIMITS.token, signal)
    });
  }
  options;
  /** Every HTTP request sent (token requests included), for figures and tests. */
  requestCount = 0;
  auth;
  retryOptions;
  timeoutMs;
  /** The transport for a public host: the endpoint given for it, else https (plain http only for loopback). */
  baseUrl(registry) {
    const mapped = this.options.endpoints?.get(registry.toLowerCase());
    if (mapped) return mapped;
    return `${isLoopbackHost(registry) ? "http" : "https"}://${registry}`;
  }
  v2(ref, rest) {
    return `${this.baseUrl(ref.registry)}/v2/${ref.repository}/${rest}`;
  }
  /** The first request to `/v2/`: learns the registry's challenge (no retry, no redirects). */
  async ping(registry, signal) {
    const url = `${this.baseUrl(registry)}/v2/`;
    const ping = await this.plain("GET", url, {}, `GET ${displayUrl(url)}`, LIMITS.errorBody, signal);
    if (ping.status === 401) this.auth.learn(registry, url, ping.headers.get("www-authenticate"));
  }
  /** One logical request: temporary failures retried with backoff (honouring Retry-After). */
  send(request) {
    return retry(() => this.sendOnce(request), {
      ...this.retryOptions,
      // A stream cannot be replayed: whoever made it retries the whole transfer.
      attempts: typeof request.body === "function" ? 1 : this.retryOptions.attempts,
      signal: request.signal,
      onRetry: (error, attempt, delay) => this.options.onRetry?.(`${request.registry}: ${error.message}; retry ${attempt} in ${(delay / 1e3).toFixed(1)}s`)
    });
  }
  /** One authentication round on 401; errors for refusals and temporary statuses. */
  async sendOnce(request) {
    const { registry, scopes, what, signal } = request;
    let sent = await this.exchange(request, this.auth.cached(registry, scopes));
    if (sent.response.status === 401) {
      discard(sent.response);
      if (!this.auth.isRegistryOrigin(registry, sent.url)) {
        throw new RegistryError(
          `${what} → HTTP 401 from ${displayUrl(sent.url)}, which is not the registry's origin: its challenge is ignored and no credentials go there`,
          { status: 401, code: "UNAUTHORIZED", refused: false }
        );
      }
      if (!this.auth.learn(registry, sent.url, sent.response.headers.get("www-authenticate"))) {
        throw refusal(`${what} → HTTP 401 without a usable WWW-Authenticate challenge`);
      }
      const authorization = await this.auth.authenticate(registry, scopes, what, signal);
      if (typeof request.body === "function") {
        throw new RegistryError(`${what}: authenticated, resending`, { status: 401, temporary: true, refused: false, retryAfterMs: 0 });
      }
      sent = await this.exchange(request, authorization);
      if (sent.response.status === 401) throw statusError(401, what, await errorDetail(sent.response));
    }
    const { status } = sent.response;
    if (status === 403) throw statusError(403, what, await errorDetail(sent.response));
    if (isTemporaryStatus(status)) {
      const retryAfterMs = parseRetryAfter(sent.response.headers.get("retry-after"));
      throw statusError(status, what, await errorDetail(sent.response), request.subject, retryAfterMs);
    }
    return sent;
  }
  /** Follows redirects by hand; the Authorization header only goes to the registry's own origin. */
  async exchange(request, authorization) {
    const streamBody = typeof request.body === "function";
    const controller = new AbortController();
    const timer = streamBody ? void 0 : setTimeout(() => controller.abort(timeoutError(this.timeoutMs)), this.timeoutMs);
    const unlink = follow(request.signal, controller);
    const abort = (reason) => controller.abort(reason);
    let url = request.url;
    let method = request.method;
    let streamed;
    try {
      for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        const headers = { ...request.headers };
        if (authorization && this.auth.isRegistryOrigin(request.registry, url)) headers.authorization = authorization;
        const body = hop === 0 && request.body ? Buffer.isBuffer(request.body) ? request.body : toReadable(await request.body()) : void 0;
        const response = await this.requestOnce(method, url, headers, body, controller.signal, request.signal, request.what);
        const location = response.headers.get("location");
        if (!REDIRECTS.has(response.status) || !location || request.body) {
          if (request.streaming) {
            streamed = response;
            return { response, url, abort };
          }
          return { response: await this.buffered(response, method, url, request), url, abort };
        }
        discard(response);
        const next = URL.canParse(location, url) ? new URL(location, url) : void 0;
        if (!next || !/^https?:$/.test(next.protocol)) {
          throw new RegistryError(`${request.what}: redirected to something that is not an http(s) URL`, { code: "REDIRECT_REFUSED" });
        }
        if (new URL(url).protocol === "https:" && next.protocol !== "https:") {
          throw new RegistryError(`${request.what}: refusing a redirect from https to ${displayUrl(next)}`, { code: "REDIRECT_REFUSED" });
        }
        url = next.toString();
        if (response.status === 303) method = "GET";
      }
      throw new RegistryError(`${request.what}: too many redirects`, { code: "TOO_MANY_REDIRECTS" });
    } catch (error) {
      if (request.signal?.aborted) throw request.signal.reason;
      if (error instanceof RegistryError) throw error;
      throw networkError(`${request.what}: ${networkReason(error)}`, causeCode(error));
    } finally {
      clearTimeout(timer);
      if (streamed) streamed.body.once("close", unlink);
      else unlink();
    }
  }
  /** The answer with its body in memory: error bodies (and answers to stream uploads) cut at 64 KiB, others refused past their limit. */
  async buffered(response, method, url, request) {
    if (method === "HEAD" || NULL_BODY.has(response.status)) {
      response.body.resume();
      return bufferedResponse(response, Buffer.alloc(0));
    }
    if (response.status >= 400 || typeof request.body === "function") {
      const body2 = await readBounded(response, LIMITS.errorBody, { truncate: true });
      return bufferedResponse(response, body2.ok ? body2.bytes : Buffer.alloc(0));
    }
    const limit = request.maxBytes ?? LIMITS.manifest;
    const body = await readBounded(response, limit);
    if (!body.ok) throw tooLarge(request.what, url, limit, body);
    return bufferedResponse(response, body.bytes);
  }
  /**
   * A request outside the registry protocol (a token service, the first `/v2/`): no redirects, no
   * retry, the answer buffered under the timeout (successes up to `maxBytes`, errors cut at 64 KiB).
   */
  async plain(method, url, headers, what, maxBytes, signal) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(timeoutError(this.timeoutMs)), this.timeoutMs);
    const unlink = follow(signal, controller);
    try {
      const response = await this.requestOnce(method, url, headers, void 0, controller.signal, signal, what);
      return await this.buffered(response, method, url, { method, url, registry: "", scopes: [], what, maxBytes });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (error instanceof RegistryError) throw error;
      throw networkError(`${what}: ${networkReason(error)}`, causeCode(error));
    } finally {
      clearTimeout(timer);
      unlink();
    }
  }
  /** One HTTP request, counted and reported; network failures become temporary errors. */
  async requestOnce(method, url, headers, body, signal, external, what) {
    this.requestCount++;
    try {
      const response = await httpRequest(url, { method, headers, body, signal, timeoutMs: body instanceof Readable2 ? this.timeoutMs : void 0 });
      this.options.onRequest?.({ method, url, status: response.status });
      return response;
    } catch (error) {
      this.options.onRequest?.({ method, url, error: networkReason(error) });
      if (external?.aborted) throw external.reason;
      if (error instanceof RegistryError) throw error;
      throw networkError(`${what}: ${networkReason(error)}`, causeCode(error));
    }
  }
};
async function errorDetail(response) {
  try {
    const body = await readBounded(response, LIMITS.errorBody, { truncate: true });
    return body.ok ? parseErrorDetail(body.bytes) : void 0;
  } catch {
    return void 0;
  }
}
function toReadable(source) {
  return source instanceof Readable2 ? source : Readable2.fromWeb(source);
}
function timeoutError(ms) {
  return new HttpError(`timed out after ${ms} ms`, "ETIMEDOUT");
}
function follow(signal, controller) {
  if (!signal) return () => void 0;
  if (signal.aborted) {
    controller.abort(signal.reason);
    return () => void 0;
  }
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener("abort", onAbort, { once: true });
  return () => signal.removeEventListener("abort", onAbort);
}
function causeCode(error) {
  const e = error;
  return typeof e?.code === "string" ? e.code : e?.cause?.code;
}
function networkReason(error) {
  const e = error;
  if (e?.code === "ETIMEDOUT" && e.message?.startsWith("timed out")) return e.message;
  const code = causeCode(error);
  if (code) return `network error (${code})`;
  if (e?.name === "AbortError" || e?.name === "TimeoutError") return `timed out (${e.message ?? "aborted"})`;
  return `network error (${e?.cause?.message ?? e?.message ?? String(error)})`;
}

// lib/oci/digest.ts
import { createHash } from "node:crypto";
import { Transform } from "node:stream";
var sha256Digest = (data) => `sha256:${createHash("sha256").update(data).digest("hex")}`;
function verifyingTransform(digest, size, fail, highWaterMark) {
  const algorithm = digest.startsWith("sha256:") ? "sha256" : digest.startsWith("sha512:") ? "sha512" : void 0;
  const hash = algorithm ? createHash(algorithm) : void 0;
  let received = 0;
  return new Transform({
    highWaterMark,
    transform(chunk, _encoding, callback) {
      received += chunk.length;
      if (size !== void 0 && received > size) return callback(fail("too-long", `more than the ${size} bytes announced`));
      hash?.update(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      if (size !== void 0 && received !== size) return callback(fail("short", `body cut short (${received} of ${size} bytes)`));
      if (hash) {
        const actual = `${algorithm}:${hash.digest("hex")}`;
        if (actual !== digest) return callback(fail("mismatch", `content digest ${actual} does not match`));
      }
      callback();
    }
  });
}

// lib/support/memory.ts
var COLLECT_EVERY = 4 * 1024 * 1024;
var collect;
var sinceLast = 0;
function streamedBytes(bytes) {
  sinceLast += bytes;
  if (sinceLast < COLLECT_EVERY) return;
  sinceLast = 0;
  if (collect === void 0) collect = exposeCollector();
  collect?.({ type: "minor" });
}
function exposeCollector() {
  const builtin = process.getBuiltinModule;
  if (!builtin) return null;
  try {
    builtin("node:v8").setFlagsFromString("--expose-gc");
    const gc = builtin("node:vm").runInNewContext("gc");
    return typeof gc === "function" ? gc : null;
  } catch {
    return null;
  }
}

// lib/registry/blobs.ts
async function blobExists(t, ref, digest) {
  const what = `HEAD blob ${ref.repository}@${digest}`;
  const { response } = await t.send({
    method: "HEAD",
    url: t.v2(ref, `blobs/${digest}`),
    registry: ref.registry,
    scopes: [scope(ref.repository, "pull")],
    what,
    subject: "blob"
  });
  if (response.status === 404) return false;
  if (response.ok) return true;
  throw statusError(response.status, what, void 0, "blob");
}
async function fetchBlob(t, ref, digest, size) {
  const what = `GET blob ${ref.repository}@${digest}`;
  const { response, abort } = await t.send({
    method: "GET",
    url: t.v2(ref, `blobs/${digest}`),
    registry: ref.registry,
    scopes: [scope(ref.repository, "pull")],
    what,
    streaming: true,
    subject: "blob"
  });
  if (!response.ok) throw statusError(response.status, what, await errorDetail(response), "blob");
  const { minBytesPerSecond = 1024, throughputWindowMs = 3e4 } = t.options;
  const verify = verifyingTransform(digest, size, (problem, detail) => problem === "short" ? networkError(`${what}: ${detail}`) : new RegistryError(`${what}: ${detail}`, { code: problem === "mismatch" ? "DIGEST_INVALID" : "SIZE_INVALID" }), STREAM_CHUNK);
  const stop = transferWatchdog(response.body, what, abort, t.timeoutMs, minBytesPerSecond, throughputWindowMs, size);
  response.body.pipe(verify);
  response.body.once("error", (error) => {
    stop();
    verify.destroy(error instanceof RegistryError ? error : networkError(`${what}: connection lost after the headers (${networkCode(error)})`));
  });
  verify.on("error", () => void 0);
  verify.once("close", () => {
    stop();
    if (!response.body.readableEnded) response.body.destroy();
  });
  return verify;
}
function networkCode(error) {
  const e = error;
  return typeof e?.code === "string" ? e.code : String(e?.message ?? error);
}
async function mountBlob(t, target, digest, fromRepository) {
  const what = `mount blob ${digest} from ${fromRepository} into ${target.repository}`;
  const query = new URLSearchParams({ mount: digest, from: fromRepository });
  const { response } = await t.send({
    method: "POST",
    url: t.v2(target, `blobs/uploads/?${query}`),
    registry: target.registry,
    scopes: [scope(target.repository, "pull,push"), scope(fromRepository, "pull")],
    what,
    headers: { "content-length": "0" },
    subject: "blob"
  });
  discard(response);
  if (response.status === 201) return true;
  if (response.status === 202) {
    const location = response.headers.get("location");
    if (location && URL.canParse(location, t.baseUrl(target.registry))) {
      await cancelUpload(t, target, new URL(location, t.baseUrl(target.registry)).toString());
    }
    return false;
  }
  throw statusError(response.status, what, void 0, "blob");
}
async function pushBlob(t, ref, digest, data, options = {}) {
  const scopes = [scope(ref.repository, "pull,push")];
  const what = `upload blob ${ref.repository}@${digest}`;
  const base = { registry: ref.registry, scopes, what, subject: "blob" };
  const { response: started } = await t.send({
    ...base,
    method: "POST",
    url: t.v2(ref, "blobs/uploads/"),
    headers: { "content-length": "0" }
  });
  discard(started);
  if (started.status !== 202) throw statusError(started.status, what, void 0, "blob");
  let location = uploadLocation(t, started, ref.registry, what);
  if (Buffer.isBuffer(data) && options.chunkSize && data.length > options.chunkSize) {
    for (let offset = 0; offset < data.length; offset += options.chunkSize) {
      const chunk = data.subarray(offset, Math.min(data.length, offset + options.chunkSize));
      const { response: response2 } = await t.send({
        ...base,
        method: "PATCH",
        url: location,
        body: chunk,
        headers: { "content-type": "application/octet-stream", "content-range": `${offset}-${offset + chunk.length - 1}`, "content-length": String(chunk.length) }
      });
      discard(response2);
      if (response2.status !== 202) throw statusError(response2.status, what, void 0, "blob");
      location = uploadLocation(t, response2, ref.registry, what);
    }
    data = Buffer.alloc(0);
  }
  const url = new URL(location);
  url.searchParams.set("digest", digest);
  const headers = { "content-type": "application/octet-stream" };
  if (Buffer.isBuffer(data)) headers["content-length"] = String(data.length);
  else if (options.size !== void 0) headers["content-length"] = String(options.size);
  const { response } = await t.send({ ...base, method: "PUT", url: url.toString(), headers, body: data });
  if (response.status !== 201) throw statusError(response.status, what, await errorDetail(response), "blob");
  discard(response);
}
function transferWatchdog(body, what, abort, idleMs, minBytesPerSecond, windowMs, size) {
  let received = 0;
  let inWindow = 0;
  let idle;
  let window;
  const stop = () => {
    clearTimeout(idle);
    clearInterval(window);
    body.off("data", onData);
  };
  const armIdle = () => {
    if (idle) idle.refresh();
    else {
      idle = setTimeout(() => {
        stop();
        abort(networkError(`${what}: no data for ${idleMs} ms`));
      }, idleMs).unref();
    }
  };
  const onData = (chunk) => {
    armIdle();
    streamedBytes(chunk.length);
    received += chunk.length;
    inWindow += chunk.length;
    if (size !== void 0 && received >= size) stop();
  };
  armIdle();
  if (minBytesPerSecond > 0) {
    window = setInterval(() => {
      if (inWindow < minBytesPerSecond * windowMs / 1e3) {
        stop();
        abort(new RegistryError(
          `${what}: too slow, ${formatBytes(inWindow)} in ${windowMs / 1e3} s (less than ${formatBytes(minBytesPerSecond)}/s); abandoned after ${formatBytes(received)}`,
          { code: "TOO_SLOW" }
        ));
      }
      inWindow = 0;
    }, windowMs).unref();
  }
  body.on("data", onData);
  body.once("close", stop);
  return stop;
}
async function cancelUpload(t, ref, location) {
  try {
    const { response } = await t.send({
      method: "DELETE",
      url: location,
      registry: ref.registry,
      scopes: [scope(ref.repository, "pull,push")],
      what: "cancel upload"
    });
    discard(response);
  } catch {
  }
}
function uploadLocation(t, response, registry, what) {
  const location = response.headers.get("location");
  const base = t.baseUrl(registry) + "/";
  if (!location) throw new RegistryError(`${what}: the registry sent no upload Location`, { status: response.status, code: "BLOB_UPLOAD_INVALID" });
  const url = URL.canParse(location, base) ? new URL(location, base) : void 0;
  if (!url || !/^https?:$/.test(url.protocol)) {
    throw new RegistryError(`${what}: the upload Location is not an http(s) URL`, { status: response.status, code: "BLOB_UPLOAD_INVALID" });
  }
  return url.toString();
}

// lib/oci/media-types.ts
var MEDIA_TYPES = {
  ociIndex: "application/vnd.oci.image.index.v1+json",
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  dockerList: "application/vnd.docker.distribution.manifest.list.v2+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json"
};
var MANIFEST_ACCEPT = Object.values(MEDIA_TYPES).join(", ");
var INDEX_TYPES = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList];
function isIndex(mediaType) {
  return INDEX_TYPES.includes(mediaType);
}
function manifestBlobs(body) {
  const manifest = JSON.parse(body.toString());
  return [...manifest.config ? [manifest.config] : [], ...manifest.layers ?? []];
}
function checkManifestBody(body, contentType) {
  let parsed;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    return { problem: `not JSON, content type ${JSON.stringify(contentType.slice(0, 100))}` };
  }
  if (typeof parsed !== "object" || parsed === null || parsed.schemaVersion !== 2) return { problem: "no schemaVersion 2" };
  const known = (type) => Object.values(MEDIA_TYPES).includes(type);
  const mediaType = known(contentType) ? contentType : known(parsed.mediaType) ? parsed.mediaType : Array.isArray(parsed.manifests) ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest;
  if (isIndex(mediaType) ? !Array.isArray(parsed.manifests) : typeof parsed.config?.digest !== "string" || !Array.isArray(parsed.layers)) {
    return { problem: isIndex(mediaType) ? "an index without manifests" : "an image manifest without config and layers" };
  }
  return { mediaType };
}

// lib/registry/manifests.ts
var manifestUrl = (t, ref, key = manifestKey(ref)) => t.v2(ref, `manifests/${key}`);
async function manifestDigest(t, ref, signal) {
  const what = `HEAD manifest ${ref.repository}:${manifestKey(ref)}`;
  const { response } = await t.send({
    method: "HEAD",
    url: manifestUrl(t, ref),
    registry: ref.registry,
    scopes: [scope(ref.repository, "pull")],
    what,
    headers: { accept: MANIFEST_ACCEPT },
    signal,
    subject: "manifest"
  });
  if (response.status === 404) return void 0;
  const digest = response.headers.get("docker-content-digest");
  if (response.ok && isDigest(digest)) return digest;
  if (!response.ok && response.status !== 405 && response.status !== 400) throw statusError(response.status, what, void 0, "manifest");
  try {
    return (await getManifest(t, ref, signal)).digest;
  } catch (error) {
    if (isNotFound(error)) return void 0;
    throw error;
  }
}
async function getManifest(t, ref, signal) {
  const what = `GET manifest ${ref.repository}:${manifestKey(ref)}`;
  const { response } = await t.send({
    method: "GET",
    url: manifestUrl(t, ref),
    registry: ref.registry,
    scopes: [scope(ref.repository, "pull")],
    what,
    headers: { accept: MANIFEST_ACCEPT },
    signal,
    maxBytes: LIMITS.manifest,
    subject: "manifest"
  });
  if (!response.ok) throw statusError(response.status, what, await errorDetail(response), "manifest");
  const body = response.buffered ?? Buffer.alloc(0);
  const digest = sha256Digest(body);
  const header = response.headers.get("docker-content-digest");
  const claimed = ref.digest ?? (isDigest(header) ? header : void 0);
  if (claimed && claimed.startsWith("sha256:") && claimed !== digest) {
    throw new RegistryError(`${what}: body digest ${digest} does not match ${neutralize(claimed)}`, { status: response.status, code: "DIGEST_INVALID" });
  }
  const contentType = (response.headers.get("content-type") ?? "").split(";")[0].trim();
  const checked = checkManifestBody(body, contentType);
  if ("problem" in checked) {
    throw new RegistryError(`${what}: the answer is not a manifest (${neutralize(checked.problem)})`, { status: 200, code: "MANIFEST_INVALID" });
  }
  return { mediaType: checked.mediaType, digest, body };
}
async function putManifest(t, ref, body, mediaType) {
  const what = `PUT manifest ${ref.repository}:${manifestKey(ref)}`;
  const { response } = await t.send({
    method: "PUT",
    url: manifestUrl(t, ref),
    registry: ref.registry,
    scopes: [scope(ref.repository, "pull,push")],
    what,
    headers: { "content-type": mediaType },
    body,
    subject: "manifest"
  });
  if (response.status !== 201 && response.status !== 200) throw statusError(response.status, what, await errorDetail(response), "manifest");
  discard(response);
  const digest = sha256Digest(body);
  const returned = response.headers.get("docker-content-digest");
  if (returned && returned !== digest) {
    throw new RegistryError(`${what}: registry stored ${neutralize(returned)}, expected ${digest}`, { status: response.status, code: "DIGEST_INVALID" });
  }
  return digest;
}
async function deleteManifest(t, ref) {
  if (!ref.digest) throw new RegistryError(`DELETE manifest ${ref.repository}: needs a digest, not a tag`, { code: "DIGEST_REQUIRED" });
  const what = `DELETE manifest ${ref.repository}@${ref.digest}`;
  const { response } = await t.send({
    method: "DELETE",
    url: manifestUrl(t, ref, ref.digest),
    registry: ref.registry,
    scopes: [scope(ref.repository, "delete")],
    what,
    subject: "manifest"
  });
  if (response.status !== 202 && response.status !== 200) throw statusError(response.status, what, await errorDetail(response), "manifest");
  discard(response);
}

// lib/support/link-header.ts
function nextLink(header, current) {
  for (const part of (header ?? "").split(",")) {
    const match = /<([^>]+)>\s*;(?:[^,]*?)\brel="?([^";]+)"?/.exec(part);
    if (match && match[2].split(/\s+/).includes("next")) return new URL(match[1], current);
  }
  return void 0;
}

// lib/registry/tags.ts
async function listTags(t, ref, pageSize = 100, options = {}) {
  const what = `GET tags ${ref.repository}`;
  const maxPages = options.maxPages ?? LIMITS.tagPages;
  const tags = [];
  const dropped = [];
  const seen = /* @__PURE__ */ new Set();
  let url = new URL(t.v2(ref, `tags/list?n=${pageSize}`)).toString();
  for (let page = 1; ; page++) {
    seen.add(url);
    const { response } = await t.send({
      method: "GET",
      url,
      registry: ref.registry,
      scopes: [scope(ref.repository, "pull")],
      what,
      maxBytes: LIMITS.tagsPage,
      subject: "repository"
    });
    if (!response.ok) throw statusError(response.status, what, await errorDetail(response), "repository");
    let body;
    try {
      body = JSON.parse((response.buffered ?? Buffer.alloc(0)).toString("utf8"));
    } catch {
      throw new RegistryError(`${what}: page ${page} from ${displayUrl(url)} is not JSON`, { status: response.status, code: "TAGS_INVALID" });
    }
    for (const name of Array.isArray(body?.tags) ? body.tags : []) {
      if (typeof name === "string" && isTag(name)) tags.push(name);
      else dropped.push(neutralize(typeof name === "string" ? name : JSON.stringify(name) ?? String(name), 80));
    }
    const next = followable(t, ref.registry, response.headers.get("link"), url, what);
    if (!next) break;
    if (seen.has(next)) throw new RegistryError(`${what}: the next page ${displayUrl(next)} was already read (a pagination loop); stopping`, { code: "PAGINATION_LOOP" });
    if (page >= maxPages) throw new RegistryError(`${what}: more than ${maxPages} pages of tags; stopping`, { code: "TOO_MANY_PAGES" });
    url = next;
  }
  if (dropped.length > 0) options.onDropped?.(dropped);
  return tags;
}
function followable(t, registry, link, current, what) {
  let next;
  try {
    next = nextLink(link, current);
  } catch {
    throw new RegistryError(`${what}: the Link header names no valid URL`, { code: "LINK_REFUSED" });
  }
  if (!next) return void 0;
  if (!t.auth.isRegistryOrigin(registry, next)) {
    throw new RegistryError(
      `${what}: the next page is on another origin (${neutralize(next.origin, 100)}, not ${new URL(t.baseUrl(registry)).origin}); not following it`,
      { code: "LINK_REFUSED" }
    );
  }
  return next.toString();
}

// lib/registry/client.ts
var RegistryClient = class {
  transport;
  constructor(options = {}) {
    this.transport = new Transport(options);
  }
  /** Every HTTP request sent (token requests included), for figures and tests. */
  get requestCount() {
    return this.transport.requestCount;
  }
  get retryOptions() {
    return this.transport.retryOptions;
  }
  /** Challenges and the token cache. */
  get auth() {
    return this.transport.auth;
  }
  /** The transport for a public host: the endpoint given for it, else https (plain http only for loopback). */
  baseUrl(registry) {
    return this.transport.baseUrl(registry);
  }
  /** Digest of a manifest by HEAD (GET when HEAD is refused or its digest is none); undefined when it does not exist. */
  manifestDigest(ref, signal) {
    return manifestDigest(this.transport, ref, signal);
  }
  async exists(ref, signal) {
    return await this.manifestDigest(ref, signal) !== void 0;
  }
  getManifest(ref, signal) {
    return getManifest(this.transport, ref, signal);
  }
  putManifest(ref, body, mediaType) {
    return putManifest(this.transport, ref, body, mediaType);
  }
  deleteManifest(ref) {
    return deleteManifest(this.transport, ref);
  }
  /** All (valid) tags of a repository, following `Link: <…>; rel="next"` pagination on the registry's origin. */
  listTags(ref, pageSize = 100, options = {}) {
    return listTags(this.transport, ref, pageSize, options);
  }
  blobExists(ref, digest) {
    return blobExists(this.transport, ref, digest);
  }
  /** The blob as a Node stream, verified (digest, size) while it flows; it errors when the transfer stalls or trickles. */
  fetchBlob(ref, digest, size) {
    return fetchBlob(this.transport, ref, digest, size);
  }
  mountBlob(target, digest, fromRepository) {
    return mountBlob(this.transport, target, digest, fromRepository);
  }
  /** Uploads a buffer, or a stream made by `data()` (a Node stream; web streams are accepted too), never buffered. */
  pushBlob(ref, digest, data, options = {}) {
    return pushBlob(this.transport, ref, digest, data, options);
  }
  /**
   * Authenticate once for many repositories: learn the registry's challenge (one `GET /v2/`) and,
   * for Bearer, fetch one token with every scope. Polling N images then costs N requests per round
   * from the first round on, instead of a challenge and a token per image. Failures are left for
   * the requests themselves to report.
   */
  async authorize(registry, repositories, actions = "pull", signal) {
    const { auth } = this.transport;
    const scopes = [...new Set(repositories)].map((r) => scope(r, actions));
    if (scopes.length === 0 || scopes.every((s) => auth.cached(registry, [s]))) return;
    try {
      if (!auth.hasChallenge(registry)) await this.transport.ping(registry, signal);
      if (!auth.hasChallenge(registry)) return;
      await auth.authenticate(registry, scopes, `authorize ${registry}`, signal);
    } catch {
    }
  }
};

// lib/hosts.ts
var DEFAULT_PROFILE = { separator: "/", deleteMethod: { kind: "registry-api" } };
var GITHUB_REGISTRIES = ["ghcr.io", "docker.pkg.github.com"];
var DEFAULT_GITHUB_REGISTRY = "docker.pkg.github.com";
var HOSTS = {
  "ghcr.io": {
    host: "ghcr.io",
    separator: "-",
    tokenVariable: "CONTAINER_REGISTRY_TOKEN",
    deleteMethod: { kind: "github-packages-api", tokenVariables: ["CONTAINER_REGISTRY_TOKEN", "GITHUB_TOKEN"] }
  },
  "docker.pkg.github.com": {
    host: "docker.pkg.github.com",
    separator: "/",
    tokenVariable: "GITHUB_TOKEN",
    deleteMethod: { kind: "registry-api" }
  },
  "docker.io": { host: "docker.io", separator: "/", deleteMethod: { kind: "registry-api" }, baseUrl: "https://registry-1.docker.io" }
};
function hostProfile(host) {
  return HOSTS[host.toLowerCase()] ?? { host: host.toLowerCase(), ...DEFAULT_PROFILE };
}
function isGithubRegistry(host) {
  return GITHUB_REGISTRIES.includes(host);
}
function tokenValue(config, variable2) {
  return variable2 === "CONTAINER_REGISTRY_TOKEN" ? config.containerRegistryToken : config.githubToken;
}
function hostCredentials(config, host) {
  const variable2 = hostProfile(host).tokenVariable;
  const password = variable2 ? tokenValue(config, variable2) : "";
  if (!password) return void 0;
  return { username: config.githubUsername || "apache", password };
}
function registryCredentials(config) {
  return chainCredentials((host) => hostCredentials(config, host), dockerConfigCredentials(config.dockerConfigPath, registerSecret));
}
function registryEndpoints(config) {
  const endpoints = /* @__PURE__ */ new Map();
  for (const profile of Object.values(HOSTS)) if (profile.baseUrl) endpoints.set(profile.host, profile.baseUrl);
  for (const [host, url] of config.registryEndpoints) endpoints.set(host, url);
  return endpoints;
}
function createRegistryClient(config, options = {}) {
  return new RegistryClient({
    endpoints: registryEndpoints(config),
    credentials: registryCredentials(config),
    timeoutMs: (config.requestTimeoutSeconds ?? 30) * 1e3,
    retry: REGISTRY_RETRY,
    ...options
  });
}
function dockerRegistryHost(config, host) {
  const endpoint = config.registryEndpoints.get(host.toLowerCase());
  if (!endpoint) return host;
  const url = new URL(endpoint);
  if (url.pathname !== "/" && url.pathname !== "") {
    throw new ConfigError(
      "REGISTRY_ENDPOINTS",
      `REGISTRY_ENDPOINTS maps ${host} to ${url.origin}${url.pathname}: docker cannot reach a registry under a path, only host[:port]`
    );
  }
  return url.host;
}
function dockerReference(config, reference) {
  const ref = parseReference(reference);
  if (!config.registryEndpoints.has(ref.registry.toLowerCase())) return reference;
  return formatReference({ ...ref, registry: dockerRegistryHost(config, ref.registry) });
}
function refusalHint() {
  const variables = Object.values(HOSTS).filter((p) => p.tokenVariable).map((p) => `${p.tokenVariable} for ${p.host}`);
  return `set ${variables.join(", ")}; a GitHub token needs read:packages (write:packages to push, delete:packages to prune; in a workflow: permissions: packages: write)`;
}

// lib/images.ts
var KINDS = {
  ci: { choice: "ci", segment: (c, python2) => `${c.branchName}-python${python2}-ci` },
  prod: { choice: "prod", segment: (c, python2) => prodBaseTag(c, python2) },
  /**
   * The PROD build-stage image: waited for and pulled only with WAIT_FOR_PROD_BUILD_IMAGE=true;
   * always pushed with the PROD image, as the bash did, when the build made one (a BuildKit
   * single-stage build with the registry cache makes none).
   */
  "prod-build": { choice: "prod", segment: (c, python2) => `${prodBaseTag(c, python2)}-build`, optional: true }
};
var IMAGE_KINDS = Object.keys(KINDS);
var IMAGE_CHOICES = {
  ci: { label: "CI" },
  prod: { label: "PROD" }
};
function prodBaseTag(config, python2) {
  return config.forceAirflowProdBaseTag ?? `${config.branchName}-python${python2}`;
}
function imageSegment(config, kind2, python2) {
  return KINDS[kind2].segment(config, python2);
}
function localNames(config, python2) {
  const hub = `${config.dockerhubUser}/${config.dockerhubRepo}`;
  const ciBaseTag = imageSegment(config, "ci", python2);
  const prodBaseTag2 = imageSegment(config, "prod", python2);
  return {
    pythonBaseImage: `python:${python2}-slim-buster`,
    airflowPythonBaseImage: `${hub}:python${python2}-${config.branchName}`,
    ciBaseTag,
    ciImage: `${hub}:${ciBaseTag}`,
    prodBaseTag: prodBaseTag2,
    prodImage: `${hub}:${prodBaseTag2}`,
    prodBuildImage: `${hub}:${prodBaseTag2}-build`,
    prodImageKubernetes: `${hub}:${prodBaseTag2}-kubernetes`,
    prodImageDefault: `${hub}:${config.branchName}`,
    ciLocalManifestImage: `local/${config.dockerhubRepo}:${ciBaseTag}-manifest`,
    ciRemoteManifestImage: `${hub}:${ciBaseTag}-manifest`
  };
}
function localImage(config, kind2, python2) {
  const names = localNames(config, python2);
  return kind2 === "ci" ? names.ciImage : kind2 === "prod" ? names.prodImage : names.prodBuildImage;
}
function githubPrefix(config, registry) {
  return `${registry}/${config.githubRepository.toLowerCase()}`;
}
function githubRepositoryName(config, registry, segment) {
  return `${githubPrefix(config, registry)}${hostProfile(registry).separator}${segment}${config.githubRegistryImageSuffix}`;
}
function githubImage(config, registry, kind2, python2, tag2) {
  return `${githubRepositoryName(config, registry, imageSegment(config, kind2, python2))}:${tag2}`;
}
function buildCacheRef(config, registry, kind2, python2) {
  return githubImage(config, registry, kind2, python2, "cache");
}
function candidateImages(config, kind2, python2, tag2) {
  return Object.fromEntries(GITHUB_REGISTRIES.map((registry) => [registry, githubImage(config, registry, kind2, python2, tag2)]));
}
function imageKinds(config, image, purpose = "wait") {
  return IMAGE_KINDS.filter(
    (kind2) => KINDS[kind2].choice === image && (!isOptionalKind(kind2) || purpose === "publish" || config.waitForProdBuildImage)
  );
}
function isOptionalKind(kind2) {
  return KINDS[kind2].optional === true;
}

// lib/cli/flags.ts
import { parseArgs } from "node:util";

// lib/config/load.ts
var import_dotenv = __toESM(require_main(), 1);
import { readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { homedir } from "node:os";
import { join, resolve as resolve2 } from "node:path";

// lib/config/build-args.ts
function imageBuildArgs(inputs, image, python2, options = {}) {
  const args = [];
  const add = (key, value) => args.push(Object.freeze([key, value]));
  const prod = image === "prod";
  add("PYTHON_BASE_IMAGE", `python:${inputs.pythonBaseImageVersion ?? python2}-slim-buster`);
  if (inputs.airflowVersion !== void 0) add("AIRFLOW_VERSION", inputs.airflowVersion);
  add("AIRFLOW_BRANCH", inputs.branchName);
  if (!prod) add("AIRFLOW_EXTRAS", inputs.airflowExtras ?? "devel_ci");
  else if (inputs.airflowExtras !== void 0) add("AIRFLOW_EXTRAS", inputs.airflowExtras);
  add("AIRFLOW_PRE_CACHED_PIP_PACKAGES", prod ? "false" : inputs.airflowPreCachedPipPackages);
  if (prod) add("INSTALL_PROVIDERS_FROM_SOURCES", "false");
  add("ADDITIONAL_AIRFLOW_EXTRAS", inputs.additionalAirflowExtras);
  add("ADDITIONAL_PYTHON_DEPS", inputs.additionalPythonDeps);
  add("ADDITIONAL_DEV_APT_COMMAND", "");
  add("ADDITIONAL_DEV_APT_DEPS", inputs.additionalDevAptDeps);
  add("ADDITIONAL_DEV_APT_ENV", inputs.additionalDevAptEnv);
  add("ADDITIONAL_RUNTIME_APT_COMMAND", "");
  add("ADDITIONAL_RUNTIME_APT_DEPS", inputs.additionalRuntimeAptDeps);
  add("ADDITIONAL_RUNTIME_APT_ENV", inputs.additionalRuntimeAptEnv);
  if (prod) {
    add("INSTALL_FROM_PYPI", "false");
    add("INSTALL_FROM_DOCKER_CONTEXT_FILES", "true");
  }
  add("UPGRADE_TO_NEWER_DEPENDENCIES", inputs.upgradeToNewerDependencies);
  add("CONSTRAINTS_GITHUB_REPOSITORY", inputs.constraintsGithubRepository);
  add("AIRFLOW_CONSTRAINTS_REFERENCE", inputs.airflowConstraintsReference);
  add("AIRFLOW_CONSTRAINTS", inputs.airflowConstraints);
  if (!prod && inputs.airflowConstraintsLocation !== "") add("AIRFLOW_CONSTRAINTS_LOCATION", inputs.airflowConstraintsLocation);
  add("AIRFLOW_IMAGE_REPOSITORY", inputs.airflowImageRepository);
  add("AIRFLOW_IMAGE_DATE_CREATED", inputs.airflowImageDateCreated);
  add("BUILD_ID", inputs.buildId);
  add("COMMIT_SHA", inputs.commitSha || options.commitSha || "");
  if (prod) {
    add("INSTALL_MYSQL_CLIENT", inputs.installMysqlClient);
    add("INSTALL_MSSQL_CLIENT", inputs.installMssqlClient);
    add("AIRFLOW_SOURCES_FROM", inputs.airflowSourcesFrom);
    add("AIRFLOW_SOURCES_TO", inputs.airflowSourcesTo);
    add("AIRFLOW_SOURCES_WWW_FROM", inputs.airflowSourcesWwwFrom);
    add("AIRFLOW_SOURCES_WWW_TO", inputs.airflowSourcesWwwTo);
    add("AIRFLOW_INSTALLATION_METHOD", inputs.airflowInstallationMethod);
  }
  return Object.freeze(args);
}
function imageLabels(inputs, options = {}) {
  return Object.freeze([
    Object.freeze(["org.opencontainers.image.source", inputs.airflowImageRepository]),
    Object.freeze(["org.opencontainers.image.revision", inputs.commitSha || options.commitSha || ""]),
    Object.freeze(["org.opencontainers.image.created", inputs.airflowImageDateCreated])
  ]);
}
function effectiveDockerCache(config, image) {
  return image === "prod" ? "pulled" : config.dockerCache;
}

// lib/config/kinds.ts
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
function kind(accepts, parse) {
  return Object.freeze({ accepts, parse });
}
var bool = kind("true or false", (name, value) => {
  if (value === "true") return true;
  if (value === "false") return false;
  throw ConfigError.invalid(name, value, "expected true or false");
});
function oneOf(allowed) {
  const accepts = `one of ${allowed.join(", ")}`;
  return kind(accepts, (name, value) => {
    if (allowed.includes(value)) return value;
    throw ConfigError.invalid(name, value, `expected ${accepts}`);
  });
}
function matching(pattern, accepts) {
  return kind(accepts, (name, value) => {
    if (!pattern.test(value)) throw ConfigError.invalid(name, value, accepts);
    return value;
  });
}
var text = kind("any text", (_name, value) => value);
var line = kind("one line of text without control characters", (name, value) => {
  if (/[\u0000-\u001f\u007f]/.test(value)) throw ConfigError.invalid(name, value, "expected one line of text without control characters");
  return value;
});
var TIMER_LIMIT_SECONDS = (2 ** 31 - 1) / 1e3;
var DAY = 86400;
var DEFAULT_SECONDS_BOUNDS = Object.freeze({ min: 0.1, max: 7 * DAY });
function describeSeconds(seconds2) {
  if (seconds2 >= DAY && seconds2 % DAY === 0) return `${seconds2 / DAY} day${seconds2 === DAY ? "" : "s"}`;
  if (seconds2 >= 3600 && seconds2 % 3600 === 0) return `${seconds2 / 3600} h`;
  return `${seconds2} s`;
}
function secondsAccepted(bounds) {
  return `expected a number of seconds from ${bounds.min} to ${bounds.max} (${describeSeconds(bounds.max)}), e.g. 30 or 0.5`;
}
function parseSecondsWithin(name, value, bounds = DEFAULT_SECONDS_BOUNDS) {
  if (!(bounds.max <= TIMER_LIMIT_SECONDS)) throw new RangeError(`${name}: bounds above Node's timer limit`);
  const seconds2 = /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(seconds2 >= bounds.min && seconds2 <= bounds.max && seconds2 > 0)) throw ConfigError.invalid(name, value, secondsAccepted(bounds));
  return seconds2;
}
function seconds(bounds) {
  return Object.freeze({ ...kind(secondsAccepted(bounds), (name, value) => parseSecondsWithin(name, value, bounds)), bounds });
}
var PYTHON_VERSION = /^[1-9]\d*\.(?:0|[1-9]\d*)$/;
var PYTHON_ACCEPTED = "expected a python version like 3.8 (major.minor, no leading zeros)";
function checkPythonVersion(name, value) {
  if (!PYTHON_VERSION.test(value)) throw ConfigError.invalid(name, value, PYTHON_ACCEPTED);
  return value;
}
function parsePythonVersions(name, value) {
  const versions = value.split(/[\s,]+/).filter(Boolean);
  for (const version of versions) {
    if (!PYTHON_VERSION.test(version)) {
      throw ConfigError.invalid(name, value, `every version must look like 3.8 (major.minor, no leading zeros), got ${JSON.stringify(version)}`);
    }
  }
  return Object.freeze([...new Set(versions)]);
}
var python = kind(PYTHON_ACCEPTED, checkPythonVersion);
var pythonList = kind('space-separated python versions, e.g. "3.6 3.7 3.8"', parsePythonVersions);
var ENDPOINTS_ACCEPTED = "expected comma-separated host=url pairs, e.g. ghcr.io=http://127.0.0.1:5000";
function parseRegistryEndpoints(raw, name = "REGISTRY_ENDPOINTS") {
  const endpoints = /* @__PURE__ */ new Map();
  if (!raw) return frozenMap(endpoints);
  if (raw.includes("@")) {
    throw new ConfigError(name, `${name} is not valid (value not shown): user:password@ in a URL is refused, credentials come from the token variables or docker's config.json; ${ENDPOINTS_ACCEPTED}`);
  }
  for (const pair of raw.split(",").map((p) => p.trim()).filter(Boolean)) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw ConfigError.invalid(name, raw, ENDPOINTS_ACCEPTED);
    const host = pair.slice(0, eq).trim().toLowerCase();
    const target = pair.slice(eq + 1).trim();
    if (!HOST.test(host)) throw ConfigError.invalid(name, raw, `${JSON.stringify(host)} is not a registry host; ${ENDPOINTS_ACCEPTED}`);
    if (endpoints.has(host)) throw ConfigError.invalid(name, raw, `${host} appears more than once; ${ENDPOINTS_ACCEPTED}`);
    let url;
    try {
      url = new URL(target);
    } catch {
      throw ConfigError.invalid(name, raw, `${JSON.stringify(target)} is not a URL; ${ENDPOINTS_ACCEPTED}`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:" || url.search || url.hash || url.username || url.password || target.includes("?") || target.includes("#")) {
      throw ConfigError.invalid(name, raw, `${JSON.stringify(target)} must be a plain http:// or https:// URL; ${ENDPOINTS_ACCEPTED}`);
    }
    endpoints.set(host, url.origin + url.pathname.replace(/\/+$/, ""));
  }
  return frozenMap(endpoints);
}
var registryEndpoints2 = kind(ENDPOINTS_ACCEPTED, (name, value) => parseRegistryEndpoints(value, name));
function frozenMap(map) {
  const refuse = () => {
    throw new TypeError("the configuration is read-only");
  };
  return Object.freeze(Object.assign(map, { set: refuse, delete: refuse, clear: refuse }));
}
var httpUrl = kind("an http(s) URL, e.g. https://api.github.com", (name, value) => {
  const accepted = "expected an http(s) URL, e.g. https://api.github.com";
  if (value.includes("@")) throw new ConfigError(name, `${name} is not valid (value not shown): user:password@ in a URL is refused; ${accepted}`);
  if (!/^https?:\/\/[^\s]+$/.test(value)) throw ConfigError.invalid(name, value, accepted);
  try {
    new URL(value);
  } catch {
    throw ConfigError.invalid(name, value, accepted);
  }
  return value.replace(/\/+$/, "");
});
var appendableFile = kind("a file that can be appended to", (name, path) => {
  const full = resolve(path);
  const dir = dirname(full);
  let problem;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) problem = `its directory ${dir} does not exist`;
  else if (existsSync(full) && statSync(full).isDirectory()) problem = "it is a directory";
  else if (existsSync(full) && !canWrite(full)) problem = "it is not writable";
  else if (!existsSync(full) && !canWrite(dir)) problem = `its directory ${dir} is not writable`;
  if (problem) throw ConfigError.invalid(name, path, `expected a file that can be appended to (${problem})`);
  return path;
});
function canWrite(path) {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

// lib/config/not-ported.ts
var NOT_PORTED = {
  VERIFY_IMAGE: { section: "notPorted", default: "", ported: false, reason: "the verify scripts always verify: leave the step out of the workflow instead", help: "`false` skipped image verification (#20664)" },
  FORCE_BUILD_IMAGES: { section: "notPorted", default: "false", ported: false, reason: "no md5 rebuild check to force", help: "forced a rebuild" },
  FORCE_BUILD: { section: "notPorted", default: "", ported: false, reason: "no md5 rebuild check to force", help: "forced a rebuild" },
  FORCE_ANSWER_TO_QUESTIONS: { section: "notPorted", default: "", ported: false, reason: "nothing asks questions", help: "answer to the rebuild prompt" },
  DEFAULT_CI_IMAGE: { section: "notPorted", default: "", ported: false, reason: "DockerHub default-image pushes are not ported (spec §6.10)", help: "extra DockerHub tag" },
  DEFAULT_PROD_IMAGE: { section: "notPorted", default: "", ported: false, reason: "never assigned by the bash (spec §6.10)", help: "extra DockerHub tag" },
  SKIP_BUILDING_PROD_IMAGE: { section: "notPorted", default: "false", ported: false, reason: "the port does not build the `-build` segment", help: "skipped the PROD build" },
  INSTALL_AIRFLOW_VERSION: { section: "notPorted", default: "", ported: false, reason: "local (breeze) PROD install mode", help: "install airflow from PyPI" },
  INSTALL_AIRFLOW_REFERENCE: { section: "notPorted", default: "", ported: false, reason: "local (breeze) PROD install mode", help: "install airflow from GitHub" },
  INSTALL_PROVIDERS_FROM_SOURCES: { section: "notPorted", default: "true", ported: false, reason: "PROD on CI forces `false`; the CI image does not take it after #20664", help: "build argument" },
  INSTALL_FROM_PYPI: { section: "notPorted", default: "true", ported: false, reason: "PROD on CI forces `false`; the CI image does not take it after #20664", help: "build argument" },
  INSTALL_FROM_DOCKER_CONTEXT_FILES: { section: "notPorted", default: "false", ported: false, reason: "PROD on CI forces `true`; the CI image does not take it after #20664", help: "build argument" },
  CONTINUE_ON_PIP_CHECK_FAILURE: { section: "notPorted", default: "false", ported: false, reason: "not passed after #20664", help: "build argument" },
  ADDITIONAL_DEV_APT_COMMAND: { section: "notPorted", default: "", ported: false, reason: "the bash forces it empty; passed as an empty build argument", help: "build argument" },
  ADDITIONAL_RUNTIME_APT_COMMAND: { section: "notPorted", default: "", ported: false, reason: "the bash forces it empty; passed as an empty build argument", help: "build argument" },
  DEV_APT_DEPS: { section: "notPorted", default: "", ported: false, reason: "the bash forces it empty on CI", help: "build argument" },
  DEV_APT_COMMAND: { section: "notPorted", default: "", ported: false, reason: "the bash forces it empty on CI", help: "build argument" },
  RUNTIME_APT_DEPS: { section: "notPorted", default: "", ported: false, reason: "the bash forces it empty on CI", help: "build argument" },
  RUNTIME_APT_COMMAND: { section: "notPorted", default: "", ported: false, reason: "the bash forces it empty on CI", help: "build argument" },
  PIP_PROGRESS_BAR: { section: "notPorted", default: "", ported: false, reason: "only for remote PROD installs, which CI does not do", help: "build argument `off` on CI" },
  CHECK_IF_BASE_PYTHON_IMAGE_UPDATED: { section: "notPorted", default: "false", ported: false, reason: "no python base images are kept (#20664)", help: "rebuilt the python base image" },
  PUSH_PYTHON_BASE_IMAGE: { section: "notPorted", default: "false", ported: false, reason: "no python base images are kept (#20664)", help: "pushed the python base image" },
  WAIT_FOR_IMAGE: { section: "notPorted", default: "", ported: false, reason: "set by ci.yml but read by no script (spec §1b)", help: "" },
  GITHUB_BASE_REF: { section: "notPorted", default: "", ported: false, reason: "fed only the CI_* variables", help: "" },
  GITHUB_JOB: { section: "notPorted", default: "", ported: false, reason: "fed only the CI_* variables", help: "" },
  GITHUB_EVENT_NAME: { section: "notPorted", default: "", ported: false, reason: "fed only the CI_* variables", help: "" },
  GITHUB_REF: { section: "notPorted", default: "", ported: false, reason: "fed only the CI_* variables", help: "" },
  VERBOSE: { section: "notPorted", default: "false", ported: false, reason: "every docker command is always echoed (secrets redacted)", help: "echoed docker commands" },
  VERBOSE_COMMANDS: { section: "notPorted", default: "false", ported: false, reason: "no shell to trace (`CI_IMAGES_DEBUG=true` prints stacks)", help: "`set -x`" },
  PRINT_INFO_FROM_SCRIPTS: { section: "notPorted", default: "true", ported: false, reason: "output is not hidden in a log file", help: "sent docker output to OUTPUT_LOG" },
  OUTPUT_LOG: { section: "notPorted", default: "", ported: false, reason: "output is not hidden in a log file", help: "log file" },
  BUILD_CACHE_DIR: { section: "notPorted", default: "", ported: false, reason: "no md5 files to keep", help: "`${AIRFLOW_SOURCES}/.build`" },
  DOCKER_BINARY_PATH: { section: "notPorted", default: "", ported: false, reason: "`docker` is found on PATH", help: "the docker binary" },
  SKIP_CACHE_DELETION: { section: "notPorted", default: "", ported: false, reason: "nothing is cached on disk", help: "" },
  DRY_RUN_DOCKER: { section: "notPorted", default: "", ported: false, reason: "the scripts take `--dry-run`", help: "printed docker commands instead of running them" },
  DOCKER_REPO: { section: "notPorted", default: "", ported: false, reason: "`ci_build_dockerhub.sh` (DockerHub autobuilds) is not ported", help: "" },
  DOCKER_TAG: { section: "notPorted", default: "", ported: false, reason: "`ci_build_dockerhub.sh` (DockerHub autobuilds) is not ported", help: "" }
};

// lib/config/shared-kinds.ts
var PATH_COMPONENT = NAME_COMPONENT;
var COMPONENT_ACCEPTED = "expected lower-case letters, digits and single separators (. _ -), as in a docker image name";
var GITHUB_NAME = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
var SAFE_PATH = /^[A-Za-z0-9_./@+-]+$/;
var PATH_ACCEPTED = "expected a relative or absolute path without spaces, quotes or shell characters";
var component = matching(PATH_COMPONENT, COMPONENT_ACCEPTED);
var tag = matching(TAG, TAG_ACCEPTED);
var safePath = matching(SAFE_PATH, PATH_ACCEPTED);
var stageName = (what) => matching(/^[A-Za-z0-9_.-]+$/, `expected a ${what} (letters, digits, _ . -)`);
var githubRepository = {
  accepts: "owner/name, e.g. apache/airflow",
  parse(name, value) {
    if (!GITHUB_NAME.test(value)) throw ConfigError.invalid(name, value, "expected owner/name, e.g. apache/airflow");
    for (const part of value.toLowerCase().split("/")) {
      if (!PATH_COMPONENT.test(part)) throw ConfigError.invalid(name, value, `owner and name must be valid image name parts (${COMPONENT_ACCEPTED})`);
    }
    return value;
  }
};
var imageReference = matching(
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$/,
  "expected an image reference such as apache/airflow:my-tag (lower-case name, optional :tag)"
);
var buildArgs = {
  accepts: "space- or newline-separated KEY=VALUE pairs",
  parse(name, value) {
    const args = value.split(/[\n ]+/).filter(Boolean);
    for (const arg of args) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(arg)) throw ConfigError.invalid(name, arg, "expected space- or newline-separated KEY=VALUE pairs");
    }
    return Object.freeze(args);
  }
};
var ciFlag = {
  accepts: "true (also 1 or yes) on CI; anything else means not CI",
  parse: (_name, value) => /^(?:true|1|yes)$/i.test(value)
};
var upgradeFlag = matching(/^[A-Za-z0-9_.-]{1,128}$/, "expected false, or a value that turns it on (true, a run id: letters, digits, _ . -)");
var isoUtc = matching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, "expected a UTC time like 2022-01-18T12:00:00Z");
var TIMEOUT_BOUNDS = Object.freeze({ min: 0.1, max: 7 * DAY });
var POLL_INTERVAL_BOUNDS = Object.freeze({ min: 0.1, max: 3600 });
var REQUEST_TIMEOUT_BOUNDS = Object.freeze({ min: 0.1, max: DAY });

// lib/config/variables.ts
var DOCKER_CACHE_MODES = ["pulled", "local", "disabled", "gha"];
var VARIABLES = {
  // -- registry and image names
  USE_GITHUB_REGISTRY: { section: "registry", default: "false", kind: bool, help: "use the GitHub registries instead of DockerHub" },
  GITHUB_REGISTRY_WAIT_FOR_IMAGE: { section: "registry", default: "false", kind: bool, help: "jobs wait for images built elsewhere instead of building" },
  GITHUB_REGISTRY: {
    section: "registry",
    default: DEFAULT_GITHUB_REGISTRY,
    kind: oneOf(GITHUB_REGISTRIES),
    help: "`ghcr.io` or `docker.pkg.github.com`: naming scheme and login; an empty job output means the default"
  },
  GITHUB_REGISTRY_IMAGE_SUFFIX: {
    section: "registry",
    default: "-v2",
    kind: matching(/^(?:[._]|__|-+)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/, "expected an image-name suffix such as -v2 (lower-case letters, digits, . _ -)"),
    help: "appended to every GitHub image name"
  },
  GITHUB_REGISTRY_PULL_IMAGE_TAG: { section: "registry", default: "latest", kind: tag, help: "tag to wait for / pull (CI: the run id)" },
  GITHUB_REGISTRY_PUSH_IMAGE_TAG: { section: "registry", default: "latest", kind: tag, help: "tag to push" },
  GITHUB_REPOSITORY: { section: "registry", default: "apache/airflow", kind: githubRepository, help: "`owner/name`; lower-cased in every image name" },
  DOCKERHUB_USER: { section: "registry", default: "apache", kind: component, help: "user of the local DockerHub-style names" },
  DOCKERHUB_REPO: { section: "registry", default: "airflow", kind: component, help: "repository of the local DockerHub-style names" },
  DEFAULT_BRANCH: {
    section: "registry",
    default: "master",
    kind: component,
    help: "default of BRANCH_NAME (the build workflows export it)",
    bash: "`master` (`main` after #20664), set with `=`: an empty value stayed empty and names started with `-python`"
  },
  BRANCH_NAME: { section: "registry", default: "${DEFAULT_BRANCH}", kind: component, help: "part of every image name" },
  FORCE_AIRFLOW_PROD_BASE_TAG: { section: "registry", default: "", kind: component, help: "replaces `<branch>-python<V>` in PROD names" },
  IMAGE_TAG: { section: "registry", default: "", kind: imageReference, help: "an extra local tag for a built image, e.g. `apache/airflow:my-tag`" },
  // -- credentials
  GITHUB_USERNAME: {
    section: "credentials",
    default: "",
    kind: matching(/^(?:[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:\[bot\])?)?$/, "expected a GitHub login: letters, digits and single hyphens (a bot may end in [bot])"),
    help: "login user (falls back to `apache`)"
  },
  GITHUB_TOKEN: { section: "credentials", default: "", kind: text, secret: true, help: "credential for docker.pkg.github.com" },
  CONTAINER_REGISTRY_TOKEN: { section: "credentials", default: "", kind: text, secret: true, help: "credential for ghcr.io" },
  AIRFLOW_LOGIN_TO_GITHUB_REGISTRY: {
    section: "credentials",
    default: "",
    kind: bool,
    help: "`true`: log in to the GitHub registry before pushing; `false`: do not; unset: log in when a token is set",
    bash: "unset (#20664: only `true` logs in)"
  },
  DOCKER_CONFIG: {
    section: "credentials",
    default: "~/.docker",
    kind: text,
    url: true,
    computed: true,
    help: "`config.json` `auths` are read for credentials, as docker, crane and skopeo do"
  },
  HOME: { section: "credentials", default: "the home directory", kind: text, computed: true, help: "where `~/.docker` is" },
  // -- python versions
  CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: {
    section: "python",
    default: "",
    kind: pythonList,
    help: "space-separated versions the wait and prune scripts handle (required there)"
  },
  DEFAULT_PYTHON_MAJOR_MINOR_VERSION: { section: "python", default: "3.6", kind: python, help: "default of PYTHON_MAJOR_MINOR_VERSION", bash: "hard-set, not read" },
  PYTHON_MAJOR_MINOR_VERSION: { section: "python", default: "${DEFAULT_PYTHON_MAJOR_MINOR_VERSION}", kind: python, help: "version of single-image scripts", flags: ["--python"] },
  PYTHON_BASE_IMAGE_VERSION: {
    section: "python",
    default: "",
    kind: python,
    help: "python of the base image `python:<V>-slim-buster`; empty: the image's own version",
    bash: "`${PYTHON_MAJOR_MINOR_VERSION}` (gone after #20664)"
  },
  // -- waiting
  WAIT_FOR_IMAGE_TIMEOUT: {
    section: "waiting",
    default: "3600",
    kind: seconds(TIMEOUT_BOUNDS),
    flags: ["--timeout"],
    help: "seconds to wait for images, at most 7 days",
    bash: "no limit (the job timeout)"
  },
  WAIT_FOR_IMAGE_POLL_INTERVAL: {
    section: "waiting",
    default: "5",
    kind: seconds(POLL_INTERVAL_BOUNDS),
    flags: ["--poll-interval"],
    help: "seconds between checks at most (0.1 to 3600; 80–100 % of it at random)",
    bash: "30"
  },
  WAIT_FOR_PROD_BUILD_IMAGE: { section: "waiting", default: "false", kind: bool, help: "PROD waits also for the `-build` image" },
  // -- pulling and pushing
  FORCE_PULL_IMAGES: { section: "images", default: "false", kind: bool, help: "pull even when the image is present locally", bash: "`false` (gone after #20664)" },
  FAIL_ON_GITHUB_DOCKER_PULL_ERROR: {
    section: "images",
    default: "false",
    kind: bool,
    help: "`true`: a failed pull of the verify scripts is an error; otherwise it is logged and the local image is verified"
  },
  COMMIT_SHA: {
    section: "images",
    default: "",
    kind: tag,
    help: "the commit that was built: its tag is pushed (else the build context's `git rev-parse HEAD`)",
    bash: "`git rev-parse HEAD`, else `Unknown`; the environment was ignored"
  },
  GITHUB_SHA: { section: "images", default: "", kind: tag, help: "set by Actions; without COMMIT_SHA the commit tag (the HEAD of DOCKER_CONTEXT, never GITHUB_SHA) is pushed only when it is set" },
  GITHUB_RUN_ID: { section: "images", default: "", kind: matching(/^\d*$/, "expected digits (a workflow run id)"), help: "set by Actions" },
  // -- verifying
  VERIFY_PROVIDERS_FILE: {
    section: "verifying",
    default: "scripts/ci/installed_providers.txt",
    kind: safePath,
    help: "verify-prod-image: providers (one per line, e.g. `amazon`, `apache.hive`) `airflow providers list` must show as `apache-airflow-providers-<dots→dashes>`; a missing file skips the check"
  },
  VERIFY_IMPORTS_FILE: {
    section: "verifying",
    default: "scripts/ci/verify_imports.txt",
    kind: safePath,
    help: "verify-prod-image: modules (one per line; `a, b` imports several at once) each checked with `python -c 'import …'`; a missing file skips the check"
  },
  // -- building
  DOCKER_CACHE: {
    section: "building",
    default: "pulled",
    kind: oneOf(DOCKER_CACHE_MODES),
    help: "`pulled` (registry cache), `local` (daemon only), `disabled` (`--no-cache`), `gha` (GitHub Actions cache; buildx only); PROD is always `pulled`, as the bash forced",
    bash: "empty: `local` for PROD before #20664"
  },
  PREPARE_BUILDX_CACHE: { section: "building", default: "false", kind: bool, help: "push the BuildKit registry cache (`--cache-to`); needs buildx" },
  UPGRADE_TO_NEWER_DEPENDENCIES: {
    section: "building",
    default: "false",
    kind: upgradeFlag,
    help: "anything but `false` (e.g. a run id, to bust the cache) upgrades dependencies; passed as a build argument"
  },
  CHECK_IMAGE_FOR_REBUILD: {
    section: "building",
    default: "true",
    kind: bool,
    help: 'the md5 "rebuild needed?" check',
    noEffect: "the md5 check went with #20664; the port always builds and BuildKit's cache decides"
  },
  SKIP_CHECK_REMOTE_IMAGE: {
    section: "building",
    default: "false",
    kind: bool,
    help: "skip the remote manifest-hash comparison",
    noEffect: "the manifest images and their hash comparison went with #20664"
  },
  DOCKERFILE_CI: { section: "building", default: "Dockerfile.ci", kind: safePath, help: "Dockerfile of the CI image" },
  DOCKERFILE_PROD: { section: "building", default: "Dockerfile", kind: safePath, help: "Dockerfile of the PROD image" },
  DOCKER_CONTEXT: { section: "building", default: ".", kind: safePath, help: "build context" },
  BUILD_TARGET: { section: "building", default: "main", kind: stageName("Dockerfile stage name"), help: "Dockerfile stage to build" },
  BUILDX_BUILDER: { section: "building", default: "airflow_cache", kind: stageName("buildx builder name"), help: "dedicated builder for registry cache export" },
  BUILD_PLATFORM: {
    section: "building",
    default: "",
    kind: matching(/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?(?:,[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?)*$/, "expected os/arch[/variant], comma-separated, e.g. linux/amd64,linux/arm64"),
    help: "`--platform` value, e.g. `linux/amd64,linux/arm64`",
    bash: "none (`DOCKER_DEFAULT_PLATFORM=linux/amd64`)"
  },
  BUILD_ARGS: { section: "building", default: "", kind: buildArgs, help: "extra `KEY=VALUE` build arguments, space- or newline-separated, passed after the others" },
  // -- build arguments (#20664's `--build-arg`s; PROD on CI forces some, see lib/config/build-args.ts)
  AIRFLOW_VERSION: {
    section: "buildArgs",
    default: "the Dockerfile's",
    kind: stageName("version"),
    computed: true,
    help: "build argument; passed only when set",
    bash: "`version =` of `setup.py`"
  },
  AIRFLOW_EXTRAS: {
    section: "buildArgs",
    default: "devel_ci (PROD: the Dockerfile's)",
    kind: matching(/^[a-z0-9_,.-]+$/, "expected comma-separated extras (a-z 0-9 _ . -)"),
    computed: true,
    help: "build argument; PROD gets it only when set"
  },
  AIRFLOW_PRE_CACHED_PIP_PACKAGES: { section: "buildArgs", default: "true", kind: bool, help: "build argument (PROD on CI: forced `false`)" },
  ADDITIONAL_AIRFLOW_EXTRAS: { section: "buildArgs", default: "", kind: line, help: "build argument" },
  ADDITIONAL_PYTHON_DEPS: { section: "buildArgs", default: "", kind: line, help: "build argument" },
  ADDITIONAL_DEV_APT_DEPS: { section: "buildArgs", default: "", kind: line, help: "build argument" },
  ADDITIONAL_DEV_APT_ENV: { section: "buildArgs", default: "", kind: line, help: "build argument" },
  ADDITIONAL_RUNTIME_APT_DEPS: { section: "buildArgs", default: "", kind: line, help: "build argument" },
  ADDITIONAL_RUNTIME_APT_ENV: { section: "buildArgs", default: "", kind: line, help: "build argument" },
  CONSTRAINTS_GITHUB_REPOSITORY: { section: "buildArgs", default: "apache/airflow", kind: githubRepository, help: "build argument: where the constraints live" },
  DEFAULT_CONSTRAINTS_BRANCH: { section: "buildArgs", default: "constraints-master", kind: component, help: "default of AIRFLOW_CONSTRAINTS_REFERENCE", bash: "`constraints-master` (`constraints-main` after #20664)" },
  AIRFLOW_CONSTRAINTS_REFERENCE: { section: "buildArgs", default: "${DEFAULT_CONSTRAINTS_BRANCH}", kind: stageName("git reference"), help: "build argument" },
  AIRFLOW_CONSTRAINTS: {
    section: "buildArgs",
    default: "constraints-source-providers",
    kind: matching(/^[a-z0-9-]+$/, "expected a constraints flavour, e.g. constraints-source-providers"),
    help: "build argument"
  },
  AIRFLOW_CONSTRAINTS_LOCATION: { section: "buildArgs", default: "", kind: line, url: true, help: "build argument of the CI image (a URL or path), passed only when set" },
  AIRFLOW_IMAGE_REPOSITORY: {
    section: "buildArgs",
    default: "https://github.com/${GITHUB_REPOSITORY}",
    kind: httpUrl,
    url: true,
    help: "build argument; the `org.opencontainers.image.source` label"
  },
  AIRFLOW_IMAGE_DATE_CREATED: {
    section: "buildArgs",
    default: "now (UTC)",
    kind: isoUtc,
    computed: true,
    help: "build argument; the `org.opencontainers.image.created` label",
    bash: "always now"
  },
  CI_BUILD_ID: {
    section: "buildArgs",
    default: "${GITHUB_RUN_ID} when CI=true, else 0",
    kind: stageName("build id"),
    computed: true,
    help: "the `BUILD_ID` build argument (on CI always GITHUB_RUN_ID, as the bash did)"
  },
  INSTALL_MYSQL_CLIENT: { section: "buildArgs", default: "true", kind: bool, help: "build argument of the PROD image" },
  INSTALL_MSSQL_CLIENT: { section: "buildArgs", default: "true", kind: bool, help: "build argument of the PROD image" },
  AIRFLOW_INSTALLATION_METHOD: { section: "buildArgs", default: "apache-airflow", kind: stageName("installation method"), help: "build argument of the PROD image" },
  AIRFLOW_SOURCES_FROM: { section: "buildArgs", default: "empty", kind: safePath, help: "build argument of the PROD image" },
  AIRFLOW_SOURCES_TO: { section: "buildArgs", default: "/empty", kind: safePath, help: "build argument of the PROD image" },
  AIRFLOW_SOURCES_WWW_FROM: { section: "buildArgs", default: "empty", kind: safePath, help: "build argument of the PROD image" },
  AIRFLOW_SOURCES_WWW_TO: { section: "buildArgs", default: "/empty", kind: safePath, help: "build argument of the PROD image" },
  // -- transport
  REGISTRY_ENDPOINTS: {
    section: "transport",
    default: "",
    kind: registryEndpoints2,
    url: true,
    help: "`host=url,…`: send a registry host's requests to another base URL (mirrors, local registries); image names keep the public host"
  },
  REGISTRY_REQUEST_TIMEOUT: {
    section: "transport",
    default: "10 (waits) / 30",
    kind: seconds(REQUEST_TIMEOUT_BOUNDS),
    computed: true,
    help: "seconds per registry request (idle time for blob streams), at most 1 day"
  },
  GITHUB_API_URL: { section: "transport", default: "https://api.github.com", kind: httpUrl, url: true, help: "for package-version deletion on ghcr.io" },
  // -- runner
  CI: {
    section: "runner",
    default: "false",
    kind: ciFlag,
    envOnly: true,
    help: "set by CI runners; then an implicit `.env` may not set URL variables, and BUILD_ID is GITHUB_RUN_ID"
  },
  GITHUB_ACTIONS: { section: "runner", default: "false", kind: bool, help: "set by Actions: log groups, masks, annotations" },
  GITHUB_OUTPUT: { section: "runner", default: "", kind: appendableFile, help: "set by Actions; checked up front (writable file)" },
  GITHUB_STEP_SUMMARY: { section: "runner", default: "", kind: appendableFile, help: "set by Actions; checked up front (writable file)" },
  CI_IMAGES_ENV_FILE: {
    section: "runner",
    default: ".env",
    kind: text,
    envOnly: true,
    help: "the env file to read; naming it also trusts its URL variables on CI"
  },
  ...NOT_PORTED
};
var VARIABLE_LIST = Object.freeze(
  Object.entries(VARIABLES).map(([name, variable2]) => Object.freeze({ name, variable: variable2 }))
);
function isPorted(variable2) {
  return variable2.ported !== false;
}
var PORTED_NAMES = Object.freeze(VARIABLE_LIST.filter((v) => isPorted(v.variable)).map((v) => v.name));
var SECRET_NAMES = Object.freeze(VARIABLE_LIST.filter((v) => isPorted(v.variable) && v.variable.secret).map((v) => v.name));
var URL_NAMES = Object.freeze(VARIABLE_LIST.filter((v) => isPorted(v.variable) && v.variable.url).map((v) => v.name));
function variable(name) {
  return Object.hasOwn(VARIABLES, name) ? VARIABLES[name] : void 0;
}
function secondsBounds(name) {
  for (const { name: variableName, variable: v } of VARIABLE_LIST) {
    if (!isPorted(v) || !("bounds" in v.kind)) continue;
    if (variableName === name || v.flags?.includes(name)) return v.kind.bounds;
  }
  return DEFAULT_SECONDS_BOUNDS;
}
function parseSeconds(name, value, bounds = secondsBounds(name)) {
  return parseSecondsWithin(name, value, bounds);
}
function shownDefault(v) {
  return v.default === "" ? "(empty)" : v.default;
}
function describeVariables(names) {
  const rows = names.map((name) => {
    const v = variable(name);
    if (!v) throw new Error(`describeVariables: ${name} is not in lib/config/variables.ts`);
    const help = isPorted(v) ? v.help : `not ported: ${v.reason}`;
    return [name, shownDefault(v), help.replace(/`/g, "")];
  });
  const nameWidth = Math.max(0, ...rows.map((r) => r[0].length));
  const defaultWidth = Math.max(0, ...rows.map((r) => r[1].length));
  return rows.map(([n, d, h]) => `  ${n.padEnd(nameWidth)}  ${d.padEnd(defaultWidth)}  ${h}`.trimEnd()).join("\n");
}

// lib/config/load.ts
var Reader = class {
  constructor(env) {
    this.env = env;
  }
  env;
  entry(name) {
    const v = variable(name);
    if (!v || !isPorted(v)) throw new Error(`${name} is not a ported variable of lib/config/variables.ts`);
    return v;
  }
  /** The value as set (empty means unset). */
  raw(name) {
    this.entry(name);
    const value = this.env[name];
    return value === void 0 || value === "" ? void 0 : value;
  }
  /**
   * The value as set, else the table's default with `${NAME}` references expanded to their
   * validated values (so a bad GITHUB_REPOSITORY is reported as such, not as the URL made of it).
   */
  text(name) {
    const v = this.entry(name);
    const value = this.raw(name);
    if (value !== void 0) return value;
    if (v.computed) throw new Error(`${name}: its default is computed; read it with raw()`);
    return v.default.replace(/\$\{([A-Z][A-Z0-9_]*)\}/g, (_, ref) => String(this.get(ref)));
  }
  /** Parsed by the variable's kind; defaults go through the same rules. */
  get(name) {
    return this.parse(name, this.text(name));
  }
  /** Parsed when set, else undefined. */
  optional(name) {
    const value = this.raw(name);
    return value === void 0 ? void 0 : this.parse(name, value);
  }
  parse(name, value) {
    const v = this.entry(name);
    try {
      return v.kind.parse(name, value);
    } catch (error) {
      if (v.secret && error instanceof ConfigError) throw new ConfigError(name, `${name} is not valid (value not shown): ${v.kind.accepts}`);
      throw error;
    }
  }
};
function registerEnvironmentSecrets(env = process.env) {
  const user = env.GITHUB_USERNAME || "apache";
  for (const name of SECRET_NAMES) registerSecret(env[name], user);
}
function readEnvFile(path, variableName, explicit) {
  let isDirectory;
  try {
    isDirectory = statSync2(path).isDirectory();
  } catch (error) {
    if (error.code === "ENOENT" && !explicit) return {};
    const why = error.code === "ENOENT" ? "does not exist" : `cannot be read (${error.code})`;
    throw ConfigError.invalid(variableName, path, `the file ${path} ${why}`);
  }
  if (isDirectory) throw ConfigError.invalid(variableName, path, `expected a file of KEY=value lines, ${path} is a directory`);
  try {
    return (0, import_dotenv.parse)(readFileSync2(path));
  } catch (error) {
    throw ConfigError.invalid(variableName, path, `the file ${path} cannot be read (${error.code ?? "error"})`);
  }
}
function definedOnly(env) {
  const out = {};
  for (const [key, value] of Object.entries(env)) if (value !== void 0) out[key] = value;
  return out;
}
var isCiEnvironment = (env) => VARIABLES.CI.kind.parse("CI", env.CI ?? "") || env.GITHUB_ACTIONS === "true";
function loadConfig(env = process.env, options = {}) {
  const named = options.envFile ?? (env.CI_IMAGES_ENV_FILE || void 0);
  const variableName = options.envFile ? "env file" : "CI_IMAGES_ENV_FILE";
  const fileEnv = named === false ? {} : readEnvFile(resolve2(named ?? ".env"), variableName, named !== void 0);
  const warnings = [];
  for (const name of PORTED_NAMES) {
    const v = variable(name);
    if (v && isPorted(v) && v.envOnly) delete fileEnv[name];
  }
  if (named === void 0 && isCiEnvironment(env)) {
    const ignored = URL_NAMES.filter((name) => (fileEnv[name] ?? "") !== "");
    for (const name of ignored) delete fileEnv[name];
    if (ignored.length > 0) {
      warnings.push(
        `ignored ${ignored.join(", ")} from ${resolve2(".env")}: on CI an implicit .env (the checkout's) may not choose where requests and credentials go; set them in the environment, or name the file in CI_IMAGES_ENV_FILE to trust it`
      );
    }
  }
  const merged = { ...fileEnv, ...definedOnly(env) };
  const config = buildConfig(merged, env, warnings, options);
  for (const warning of config.warnings) options.onWarning?.(warning);
  return config;
}
function buildConfig(env, realEnv, warnings, options) {
  registerEnvironmentSecrets(env);
  const r = new Reader(env);
  const githubSha = r.optional("GITHUB_SHA") ?? "";
  const explicitCommit = r.optional("COMMIT_SHA");
  const commitSha = explicitCommit ?? githubSha;
  const commitTag = explicitCommit === void 0 || explicitCommit === "Unknown" ? "" : explicitCommit;
  const githubRunId = r.get("GITHUB_RUN_ID");
  const ci = VARIABLES.CI.kind.parse("CI", realEnv.CI ?? "");
  const explicitBuildId = r.optional("CI_BUILD_ID");
  const ciBuildId = ci && githubRunId ? githubRunId : explicitBuildId ?? "0";
  const pythonVersion = r.get("PYTHON_MAJOR_MINOR_VERSION");
  const defaultPythonVersion = r.get("DEFAULT_PYTHON_MAJOR_MINOR_VERSION");
  const explicitBaseVersion = r.optional("PYTHON_BASE_IMAGE_VERSION");
  const branchName = r.get("BRANCH_NAME");
  const now = options.now?.() ?? /* @__PURE__ */ new Date();
  const inputs = Object.freeze({
    branchName,
    pythonBaseImageVersion: explicitBaseVersion,
    airflowVersion: r.optional("AIRFLOW_VERSION"),
    airflowExtras: r.optional("AIRFLOW_EXTRAS"),
    airflowPreCachedPipPackages: String(r.get("AIRFLOW_PRE_CACHED_PIP_PACKAGES")),
    additionalAirflowExtras: r.get("ADDITIONAL_AIRFLOW_EXTRAS"),
    additionalPythonDeps: r.get("ADDITIONAL_PYTHON_DEPS"),
    additionalDevAptDeps: r.get("ADDITIONAL_DEV_APT_DEPS"),
    additionalDevAptEnv: r.get("ADDITIONAL_DEV_APT_ENV"),
    additionalRuntimeAptDeps: r.get("ADDITIONAL_RUNTIME_APT_DEPS"),
    additionalRuntimeAptEnv: r.get("ADDITIONAL_RUNTIME_APT_ENV"),
    upgradeToNewerDependencies: r.get("UPGRADE_TO_NEWER_DEPENDENCIES"),
    constraintsGithubRepository: r.get("CONSTRAINTS_GITHUB_REPOSITORY"),
    airflowConstraintsReference: r.get("AIRFLOW_CONSTRAINTS_REFERENCE"),
    airflowConstraints: r.get("AIRFLOW_CONSTRAINTS"),
    airflowConstraintsLocation: r.get("AIRFLOW_CONSTRAINTS_LOCATION"),
    airflowImageRepository: r.get("AIRFLOW_IMAGE_REPOSITORY"),
    airflowImageDateCreated: r.optional("AIRFLOW_IMAGE_DATE_CREATED") ?? now.toISOString().replace(/\.\d{3}Z$/, "Z"),
    buildId: ciBuildId,
    commitSha: commitTag,
    installMysqlClient: String(r.get("INSTALL_MYSQL_CLIENT")),
    installMssqlClient: String(r.get("INSTALL_MSSQL_CLIENT")),
    airflowInstallationMethod: r.get("AIRFLOW_INSTALLATION_METHOD"),
    airflowSourcesFrom: r.get("AIRFLOW_SOURCES_FROM"),
    airflowSourcesTo: r.get("AIRFLOW_SOURCES_TO"),
    airflowSourcesWwwFrom: r.get("AIRFLOW_SOURCES_WWW_FROM"),
    airflowSourcesWwwTo: r.get("AIRFLOW_SOURCES_WWW_TO")
  });
  const home = r.raw("HOME") ?? homedir();
  const config = {
    useGithubRegistry: r.get("USE_GITHUB_REGISTRY"),
    githubRegistry: r.get("GITHUB_REGISTRY"),
    githubRegistryImageSuffix: r.get("GITHUB_REGISTRY_IMAGE_SUFFIX"),
    pullImageTag: r.get("GITHUB_REGISTRY_PULL_IMAGE_TAG"),
    pushImageTag: r.get("GITHUB_REGISTRY_PUSH_IMAGE_TAG"),
    waitForImage: r.get("GITHUB_REGISTRY_WAIT_FOR_IMAGE"),
    waitForProdBuildImage: r.get("WAIT_FOR_PROD_BUILD_IMAGE"),
    githubRepository: r.get("GITHUB_REPOSITORY"),
    githubUsername: r.get("GITHUB_USERNAME"),
    githubToken: r.get("GITHUB_TOKEN"),
    containerRegistryToken: r.get("CONTAINER_REGISTRY_TOKEN"),
    dockerhubUser: r.get("DOCKERHUB_USER"),
    dockerhubRepo: r.get("DOCKERHUB_REPO"),
    defaultBranch: r.get("DEFAULT_BRANCH"),
    branchName,
    pythonVersions: r.get("CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING"),
    pythonVersion,
    defaultPythonVersion,
    pythonBaseImageVersion: explicitBaseVersion ?? pythonVersion,
    forceAirflowProdBaseTag: r.optional("FORCE_AIRFLOW_PROD_BASE_TAG"),
    imageTag: r.optional("IMAGE_TAG"),
    dockerCache: r.get("DOCKER_CACHE"),
    prepareBuildxCache: r.get("PREPARE_BUILDX_CACHE"),
    forcePullImages: r.get("FORCE_PULL_IMAGES"),
    failOnGithubDockerPullError: r.get("FAIL_ON_GITHUB_DOCKER_PULL_ERROR"),
    verifyProvidersFile: r.get("VERIFY_PROVIDERS_FILE"),
    verifyImportsFile: r.get("VERIFY_IMPORTS_FILE"),
    upgradeToNewerDependencies: inputs.upgradeToNewerDependencies !== "false",
    checkImageForRebuild: r.get("CHECK_IMAGE_FOR_REBUILD"),
    skipCheckRemoteImage: r.get("SKIP_CHECK_REMOTE_IMAGE"),
    airflowLoginToGithubRegistry: r.optional("AIRFLOW_LOGIN_TO_GITHUB_REGISTRY"),
    commitSha,
    commitTag,
    githubSha,
    githubRunId,
    ci,
    ciBuildId,
    githubOutput: r.optional("GITHUB_OUTPUT"),
    githubStepSummary: r.optional("GITHUB_STEP_SUMMARY"),
    githubActions: r.get("GITHUB_ACTIONS"),
    githubApiUrl: r.get("GITHUB_API_URL"),
    registryEndpoints: r.get("REGISTRY_ENDPOINTS"),
    waitTimeoutSeconds: r.get("WAIT_FOR_IMAGE_TIMEOUT"),
    pollIntervalSeconds: r.get("WAIT_FOR_IMAGE_POLL_INTERVAL"),
    requestTimeoutSeconds: r.optional("REGISTRY_REQUEST_TIMEOUT"),
    dockerConfigPath: join(r.optional("DOCKER_CONFIG") ?? join(home, ".docker"), "config.json"),
    build: Object.freeze({
      ciDockerfile: r.get("DOCKERFILE_CI"),
      prodDockerfile: r.get("DOCKERFILE_PROD"),
      context: r.get("DOCKER_CONTEXT"),
      target: r.get("BUILD_TARGET"),
      builder: r.get("BUILDX_BUILDER"),
      platform: r.optional("BUILD_PLATFORM"),
      buildArgs: r.get("BUILD_ARGS"),
      imageBuildArgs: imageBuildArgs(inputs, "ci", pythonVersion),
      prodImageBuildArgs: imageBuildArgs(inputs, "prod", pythonVersion),
      labels: imageLabels(inputs),
      inputs
    }),
    warnings: Object.freeze([...warnings])
  };
  return Object.freeze(config);
}
function requirePythonVersions(config) {
  if (config.pythonVersions.length === 0) {
    throw new ConfigError(
      "CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING",
      'CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING is empty: expected a space-separated list of python versions, e.g. "3.6 3.7 3.8"'
    );
  }
  return config.pythonVersions;
}

// lib/oci/platform.ts
var PART = /^[a-z0-9_]+$/;
var ARCH_ALIASES = { x86_64: "amd64", "x86-64": "amd64", aarch64: "arm64", armhf: "arm", armel: "arm", i386: "386" };
function parsePlatform(text2, what = "platform") {
  const parts = text2.trim().toLowerCase().split("/");
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => PART.test(p))) {
    throw ConfigError.invalid(what, text2, "expected os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8");
  }
  return normalizePlatform({ os: parts[0], architecture: parts[1], variant: parts[2] });
}
function normalizePlatform(platform) {
  const os = platform.os.toLowerCase();
  const architecture = ARCH_ALIASES[platform.architecture.toLowerCase()] ?? platform.architecture.toLowerCase();
  let variant = platform.variant?.toLowerCase() || void 0;
  if (variant && /^\d+$/.test(variant)) variant = `v${variant}`;
  if (architecture === "arm64" && variant === "v8") variant = void 0;
  if (architecture === "amd64" && variant === "v1") variant = void 0;
  if (architecture === "arm" && !variant) variant = "v7";
  return variant ? { os, architecture, variant } : { os, architecture };
}
function formatPlatform(platform) {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}
function matchesPlatform(candidate, wanted) {
  const want = typeof wanted === "string" ? parsePlatform(wanted) : normalizePlatform(wanted);
  const have = platformOf(candidate);
  return have !== void 0 && have.os === want.os && have.architecture === want.architecture && have.variant === want.variant;
}
function platformOf(value) {
  if (!value || typeof value !== "object") return void 0;
  const { os, architecture, variant } = value;
  if (typeof os !== "string" || typeof architecture !== "string" || !os || !architecture) return void 0;
  return normalizePlatform({ os, architecture, variant: typeof variant === "string" ? variant : void 0 });
}

// lib/cli/flags.ts
var COMMON_FLAGS = {
  json: { type: "boolean", default: false },
  format: { type: "string" },
  "dry-run": { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false }
};
function parseFlags(options, argv = process.argv.slice(2)) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const message = error.message.split("\n").map((l) => l.trim()).filter(Boolean).join(" ");
    const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? "arguments";
    const closest = /^Unknown option/.test(message) ? closestFlag(flag, Object.keys(options)) : void 0;
    const hint = closest ? `; did you mean --${closest}?` : "";
    throw new ConfigError(flag, `${message.replace(/\. To specify a positional argument.*$/, "")}${hint} (see --help)`);
  }
}
function closestFlag(given, known) {
  const word = given.replace(/^-+/, "").replace(/=.*$/, "");
  let best;
  for (const name of known) {
    const distance = name.startsWith(word) || word.startsWith(name) ? 1 : editDistance(word, name);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
function parseRunIdFlag(value) {
  if (value === void 0) throw new ConfigError("--run-id", "--run-id is required: the GitHub Actions run id whose image to pull, e.g. --run-id 123456789");
  if (!/^\d{1,20}$/.test(value)) throw ConfigError.invalid("--run-id", value, "expected a GitHub Actions run id (digits)");
  return value;
}
function parseImageFlag(value) {
  const image = value ?? "ci";
  if (!(image in IMAGE_CHOICES)) throw ConfigError.invalid("--image", image, `expected ${Object.keys(IMAGE_CHOICES).join(" or ")}`);
  return image;
}
function parsePythonFlag(value, config) {
  return value === void 0 ? config.pythonVersion : checkPythonVersion("--python", value);
}
function parseTagFlag(flag, value) {
  if (!TAG.test(value)) throw ConfigError.invalid(flag, value, TAG_ACCEPTED);
  return value;
}
function parseHostFlag(flag, value) {
  const host = value.toLowerCase();
  if (!HOST.test(host)) throw ConfigError.invalid(flag, value, HOST_ACCEPTED);
  return host;
}
function parseRegistryFlag(value, fallback) {
  if (value === void 0) return fallback;
  if (isGithubRegistry(value)) return value;
  throw ConfigError.invalid("--registry", value, `expected one of ${GITHUB_REGISTRIES.join(", ")}`);
}
var DEFAULT_KEEP = 10;
var DEFAULT_OLDER_THAN = "14d";
function parseKeep(value) {
  if (value === void 0) return DEFAULT_KEEP;
  if (!/^\d{1,9}$/.test(value)) throw ConfigError.invalid("--keep", value, "expected a non-negative whole number of run-id/sha tags to keep, e.g. 10");
  return Number(value);
}
var UNITS = { "": 1, s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
var MAX_DURATION_SECONDS = 10 * 365 * 86400;
function parseDuration(flag, value, fallback = DEFAULT_OLDER_THAN) {
  const text2 = value ?? fallback;
  const match = /^(\d{1,9})([smhdw]?)$/.exec(text2);
  const accepted = "expected a duration such as 14d, 36h, 90m, 2w or a number of seconds, at most 520w";
  if (!match) throw ConfigError.invalid(flag, text2, accepted);
  const seconds2 = Number(match[1]) * UNITS[match[2]];
  if (seconds2 > MAX_DURATION_SECONDS) throw ConfigError.invalid(flag, text2, accepted);
  return seconds2;
}
var WAIT_FLAGS = {
  timeout: { type: "string" },
  "poll-interval": { type: "string" },
  heartbeat: { type: "string" },
  platform: { type: "string" }
};
function parseWaitFlags(flags) {
  return {
    platform: flags.platform === void 0 ? void 0 : parsePlatform(flags.platform, "--platform"),
    heartbeatSeconds: flags.heartbeat === void 0 ? void 0 : flags.heartbeat === "0" ? 0 : parseSeconds("--heartbeat", flags.heartbeat),
    timeoutSeconds: flags.timeout === void 0 ? void 0 : parseSeconds("--timeout", flags.timeout),
    pollSeconds: flags["poll-interval"] === void 0 ? void 0 : parseSeconds("--poll-interval", flags["poll-interval"])
  };
}
var OUTPUT_FORMATS = ["text", "json", "env"];
function parseFormat(flags) {
  const format = flags.format ?? (flags.json ? "json" : "text");
  if (!OUTPUT_FORMATS.includes(format)) throw ConfigError.invalid("--format", format, `expected one of ${OUTPUT_FORMATS.join(", ")}`);
  if (flags.json && format !== "json") throw new ConfigError("--json", `--json and --format ${format} contradict each other: pass one of them`);
  return format;
}

// lib/report/envelope.ts
var recorded;
function recordResult(value) {
  recorded = { value };
}
function takeResult() {
  const value = recorded?.value ?? null;
  recorded = void 0;
  return value;
}
function envelope(command, exitCode, result, error) {
  return {
    command,
    ok: exitCode === 0,
    exitCode,
    result,
    error: error === void 0 ? null : {
      type: error instanceof Error ? error.name : "Error",
      message: redact(error instanceof Error ? error.message : String(error))
    }
  };
}
var exported = /* @__PURE__ */ new Map();
function envName(output) {
  return output.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
}
function recordExport(output, value) {
  exported.set(envName(output), value);
}
var SAFE_VALUE = /^[A-Za-z0-9_@%+=:,./-]*$/;
function takeExports() {
  const lines = [...exported].map(([name, value]) => {
    if (/[\r\n]/.test(value)) throw new Error(`output ${name} holds a line break: not printed for --format env`);
    return `${name}=${SAFE_VALUE.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`}`;
  });
  exported.clear();
  return lines;
}
var cleanups = [];
function atScriptEnd(cleanup) {
  cleanups.push(cleanup);
}
async function runScriptEnd() {
  while (cleanups.length) await cleanups.pop()().catch(() => void 0);
}

// lib/cli/help.ts
var COMMON = ["registry", "credentials", "python", "transport"];
var SECTIONS_BY_SCRIPT = {
  "wait-for-all-ci-images": [...COMMON, "waiting"],
  "wait-for-all-prod-images": [...COMMON, "waiting"],
  "prepare-ci-image": [...COMMON, "waiting", "images", "building"],
  "push-images": [...COMMON, "images", "building"],
  "pull-image": [...COMMON, "images"],
  "merge-platforms": [...COMMON, "images"],
  "prune-images": [...COMMON],
  "verify-ci-image": [...COMMON, "images", "verifying"],
  "verify-prod-image": [...COMMON, "images", "verifying"]
};
function scriptHelp(script, usage) {
  const sections = SECTIONS_BY_SCRIPT[script];
  if (!sections) return usage.trimEnd();
  const names = VARIABLE_LIST.filter((v) => isPorted(v.variable) && sections.includes(v.variable.section)).map((v) => v.name);
  return `${usage.trimEnd()}

Variables (environment or .env; empty means the default):
${describeVariables(names)}`;
}

// lib/cli/main.ts
async function runMain(body) {
  registerEnvironmentSecrets();
  try {
    const code = await body();
    process.exitCode = code ?? 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: ${redact(message).replace(/[\r\n]+/g, " ")}
`);
    if (debugEnabled() && error instanceof Error && error.stack) {
      process.stderr.write(redact(error.stack) + "\n");
    }
    process.exitCode = exitCodeFor(error);
  }
}
async function runScript(spec, body, argv = process.argv.slice(2)) {
  const json = argv.includes("--json") || argv.some((arg, i) => arg === "--format=json" || arg === "--format" && argv[i + 1] === "json");
  let envLines = [];
  let failure;
  let timedOut = false;
  await runMain(async () => {
    try {
      const flags = parseFlags({ ...spec.flags, ...COMMON_FLAGS }, argv);
      if (flags.help) {
        process.stdout.write(scriptHelp(spec.name, spec.usage) + "\n");
        return 0;
      }
      const code = await withDeadline(spec, flags, () => body(flags), () => timedOut = true).finally(runScriptEnd);
      if (parseFormat(flags) === "env" && !code) envLines = takeExports();
      return code;
    } catch (error) {
      failure = error;
      if (exitCodeFor(error) === 3 && error instanceof Error && !/ set [A-Z_]+_TOKEN/.test(error.message)) error.message += ` (${refusalHint()})`;
      if (inGithubActions()) {
        const stream = json ? process.stderr : process.stdout;
        stream.write(errorAnnotation(`${spec.name} failed`, error instanceof Error ? error.message : String(error)) + "\n");
      }
      throw error;
    }
  });
  if (envLines.length) process.stdout.write(envLines.join("\n") + "\n");
  if (json) {
    const exitCode = Number(process.exitCode ?? 0);
    process.stdout.write(JSON.stringify(envelope(spec.name, exitCode, takeResult(), failure)) + "\n");
  }
  if (timedOut) process.exit(Number(process.exitCode ?? 1));
}
async function withDeadline(spec, flags, body, onTimeout) {
  if (!spec.deadline) return body();
  const seconds2 = flags.timeout === void 0 ? spec.deadline.defaultSeconds : parseSeconds("--timeout", flags.timeout);
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new TimeoutError(`${spec.name} did not finish within ${seconds2} s (--timeout); stopped`));
    }, seconds2 * 1e3);
    timer.unref();
  });
  try {
    return await Promise.race([body(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

// lib/docker/build.ts
function ghaScope(plan) {
  return `${plan.kind}-${plan.python}`;
}
function buildArgv(plan) {
  if (plan.prepareBuildxCache && !plan.buildx) {
    throw new ConfigError(
      "PREPARE_BUILDX_CACHE",
      "PREPARE_BUILDX_CACHE=true needs the docker buildx plugin (`docker buildx version` failed): install buildx or set PREPARE_BUILDX_CACHE=false"
    );
  }
  if (plan.dockerCache === "gha" && !plan.buildx) {
    throw new ConfigError(
      "DOCKER_CACHE",
      "DOCKER_CACHE=gha needs the docker buildx plugin (`docker buildx version` failed): install buildx or set DOCKER_CACHE=pulled"
    );
  }
  const multiPlatform = (plan.platform ?? "").includes(",");
  if (multiPlatform && !(plan.buildx && plan.push?.length)) {
    throw new ConfigError("BUILD_PLATFORM", `BUILD_PLATFORM=${plan.platform}: several platforms need docker buildx with a push target, or one build per platform`);
  }
  const platform = plan.platform ? ["--platform", plan.platform] : [];
  const baseImage = plan.buildArgs.some((arg) => arg.startsWith("PYTHON_BASE_IMAGE=")) ? [] : [`PYTHON_BASE_IMAGE=python:${plan.python}-slim-buster`];
  const tags = plan.push?.length ? plan.push.flatMap((ref) => ["-t", ref]) : ["-t", plan.localImage];
  const tail = [
    ...[...baseImage, ...plan.buildArgs].flatMap((arg) => ["--build-arg", arg]),
    ...(plan.labels ?? []).flatMap((label) => ["--label", label]),
    "--target",
    plan.target,
    "-f",
    plan.dockerfile,
    ...tags
  ];
  if (!plan.buildx) {
    const cache2 = plan.dockerCache === "pulled" ? ["--cache-from", plan.cacheRef] : plan.dockerCache === "disabled" ? ["--no-cache"] : [];
    return {
      argv: ["build", "--progress=plain", "--pull", ...platform, ...cache2, "--build-arg", "BUILDKIT_INLINE_CACHE=1", ...tail, plan.context],
      env: { DOCKER_BUILDKIT: "1" }
    };
  }
  const cache = [];
  if (plan.dockerCache === "pulled") cache.push(`--cache-from=type=registry,ref=${plan.cacheRef}`);
  if (plan.dockerCache === "disabled") cache.push("--no-cache");
  if (plan.dockerCache === "gha") {
    cache.push(`--cache-from=type=gha,scope=${ghaScope(plan)}`, `--cache-to=type=gha,mode=max,scope=${ghaScope(plan)}`);
  } else if (plan.prepareBuildxCache) {
    cache.push(`--cache-to=type=registry,ref=${plan.cacheRef}${plan.kind === "prod" ? ",mode=max" : ""}`);
  }
  return {
    argv: [
      "buildx",
      "build",
      "--builder",
      plan.builder,
      "--progress=plain",
      "--pull",
      ...platform,
      ...cache,
      ...tail,
      plan.push?.length ? "--push" : "--load",
      plan.context
    ],
    env: {}
  };
}

// lib/docker/progress.ts
var LINE = /^#(\d+) (.*)$/;
var STEP = /^\[(?:[^\]]+ )?\d+\/\d+\]/;
var IMPORT = /^importing cache manifest from (\S+)/;
var CONTROL = /[\u0000-\u001f\u007f]/g;
function parseBuildProgress(output) {
  const vertices = /* @__PURE__ */ new Map();
  for (const raw of output.split("\n")) {
    const match = LINE.exec(raw.replace(/\r$/, ""));
    if (!match) continue;
    const id = Number(match[1]);
    const text2 = match[2];
    const vertex = vertices.get(id);
    if (!vertex) {
      vertices.set(id, { name: text2.trim(), seconds: 0 });
      continue;
    }
    if (text2 === "CACHED") vertex.status = "cached";
    else if (text2 === "CANCELED") vertex.status = "canceled";
    else if (/^DONE \d+(?:\.\d+)?s$/.test(text2)) {
      vertex.status = vertex.status === "cached" ? "cached" : "done";
      vertex.seconds = Number(text2.slice(5, -1));
    } else if (text2.startsWith("ERROR")) {
      vertex.status = "error";
      vertex.error = text2.replace(/^ERROR:?\s*(?:\d+(?:\.\d+)?s\s*)?/, "").replace(CONTROL, "").slice(0, 300) || void 0;
    }
  }
  let steps = 0;
  let cached = 0;
  let run = 0;
  let seconds2 = 0;
  const cacheImports = [];
  for (const vertex of vertices.values()) {
    if (STEP.test(vertex.name)) {
      steps++;
      if (vertex.status === "cached") cached++;
      if (vertex.status === "done") {
        run++;
        seconds2 += vertex.seconds;
      }
      continue;
    }
    const imported = IMPORT.exec(vertex.name);
    if (imported) {
      const ref = imported[1].replace(CONTROL, "");
      const error = vertex.status === "error" ? (vertex.error ?? "failed").split(`${ref}: `).join("") : void 0;
      cacheImports.push(error ? { ref, error } : { ref });
    }
  }
  return { steps, cached, run, seconds: Math.round(seconds2 * 10) / 10, cacheImports };
}
function cacheImportProblem(progress) {
  const failed = progress.cacheImports.filter((c) => c.error);
  if (failed.length === 0) return void 0;
  return failed.map((c) => `cache ${c.ref} not imported (${c.error}): building without it`).join("; ");
}

// lib/docker/runner.ts
var DockerCommandError = class extends CiImagesError {
  constructor(argv, status, stderr) {
    const tail = stderr.trim().split("\n").filter(Boolean).slice(-10).join("\n");
    super(redact(`${shellLine(["docker", ...argv])} failed with exit code ${status}${tail ? `:
${tail}` : ""}`));
    this.argv = argv;
    this.status = status;
    this.stderr = stderr;
    this.name = "DockerCommandError";
    this.retryable = !/unauthorized|denied|authentication required|no such image|does not exist locally/i.test(stderr);
  }
  argv;
  status;
  stderr;
  retryable;
};
var SAFE_WORD = /^[\w@%+=:,./-]+$/;
function shellLine(argv) {
  return argv.map((a) => SAFE_WORD.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
}
var DockerRunner = class {
  constructor(options) {
    this.options = options;
  }
  options;
  /** Every argv run (or, in dry-run, planned), in order, without the leading `docker`. */
  commands = [];
  loggedIn = /* @__PURE__ */ new Set();
  async run(args, opts = {}) {
    const prefix = Object.entries(opts.env ?? {}).map(([key, value]) => `${key}=${shellLine([value])} `).join("");
    const line2 = redact(prefix + shellLine(["docker", ...args]));
    this.commands.push([...args]);
    if (this.options.dryRun && !opts.probe) {
      this.options.log(`[dry-run] ${line2}`);
      return { ok: true, status: 0, stdout: "", stderr: "" };
    }
    this.options.log(line2);
    const env = { ...this.options.env ?? process.env, ...opts.env };
    if (this.options.dockerHost) env.DOCKER_HOST = this.options.dockerHost;
    const { $ } = await import("./build-ZGVN3TIR.mjs");
    const child = $({ quiet: true, verbose: false, nothrow: true, env })`${this.options.binary ?? "docker"} ${args}`;
    child.stdin.on("error", () => void 0);
    child.stdin.end(opts.input ?? "");
    const flushers = opts.stream ? [child.stdout, child.stderr].map((stream) => forwardLines(stream, this.options.log)) : [];
    const out = await child;
    for (const flush of flushers) flush();
    const result = { ok: out.exitCode === 0, status: out.exitCode ?? 128, stdout: out.stdout, stderr: out.stderr };
    if (!result.ok && !opts.allowFailure) throw new DockerCommandError(args, result.status, result.stderr);
    return result;
  }
  /** `docker login` with the password on stdin; registered as a secret before anything runs. */
  async login(registry, credentials) {
    registerSecret(credentials.password, credentials.username);
    await this.run(["login", "--username", credentials.username, "--password-stdin", registry], { input: credentials.password });
    this.loggedIn.add(registry);
  }
  /**
   * Undoes our logins (`docker logout`), as docker/login-action's post step does: the token does
   * not stay in the runner's docker config for later steps or other jobs on a self-hosted runner.
   */
  async logoutAll() {
    for (const registry of this.loggedIn) {
      await this.run(["logout", registry], { allowFailure: true });
    }
    this.loggedIn.clear();
  }
  async pull(ref) {
    await this.run(["pull", ref]);
  }
  async tag(source, target) {
    await this.run(["tag", source, target]);
  }
  /** The result carries docker's output (`<tag>: digest: sha256:… size: N`), see `pushedDigest`. */
  async push(ref) {
    return retry(() => this.run(["push", ref]), {
      ...this.options.pushRetry ?? DOCKER_PUSH_RETRY,
      onRetry: (error, attempt, delayMs) => this.options.log(`push of ${ref} failed (attempt ${attempt}), retrying in ${(delayMs / 1e3).toFixed(1)} s: ${lastLine(error)}`)
    });
  }
  /**
   * `docker run --rm --network none [-e K=V …] --entrypoint ENTRYPOINT IMAGE ARGS…`: a throwaway
   * container, by default without network (`network` names another). The result, never a throw:
   * the caller judges the exit status and output. `stream` forwards its output lines to the log.
   */
  async runInImage(image, entrypoint, args, opts = {}) {
    const env = Object.entries(opts.env ?? {}).flatMap(([key, value]) => ["-e", `${key}=${value}`]);
    const argv = ["run", "--rm", "--network", opts.network ?? "none", ...env, "--entrypoint", entrypoint, image, ...args];
    return this.run(argv, { allowFailure: true, stream: opts.stream });
  }
  /** Absent → false; a broken daemon still throws instead of looking like "no image". */
  async imageExists(ref) {
    const result = await this.run(["image", "inspect", ref], { allowFailure: true });
    if (result.ok) return true;
    if (/no such (image|object)/i.test(result.stderr)) return false;
    throw new DockerCommandError(["image", "inspect", ref], result.status, result.stderr);
  }
  /**
   * Whether `docker buildx version` works. In dry-run it is assumed (nothing runs) unless
   * `probe` is set: the query is local and changes nothing, so a dry-run plan can show the path
   * that would really be taken.
   */
  async buildxAvailable(options = {}) {
    return (await this.run(["buildx", "version"], { allowFailure: true, probe: options.probe })).ok;
  }
  /** `docker buildx inspect NAME || docker buildx create --name NAME`. */
  async ensureBuilder(name) {
    const inspect = ["buildx", "inspect", name];
    const create = ["buildx", "create", "--name", name];
    if (this.options.dryRun) {
      this.commands.push(inspect, create);
      this.options.log(redact(`[dry-run] ${shellLine(["docker", ...inspect])} || ${shellLine(["docker", ...create])}`));
      return;
    }
    if ((await this.run(inspect, { allowFailure: true })).ok) return;
    await this.run(create);
  }
  /**
   * Runs the build and reads BuildKit's plain progress back into cache figures. Without buildx, a
   * docker CLI from 23 on refuses `DOCKER_BUILDKIT=1 docker build` ("BuildKit is enabled but the
   * buildx component is missing"); the same argv (less `--progress`, which that builder does not
   * know) then runs once more with the legacy builder (`DOCKER_BUILDKIT=0`), and a line says so.
   * That builder ignores BUILDKIT_INLINE_CACHE and only uses `--cache-from` images present locally.
   * Undefined in dry-run.
   */
  async build(plan) {
    const { argv, env } = buildArgv(plan);
    const started = Date.now();
    const finish = (out, engine) => ({
      ...parseBuildProgress(`${out.stderr}
${out.stdout}`),
      engine,
      wallSeconds: Math.round((Date.now() - started) / 100) / 10,
      stdout: out.stdout
    });
    if (plan.buildx || this.options.dryRun) {
      const out = await this.run(argv, { env, stream: true });
      return this.options.dryRun ? void 0 : finish(out, "buildkit");
    }
    const first = await this.run(argv, { env, stream: true, allowFailure: true });
    if (first.ok) return finish(first, "buildkit");
    if (!BUILDKIT_MISSING.test(first.stderr)) throw new DockerCommandError(argv, first.status, first.stderr);
    this.options.log(
      "BuildKit is not usable here (no buildx plugin): building again with the legacy builder (DOCKER_BUILDKIT=0); it uses --cache-from images only when present locally"
    );
    const legacy = await this.run(argv.filter((arg) => arg !== "--progress=plain"), { env: { DOCKER_BUILDKIT: "0" }, stream: true });
    return finish(legacy, "legacy");
  }
};
var BUILDKIT_MISSING = /BuildKit is enabled but the buildx component is missing or broken/i;
function pushedDigest(output) {
  return /digest: (sha256:[a-f0-9]{64})/.exec(output)?.[1];
}
function forwardLines(stream, log) {
  let pending = "";
  const emit = (line2) => line2.trim() && log(redact(line2));
  stream.on("data", (chunk) => {
    const lines = (pending + String(chunk)).split("\n");
    pending = lines.pop() ?? "";
    lines.forEach(emit);
  });
  return () => {
    emit(pending);
    pending = "";
  };
}
function lastLine(error) {
  return String(error instanceof Error ? error.message : error).split("\n").slice(-1)[0] ?? "";
}

// lib/cli/setup.ts
function setup(flags, options = {}, config = loadConfig()) {
  const format = parseFormat(flags);
  const json = format === "json";
  const dryRun = options.dryRun ?? flags["dry-run"] === true;
  enableMasking(config, { json: format !== "text" });
  const log = makeLogger(options.planOnStdout && dryRun && format === "text" ? process.stdout : process.stderr);
  const out = makeLogger(format === "env" ? process.stderr : process.stdout);
  for (const warning of config.warnings) makeLogger(process.stderr)(`warning: ${warning}`);
  return {
    config,
    json,
    dryRun,
    log,
    out,
    result: recordResult,
    output: (name, value) => {
      recordExport(name, value);
      return setOutput(config, name, value);
    },
    registryClient: (clientOptions = {}) => createRegistryClient(config, { onRetry: log, ...clientOptions }),
    pollingClient: () => createRegistryClient(config, { timeoutMs: (config.requestTimeoutSeconds ?? 10) * 1e3, retry: POLL_RETRY }),
    docker: () => {
      const docker = new DockerRunner({ dryRun, log, binary: dockerBinary() });
      atScriptEnd(() => docker.logoutAll());
      return docker;
    },
    group: (title, body) => group(config, title, log, body)
  };
}

export {
  CiImagesError,
  ConfigError,
  AuthError,
  TimeoutError,
  exitCodeFor,
  parseReference,
  formatReference,
  neutralize,
  displayUrl,
  RegistryError,
  isRefused,
  isNotFound,
  networkError,
  isUnreachable,
  httpRequest,
  discard,
  KiB,
  MiB,
  readBounded,
  readStreamBounded,
  formatBytes,
  MAX_RETRY_AFTER_MS,
  GITHUB_API_RETRY,
  sleep,
  parseRetryAfter,
  retry,
  MEDIA_TYPES,
  isIndex,
  manifestBlobs,
  nextLink,
  GITHUB_REGISTRIES,
  DEFAULT_GITHUB_REGISTRY,
  hostProfile,
  isGithubRegistry,
  tokenValue,
  hostCredentials,
  dockerRegistryHost,
  dockerReference,
  imageBuildArgs,
  imageLabels,
  effectiveDockerCache,
  requirePythonVersions,
  IMAGE_KINDS,
  IMAGE_CHOICES,
  imageSegment,
  localImage,
  githubRepositoryName,
  githubImage,
  buildCacheRef,
  candidateImages,
  imageKinds,
  isOptionalKind,
  formatPlatform,
  matchesPlatform,
  platformOf,
  COMMON_FLAGS,
  parseRunIdFlag,
  parseImageFlag,
  parsePythonFlag,
  parseTagFlag,
  parseHostFlag,
  parseRegistryFlag,
  parseKeep,
  parseDuration,
  WAIT_FLAGS,
  parseWaitFlags,
  runScript,
  buildArgv,
  cacheImportProblem,
  DockerCommandError,
  pushedDigest,
  setup
};
