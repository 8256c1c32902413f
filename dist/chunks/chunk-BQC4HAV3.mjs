import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  announceMasksWith,
  redact,
  registerSecret
} from "./chunk-BE3VBRP7.mjs";
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
    var LINE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg;
    function parse(src) {
      const obj = {};
      let lines = src.toString();
      lines = lines.replace(/\r\n?/mg, "\n");
      let match;
      while ((match = LINE.exec(lines)) != null) {
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
  constructor(variable, message) {
    super(message);
    this.variable = variable;
    this.name = "ConfigError";
  }
  variable;
  exitCode = 2;
  /** `NAME="value" is not valid: <accepted>` — the value is shown unless it is secret. */
  static invalid(variable, value, accepted) {
    return new _ConfigError(variable, `${variable}=${JSON.stringify(value)} is not valid: ${accepted}`);
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

// lib/oci/reference.ts
var COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
var DIGEST = /^sha256:[a-f0-9]{64}$/;
function parseReference(text) {
  const invalid = (why) => new ConfigError("image reference", `image reference ${JSON.stringify(text)} is not valid: ${why}`);
  let rest = text;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw invalid("expected @sha256:<64 hex digits>");
  }
  let tag;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw invalid("the tag may hold letters, digits, _ . - (at most 128)");
  }
  const parts = rest.split("/");
  let registry = "docker.io";
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === "localhost")) registry = parts.shift();
  if (registry === "docker.io" && parts.length === 1) parts.unshift("library");
  if (parts.length === 0 || !parts.every((p) => COMPONENT.test(p))) {
    throw invalid("the name must be lower-case path components of letters, digits and . _ - separators");
  }
  if (!tag && !digest) tag = "latest";
  return { registry, repository: parts.join("/"), tag, digest };
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

// lib/registry/client.ts
import { createHash } from "node:crypto";

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
  /** The last challenge each registry sent, so later scopes fetch a token without a 401 first. */
  challenges = /* @__PURE__ */ new Map();
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

// lib/registry/errors.ts
var RegistryError = class extends CiImagesError {
  constructor(message, status, code) {
    super(message);
    this.status = status;
    this.code = code;
    this.name = "RegistryError";
  }
  status;
  code;
  /** Transient: worth another attempt (408, 429, 5xx, network). */
  retryable = false;
  retryAfterMs;
};
var TransientError = class extends RegistryError {
  retryable = true;
  constructor(message, status, retryAfterMs) {
    super(message, status, status === void 0 ? "NETWORK" : `HTTP_${status}`);
    this.name = "TransientError";
    this.retryAfterMs = retryAfterMs;
  }
};
var ManifestUnknownError = class extends RegistryError {
  name = "ManifestUnknownError";
};
var NameUnknownError = class extends RegistryError {
  name = "NameUnknownError";
};
var BlobUnknownError = class extends RegistryError {
  name = "BlobUnknownError";
};
var DigestMismatchError = class extends RegistryError {
  name = "DigestMismatchError";
};
var UnauthorizedError = class extends AuthError {
  constructor(message, code = "UNAUTHORIZED") {
    super(message);
    this.code = code;
    this.name = "UnauthorizedError";
  }
  code;
};
var DeniedError = class extends AuthError {
  constructor(message, code = "DENIED") {
    super(message);
    this.code = code;
    this.name = "DeniedError";
  }
  code;
};
function isNotFound(error) {
  return error instanceof ManifestUnknownError || error instanceof NameUnknownError;
}
async function readErrorDetail(response) {
  try {
    const text = await response.text();
    const body = JSON.parse(text);
    const first = body.errors?.[0];
    if (first?.code) return { code: first.code, message: first.message ?? "" };
  } catch {
  }
  return void 0;
}
function errorFor(status, what, detail) {
  const said = detail ? `: ${detail.code}${detail.message ? ` (${detail.message})` : ""}` : "";
  const message = `${what} → HTTP ${status}${said}`;
  const code = detail?.code;
  if (status === 401) return new UnauthorizedError(`unauthorized: ${message}; check the credentials for this registry`, code);
  if (status === 403) return new DeniedError(`denied: ${message}; the credentials lack access to this repository`, code);
  if (code === "MANIFEST_UNKNOWN" || status === 404 && !code && /manifest/.test(what)) return new ManifestUnknownError(`manifest unknown: ${message}`, status, code ?? "MANIFEST_UNKNOWN");
  if (code === "NAME_UNKNOWN" || status === 404 && !code && /tags/.test(what)) return new NameUnknownError(`name unknown: ${message}`, status, code ?? "NAME_UNKNOWN");
  if (code === "BLOB_UNKNOWN" || status === 404 && /blob/.test(what)) return new BlobUnknownError(`blob unknown: ${message}`, status, code ?? "BLOB_UNKNOWN");
  if (code === "DIGEST_INVALID") return new DigestMismatchError(`digest invalid: ${message}`, status, code);
  return new RegistryError(message, status, code);
}

// lib/support/retry.ts
var MAX_RETRY_AFTER_MS = 6e4;
var REGISTRY_RETRY = { attempts: 5, baseDelayMs: 200, maxDelayMs: 1e4, maxRetryAfterMs: MAX_RETRY_AFTER_MS };
var POLL_RETRY = { attempts: 2, baseDelayMs: 200, maxDelayMs: 1e3, maxRetryAfterMs: MAX_RETRY_AFTER_MS };
var DOCKER_PUSH_RETRY = { attempts: 4, baseDelayMs: 2e3, maxDelayMs: 3e4, maxRetryAfterMs: MAX_RETRY_AFTER_MS };
var GITHUB_API_RETRY = { attempts: 5, baseDelayMs: 200, maxDelayMs: 1e4, maxRetryAfterMs: MAX_RETRY_AFTER_MS };
var DEFAULT_RETRY = REGISTRY_RETRY;
function sleep(ms, signal) {
  return new Promise((resolve2, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve2();
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

// lib/registry/stream-upload.ts
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
var NULL_BODY = /* @__PURE__ */ new Set([101, 204, 205, 304]);
async function streamRequest(method, url, headers, body, idleMs, signal) {
  const target = new URL(url);
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  const request = send(target, { method, headers, signal });
  let idle;
  const arm = () => {
    clearTimeout(idle);
    idle = setTimeout(() => request.destroy(new Error(`no progress for ${idleMs} ms`)), idleMs);
  };
  const answered = new Promise((resolve2, reject) => {
    request.once("response", resolve2);
    request.once("error", reject);
  });
  const progress = new Transform({
    transform(chunk, _encoding, callback) {
      arm();
      callback(null, chunk);
    }
  });
  arm();
  const source = Readable.fromWeb(body);
  const uploaded = pipeline(source, progress, request).then(
    () => {
      arm();
      return void 0;
    },
    (error) => error
  );
  try {
    const response = await Promise.race([
      answered,
      // A source failure before the answer is the real cause; a clean end keeps waiting for it.
      uploaded.then((error) => error ? Promise.reject(error) : new Promise(() => void 0))
    ]);
    const chunks = [];
    for await (const chunk of response) chunks.push(chunk);
    const status = response.statusCode ?? 0;
    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== void 0) responseHeaders.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    return new Response(NULL_BODY.has(status) ? null : Buffer.concat(chunks), { status, headers: responseHeaders });
  } finally {
    clearTimeout(idle);
    source.destroy();
  }
}

// lib/support/link-header.ts
function nextLink(header, current) {
  for (const part of (header ?? "").split(",")) {
    const match = /<([^>]+)>\s*;(?:[^,]*?)\brel="?([^";]+)"?/.exec(part);
    if (match && match[2].split(/\s+/).includes("next")) return new URL(match[1], current);
  }
  return void 0;
}

// lib/registry/client.ts
var MEDIA_TYPES = {
  ociIndex: "application/vnd.oci.image.index.v1+json",
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  dockerList: "application/vnd.docker.distribution.manifest.list.v2+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json"
};
var MANIFEST_ACCEPT = Object.values(MEDIA_TYPES).join(", ");
var INDEX_TYPES = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList];
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var TRANSIENT = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
var sha256Digest = (data) => `sha256:${createHash("sha256").update(data).digest("hex")}`;
var scope = (repository, actions) => `repository:${repository}:${actions}`;
var RegistryClient = class {
  constructor(options = {}) {
    this.options = options;
    this.fetchImpl = options.fetch ?? fetch;
    this.timeoutMs = options.timeoutMs ?? 3e4;
    this.retryOptions = { ...DEFAULT_RETRY, ...options.retry };
  }
  options;
  tokens = new TokenCache();
  /** Every HTTP request sent (token requests included), for figures and tests. */
  requestCount = 0;
  fetchImpl;
  timeoutMs;
  retryOptions;
  /** The transport for a public host: the endpoint given for it, else https (plain http only for loopback). */
  baseUrl(registry) {
    const mapped = this.options.endpoints?.get(registry.toLowerCase());
    if (mapped) return mapped;
    return `${isLoopbackHost(registry) ? "http" : "https"}://${registry}`;
  }
  v2(ref, rest) {
    return `${this.baseUrl(ref.registry)}/v2/${ref.repository}/${rest}`;
  }
  // ---- manifests -------------------------------------------------------------------------------
  /** Digest of a manifest by HEAD (GET when HEAD is refused); undefined when it does not exist. */
  async manifestDigest(ref, signal) {
    const what = `HEAD manifest ${ref.repository}:${manifestKey(ref)}`;
    const { response } = await this.send({
      method: "HEAD",
      url: this.v2(ref, `manifests/${manifestKey(ref)}`),
      registry: ref.registry,
      scopes: [scope(ref.repository, "pull")],
      what,
      headers: { accept: MANIFEST_ACCEPT },
      signal
    });
    if (response.status === 404) return void 0;
    const digest = response.headers.get("docker-content-digest");
    if (response.ok && digest) return digest;
    if (!response.ok && response.status !== 405 && response.status !== 400) throw errorFor(response.status, what, void 0);
    try {
      return (await this.getManifest(ref, signal)).digest;
    } catch (error) {
      if (isNotFound(error)) return void 0;
      throw error;
    }
  }
  async exists(ref, signal) {
    return await this.manifestDigest(ref, signal) !== void 0;
  }
  /** GET a manifest; its digest is checked against the body (and against the reference's digest). */
  async getManifest(ref, signal) {
    const what = `GET manifest ${ref.repository}:${manifestKey(ref)}`;
    const { response } = await this.send({
      method: "GET",
      url: this.v2(ref, `manifests/${manifestKey(ref)}`),
      registry: ref.registry,
      scopes: [scope(ref.repository, "pull")],
      what,
      headers: { accept: MANIFEST_ACCEPT },
      signal
    });
    if (!response.ok) throw errorFor(response.status, what, await readErrorDetail(response));
    const body = Buffer.from(await response.arrayBuffer());
    const digest = sha256Digest(body);
    const claimed = ref.digest ?? response.headers.get("docker-content-digest") ?? void 0;
    if (claimed && claimed.startsWith("sha256:") && claimed !== digest) {
      throw new DigestMismatchError(`${what}: body digest ${digest} does not match ${claimed}`, response.status, "DIGEST_INVALID");
    }
    const contentType = (response.headers.get("content-type") ?? "").split(";")[0].trim();
    const mediaType = checkManifestBody(body, contentType, what);
    return { mediaType, digest, body };
  }
  /** PUT a manifest under a tag or digest; returns its digest (checked against the registry's). */
  async putManifest(ref, body, mediaType) {
    const what = `PUT manifest ${ref.repository}:${manifestKey(ref)}`;
    const { response } = await this.send({
      method: "PUT",
      url: this.v2(ref, `manifests/${manifestKey(ref)}`),
      registry: ref.registry,
      scopes: [scope(ref.repository, "pull,push")],
      what,
      headers: { "content-type": mediaType },
      body
    });
    if (response.status !== 201 && response.status !== 200) throw errorFor(response.status, what, await readErrorDetail(response));
    await response.body?.cancel();
    const digest = sha256Digest(body);
    const returned = response.headers.get("docker-content-digest");
    if (returned && returned !== digest) {
      throw new DigestMismatchError(`${what}: registry stored ${returned}, expected ${digest}`, response.status, "DIGEST_INVALID");
    }
    return digest;
  }
  async deleteManifest(ref) {
    if (!ref.digest) throw new RegistryError(`DELETE manifest ${ref.repository}: needs a digest, not a tag`, void 0, "DIGEST_REQUIRED");
    const what = `DELETE manifest ${ref.repository}@${ref.digest}`;
    const { response } = await this.send({
      method: "DELETE",
      url: this.v2(ref, `manifests/${ref.digest}`),
      registry: ref.registry,
      scopes: [scope(ref.repository, "delete")],
      what
    });
    if (response.status !== 202 && response.status !== 200) throw errorFor(response.status, what, await readErrorDetail(response));
    await response.body?.cancel();
  }
  /** All tags of a repository, following `Link: <…>; rel="next"` pagination. */
  async listTags(ref, pageSize = 100) {
    const tags = [];
    let url = this.v2(ref, `tags/list?n=${pageSize}`);
    while (url) {
      const what = `GET tags ${ref.repository}`;
      const { response } = await this.send({ method: "GET", url, registry: ref.registry, scopes: [scope(ref.repository, "pull")], what });
      if (!response.ok) throw errorFor(response.status, what, await readErrorDetail(response));
      const body = await response.json();
      tags.push(...body.tags ?? []);
      url = nextLink(response.headers.get("link"), url)?.toString();
    }
    return tags;
  }
  // ---- blobs -----------------------------------------------------------------------------------
  async blobExists(ref, digest) {
    const what = `HEAD blob ${ref.repository}@${digest}`;
    const { response } = await this.send({
      method: "HEAD",
      url: this.v2(ref, `blobs/${digest}`),
      registry: ref.registry,
      scopes: [scope(ref.repository, "pull")],
      what
    });
    if (response.status === 404) return false;
    if (response.ok) return true;
    throw errorFor(response.status, what, void 0);
  }
  /**
   * A blob as a stream whose sha256 (and size, when given) is verified while it flows: the stream
   * errors at its end on a mismatch, and after `timeoutMs` without a byte. Never buffered.
   */
  async fetchBlob(ref, digest, size) {
    const what = `GET blob ${ref.repository}@${digest}`;
    const { response, abort } = await this.send({
      method: "GET",
      url: this.v2(ref, `blobs/${digest}`),
      registry: ref.registry,
      scopes: [scope(ref.repository, "pull")],
      what,
      streaming: true
    });
    if (!response.ok || !response.body) throw errorFor(response.status, what, await readErrorDetail(response));
    return response.body.pipeThrough(verifyingTransform(what, digest, size, this.timeoutMs, abort));
  }
  /**
   * Cross-repository mount (`POST …/uploads/?mount=&from=`). True when mounted; false when the
   * registry declined (it then opened an upload session, which we cancel).
   */
  async mountBlob(target, digest, fromRepository) {
    const what = `mount blob ${digest} from ${fromRepository} into ${target.repository}`;
    const query = new URLSearchParams({ mount: digest, from: fromRepository });
    const { response } = await this.send({
      method: "POST",
      url: this.v2(target, `blobs/uploads/?${query}`),
      registry: target.registry,
      scopes: [scope(target.repository, "pull,push"), scope(fromRepository, "pull")],
      what,
      headers: { "content-length": "0" }
    });
    await response.body?.cancel();
    if (response.status === 201) return true;
    if (response.status === 202) {
      const location = response.headers.get("location");
      if (location) await this.cancelUpload(target, new URL(location, this.baseUrl(target.registry)).toString());
      return false;
    }
    throw errorFor(response.status, what, void 0);
  }
  /**
   * Upload a blob: monolithic (POST then PUT with the bytes), or chunked (PATCH pieces of
   * `chunkSize`) when the data is a buffer larger than `chunkSize`. A stream body is never
   * buffered; the registry checks the digest and refuses bytes that do not match it.
   */
  async pushBlob(ref, digest, data, options = {}) {
    const scopes = [scope(ref.repository, "pull,push")];
    const what = `upload blob ${ref.repository}@${digest}`;
    const { response: started } = await this.send({
      method: "POST",
      url: this.v2(ref, "blobs/uploads/"),
      registry: ref.registry,
      scopes,
      what,
      headers: { "content-length": "0" }
    });
    await started.body?.cancel();
    if (started.status !== 202) throw errorFor(started.status, what, void 0);
    let location = this.location(started, ref.registry, what);
    if (Buffer.isBuffer(data) && options.chunkSize && data.length > options.chunkSize) {
      for (let offset = 0; offset < data.length; offset += options.chunkSize) {
        const chunk = data.subarray(offset, Math.min(data.length, offset + options.chunkSize));
        const { response: response2 } = await this.send({
          method: "PATCH",
          url: location,
          registry: ref.registry,
          scopes,
          what,
          body: chunk,
          headers: { "content-type": "application/octet-stream", "content-range": `${offset}-${offset + chunk.length - 1}`, "content-length": String(chunk.length) }
        });
        await response2.body?.cancel();
        if (response2.status !== 202) throw errorFor(response2.status, what, void 0);
        location = this.location(response2, ref.registry, what);
      }
      data = Buffer.alloc(0);
    }
    const url = new URL(location);
    url.searchParams.set("digest", digest);
    const headers = { "content-type": "application/octet-stream" };
    if (Buffer.isBuffer(data)) headers["content-length"] = String(data.length);
    else if (options.size !== void 0) headers["content-length"] = String(options.size);
    const { response } = await this.send({ method: "PUT", url: url.toString(), registry: ref.registry, scopes, what, headers, body: data });
    if (response.status !== 201) {
      const detail = await readErrorDetail(response);
      throw errorFor(response.status, what, detail);
    }
    await response.body?.cancel();
  }
  async cancelUpload(ref, location) {
    try {
      const { response } = await this.send({
        method: "DELETE",
        url: location,
        registry: ref.registry,
        scopes: [scope(ref.repository, "pull,push")],
        what: "cancel upload"
      });
      await response.body?.cancel();
    } catch {
    }
  }
  location(response, registry, what) {
    const location = response.headers.get("location");
    if (!location) throw new RegistryError(`${what}: the registry sent no upload Location`, response.status, "BLOB_UPLOAD_INVALID");
    return new URL(location, this.baseUrl(registry) + "/").toString();
  }
  /**
   * Authenticate once for many repositories: learn the registry's challenge (one `GET /v2/`) and,
   * for Bearer, fetch one token with every scope. Polling N images then costs N requests per round
   * from the first round on, instead of a challenge and a token per image. Failures are left for
   * the requests themselves to report.
   */
  async authorize(registry, repositories, actions = "pull", signal) {
    const scopes = [...new Set(repositories)].map((r) => scope(r, actions));
    if (scopes.length === 0 || scopes.every((s) => this.cachedAuthorization(registry, [s]))) return;
    try {
      let challenge = this.tokens.challenges.get(registry);
      if (!challenge) {
        const ping = await this.fetchOnce("GET", `${this.baseUrl(registry)}/v2/`, {}, void 0, AbortSignal.timeout(this.timeoutMs), signal);
        await ping.body?.cancel();
        challenge = ping.status === 401 ? parseChallenge(ping.headers.get("www-authenticate")) : void 0;
        if (!challenge) return;
        this.tokens.challenges.set(registry, challenge);
      }
      if (challenge.scheme === "basic") return;
      await this.authenticate({ method: "GET", url: "", registry, scopes, what: `authorize ${registry}`, signal }, challenge);
    } catch {
    }
  }
  // ---- transport -------------------------------------------------------------------------------
  /**
   * One logical request: transient failures retried with backoff (honouring Retry-After), one
   * authentication round on 401, typed errors for what will not get better by retrying.
   */
  send(request) {
    return retry(() => this.sendOnce(request), {
      ...this.retryOptions,
      // A stream cannot be replayed: whoever made it retries the whole transfer.
      attempts: typeof request.body === "function" ? 1 : this.retryOptions.attempts,
      signal: request.signal,
      onRetry: (error, attempt, delay) => this.options.onRetry?.(`${error.message}; retry ${attempt} in ${(delay / 1e3).toFixed(1)}s`)
    });
  }
  async sendOnce(request) {
    const cached = this.cachedAuthorization(request.registry, request.scopes);
    let sent = await this.fetchFollowingRedirects(request, cached);
    if (sent.response.status === 401) {
      const challenge = parseChallenge(sent.response.headers.get("www-authenticate"));
      await sent.response.body?.cancel();
      if (typeof request.body === "function") {
        await this.authenticate(request, challenge);
        throw Object.assign(new TransientError(`${request.what}: authenticated, resending`, 401), { retryAfterMs: 0 });
      }
      const authorization = await this.authenticate(request, challenge);
      sent = await this.fetchFollowingRedirects(request, authorization);
      if (sent.response.status === 401) {
        throw errorFor(401, request.what, await readErrorDetail(sent.response));
      }
    }
    const { status } = sent.response;
    if (status === 403) throw errorFor(403, request.what, await readErrorDetail(sent.response));
    if (TRANSIENT.has(status)) {
      const retryAfterMs = parseRetryAfter(sent.response.headers.get("retry-after"));
      const detail = await readErrorDetail(sent.response);
      throw new TransientError(`${request.what} → HTTP ${status}${detail ? `: ${detail.code}` : ""}`, status, retryAfterMs);
    }
    return sent;
  }
  cachedAuthorization(registry, scopes) {
    const challenge = this.tokens.challenges.get(registry);
    if (!challenge) return void 0;
    if (challenge.scheme === "basic") {
      const credentials = this.options.credentials?.(registry);
      return credentials ? basicHeader(credentials) : void 0;
    }
    return this.tokens.get(registry, scopes);
  }
  /** Answers a challenge: Basic with credentials, or a Bearer token from the realm for the scopes. */
  async authenticate(request, challenge) {
    const { registry, scopes, what } = request;
    if (!challenge) throw new UnauthorizedError(`unauthorized: ${what} → HTTP 401 without a usable WWW-Authenticate challenge`);
    this.tokens.challenges.set(registry, challenge);
    const credentials = this.options.credentials?.(registry);
    if (challenge.scheme === "basic") {
      if (!credentials) throw new UnauthorizedError(`unauthorized: ${what} needs credentials for ${registry} and none are configured`);
      return basicHeader(credentials);
    }
    const realm = challenge.params.realm;
    if (!realm) throw new UnauthorizedError(`unauthorized: ${what}: the Bearer challenge has no realm`);
    const url = new URL(realm);
    if (challenge.params.service) url.searchParams.set("service", challenge.params.service);
    for (const s of scopes) url.searchParams.append("scope", s);
    const headers = {};
    if (credentials) headers.authorization = basicHeader(credentials);
    const response = await this.fetchOnce("GET", url.toString(), headers, void 0, AbortSignal.timeout(this.timeoutMs), request.signal);
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw new UnauthorizedError(`unauthorized: the token service of ${registry} refused ${credentials ? `the credentials of ${credentials.username}` : "anonymous access"} (HTTP ${response.status})`);
    }
    if (TRANSIENT.has(response.status)) {
      await response.body?.cancel();
      throw new TransientError(`token for ${registry} → HTTP ${response.status}`, response.status, parseRetryAfter(response.headers.get("retry-after")));
    }
    if (!response.ok) throw new UnauthorizedError(`unauthorized: the token service of ${registry} answered HTTP ${response.status}`);
    const body = await response.json();
    const token = body.token ?? body.access_token;
    if (!token) throw new UnauthorizedError(`unauthorized: the token service of ${registry} sent no token`);
    const header = `Bearer ${token}`;
    const lifetime = body.expires_in && body.expires_in > 0 ? body.expires_in : 60;
    this.tokens.set(registry, scopes, header, lifetime);
    if (scopes.length > 1) for (const s of scopes) this.tokens.set(registry, [s], header, lifetime);
    return header;
  }
  /** Follows redirects by hand; the Authorization header only goes to the registry's own origin. */
  async fetchFollowingRedirects(request, authorization) {
    const controller = new AbortController();
    const timer = typeof request.body === "function" ? void 0 : setTimeout(() => controller.abort(new Error(`timed out after ${this.timeoutMs} ms`)), this.timeoutMs);
    const abort = (reason) => controller.abort(reason);
    const origin = new URL(request.url).origin;
    let url = request.url;
    let method = request.method;
    try {
      for (let hop = 0; hop <= 5; hop++) {
        const headers = { ...request.headers };
        if (authorization && new URL(url).origin === origin) headers.authorization = authorization;
        const body = hop === 0 && request.body ? Buffer.isBuffer(request.body) ? request.body : request.body() : void 0;
        const response = await this.fetchOnce(method, url, headers, body, controller.signal, request.signal, request.what);
        const location = response.headers.get("location");
        if (!REDIRECTS.has(response.status) || !location || request.body) {
          if (!request.streaming) {
            const noBody = method === "HEAD" || [101, 204, 205, 304].includes(response.status);
            const buffered = new Response(noBody ? null : await response.arrayBuffer(), response);
            return { response: buffered, abort };
          }
          return { response, abort };
        }
        await response.body?.cancel();
        url = new URL(location, url).toString();
        if (response.status === 303) method = "GET";
      }
      throw new RegistryError(`${request.what}: too many redirects`, void 0, "TOO_MANY_REDIRECTS");
    } catch (error) {
      if (error instanceof RegistryError || error instanceof UnauthorizedError) throw error;
      throw new TransientError(`${request.what}: ${networkReason(error)}`, void 0);
    } finally {
      clearTimeout(timer);
    }
  }
  async fetchOnce(method, url, headers, body, timeout, external, what = `${method} ${url}`) {
    this.requestCount++;
    const signal = external ? AbortSignal.any([timeout, external]) : timeout;
    try {
      const response = body instanceof ReadableStream ? await streamRequest(method, url, headers, body, this.timeoutMs, signal) : await this.fetchImpl(url, { method, headers, body, redirect: "manual", signal });
      this.options.onRequest?.({ method, url, status: response.status });
      return response;
    } catch (error) {
      this.options.onRequest?.({ method, url, error: networkReason(error) });
      if (external?.aborted) throw external.reason;
      if (error instanceof RegistryError) throw error;
      throw new TransientError(`${what}: ${networkReason(error)}`, void 0);
    }
  }
};
function networkReason(error) {
  const e = error;
  if (e?.cause?.code) return `network error (${e.cause.code})`;
  if (e?.name === "AbortError" || e?.name === "TimeoutError") return `timed out (${e.message ?? "aborted"})`;
  return `network error (${e?.cause?.message ?? e?.message ?? String(error)})`;
}
function checkManifestBody(body, contentType, what) {
  const invalid = (why) => new RegistryError(`${what}: the answer is not a manifest (${why})`, 200, "MANIFEST_INVALID");
  let parsed;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    throw invalid(`not JSON, content type ${JSON.stringify(contentType)}`);
  }
  if (typeof parsed !== "object" || parsed === null || parsed.schemaVersion !== 2) throw invalid("no schemaVersion 2");
  const known = (type) => Object.values(MEDIA_TYPES).includes(type);
  const mediaType = known(contentType) ? contentType : known(parsed.mediaType) ? parsed.mediaType : Array.isArray(parsed.manifests) ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest;
  if (isIndex(mediaType) ? !Array.isArray(parsed.manifests) : typeof parsed.config?.digest !== "string" || !Array.isArray(parsed.layers)) {
    throw invalid(isIndex(mediaType) ? "an index without manifests" : "an image manifest without config and layers");
  }
  return mediaType;
}
function isIndex(mediaType) {
  return INDEX_TYPES.includes(mediaType);
}
function verifyingTransform(what, digest, size, idleMs, abort) {
  const hash = createHash("sha256");
  let received = 0;
  let idle;
  const arm = () => {
    clearTimeout(idle);
    idle = setTimeout(() => abort(new TransientError(`${what}: no data for ${idleMs} ms`, void 0)), idleMs);
  };
  arm();
  return new TransformStream({
    transform(chunk, controller) {
      arm();
      hash.update(chunk);
      received += chunk.length;
      if (size !== void 0 && received > size) {
        clearTimeout(idle);
        controller.error(new DigestMismatchError(`${what}: more than the ${size} bytes announced`, void 0, "SIZE_INVALID"));
        return;
      }
      controller.enqueue(chunk);
    },
    flush() {
      clearTimeout(idle);
      if (size !== void 0 && received !== size) {
        throw new TransientError(`${what}: body cut short (${received} of ${size} bytes)`, void 0);
      }
      const actual = `sha256:${hash.digest("hex")}`;
      if (digest.startsWith("sha256:") && actual !== digest) {
        throw new DigestMismatchError(`${what}: content digest ${actual} does not match`, void 0, "DIGEST_INVALID");
      }
    }
  });
}

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
function tokenValue(config, variable) {
  return variable === "CONTAINER_REGISTRY_TOKEN" ? config.containerRegistryToken : config.githubToken;
}
function hostCredentials(config, host) {
  const variable = hostProfile(host).tokenVariable;
  const password = variable ? tokenValue(config, variable) : "";
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

// lib/config/load.ts
var import_dotenv = __toESM(require_main(), 1);
import { existsSync, readFileSync as readFileSync2, statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
var DOCKER_CACHE_MODES = ["pulled", "local", "disabled"];
var PYTHON_VERSION = /^\d+\.\d+$/;
var PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var TAG2 = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
var GITHUB_NAME = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
var SUFFIX = /^(?:[._]|__|-+)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var GITHUB_LOGIN = /^(?:[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:\[bot\])?)?$/;
var HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\d{1,5})?$/;
var Reader = class {
  constructor(env) {
    this.env = env;
  }
  env;
  raw(name) {
    const value = this.env[name];
    return value === void 0 || value === "" ? void 0 : value;
  }
  string(name, fallback) {
    return this.raw(name) ?? fallback;
  }
  bool(name, fallback) {
    const value = this.raw(name);
    if (value === void 0) return fallback;
    if (value === "true") return true;
    if (value === "false") return false;
    throw ConfigError.invalid(name, value, "expected true or false");
  }
  oneOf(name, allowed, fallback) {
    const value = this.raw(name) ?? fallback;
    if (allowed.includes(value)) return value;
    throw ConfigError.invalid(name, value, `expected one of ${allowed.join(", ")}`);
  }
  matching(name, pattern, fallback, accepted) {
    const value = this.raw(name) ?? fallback;
    if (!pattern.test(value)) throw ConfigError.invalid(name, value, accepted);
    return value;
  }
  seconds(name, fallback) {
    const value = this.raw(name);
    if (value === void 0) return fallback;
    return parseSeconds(name, value);
  }
};
function parseSeconds(name, value) {
  const seconds = /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(seconds > 0)) throw ConfigError.invalid(name, value, "expected a positive number of seconds");
  return seconds;
}
function parsePythonVersions(name, value) {
  const versions = value.split(/[\s,]+/).filter(Boolean);
  for (const version of versions) {
    if (!PYTHON_VERSION.test(version)) {
      throw ConfigError.invalid(name, value, `every version must look like 3.8 (major.minor), got ${JSON.stringify(version)}`);
    }
  }
  return Object.freeze([...new Set(versions)]);
}
function checkPythonVersion(name, value) {
  if (!PYTHON_VERSION.test(value)) throw ConfigError.invalid(name, value, "expected a python version like 3.8 (major.minor)");
  return value;
}
function parseRegistryEndpoints(raw) {
  const endpoints = /* @__PURE__ */ new Map();
  if (!raw) return frozenMap(endpoints);
  const value = raw.replace(/\/\/[^/@\s,]*@/g, "//***@");
  const accepted = "expected comma-separated host=url pairs, e.g. ghcr.io=http://127.0.0.1:5000";
  for (const pair of value.split(",").map((p) => p.trim()).filter(Boolean)) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw ConfigError.invalid("REGISTRY_ENDPOINTS", value, accepted);
    const host = pair.slice(0, eq).trim().toLowerCase();
    const target = pair.slice(eq + 1).trim();
    if (!HOST.test(host)) throw ConfigError.invalid("REGISTRY_ENDPOINTS", value, `${JSON.stringify(host)} is not a registry host; ${accepted}`);
    let url;
    try {
      url = new URL(target);
    } catch {
      throw ConfigError.invalid("REGISTRY_ENDPOINTS", value, `${JSON.stringify(target)} is not a URL; ${accepted}`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:" || url.search || url.hash || url.username || url.password || target.includes("***@")) {
      throw ConfigError.invalid("REGISTRY_ENDPOINTS", value, `${JSON.stringify(target)} must be a plain http:// or https:// URL; ${accepted}`);
    }
    endpoints.set(host, url.origin + url.pathname.replace(/\/+$/, ""));
  }
  return frozenMap(endpoints);
}
function frozenMap(map) {
  const refuse = () => {
    throw new TypeError("the configuration is read-only");
  };
  return Object.freeze(Object.assign(map, { set: refuse, delete: refuse, clear: refuse }));
}
function readEnvFile(envFile, variable) {
  if (envFile === false) return {};
  const path = resolve(envFile ?? ".env");
  if (!existsSync(path)) {
    if (envFile !== void 0) throw ConfigError.invalid(variable, envFile, `the file ${path} does not exist`);
    return {};
  }
  return (0, import_dotenv.parse)(readFileSync2(path));
}
function registerEnvironmentSecrets(env = process.env) {
  const user = env.GITHUB_USERNAME || "apache";
  for (const name of SECRET_VARIABLES) registerSecret(env[name], user);
}
var SECRET_VARIABLES = ["GITHUB_TOKEN", "CONTAINER_REGISTRY_TOKEN"];
function loadConfig(env = process.env, options = {}) {
  const fileEnv = readEnvFile(options.envFile ?? (env.CI_IMAGES_ENV_FILE || void 0), options.envFile ? "env file" : "CI_IMAGES_ENV_FILE");
  const merged = { ...fileEnv, ...definedOnly(env) };
  return buildConfig(merged);
}
function writableFile(name, path) {
  if (path === void 0) return void 0;
  const problem = !existsSync(dirname(resolve(path))) ? `its directory ${dirname(resolve(path))} does not exist` : existsSync(path) && statSync(path).isDirectory() ? "it is a directory" : void 0;
  if (problem) throw ConfigError.invalid(name, path, `expected a file that can be appended to (${problem})`);
  return path;
}
function definedOnly(env) {
  const out = {};
  for (const [key, value] of Object.entries(env)) if (value !== void 0) out[key] = value;
  return out;
}
function buildConfig(env) {
  registerEnvironmentSecrets(env);
  const r = new Reader(env);
  const tagAccepted = "expected a docker tag: letters, digits, _ . - (not starting with . or -), at most 128 characters";
  const componentAccepted = "expected lower-case letters, digits and single separators (. _ -), as in a docker image name";
  const githubRepository = r.matching("GITHUB_REPOSITORY", GITHUB_NAME, "apache/airflow", "expected owner/name, e.g. apache/airflow");
  for (const part of githubRepository.toLowerCase().split("/")) {
    if (!PATH_COMPONENT.test(part)) {
      throw ConfigError.invalid("GITHUB_REPOSITORY", githubRepository, `owner and name must be valid image name parts (${componentAccepted})`);
    }
  }
  const githubUsername = r.matching("GITHUB_USERNAME", GITHUB_LOGIN, "", "expected a GitHub login: letters, digits and single hyphens (a bot may end in [bot])");
  const githubToken = r.string("GITHUB_TOKEN", "");
  const containerRegistryToken = r.string("CONTAINER_REGISTRY_TOKEN", "");
  const defaultPythonVersion = checkPythonVersion("DEFAULT_PYTHON_MAJOR_MINOR_VERSION", r.string("DEFAULT_PYTHON_MAJOR_MINOR_VERSION", "3.6"));
  const pythonVersion = checkPythonVersion("PYTHON_MAJOR_MINOR_VERSION", r.string("PYTHON_MAJOR_MINOR_VERSION", defaultPythonVersion));
  const versionsRaw = env.CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING ?? "";
  const pythonVersions = parsePythonVersions("CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING", versionsRaw);
  const forceProdTag = r.raw("FORCE_AIRFLOW_PROD_BASE_TAG");
  if (forceProdTag !== void 0 && !PATH_COMPONENT.test(forceProdTag)) {
    throw ConfigError.invalid("FORCE_AIRFLOW_PROD_BASE_TAG", forceProdTag, componentAccepted);
  }
  const githubSha = r.raw("GITHUB_SHA") ?? "";
  if (githubSha && !TAG2.test(githubSha)) throw ConfigError.invalid("GITHUB_SHA", githubSha, tagAccepted);
  const commitSha = r.raw("COMMIT_SHA") ?? githubSha;
  if (commitSha && !TAG2.test(commitSha)) throw ConfigError.invalid("COMMIT_SHA", commitSha, tagAccepted);
  const githubRunId = r.matching("GITHUB_RUN_ID", /^\d*$/, "", "expected digits (a workflow run id)");
  const githubApiUrl = r.string("GITHUB_API_URL", "https://api.github.com").replace(/\/+$/, "");
  if (!/^https?:\/\/[^\s]+$/.test(githubApiUrl)) throw ConfigError.invalid("GITHUB_API_URL", githubApiUrl, "expected an http(s) URL");
  const buildArgs = (r.raw("BUILD_ARGS") ?? "").split(/[\n ]+/).filter(Boolean);
  for (const arg of buildArgs) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(arg)) throw ConfigError.invalid("BUILD_ARGS", arg, "expected space- or newline-separated KEY=VALUE pairs");
  }
  const platform = r.raw("BUILD_PLATFORM");
  if (platform !== void 0 && !/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?(?:,[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?)*$/.test(platform)) {
    throw ConfigError.invalid("BUILD_PLATFORM", platform, "expected os/arch[/variant], comma-separated, e.g. linux/amd64,linux/arm64");
  }
  const pathAccepted = "expected a relative or absolute path without spaces, quotes or shell characters";
  const safePath = /^[A-Za-z0-9_./@+-]+$/;
  const home = r.string("HOME", homedir());
  const config = {
    useGithubRegistry: r.bool("USE_GITHUB_REGISTRY", false),
    githubRegistry: r.oneOf("GITHUB_REGISTRY", GITHUB_REGISTRIES, DEFAULT_GITHUB_REGISTRY),
    githubRegistryImageSuffix: r.matching("GITHUB_REGISTRY_IMAGE_SUFFIX", SUFFIX, "-v2", "expected an image-name suffix such as -v2 (lower-case letters, digits, . _ -)"),
    pullImageTag: r.matching("GITHUB_REGISTRY_PULL_IMAGE_TAG", TAG2, "latest", tagAccepted),
    pushImageTag: r.matching("GITHUB_REGISTRY_PUSH_IMAGE_TAG", TAG2, "latest", tagAccepted),
    waitForImage: r.bool("GITHUB_REGISTRY_WAIT_FOR_IMAGE", false),
    waitForProdBuildImage: r.bool("WAIT_FOR_PROD_BUILD_IMAGE", false),
    githubRepository,
    githubUsername,
    githubToken,
    containerRegistryToken,
    dockerhubUser: r.matching("DOCKERHUB_USER", PATH_COMPONENT, "apache", componentAccepted),
    dockerhubRepo: r.matching("DOCKERHUB_REPO", PATH_COMPONENT, "airflow", componentAccepted),
    branchName: r.matching("BRANCH_NAME", PATH_COMPONENT, "master", componentAccepted),
    pythonVersions,
    pythonVersion,
    defaultPythonVersion,
    forceAirflowProdBaseTag: forceProdTag,
    dockerCache: r.oneOf("DOCKER_CACHE", DOCKER_CACHE_MODES, "pulled"),
    prepareBuildxCache: r.bool("PREPARE_BUILDX_CACHE", false),
    commitSha,
    githubSha,
    githubRunId,
    githubOutput: writableFile("GITHUB_OUTPUT", r.raw("GITHUB_OUTPUT")),
    githubStepSummary: writableFile("GITHUB_STEP_SUMMARY", r.raw("GITHUB_STEP_SUMMARY")),
    githubActions: r.bool("GITHUB_ACTIONS", false),
    githubApiUrl,
    registryEndpoints: parseRegistryEndpoints(r.raw("REGISTRY_ENDPOINTS")),
    waitTimeoutSeconds: r.seconds("WAIT_FOR_IMAGE_TIMEOUT", 3600),
    pollIntervalSeconds: r.seconds("WAIT_FOR_IMAGE_POLL_INTERVAL", 5),
    requestTimeoutSeconds: r.raw("REGISTRY_REQUEST_TIMEOUT") === void 0 ? void 0 : r.seconds("REGISTRY_REQUEST_TIMEOUT", 30),
    dockerConfigPath: join(r.string("DOCKER_CONFIG", join(home, ".docker")), "config.json"),
    build: Object.freeze({
      ciDockerfile: r.matching("DOCKERFILE_CI", safePath, "Dockerfile.ci", pathAccepted),
      prodDockerfile: r.matching("DOCKERFILE_PROD", safePath, "Dockerfile", pathAccepted),
      context: r.matching("DOCKER_CONTEXT", safePath, ".", pathAccepted),
      target: r.matching("BUILD_TARGET", /^[A-Za-z0-9_.-]+$/, "main", "expected a Dockerfile stage name (letters, digits, _ . -)"),
      builder: r.matching("BUILDX_BUILDER", /^[A-Za-z0-9_.-]+$/, "airflow_cache", "expected a buildx builder name (letters, digits, _ . -)"),
      platform,
      buildArgs: Object.freeze(buildArgs)
    })
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

// lib/cli/main.ts
import { parseArgs } from "node:util";
function parseFlags(options, argv = process.argv.slice(2)) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const message = error.message.split("\n").map((l) => l.trim()).filter(Boolean).join(" ");
    const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? "arguments";
    throw new ConfigError(flag, `${message.replace(/\. To specify a positional argument.*$/, "")} (see --help)`);
  }
}
async function runMain(body) {
  registerEnvironmentSecrets();
  try {
    const code = await body();
    process.exitCode = code ?? 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: ${redact(message)}
`);
    if (process.env.CI_IMAGES_DEBUG === "true" && error instanceof Error && error.stack) {
      process.stderr.write(redact(error.stack) + "\n");
    }
    process.exitCode = exitCodeFor(error);
  }
}

// lib/github/actions.ts
import { appendFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
function makeLogger(stream = process.stderr) {
  return (line) => {
    stream.write(redact(line) + "\n");
  };
}
function enableMasking(ctx, options = {}) {
  const stream = options.json ? process.stderr : process.stdout;
  if (ctx.githubActions) announceMasksWith((line) => stream.write(line + "\n"));
}
function setOutput(ctx, name, value) {
  if (!ctx.githubOutput) return false;
  const delimiter = `ghadelimiter_${randomBytes(12).toString("hex")}`;
  appendFileSync(ctx.githubOutput, `${name}<<${delimiter}
${value}
${delimiter}
`);
  return true;
}
async function group(ctx, title, log, body) {
  log(ctx.githubActions ? `::group::${title}` : `== ${title}`);
  try {
    return await body();
  } finally {
    if (ctx.githubActions) log("::endgroup::");
  }
}
function appendSummary(ctx, markdown) {
  if (!ctx.githubStepSummary) return false;
  appendFileSync(ctx.githubStepSummary, redact(markdown) + "\n");
  return true;
}
function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

// lib/images.ts
var IMAGE_KINDS = ["ci", "prod", "prod-build"];
function imageSegment(config, kind, python) {
  const prodBaseTag = config.forceAirflowProdBaseTag ?? `${config.branchName}-python${python}`;
  switch (kind) {
    case "ci":
      return `${config.branchName}-python${python}-ci`;
    case "prod":
      return prodBaseTag;
    case "prod-build":
      return `${prodBaseTag}-build`;
  }
}
function localNames(config, python) {
  const hub = `${config.dockerhubUser}/${config.dockerhubRepo}`;
  const ciBaseTag = imageSegment(config, "ci", python);
  const prodBaseTag = imageSegment(config, "prod", python);
  return {
    pythonBaseImage: `python:${python}-slim-buster`,
    airflowPythonBaseImage: `${hub}:python${python}-${config.branchName}`,
    ciBaseTag,
    ciImage: `${hub}:${ciBaseTag}`,
    prodBaseTag,
    prodImage: `${hub}:${prodBaseTag}`,
    prodBuildImage: `${hub}:${prodBaseTag}-build`,
    prodImageKubernetes: `${hub}:${prodBaseTag}-kubernetes`,
    prodImageDefault: `${hub}:${config.branchName}`,
    ciLocalManifestImage: `local/${config.dockerhubRepo}:${ciBaseTag}-manifest`,
    ciRemoteManifestImage: `${hub}:${ciBaseTag}-manifest`
  };
}
function localImage(config, kind, python) {
  const names = localNames(config, python);
  return kind === "ci" ? names.ciImage : kind === "prod" ? names.prodImage : names.prodBuildImage;
}
function githubPrefix(config, registry) {
  return `${registry}/${config.githubRepository.toLowerCase()}`;
}
function githubRepositoryName(config, registry, segment) {
  return `${githubPrefix(config, registry)}${hostProfile(registry).separator}${segment}${config.githubRegistryImageSuffix}`;
}
function githubImage(config, registry, kind, python, tag) {
  return `${githubRepositoryName(config, registry, imageSegment(config, kind, python))}:${tag}`;
}
function buildCacheRef(config, registry, kind, python) {
  return githubImage(config, registry, kind, python, "cache");
}
function candidateImages(config, kind, python, tag) {
  return Object.fromEntries(GITHUB_REGISTRIES.map((registry) => [registry, githubImage(config, registry, kind, python, tag)]));
}
function imageKinds(config, image) {
  if (image === "ci") return ["ci"];
  return config.waitForProdBuildImage ? ["prod", "prod-build"] : ["prod"];
}

export {
  CiImagesError,
  ConfigError,
  AuthError,
  TimeoutError,
  exitCodeFor,
  parseReference,
  RegistryError,
  TransientError,
  NameUnknownError,
  isNotFound,
  MAX_RETRY_AFTER_MS,
  POLL_RETRY,
  DOCKER_PUSH_RETRY,
  GITHUB_API_RETRY,
  sleep,
  parseRetryAfter,
  retry,
  nextLink,
  isIndex,
  GITHUB_REGISTRIES,
  hostProfile,
  isGithubRegistry,
  hostCredentials,
  createRegistryClient,
  dockerRegistryHost,
  dockerReference,
  parseSeconds,
  checkPythonVersion,
  loadConfig,
  requirePythonVersions,
  parseFlags,
  runMain,
  makeLogger,
  enableMasking,
  setOutput,
  group,
  appendSummary,
  markdownTable,
  IMAGE_KINDS,
  imageSegment,
  localImage,
  githubRepositoryName,
  githubImage,
  buildCacheRef,
  candidateImages,
  imageKinds
};
