import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  AuthError,
  CiImagesError,
  ConfigError,
  DEFAULT_REQUEST_TIMEOUT_SECONDS,
  DEFAULT_WAIT_REQUEST_TIMEOUT_SECONDS,
  DIGEST_ACCEPTED,
  FALLBACK_LOGIN_USER,
  GITHUB_REGISTRIES,
  HOST,
  HOST_ACCEPTED,
  PORTED_NAMES,
  REFUSED_EXIT_CODE,
  SECRET_NAMES,
  TAG,
  TAG_ACCEPTED,
  TimeoutError,
  URL_NAMES,
  VARIABLES,
  VARIABLE_LIST,
  checkPythonVersion,
  debugEnabled,
  describeVariables,
  dockerBinary,
  enableMasking,
  errorAnnotation,
  exitCodeFor,
  group,
  hostCredentials,
  hostProfile,
  inGithubActions,
  isDigest,
  isGithubRegistry,
  isLoopbackHost,
  isPorted,
  isTag,
  makeLogger,
  manifestKey,
  parseSeconds,
  redact,
  refusalHint,
  registerSecret,
  registryEndpoints,
  setOutput,
  variable
} from "./chunk-Q3VEEV6Q.mjs";
import {
  closestName,
  usageAsInvoked
} from "./chunk-MJ4GKCEB.mjs";
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

// lib/oci/platform.ts
var PART = /^[a-z0-9_]+$/;
var ARCH_ALIASES = {
  x86_64: "amd64",
  "x86-64": "amd64",
  aarch64: "arm64",
  armhf: "arm",
  armel: "arm",
  i386: "386"
};
function parsePlatform(text, what = "platform") {
  const parts = text.trim().toLowerCase().split("/");
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => PART.test(p))) {
    throw ConfigError.invalid(what, text, "expected os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8");
  }
  if (isUnknownPlatform({ os: parts[0], architecture: parts[1] })) {
    throw ConfigError.invalid(
      what,
      text,
      "unknown/unknown is where buildx puts attestation manifests, not a platform; expected e.g. linux/amd64"
    );
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
  if (have === void 0 || isUnknownPlatform(have)) return false;
  return have.os === want.os && have.architecture === want.architecture && have.variant === want.variant;
}
function isUnknownPlatform(platform) {
  return platform.os === "unknown" && platform.architecture === "unknown";
}
function platformOf(value) {
  if (!value || typeof value !== "object") return void 0;
  const { os, architecture, variant } = value;
  if (typeof os !== "string" || typeof architecture !== "string" || !os || !architecture) return void 0;
  return normalizePlatform({ os, architecture, variant: typeof variant === "string" ? variant : void 0 });
}

// lib/credentials/files.ts
import { readFileSync } from "node:fs";
var FILE_CAP = 4 * 1024 * 1024;
function readCredentialFile(path) {
  let text;
  try {
    const bytes = readFileSync(path);
    if (bytes.length > FILE_CAP) return { kind: "invalid", reason: `${path} is larger than ${FILE_CAP} bytes: ignored` };
    text = bytes.toString("utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return { kind: "absent" };
    return { kind: "invalid", reason: `${path} cannot be read (${code ?? "error"}): ignored` };
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: "invalid", reason: `${path} is not valid JSON: ignored` };
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    return { kind: "invalid", reason: `${path} is not a JSON object: ignored` };
  const p = parsed;
  const auths = isObject(p.auths) ? p.auths : {};
  const credHelpers = {};
  if (isObject(p.credHelpers)) {
    for (const [key, name] of Object.entries(p.credHelpers)) if (validHelperName(name)) credHelpers[key] = name;
  }
  const credsStore = validHelperName(p.credsStore) ? p.credsStore : void 0;
  return { kind: "read", file: { path, auths, credHelpers, ...credsStore ? { credsStore } : {} } };
}
function validHelperName(name) {
  return typeof name === "string" && /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(name);
}
function isObject(value) {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

// lib/credentials/helper.ts
import { spawn } from "node:child_process";

// lib/support/network-text.ts
var MAX_NETWORK_TEXT = 300;
var ESCAPES = { "\r": "\\r", "\n": "\\n", "	": "\\t" };
function neutralize(text, maxLength = MAX_NETWORK_TEXT) {
  let value = typeof text === "string" ? text : String(text);
  if (value.length > maxLength) value = `${value.slice(0, maxLength)}…`;
  return value.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  ).replace(/:(?=:)/g, ":​");
}
function displayUrl(url) {
  try {
    const parsed = new URL(url);
    return neutralize(`${parsed.protocol}//${parsed.host}${parsed.pathname}`);
  } catch {
    return "(not a URL)";
  }
}

// lib/credentials/helper.ts
var HELPER_TIMEOUT_MS = 3e4;
var HELPER_OUTPUT_CAP = 64 * 1024;
var IDENTITY_TOKEN_USER = "<token>";
function runCredentialHelper(name, serverUrl, options = {}) {
  const program = `docker-credential-${name}`;
  const timeoutMs = options.timeoutMs ?? HELPER_TIMEOUT_MS;
  const cap = options.outputCap ?? HELPER_OUTPUT_CAP;
  return new Promise((resolve2) => {
    let settled = false;
    const chunks = [];
    let size = 0;
    const child = spawn(program, ["get"], { stdio: ["pipe", "pipe", "pipe"], detached: true });
    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve2(result);
    };
    const stop = (reason) => {
      kill(child.pid);
      finish({ kind: "failed", reason });
    };
    const timer = setTimeout(() => stop(`did not answer within ${Math.round(timeoutMs / 1e3)} s and was stopped`), timeoutMs);
    child.on("error", (error) => {
      finish({ kind: "failed", reason: error.code === "ENOENT" ? "is not on PATH" : `could not be started (${error.code ?? "error"})` });
    });
    child.stdout.on("data", (chunk) => {
      size += chunk.length;
      if (size > cap) stop(`printed more than ${cap} bytes and was stopped`);
      else chunks.push(chunk);
    });
    child.stderr.resume();
    child.stdin.on("error", () => void 0);
    child.stdin.end(serverUrl);
    child.on("close", (code) => {
      if (settled) return;
      const output = Buffer.concat(chunks).toString("utf8");
      if (code !== 0) {
        if (/credentials not found/i.test(output)) finish({ kind: "not-found" });
        else finish({ kind: "failed", reason: `exited with status ${code ?? "signal"}${firstLine(output)}` });
        return;
      }
      finish(parseAnswer(output));
    });
  });
}
function parseAnswer(output) {
  let parsed;
  try {
    parsed = JSON.parse(output);
  } catch {
    return { kind: "failed", reason: "printed something that is not JSON" };
  }
  const answer = parsed ?? {};
  if (typeof answer.Secret !== "string" || typeof (answer.Username ?? "") !== "string") {
    return { kind: "failed", reason: "printed JSON without a string Secret" };
  }
  const username = answer.Username ?? "";
  if (!answer.Secret) return { kind: "not-found" };
  if (username === IDENTITY_TOKEN_USER) return { kind: "found", credentials: { username: "", password: "", identityToken: answer.Secret } };
  return { kind: "found", credentials: { username, password: answer.Secret } };
}
function firstLine(output) {
  const line = output.split("\n").find((l) => l.trim());
  return line ? `: ${neutralize(line.trim(), 120)}` : "";
}
function kill(pid) {
  if (!pid) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
  }
}

// lib/credentials/types.ts
var DOCKER_HUB = "docker.io";
var DOCKER_HUB_SERVER_URL = "https://index.docker.io/v1/";
var DOCKER_HUB_ALIASES = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"]);
function keyHost(key) {
  const host = key.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").replace(/\/.*$/, "").toLowerCase();
  return DOCKER_HUB_ALIASES.has(host) ? DOCKER_HUB : host;
}
function helperServerUrl(host) {
  return keyHost(host) === DOCKER_HUB ? DOCKER_HUB_SERVER_URL : host;
}
function decodeAuthEntry(entry) {
  if (!entry || typeof entry !== "object") return void 0;
  const e = entry;
  const text = (value) => typeof value === "string" ? value : "";
  let username = text(e.username);
  let password = text(e.password);
  const auth = text(e.auth);
  if (auth) {
    const decoded = Buffer.from(auth, "base64").toString();
    const colon = decoded.indexOf(":");
    if (colon > 0) {
      username = decoded.slice(0, colon);
      password = decoded.slice(colon + 1);
    }
  }
  const identityToken = text(e.identitytoken) || void 0;
  const registryToken = text(e.registrytoken) || void 0;
  if (!(username && password) && !identityToken && !registryToken) return void 0;
  return { username, password, ...identityToken ? { identityToken } : {}, ...registryToken ? { registryToken } : {} };
}

// lib/credentials/chain.ts
var CredentialChain = class {
  constructor(options = {}) {
    this.options = options;
  }
  options;
  answers = /* @__PURE__ */ new Map();
  helperCalls = /* @__PURE__ */ new Map();
  files = /* @__PURE__ */ new Map();
  noticesByHost = /* @__PURE__ */ new Map();
  printed = /* @__PURE__ */ new Set();
  /** The first answer per host, to say in a refusal whose credentials were refused. */
  found = /* @__PURE__ */ new Map();
  /** The credentials for a host (and repository, for auth.json's repository keys); memoized. */
  lookup(host, repository) {
    const normalized = keyHost(host);
    const key = `${normalized}/${repository ?? ""}`;
    let answer = this.answers.get(key);
    if (!answer) {
      answer = this.resolve(normalized, repository).then((found) => {
        if (found && !this.found.has(normalized)) this.found.set(normalized, found);
        return found;
      });
      this.answers.set(key, answer);
    }
    return answer;
  }
  /** Where the chain looks for a host, in order. */
  lookedIn(host) {
    const names = this.options.variables?.(keyHost(host)).names ?? [];
    return [...names, ...this.options.dockerConfigPath ? [this.options.dockerConfigPath] : [], ...this.options.authFilePaths ?? []];
  }
  /** The notice lines about a host (helpers that failed, files that could not be read). */
  notices(host) {
    return this.noticesByHost.get(keyHost(host)) ?? [];
  }
  /**
   * For an error message: "no credentials for HOST (looked in: …)" plus the notices, when the
   * chain was asked about the host and found nothing; undefined when it found something.
   */
  explainMissing(host) {
    const normalized = keyHost(host);
    if (this.found.has(normalized)) return this.notices(normalized).join("; ") || void 0;
    return [
      `no credentials for ${normalized} (looked in: ${this.lookedIn(normalized).join(", ") || "nothing"})`,
      ...this.notices(normalized)
    ].join("; ");
  }
  /**
   * For a refusal's message, every host asked about so far: whose credentials from where, or
   * "no credentials … (looked in: …)", with the notices. Never a secret.
   */
  explainAll() {
    const hosts = new Set([...this.answers.keys()].map((key) => key.slice(0, key.indexOf("/"))));
    return [...hosts].map((host) => {
      const used = this.found.get(host);
      if (!used) return this.explainMissing(host);
      const who = used.credentials.username && used.credentials.username !== "<token>" ? `the credentials of ${used.credentials.username}` : "a token";
      return [`${host}: ${who} from ${used.source}`, ...this.notices(host)].join("; ");
    }).filter((line) => !!line);
  }
  async resolve(host, repository) {
    const fromVariables = this.options.variables?.(host).answer;
    if (fromVariables) return fromVariables;
    const docker = this.options.dockerConfigPath ? this.file(this.options.dockerConfigPath, host) : void 0;
    if (docker) {
      const answer = await this.fromDockerConfig(docker, host);
      if (answer) return answer;
    }
    for (const path of this.options.authFilePaths ?? []) {
      const file = this.file(path, host);
      const answer = file && await this.fromAuthFile(file, host, repository);
      if (answer) return answer;
    }
    return void 0;
  }
  /** docker's order: credHelpers[host], else credsStore (final either way: docker ignores `auths` then), else auths. */
  async fromDockerConfig(file, host) {
    const helperKey = Object.keys(file.credHelpers).find((key) => keyHost(key) === host);
    if (helperKey !== void 0)
      return this.fromHelper(file.credHelpers[helperKey], host, `credHelpers[${JSON.stringify(helperKey)}] in ${file.path}`);
    if (file.credsStore) return this.fromHelper(file.credsStore, host, `credsStore in ${file.path}`);
    const keys = Object.keys(file.auths).filter((key) => keyHost(key) === host);
    keys.sort((a, b) => Number(b.toLowerCase() === host) - Number(a.toLowerCase() === host));
    for (const key of keys) {
      const credentials = decodeAuthEntry(file.auths[key]);
      if (credentials) return this.answer(credentials, `${file.path} auths[${JSON.stringify(key)}]`);
    }
    return void 0;
  }
  /** containers/image's order in one file: credHelpers[host], then `host/ns/repo`, `host/ns`, …, `host`. */
  async fromAuthFile(file, host, repository) {
    const helperKey = Object.keys(file.credHelpers).find((key) => keyHost(key) === host);
    if (helperKey !== void 0) {
      const answer = await this.fromHelper(file.credHelpers[helperKey], host, `credHelpers[${JSON.stringify(helperKey)}] in ${file.path}`);
      if (answer) return answer;
    }
    const byScope = /* @__PURE__ */ new Map();
    for (const key of Object.keys(file.auths)) byScope.set(authFileScope(key), key);
    const segments = (repository ?? "").split("/").filter(Boolean);
    for (let n = segments.length; n >= 0; n--) {
      const key = byScope.get([host, ...segments.slice(0, n)].join("/"));
      const credentials = key === void 0 ? void 0 : decodeAuthEntry(file.auths[key]);
      if (key !== void 0 && credentials) return this.answer(credentials, `${file.path} auths[${JSON.stringify(key)}]`);
    }
    return void 0;
  }
  async fromHelper(name, host, where) {
    const serverUrl = helperServerUrl(host);
    const key = `${name}|${serverUrl}`;
    let call = this.helperCalls.get(key);
    if (!call) {
      call = (this.options.runHelper ?? runCredentialHelper)(name, serverUrl, this.options.helper ?? {}).then((result) => {
        if (result.kind === "found") return result.credentials;
        if (result.kind === "failed") this.notice(host, `credential helper docker-credential-${name} (${where}) ${result.reason}`);
        return void 0;
      });
      this.helperCalls.set(key, call);
    }
    const credentials = await call;
    return credentials && this.answer(credentials, `credential helper docker-credential-${name} (${where})`);
  }
  answer(credentials, source) {
    for (const secret of [credentials.password, credentials.identityToken, credentials.registryToken]) {
      if (secret) this.options.onSecret?.(secret, credentials.username);
    }
    return { credentials, source };
  }
  file(path, host) {
    if (!this.files.has(path)) {
      const read = readCredentialFile(path);
      if (read.kind === "invalid") this.notice(host, read.reason);
      this.files.set(path, read.kind === "read" ? read.file : void 0);
    }
    return this.files.get(path);
  }
  notice(host, line) {
    const list = this.noticesByHost.get(host) ?? [];
    list.push(line);
    this.noticesByHost.set(host, list);
    if (!this.printed.has(line)) this.options.onNotice?.(line);
    this.printed.add(line);
  }
};
function authFileScope(key) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(key)) return keyHost(key);
  const [host, ...rest] = key.trim().replace(/\/+$/, "").split("/");
  return [keyHost(host ?? ""), ...rest].join("/");
}

// lib/docker/build.ts
function ghaScope(plan) {
  return `${plan.kind}-${plan.python}`;
}
function buildArgv(plan) {
  if (plan.dockerCache === "gha" && !plan.buildx) {
    throw new ConfigError(
      "DOCKER_CACHE",
      "DOCKER_CACHE=gha needs the docker buildx plugin (`docker buildx version` failed): install buildx or set DOCKER_CACHE=pulled"
    );
  }
  const multiPlatform = (plan.platform ?? "").includes(",");
  if (multiPlatform && !(plan.buildx && plan.push?.length)) {
    throw new ConfigError(
      "BUILD_PLATFORM",
      `BUILD_PLATFORM=${plan.platform}: several platforms need docker buildx with a push target, or one build per platform`
    );
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
    cache.push(`--cache-to=type=registry,ref=${plan.cacheRef},mode=max`);
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
    const text = match[2];
    const vertex = vertices.get(id);
    if (!vertex) {
      vertices.set(id, { name: text.trim(), seconds: 0 });
      continue;
    }
    if (text === "CACHED") vertex.status = "cached";
    else if (text === "CANCELED") vertex.status = "canceled";
    else if (/^DONE \d+(?:\.\d+)?s$/.test(text)) {
      vertex.status = vertex.status === "cached" ? "cached" : "done";
      vertex.seconds = Number(text.slice(5, -1));
    } else if (text.startsWith("ERROR")) {
      vertex.status = "error";
      vertex.error = text.replace(/^ERROR:?\s*(?:\d+(?:\.\d+)?s\s*)?/, "").replace(CONTROL, "").slice(0, 300) || void 0;
    }
  }
  let steps = 0;
  let cached = 0;
  let run = 0;
  let seconds = 0;
  const cacheImports = [];
  for (const vertex of vertices.values()) {
    if (STEP.test(vertex.name)) {
      steps++;
      if (vertex.status === "cached") cached++;
      if (vertex.status === "done") {
        run++;
        seconds += vertex.seconds;
      }
      continue;
    }
    const imported = IMPORT.exec(vertex.name);
    if (imported) {
      const ref = imported[1].replace(CONTROL, "");
      const text = vertex.error ?? "failed";
      const at = text.lastIndexOf(`${ref}: `);
      const error = vertex.status === "error" ? at >= 0 ? text.slice(at + ref.length + 2) : text : void 0;
      cacheImports.push(error ? { ref, error } : { ref });
    }
  }
  return { steps, cached, run, seconds: Math.round(seconds * 10) / 10, cacheImports };
}
function cacheImportProblem(progress) {
  const failed = progress.cacheImports.filter((c) => c.error);
  if (failed.length === 0) return void 0;
  return failed.map((c) => `cache ${c.ref} not imported (${c.error}): building without it`).join("; ");
}

// lib/support/retry.ts
var MAX_RETRY_AFTER_MS = 6e4;
var REGISTRY_RETRY = { attempts: 5, baseDelayMs: 200, maxDelayMs: 1e4, maxRetryAfterMs: MAX_RETRY_AFTER_MS };
var POLL_RETRY = { attempts: 2, baseDelayMs: 200, maxDelayMs: 1e3, maxRetryAfterMs: MAX_RETRY_AFTER_MS };
var DOCKER_PUSH_RETRY = { attempts: 4, baseDelayMs: 2e3, maxDelayMs: 3e4, maxRetryAfterMs: MAX_RETRY_AFTER_MS };
var GITHUB_API_RETRY = { attempts: 5, baseDelayMs: 200, maxDelayMs: 1e4, maxRetryAfterMs: MAX_RETRY_AFTER_MS };
var GITHUB_WATCH_RETRY = { attempts: 2, baseDelayMs: 200, maxDelayMs: 1e3, maxRetryAfterMs: 0 };
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

// lib/docker/run-config.ts
import { existsSync, mkdtempSync, readdirSync, readFileSync as readFileSync2, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var hostOf = (key) => key.replace(/^[a-z]+:\/\//i, "").replace(/\/.*$/, "").toLowerCase();
function runConfigFor(user, hosts) {
  const copy = user && typeof user === "object" && !Array.isArray(user) ? structuredClone(user) : {};
  const ours = new Set(hosts.map(hostOf));
  const auths = { ...copy.auths && typeof copy.auths === "object" ? copy.auths : {} };
  const helpers = { ...copy.credHelpers && typeof copy.credHelpers === "object" ? copy.credHelpers : {} };
  if (typeof copy.credsStore === "string" && copy.credsStore) {
    for (const key of Object.keys(auths)) if (!(key in helpers)) helpers[key] = copy.credsStore;
  }
  delete copy.credsStore;
  for (const key of Object.keys(helpers)) if (ours.has(hostOf(key))) delete helpers[key];
  for (const key of Object.keys(auths)) if (ours.has(hostOf(key))) delete auths[key];
  return { ...copy, auths, credHelpers: helpers };
}
var RunDockerConfig = class {
  constructor(userDir) {
    this.userDir = userDir;
  }
  userDir;
  dir;
  hosts = [];
  /** The directory (made on first use), ready for a `docker login` to `host`. */
  prepare(host) {
    this.hosts.push(host);
    const dir = this.dir ??= this.make();
    writeFileSync(join(dir, "config.json"), JSON.stringify(runConfigFor(this.userConfig(), this.hosts), null, 2), { mode: 384 });
    return dir;
  }
  get path() {
    return this.dir;
  }
  remove() {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = void 0;
    this.hosts.length = 0;
  }
  make() {
    const dir = mkdtempSync(join(tmpdir(), "ci-images-docker-config-"));
    if (this.userDir && existsSync(this.userDir)) {
      for (const entry of readdirSync(this.userDir)) {
        if (entry !== "config.json") symlinkSync(join(this.userDir, entry), join(dir, entry));
      }
    }
    return dir;
  }
  userConfig() {
    if (!this.userDir) return void 0;
    try {
      return JSON.parse(readFileSync2(join(this.userDir, "config.json"), "utf8"));
    } catch {
      return void 0;
    }
  }
};

// lib/docker/command-line.ts
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
function pushedDigest(output) {
  return /digest: (sha256:[a-f0-9]{64})/.exec(output)?.[1];
}
function forwardLines(stream, log) {
  let pending = "";
  const emit = (line) => line.trim() && log(redact(line));
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

// lib/docker/runner.ts
var DockerRunner = class {
  constructor(options) {
    this.options = options;
    this.runConfig = new RunDockerConfig(options.userDockerConfig);
  }
  options;
  /** Every argv run (or, in dry-run, planned), in order, without the leading `docker`. */
  commands = [];
  loggedIn = /* @__PURE__ */ new Set();
  /** Where our logins go: a temporary DOCKER_CONFIG of this run (run-config.ts). */
  runConfig;
  /** The run's DOCKER_CONFIG once a login made it. */
  get runDockerConfig() {
    return this.runConfig.path;
  }
  async run(args, opts = {}) {
    const prefix = Object.entries(opts.env ?? {}).map(([key, value]) => `${key}=${shellLine([value])} `).join("");
    const line = redact(prefix + shellLine(["docker", ...args]));
    this.commands.push([...args]);
    if (this.options.dryRun && !opts.probe) {
      this.options.log(`[dry-run] ${line}`);
      return { ok: true, status: 0, stdout: "", stderr: "" };
    }
    this.options.log(line);
    const env = { ...this.options.env ?? process.env, ...opts.env };
    if (this.options.dockerHost) env.DOCKER_HOST = this.options.dockerHost;
    if (this.runConfig.path) env.DOCKER_CONFIG = this.runConfig.path;
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
    if (!this.options.dryRun) this.runConfig.prepare(registry);
    await this.run(["login", "--username", credentials.username, "--password-stdin", registry], { input: credentials.password });
    this.loggedIn.add(registry);
  }
  /**
   * Undoes our logins (`docker logout`, in the run's DOCKER_CONFIG), as docker/login-action's post
   * step does, then removes that directory: the token stays nowhere for later steps or other jobs
   * on a self-hosted runner, and the user's own config.json was never written.
   */
  async logoutAll() {
    try {
      for (const registry of this.loggedIn) {
        await this.run(["logout", registry], { allowFailure: true });
      }
    } finally {
      this.loggedIn.clear();
      this.runConfig.remove();
    }
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
  /**
   * `docker buildx inspect NAME || docker buildx create --name NAME`, then `docker buildx inspect
   * --bootstrap NAME`: a docker-container builder (the original `airflow_cache`) pulls
   * moby/buildkit when it starts, which fails on a machine without Docker Hub. That is one line
   * saying why and how to pick another builder, before the build.
   */
  async ensureBuilder(name) {
    const inspect = ["buildx", "inspect", name];
    const create = ["buildx", "create", "--name", name];
    if (this.options.dryRun) {
      this.commands.push(inspect, create);
      this.options.log(redact(`[dry-run] ${shellLine(["docker", ...inspect])} || ${shellLine(["docker", ...create])}`));
      return;
    }
    if (!(await this.run(inspect, { allowFailure: true })).ok) await this.run(create);
    const started = await this.run(["buildx", "inspect", "--bootstrap", name], { allowFailure: true });
    if (started.ok) return;
    const why = started.stderr.trim().split("\n").filter(Boolean).slice(-1)[0]?.replace(/^ERROR:\s*/, "") ?? `exit code ${started.status}`;
    throw new CiImagesError(
      `BUILDX_BUILDER=${name}: the builder cannot start (${neutralize(redact(why))}); set BUILDX_BUILDER=default to build with the daemon's own builder (with the containerd image store it exports the registry cache), or name a builder that runs here`
    );
  }
  /**
   * Runs the build and reads BuildKit's plain progress back into cache figures. Without buildx, a
   * docker CLI from 23 on refuses `DOCKER_BUILDKIT=1 docker build` ("BuildKit is enabled but the
   * buildx component is missing"); the same argv (less `--progress`, which that builder does not
   * know) then runs once more with the legacy builder (`DOCKER_BUILDKIT=0`), and a line says so.
   * That builder ignores BUILDKIT_INLINE_CACHE and only uses `--cache-from` images present locally.
   * Undefined in dry-run.
   */
  /**
   * `docker buildx build`: a registry that fails with a 5xx while buildx pushes gets the push
   * retry policy, as `docker push` does; any other failure fails at once (a broken build is not
   * built again).
   */
  buildxBuild(argv, env) {
    return retry(
      async () => {
        const out = await this.run(argv, { env, stream: true, allowFailure: true });
        if (out.ok) return out;
        const error = new DockerCommandError(argv, out.status, out.stderr);
        error.retryable = argv.includes("--push") && REGISTRY_SERVER_ERROR.test(out.stderr);
        throw error;
      },
      {
        ...this.options.pushRetry ?? DOCKER_PUSH_RETRY,
        onRetry: (error, attempt, delayMs) => this.options.log(
          `the registry failed while buildx pushed (attempt ${attempt}), building again from cache in ${(delayMs / 1e3).toFixed(1)} s: ${lastLine(error)}`
        )
      }
    );
  }
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
    if (this.options.dryRun) {
      await this.run(argv, { env, stream: true });
      return void 0;
    }
    if (plan.buildx) return finish(await this.buildxBuild(argv, env), "buildkit");
    const first = await this.run(argv, { env, stream: true, allowFailure: true });
    if (first.ok) return finish(first, "buildkit");
    if (!BUILDKIT_MISSING.test(first.stderr)) throw new DockerCommandError(argv, first.status, first.stderr);
    this.options.log(
      "BuildKit is not usable here (no buildx plugin): building again with the legacy builder (DOCKER_BUILDKIT=0); it uses --cache-from images only when present locally"
    );
    const legacy = await this.run(
      argv.filter((arg) => arg !== "--progress=plain"),
      { env: { DOCKER_BUILDKIT: "0" }, stream: true }
    );
    return finish(legacy, "legacy");
  }
};
var BUILDKIT_MISSING = /BuildKit is enabled but the buildx component is missing or broken/i;
var REGISTRY_SERVER_ERROR = /(?:pushing|push|HEAD request|manifest|blob)[^\n]*\b(?:500 Internal Server Error|502 Bad Gateway|503 Service Unavailable|504 Gateway Timeout)/i;

// lib/support/link-header.ts
function nextLink(header, current) {
  for (const part of (header ?? "").split(",")) {
    const match = /<([^>]+)>\s*;(?:[^,]*?)\brel="?([^";]+)"?/.exec(part);
    if (match && match[2].split(/\s+/).includes("next")) return new URL(match[1], current);
  }
  return void 0;
}

// lib/support/http.ts
import { Agent as HttpAgent, request as sendHttp } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
var MAX_SOCKETS_PER_ORIGIN = 16;
var STREAM_CHUNK = 256 * 1024;
var DRAIN_LIMIT = 64 * 1024;
var DRAIN_DEADLINE_MS = 5e3;
var agentOptions = {
  keepAlive: true,
  maxSockets: MAX_SOCKETS_PER_ORIGIN,
  maxFreeSockets: MAX_SOCKETS_PER_ORIGIN,
  scheduling: "lifo"
};
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
  return new Promise((resolve2, reject) => {
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
      resolve2({
        status: answer.statusCode ?? 0,
        ok: (answer.statusCode ?? 0) >= 200 && (answer.statusCode ?? 0) < 300,
        headers: new ResponseHeaders(answer.headers),
        body: answer
      });
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
  if (e?.code && typeof e.code === "string")
    return new HttpError(`${e.code}${e.message && !e.message.includes(e.code) ? `: ${e.message}` : ""}`, e.code);
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

// lib/github/api.ts
var MAX_PAGE_BYTES = 8 * MiB;
var MAX_ERROR_BYTES = 64 * KiB;
var MAX_PAGES = 100;
var API_VERSION = "2022-11-28";
var USER_AGENT = "ci-images";
var GithubApiError = class extends CiImagesError {
  constructor(message, status, retryAfterMs) {
    super(message);
    this.status = status;
    this.retryAfterMs = retryAfterMs;
    this.name = "GithubApiError";
  }
  status;
  retryAfterMs;
  retryable = false;
};
var RetryableGithubError = class extends GithubApiError {
  retryable = true;
};
var GithubApi = class {
  constructor(options) {
    this.options = options;
    this.apiUrl = new URL(options.apiUrl.replace(/\/+$/, "") + "/");
    this.retryOptions = { ...GITHUB_API_RETRY, ...options.retry };
    this.timeoutMs = options.timeoutMs ?? 3e4;
  }
  options;
  /** Every HTTP request sent (retries included), for figures and tests. */
  requestCount = 0;
  rateLimit = {};
  apiUrl;
  retryOptions;
  timeoutMs;
  etags = /* @__PURE__ */ new Map();
  /** A path of the API (no leading slash needed), resolved under GITHUB_API_URL (its path kept, as GHES's `/api/v3`). */
  url(path) {
    return new URL(path.replace(/^\/+/, ""), this.apiUrl);
  }
  /**
   * GET as JSON. Statuses in `accept` (default 200) are answers; anything else is thrown as
   * `failure` makes it. With `conditional`, the last ETag of the URL goes along and a 304 answers
   * with the copy kept.
   */
  async getJson(target, what, options = {}) {
    const url = typeof target === "string" ? this.url(target) : target;
    const kept = options.conditional ? this.etags.get(url.href) : void 0;
    const response = await this.request("GET", url, what, kept ? { "if-none-match": kept.etag } : {});
    if (response.status === 304 && kept) {
      discard(response);
      return { status: 304, data: kept.data, notModified: true, headers: response.headers };
    }
    if (!(options.accept ?? [200]).includes(response.status)) throw await this.failure(response, what);
    const data = await readJson(response, url, what);
    const etag = response.headers.get("etag");
    if (options.conditional && etag && response.status === 200) this.etags.set(url.href, { etag, data });
    return { status: response.status, data, notModified: false, headers: response.headers };
  }
  /** Every page of a listing (`Link: rel="next"`, same origin only, MAX_PAGES at most): the items `itemsOf` finds in each. */
  async getPages(target, what, itemsOf) {
    const items = [];
    let url = typeof target === "string" ? this.url(target) : target;
    for (let page = 1; url; page++) {
      const answer = await this.getJson(url, what);
      items.push(...itemsOf(answer.data));
      url = this.nextPage(answer.headers, url, what);
      if (url && page >= (this.options.maxPages ?? MAX_PAGES)) {
        throw new GithubApiError(`${what}: more than ${page} pages; not reading further`, 200);
      }
    }
    return items;
  }
  /** The `rel="next"` page, if any; a next page on another origin is refused (the token would go there). */
  nextPage(headers, current, what) {
    const next = nextLink(headers.get("link"), current);
    if (next && next.origin !== this.apiUrl.origin) {
      throw new GithubApiError(
        `${what}: the next page is on another origin (${neutralize(next.origin, 100)}); not following it`,
        void 0
      );
    }
    return next;
  }
  /** One request (redirects never followed), retried by the policy; its timeout runs until the body is read or dropped. */
  request(method, url, what, headers = {}) {
    if (url.origin !== this.apiUrl.origin) {
      return Promise.reject(
        new GithubApiError(`${what}: ${displayUrl(url)} is not on ${this.apiUrl.origin}; the token goes nowhere else`, void 0)
      );
    }
    return retry(() => this.attempt(method, url, what, headers), {
      ...this.retryOptions,
      onRetry: (error, attempt, delay) => this.options.onRetry?.(`${this.apiUrl.host}: ${error.message}; retry ${attempt} in ${(delay / 1e3).toFixed(1)}s`)
    });
  }
  async attempt(method, url, what, headers) {
    this.requestCount++;
    let response;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`timed out after ${this.timeoutMs} ms`)), this.timeoutMs).unref();
    try {
      response = await httpRequest(url, {
        method,
        headers: {
          accept: "application/vnd.github+json",
          authorization: `Bearer ${this.options.token}`,
          "x-github-api-version": API_VERSION,
          "user-agent": this.options.agentSuffix ? `${USER_AGENT}-${this.options.agentSuffix}` : USER_AGENT,
          ...headers
        },
        signal: controller.signal
      });
    } catch (error) {
      clearTimeout(timer);
      const e = error;
      const reason = typeof e?.code === "string" ? e.code : controller.signal.aborted ? `timed out after ${this.timeoutMs} ms` : "network error";
      throw new RetryableGithubError(`${what}: ${reason}`, void 0);
    }
    response.body.once("close", () => clearTimeout(timer));
    this.noteRateLimit(response.headers);
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
    const rateLimited = (response.status === 403 || response.status === 429) && (retryAfterMs !== void 0 || response.headers.get("x-ratelimit-remaining") === "0");
    if (response.status === 429 || response.status >= 500 || rateLimited) {
      const message = await githubMessage(response);
      const resetMs = retryAfterMs ?? (rateLimited && this.rateLimit.resetAtMs ? Math.max(0, this.rateLimit.resetAtMs - Date.now()) : void 0);
      const said = `${what} → HTTP ${response.status}${message ? `: ${message}` : ""}`;
      if (resetMs !== void 0 && resetMs > (this.retryOptions.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS)) {
        throw new GithubApiError(`${said}; rate limited for another ${Math.ceil(resetMs / 1e3)} s`, response.status, resetMs);
      }
      throw new RetryableGithubError(said, response.status, resetMs);
    }
    return response;
  }
  noteRateLimit(headers) {
    const number = (name) => {
      const value = headers.get(name);
      return value !== null && /^\d{1,12}$/.test(value.trim()) ? Number(value) : void 0;
    };
    const remaining = number("x-ratelimit-remaining");
    if (remaining === void 0) return;
    const reset = number("x-ratelimit-reset");
    this.rateLimit = { limit: number("x-ratelimit-limit"), remaining, resetAtMs: reset === void 0 ? void 0 : reset * 1e3 };
  }
  /**
   * The error for an answer we did not expect: a redirect is named and not followed; otherwise
   * the status and GitHub's message. `hints` adds advice per status (e.g. the scopes needed).
   */
  async failure(response, what, hints = {}) {
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      discard(response);
      const target = URL.canParse(location, this.apiUrl) ? displayUrl(new URL(location, this.apiUrl)) : "a location that is not a URL";
      return new GithubApiError(
        `${what} → HTTP ${response.status}: redirected to ${target}; not following it (the token goes to ${this.apiUrl.origin} only)`,
        response.status
      );
    }
    const message = await githubMessage(response);
    const hint = hints[response.status];
    return new GithubApiError(
      `${what} → HTTP ${response.status}${message ? `: ${message}` : ""}${hint ? `; ${hint}` : ""}`,
      response.status
    );
  }
};
async function readJson(response, url, what) {
  const body = await readBounded(response, MAX_PAGE_BYTES);
  if (!body.ok) {
    const size = body.announced !== void 0 ? `${formatBytes(body.announced)} announced` : `at least ${formatBytes(body.received)} sent`;
    throw new GithubApiError(
      `${what}: the answer from ${displayUrl(url)} is larger than ${formatBytes(MAX_PAGE_BYTES)} (${size}); not reading it`,
      response.status
    );
  }
  try {
    return JSON.parse(body.bytes.toString("utf8"));
  } catch {
    const type = neutralize(response.headers.get("content-type") ?? "no content type", 80);
    throw new GithubApiError(`${what}: the answer from ${displayUrl(url)} is ${type}, not JSON`, response.status);
  }
}
async function githubMessage(response) {
  try {
    const body = await readBounded(response, MAX_ERROR_BYTES, { truncate: true });
    const parsed = JSON.parse(body.ok ? body.bytes.toString("utf8") : "");
    return typeof parsed.message === "string" ? neutralize(parsed.message, 200) : void 0;
  } catch {
    return void 0;
  }
}

// lib/github/packages-api.ts
function ghcrPackage(repository) {
  const slash = repository.indexOf("/");
  if (slash <= 0 || slash === repository.length - 1) {
    throw new GithubApiError(`${repository}: a ghcr.io repository must be <owner>/<package>`, void 0);
  }
  return { owner: repository.slice(0, slash), packageName: repository.slice(slash + 1) };
}
var GithubPackagesClient = class {
  api;
  /** Whether an owner is an organisation or a user, learnt from the first 404. */
  ownerKinds = /* @__PURE__ */ new Map();
  constructor(options) {
    this.api = new GithubApi({ ...options, agentSuffix: "prune" });
  }
  /** Every HTTP request sent, for figures and tests. */
  get requestCount() {
    return this.api.requestCount;
  }
  versionsUrl(kind, owner, packageName, rest = "") {
    return this.api.url(`${kind}/${encodeURIComponent(owner)}/packages/container/${encodeURIComponent(packageName)}/versions${rest}`);
  }
  /** All versions of a container package (every page). */
  async listVersions(owner, packageName) {
    const kinds = this.ownerKinds.has(owner) ? [this.ownerKinds.get(owner)] : ["orgs", "users"];
    for (const kind of kinds) {
      const first = this.versionsUrl(kind, owner, packageName, "?per_page=100&page=1");
      const versions = [];
      let url = first;
      let found = true;
      while (url) {
        const what = `GET package versions of ${owner}/${packageName}`;
        const response = await this.api.request("GET", url, what);
        if (response.status === 404 && url === first) {
          discard(response);
          found = false;
          break;
        }
        if (response.status !== 200) throw await this.failure(response, what);
        const body = await readJson(response, url, what);
        if (!Array.isArray(body)) throw new GithubApiError(`${what}: expected a JSON array of versions`, 200);
        for (const item of body) versions.push(toVersion(item));
        url = this.api.nextPage(response.headers, url, what);
      }
      if (found) {
        this.ownerKinds.set(owner, kind);
        return versions;
      }
    }
    throw new GithubApiError(
      `GET package versions of ${owner}/${packageName} → HTTP 404: no container package ${packageName} for the organisation or user ${owner} (or the token cannot see it)`,
      404
    );
  }
  /** Deletes one version; true when deleted, false when it was already gone (404). */
  async deleteVersion(owner, packageName, id) {
    if (!this.ownerKinds.has(owner)) await this.listVersions(owner, packageName);
    const kind = this.ownerKinds.get(owner);
    const what = `DELETE package version ${id} of ${owner}/${packageName}`;
    const response = await this.api.request("DELETE", this.versionsUrl(kind, owner, packageName, `/${id}`), what);
    if (response.status === 204 || response.status === 200) {
      discard(response);
      return true;
    }
    if (response.status === 404) {
      discard(response);
      return false;
    }
    throw await this.failure(response, what);
  }
  async failure(response, what) {
    const error = await this.api.failure(response, what);
    if (response.status === 401) return new AuthError(`unauthorized: ${error.message}; check CONTAINER_REGISTRY_TOKEN (or GITHUB_TOKEN)`);
    if (response.status === 403 && !response.headers.get("location")) {
      return new AuthError(
        `denied: ${error.message}; the token needs the read:packages and delete:packages scopes and admin access to the package`
      );
    }
    return error;
  }
};
function toVersion(item) {
  if (typeof item?.id !== "number" || typeof item.name !== "string") {
    throw new GithubApiError("package version without a numeric id and a name", 200);
  }
  const tags = Array.isArray(item.metadata?.container?.tags) ? item.metadata.container.tags.filter((t) => typeof t === "string") : [];
  return { id: item.id, name: item.name, tags, createdAt: typeof item.created_at === "string" ? item.created_at : void 0 };
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
    this.exitCode = refused && !this.temporary ? REFUSED_EXIT_CODE : 1;
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
  if (status === 401)
    return new RegistryError(`unauthorized: ${message}; check the credentials for this registry`, {
      status,
      code: detail?.code ?? "UNAUTHORIZED"
    });
  if (status === 403)
    return new RegistryError(`denied: ${message}; the credentials lack access to this repository`, {
      status,
      code: detail?.code ?? "DENIED"
    });
  const code = detail?.code ?? (status === 404 && subject !== "other" ? NOT_FOUND_BY_SUBJECT[subject] : TEMPORARY_STATUSES.has(status) ? `HTTP_${status}` : void 0);
  const prefix = code !== void 0 ? PREFIXES[code] : void 0;
  return new RegistryError(prefix ? `${prefix}: ${message}` : message, { status, code, retryAfterMs });
}
function refusal(message, code = "UNAUTHORIZED") {
  return new RegistryError(`unauthorized: ${message}`, { code, refused: true });
}
var UNREACHABLE_CAUSES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_FAIL",
  "EHOSTUNREACH",
  "ENETUNREACH"
]);
function networkError(message, causeCode2) {
  return Object.assign(new RegistryError(message, { code: "NETWORK" }), {
    unreachable: causeCode2 !== void 0 && UNREACHABLE_CAUSES.has(causeCode2)
  });
}
function isUnreachable(error) {
  return error instanceof RegistryError && error.unreachable === true;
}

// lib/registry/transport/types.ts
function hasStreamBody(request) {
  return typeof request.body === "function";
}

// lib/registry/transport/exchange.ts
import { Readable as Readable2 } from "node:stream";

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
  tagPages: 1e3,
  /** All pages of one listing together: each page is capped, and so is their sum (1000 pages of 4 MiB would be GiBs). */
  tagsTotal: 64 * MiB,
  /** Pages of one referrers listing (`GET /v2/<name>/referrers/<digest>`) followed. */
  referrerPages: 100,
  /** All pages of one referrers listing together. */
  referrersTotal: 16 * MiB,
  /** Referrers of one image (all ways of finding them, all levels together): more is refused, not truncated. */
  referrers: 1e3
};
function tooLarge(what, url, limit, body) {
  const size = body.announced !== void 0 ? `${formatBytes(body.announced)} announced` : `at least ${formatBytes(body.received)} sent`;
  return new RegistryError(`${what}: the answer from ${displayUrl(url)} is larger than ${formatBytes(limit)} (${size}); not reading it`, {
    code: "TOO_LARGE"
  });
}

// lib/registry/transport/exchange.ts
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var NULL_BODY = /* @__PURE__ */ new Set([101, 204, 205, 304]);
function isRedirect(response, request) {
  return REDIRECTS.has(response.status) && !!response.headers.get("location") && !request.body;
}
function httpExchange(options) {
  const { timeoutMs, onRequest, onSend, http: http2 = httpRequest } = options;
  return async (request) => {
    const { method, url } = request;
    const streamBody = hasStreamBody(request);
    const controller = new AbortController();
    const deadline = streamBody ? void 0 : request.deadline ?? Date.now() + timeoutMs;
    const timer = deadline === void 0 ? void 0 : setTimeout(() => controller.abort(timeoutError(timeoutMs)), Math.max(0, deadline - Date.now()));
    const unlink = follow(request.signal, controller);
    const abort = (reason) => controller.abort(reason);
    let streamed;
    try {
      const body = request.body ? Buffer.isBuffer(request.body) ? request.body : toReadable(await request.body()) : void 0;
      const headers = { ...request.headers };
      onSend?.();
      let response;
      try {
        const idleMs = body instanceof Readable2 ? timeoutMs : void 0;
        response = await http2(url, { method, headers, body, signal: controller.signal, timeoutMs: idleMs });
      } catch (error) {
        onRequest?.({ method, url, error: networkReason(error) });
        throw error;
      }
      onRequest?.({ method, url, status: response.status });
      if (isRedirect(response, request)) {
        discard(response);
        return { response: bufferedResponse(response, Buffer.alloc(0)), url, abort, deadline };
      }
      if (request.streaming) {
        streamed = response;
        return { response, url, abort, deadline };
      }
      return { response: await buffered(response, request), url, abort, deadline };
    } catch (error) {
      throw exchangeFailure(error, request);
    } finally {
      clearTimeout(timer);
      if (streamed) streamed.body.once("close", unlink);
      else unlink();
    }
  };
}
function exchangeFailure(error, request) {
  if (request.signal?.aborted) return request.signal.reason;
  if (error instanceof RegistryError) return error;
  return networkError(`${request.what}: ${networkReason(error)}`, causeCode(error));
}
async function buffered(response, request) {
  if (request.method === "HEAD" || NULL_BODY.has(response.status)) {
    response.body.resume();
    return bufferedResponse(response, Buffer.alloc(0));
  }
  if (response.status >= 400 || hasStreamBody(request)) {
    const body2 = await readBounded(response, LIMITS.errorBody, { truncate: true });
    return bufferedResponse(response, body2.ok ? body2.bytes : Buffer.alloc(0));
  }
  const limit = request.maxBytes ?? LIMITS.manifest;
  const body = await readBounded(response, limit);
  if (!body.ok) throw tooLarge(request.what, request.url, limit, body);
  return bufferedResponse(response, body.bytes);
}
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

// lib/registry/transport/authorize.ts
function authorize(inner, auth) {
  return async (request) => {
    const { registry, scopes, what, signal } = request;
    let sent = await inner({ ...request, authorization: auth.cached(registry, scopes) });
    if (sent.response.status === 401) {
      discard(sent.response);
      if (!auth.isRegistryOrigin(registry, sent.url)) {
        throw new RegistryError(
          `${what} → HTTP 401 from ${displayUrl(sent.url)}, which is not the registry's origin: its challenge is ignored and no credentials go there`,
          { status: 401, code: "UNAUTHORIZED", refused: false }
        );
      }
      if (!auth.learn(registry, sent.url, sent.response.headers.get("www-authenticate"))) {
        throw refusal(`${what} → HTTP 401 without a usable WWW-Authenticate challenge`);
      }
      const authorization = await auth.authenticate(registry, scopes, what, signal);
      if (hasStreamBody(request)) {
        throw new RegistryError(`${what}: authenticated, resending`, { status: 401, temporary: true, refused: false, retryAfterMs: 0 });
      }
      sent = await inner({ ...request, authorization });
      if (sent.response.status === 401) throw statusError(401, what, await errorDetail(sent.response));
    }
    if (sent.response.status === 403) throw statusError(403, what, await errorDetail(sent.response));
    return sent;
  };
}

// lib/registry/transport/redirects.ts
var MAX_REDIRECTS = 5;
function followRedirects(inner, isRegistryOrigin) {
  return async (request) => {
    const { authorization, what } = request;
    let url = request.url;
    let method = request.method;
    let deadline = request.deadline;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const headers = { ...request.headers };
      if (authorization && isRegistryOrigin(request.registry, url)) headers.authorization = authorization;
      const hopRequest = { ...request, url, method, headers, authorization: void 0, deadline };
      const sent = await inner(hopRequest);
      if (!isRedirect(sent.response, request)) return sent;
      const location = sent.response.headers.get("location");
      const next = URL.canParse(location, url) ? new URL(location, url) : void 0;
      if (!next || !/^https?:$/.test(next.protocol)) {
        throw new RegistryError(`${what}: redirected to something that is not an http(s) URL`, { code: "REDIRECT_REFUSED" });
      }
      if (new URL(url).protocol === "https:" && next.protocol !== "https:") {
        throw new RegistryError(`${what}: refusing a redirect from https to ${displayUrl(next)}`, { code: "REDIRECT_REFUSED" });
      }
      url = next.toString();
      if (sent.response.status === 303) method = "GET";
      deadline = sent.deadline;
    }
    throw new RegistryError(`${what}: too many redirects`, { code: "TOO_MANY_REDIRECTS" });
  };
}

// lib/registry/transport/repository.ts
var scope = (repository, actions) => `repository:${repository}:${actions}`;
var RepositoryHandle = class {
  constructor(transport, registry, name) {
    this.transport = transport;
    this.registry = registry;
    this.name = name;
    this.baseUrl = transport.baseUrl(registry);
    this.v2 = `${this.baseUrl}/v2/${name}/`;
  }
  transport;
  registry;
  name;
  /** The registry's base URL (an endpoint given for it, or https://<host>). */
  baseUrl;
  /** `<base>/v2/<name>/`. */
  v2;
  url(path) {
    return this.v2 + path;
  }
  scope(actions, repository = this.name) {
    return scope(repository, actions);
  }
  /** Whether a URL is on this registry's origin (where credentials go and Link pages are followed). */
  isRegistryOrigin(url) {
    return this.transport.auth.isRegistryOrigin(this.registry, url);
  }
  send(request) {
    const { path, url, actions, moreScopes = [], ...rest } = request;
    return this.transport.send({
      ...rest,
      url: url ?? this.url(path ?? ""),
      registry: this.registry,
      scopes: [this.scope(actions), ...moreScopes]
    });
  }
};

// lib/registry/transport/retry.ts
function retrying(inner, options) {
  const { policy, onRetry } = options;
  const once = async (request) => {
    const sent = await inner(request);
    const { status } = sent.response;
    if (isTemporaryStatus(status)) {
      const retryAfterMs = parseRetryAfter(sent.response.headers.get("retry-after"));
      throw statusError(status, request.what, await errorDetail(sent.response), request.subject, retryAfterMs);
    }
    return sent;
  };
  return (request) => retry(() => once(request), {
    ...policy,
    // A stream cannot be replayed: whoever made it retries the whole transfer.
    attempts: hasStreamBody(request) ? 1 : policy.attempts,
    signal: request.signal,
    onRetry: (error, attempt, delay) => onRetry?.(`${request.registry}: ${error.message}; retry ${attempt} in ${(delay / 1e3).toFixed(1)}s`)
  });
}

// lib/registry/credentials.ts
function basicHeader(credentials) {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
}

// lib/registry/oauth2-refresh.ts
var OAUTH2_CLIENT_ID = "ci-images";
async function exchangeRefreshToken(request, exchange, what, signal) {
  const form = new URLSearchParams({
    grant_type: "refresh_token",
    refresh_token: exchange.credentials.identityToken,
    client_id: OAUTH2_CLIENT_ID
  });
  if (exchange.service) form.set("service", exchange.service);
  if (exchange.scopes.length) form.set("scope", exchange.scopes.join(" "));
  const headers = { "content-type": "application/x-www-form-urlencoded" };
  const posted = await request("POST", exchange.realm.toString(), headers, what, signal, Buffer.from(form.toString()));
  if (posted.status !== 404) return posted;
  discard(posted);
  const user = exchange.credentials.username || "<token>";
  const basic = `Basic ${Buffer.from(`${user}:${exchange.credentials.identityToken}`).toString("base64")}`;
  return request("GET", exchange.tokenUrl.toString(), { authorization: basic }, what, signal);
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
  /** Answers of an asynchronous credential source, by registry and repository (a synchronous one is asked each time). */
  settled = /* @__PURE__ */ new Map();
  settledNow = /* @__PURE__ */ new Map();
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
      const credentials = this.credentialsAtHand(registry, repositoryOf(scopes));
      return credentials?.password ? basicHeader(credentials) : void 0;
    }
    return this.tokens.get(registry, scopes);
  }
  /** What the source says now: a synchronous answer, or an asynchronous one already settled (else nothing yet). */
  credentialsAtHand(registry, repository) {
    const key = `${registry}|${repository ?? ""}`;
    if (this.settledNow.has(key)) return this.settledNow.get(key);
    if (this.settled.has(key)) return void 0;
    const found = this.options.credentials?.(registry, repository);
    if (!(found instanceof Promise)) return found;
    this.keep(key, found);
    return void 0;
  }
  credentialsFor(registry, repository) {
    const key = `${registry}|${repository ?? ""}`;
    if (this.settledNow.has(key)) return this.settledNow.get(key);
    const kept = this.settled.get(key);
    if (kept) return kept;
    const found = this.options.credentials?.(registry, repository);
    return found instanceof Promise ? this.keep(key, found) : found;
  }
  keep(key, answer) {
    const kept = answer.then(
      (credentials) => {
        this.settledNow.set(key, credentials);
        return credentials;
      },
      (error) => {
        this.settled.delete(key);
        throw error;
      }
    );
    kept.catch(() => void 0);
    this.settled.set(key, kept);
    return kept;
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
    const credentials = await this.credentialsFor(registry, repositoryOf(scopes));
    const missing = () => this.options.credentials?.explainMissing?.(registry);
    if (challenge.scheme === "basic") {
      if (!credentials?.password) {
        const why = missing();
        throw refusal(`${what} needs credentials for ${registry}${why ? `: ${why}` : " and none are configured"}`);
      }
      return basicHeader(credentials);
    }
    if (credentials?.registryToken) return `Bearer ${credentials.registryToken}`;
    const realm = this.realm(registry, challenge, what);
    const url = new URL(realm);
    if (challenge.params.service) url.searchParams.set("service", challenge.params.service);
    for (const s of scopes) url.searchParams.append("scope", s);
    const headers = {};
    if (credentials?.password) headers.authorization = basicHeader(credentials);
    const response = credentials?.identityToken ? await exchangeRefreshToken(
      this.options.request,
      {
        realm,
        tokenUrl: url,
        service: challenge.params.service,
        scopes,
        credentials: { ...credentials, identityToken: credentials.identityToken }
      },
      `token for ${registry}`,
      signal
    ) : await this.options.request("GET", url.toString(), headers, `token for ${registry}`, signal);
    const from = `the token service of ${registry} (${displayUrl(url)})`;
    if (response.status === 401 || response.status === 403) {
      discard(response);
      const whose = credentials ? `the credentials of ${describe(credentials)}` : `anonymous access (${missing() ?? "no credentials"})`;
      throw refusal(`${from} refused ${whose} (HTTP ${response.status})`);
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
      throw new RegistryError(`token for ${registry}: ${from} answered HTTP ${response.status} with ${type}, not a JSON token`, {
        code: "TOKEN_INVALID"
      });
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
      throw refusal(
        `${what}: the Bearer challenge names a realm over ${neutralize(url.protocol, 20)} (${displayUrl(url)}); not sending credentials there`
      );
    }
    return url;
  }
};
function repositoryOf(scopes) {
  const first = scopes.find((s) => s.startsWith("repository:"));
  return first?.slice("repository:".length, first.lastIndexOf(":"));
}
function describe(credentials) {
  const user = credentials.username || (credentials.identityToken ? "an identity token" : "the token");
  return credentials.source ? `${user} (from ${credentials.source})` : user;
}

// lib/registry/transport/stack.ts
var Transport = class {
  /** `layers.http`: the HTTP client under the exchange layer (lib/support/http.ts; a test of the whole stack gives a fake one). */
  constructor(options = {}, layers = {}) {
    this.options = options;
    this.timeoutMs = options.timeoutMs ?? 3e4;
    this.retryOptions = { ...DEFAULT_RETRY, ...options.retry };
    this.plain = httpExchange({ ...layers, timeoutMs: this.timeoutMs, onRequest: options.onRequest, onSend: () => void this.sentCount++ });
    this.auth = new Authenticator({
      credentials: options.credentials,
      baseUrl: (registry) => this.baseUrl(registry),
      // A body only for the OAuth2 refresh (oauth2-refresh.ts: a form POST to the realm).
      request: async (method, url, headers, what, signal, body) => (await this.plain({ method, url, headers, what, signal, body, registry: "", scopes: [], maxBytes: LIMITS.token })).response
    });
    const redirects = followRedirects(this.plain, (registry, url) => this.auth.isRegistryOrigin(registry, url));
    this.stack = retrying(authorize(redirects, this.auth), { policy: this.retryOptions, onRetry: options.onRetry });
  }
  options;
  auth;
  retryOptions;
  timeoutMs;
  sentCount = 0;
  /** One HTTP exchange, nothing around it (token requests, the first `/v2/`). */
  plain;
  stack;
  /** Every HTTP request sent (token requests included), for figures and tests. */
  get requestCount() {
    return this.sentCount;
  }
  /** The transport for a public host: the endpoint given for it, else https (plain http only for loopback). */
  baseUrl(registry) {
    const mapped = this.options.endpoints?.get(registry.toLowerCase());
    if (mapped) return mapped;
    return `${isLoopbackHost(registry) ? "http" : "https"}://${registry}`;
  }
  v2(ref, rest) {
    return `${this.baseUrl(ref.registry)}/v2/${ref.repository}/${rest}`;
  }
  /** A handle on one repository: its registry, name and base URL resolved once. */
  repository(ref) {
    return new RepositoryHandle(this, ref.registry, ref.repository);
  }
  /** The first request to `/v2/`: learns the registry's challenge (no retry, no redirects). */
  async ping(registry, signal) {
    const url = `${this.baseUrl(registry)}/v2/`;
    const what = `GET ${displayUrl(url)}`;
    const { response } = await this.plain({ method: "GET", url, what, signal, registry: "", scopes: [], maxBytes: LIMITS.errorBody });
    if (response.status === 401) this.auth.learn(registry, url, response.headers.get("www-authenticate"));
  }
  /** One logical request through the whole stack. */
  send(request) {
    return this.stack(request);
  }
};

// lib/oci/digest.ts
import { createHash } from "node:crypto";
import { Transform } from "node:stream";
var sha256Digest = (data) => `sha256:${createHash("sha256").update(data).digest("hex")}`;
var ALGORITHMS = ["sha256", "sha512"];
function digestAlgorithm(digest) {
  return ALGORITHMS.find((algorithm) => digest.startsWith(`${algorithm}:`));
}
function digestLike(like, data) {
  const algorithm = digestAlgorithm(like) ?? "sha256";
  return `${algorithm}:${createHash(algorithm).update(data).digest("hex")}`;
}
function verifyingTransform(digest, size, fail, highWaterMark) {
  const algorithm = digestAlgorithm(digest);
  const hash = algorithm ? createHash(algorithm) : void 0;
  let received = 0;
  return new Transform({
    highWaterMark,
    transform(chunk, _encoding, callback) {
      if (!hash)
        return callback(
          fail("unsupported", `digest algorithm of ${JSON.stringify(digest.slice(0, 80))} cannot be verified (sha256, sha512)`)
        );
      received += chunk.length;
      if (size !== void 0 && received > size) return callback(fail("too-long", `more than the ${size} bytes announced`));
      hash?.update(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      if (!hash)
        return callback(
          fail("unsupported", `digest algorithm of ${JSON.stringify(digest.slice(0, 80))} cannot be verified (sha256, sha512)`)
        );
      if (size !== void 0 && received !== size) return callback(fail("short", `body cut short (${received} of ${size} bytes)`));
      const actual = `${algorithm}:${hash.digest("hex")}`;
      if (actual !== digest) return callback(fail("mismatch", `content digest ${actual} does not match`));
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
async function blobExists(repo, digest, signal) {
  const what = `HEAD blob ${repo.name}@${digest}`;
  const { response } = await repo.send({ method: "HEAD", path: `blobs/${digest}`, actions: "pull", what, subject: "blob", signal });
  if (response.status === 404) return false;
  if (response.ok) return true;
  throw statusError(response.status, what, void 0, "blob");
}
async function fetchBlob(repo, digest, size, signal) {
  const what = `GET blob ${repo.name}@${digest}`;
  const { response, abort } = await repo.send({
    method: "GET",
    path: `blobs/${digest}`,
    actions: "pull",
    what,
    streaming: true,
    subject: "blob",
    signal
  });
  if (!response.ok) throw statusError(response.status, what, await errorDetail(response), "blob");
  const { minBytesPerSecond = 1024, throughputWindowMs = 3e4 } = repo.transport.options;
  const verify = verifyingTransform(
    digest,
    size,
    (problem, detail) => problem === "short" ? networkError(`${what}: ${detail}`) : new RegistryError(`${what}: ${detail}`, { code: problem === "mismatch" ? "DIGEST_INVALID" : "SIZE_INVALID" }),
    STREAM_CHUNK
  );
  const stop = transferWatchdog(response.body, what, abort, repo.transport.timeoutMs, minBytesPerSecond, throughputWindowMs, size);
  response.body.pipe(verify);
  response.body.once("error", (error) => {
    stop();
    verify.destroy(
      error instanceof RegistryError ? error : networkError(`${what}: connection lost after the headers (${networkCode(error)})`)
    );
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
async function mountBlob(target, digest, fromRepository, signal) {
  const what = `mount blob ${digest} from ${fromRepository} into ${target.name}`;
  const query = new URLSearchParams({ mount: digest, from: fromRepository });
  const { response } = await target.send({
    method: "POST",
    path: `blobs/uploads/?${query}`,
    actions: "pull,push",
    moreScopes: [target.scope("pull", fromRepository)],
    what,
    headers: { "content-length": "0" },
    subject: "blob",
    signal
  });
  discard(response);
  if (response.status === 201) return true;
  if (response.status === 202) {
    const location = response.headers.get("location");
    if (location && URL.canParse(location, target.baseUrl)) await cancelUpload(target, new URL(location, target.baseUrl).toString());
    return false;
  }
  throw statusError(response.status, what, void 0, "blob");
}
async function pushBlob(repo, digest, data, options = {}) {
  const what = `upload blob ${repo.name}@${digest}`;
  const base = { actions: "pull,push", what, subject: "blob", signal: options.signal };
  const { response: started } = await repo.send({ ...base, method: "POST", path: "blobs/uploads/", headers: { "content-length": "0" } });
  discard(started);
  if (started.status !== 202) throw statusError(started.status, what, void 0, "blob");
  let location = uploadLocation(repo, started, what);
  if (Buffer.isBuffer(data) && options.chunkSize && data.length > options.chunkSize) {
    for (let offset = 0; offset < data.length; offset += options.chunkSize) {
      const chunk = data.subarray(offset, Math.min(data.length, offset + options.chunkSize));
      const { response: response2 } = await repo.send({
        ...base,
        method: "PATCH",
        url: location,
        body: chunk,
        headers: {
          "content-type": "application/octet-stream",
          "content-range": `${offset}-${offset + chunk.length - 1}`,
          "content-length": String(chunk.length)
        }
      });
      discard(response2);
      if (response2.status !== 202) throw statusError(response2.status, what, void 0, "blob");
      location = uploadLocation(repo, response2, what);
    }
    data = Buffer.alloc(0);
  }
  const url = new URL(location);
  url.searchParams.set("digest", digest);
  const headers = { "content-type": "application/octet-stream" };
  if (Buffer.isBuffer(data)) headers["content-length"] = String(data.length);
  else if (options.size !== void 0) headers["content-length"] = String(options.size);
  const { response } = await repo.send({ ...base, method: "PUT", url: url.toString(), headers, body: data });
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
        abort(
          new RegistryError(
            `${what}: too slow, ${formatBytes(inWindow)} in ${windowMs / 1e3} s (less than ${formatBytes(minBytesPerSecond)}/s); abandoned after ${formatBytes(received)}`,
            { code: "TOO_SLOW" }
          )
        );
      }
      inWindow = 0;
    }, windowMs).unref();
  }
  body.on("data", onData);
  body.once("close", stop);
  return stop;
}
async function cancelUpload(repo, location) {
  try {
    const { response } = await repo.send({ method: "DELETE", url: location, actions: "pull,push", what: "cancel upload" });
    discard(response);
  } catch {
  }
}
function uploadLocation(repo, response, what) {
  const location = response.headers.get("location");
  const base = repo.baseUrl + "/";
  if (!location)
    throw new RegistryError(`${what}: the registry sent no upload Location`, { status: response.status, code: "BLOB_UPLOAD_INVALID" });
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
var MEDIA_TYPE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;
var isMediaType = (value) => typeof value === "string" && MEDIA_TYPE.test(value);
var ANY_DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
function descriptorProblem(value) {
  if (typeof value !== "object" || value === null) return "not an object";
  const { mediaType, digest, size } = value;
  if (typeof mediaType !== "string" || !MEDIA_TYPE.test(mediaType)) return "mediaType is not a media type";
  if (typeof digest !== "string" || !ANY_DIGEST.test(digest))
    return `digest ${JSON.stringify(String(digest).slice(0, 80))} is not a digest`;
  if (!isDigest(digest))
    return `digest algorithm of ${JSON.stringify(digest.slice(0, 80))} is not supported: ${DIGEST_ACCEPTED}`;
  if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0) return "size is not a non-negative integer";
  return void 0;
}
function checkedDescriptors(values, field) {
  values.forEach((value, i) => {
    const problem = descriptorProblem(value);
    if (problem) throw new CiImagesError(`the manifest's ${field}[${i}] is refused: ${problem}`);
  });
  return values;
}
function manifestBlobs(body) {
  const manifest = JSON.parse(body.toString());
  const layers = Array.isArray(manifest.layers) ? manifest.layers : [];
  return [
    ...manifest.config !== void 0 ? checkedDescriptors([manifest.config], "config") : [],
    ...checkedDescriptors(layers, "layers")
  ];
}
function indexChildren(body) {
  const index = JSON.parse(body.toString());
  return checkedDescriptors(Array.isArray(index.manifests) ? index.manifests : [], "manifests");
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
  if (parsed.mediaType !== void 0 && typeof parsed.mediaType !== "string") return { problem: "mediaType is not a string" };
  if (known(contentType) && typeof parsed.mediaType === "string" && parsed.mediaType !== contentType) {
    return {
      problem: `ambiguous: mediaType ${JSON.stringify(parsed.mediaType.slice(0, 100))} in the body, ${contentType} in Content-Type`
    };
  }
  const hasIndexFields = parsed.manifests !== void 0;
  const hasImageFields = parsed.config !== void 0 || parsed.layers !== void 0;
  if (hasIndexFields && hasImageFields) return { problem: "ambiguous: both manifests and config/layers" };
  const mediaType = known(contentType) ? contentType : known(parsed.mediaType) ? parsed.mediaType : hasIndexFields ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest;
  if (isIndex(mediaType) ? hasImageFields : hasIndexFields) {
    return { problem: `ambiguous: ${isIndex(mediaType) ? "an index with config/layers" : "an image manifest with manifests"}` };
  }
  if (isIndex(mediaType) ? !Array.isArray(parsed.manifests) : typeof parsed.config?.digest !== "string" || !Array.isArray(parsed.layers)) {
    return { problem: isIndex(mediaType) ? "an index without manifests" : "an image manifest without config and layers" };
  }
  return { mediaType };
}

// lib/registry/manifests.ts
async function manifestDigest(repo, ref, signal) {
  const what = `HEAD manifest ${ref.repository}:${manifestKey(ref)}`;
  const { response } = await repo.send({
    method: "HEAD",
    path: `manifests/${manifestKey(ref)}`,
    actions: "pull",
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
    return (await getManifest(repo, ref, signal)).digest;
  } catch (error) {
    if (isNotFound(error)) return void 0;
    throw error;
  }
}
async function getManifest(repo, ref, signal) {
  const what = `GET manifest ${ref.repository}:${manifestKey(ref)}`;
  const { response } = await repo.send({
    method: "GET",
    path: `manifests/${manifestKey(ref)}`,
    actions: "pull",
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
  if (claimed && digestLike(claimed, body) !== claimed) {
    throw new RegistryError(`${what}: body digest ${digestLike(claimed, body)} does not match ${neutralize(claimed)}`, {
      status: response.status,
      code: "DIGEST_INVALID"
    });
  }
  const contentType = (response.headers.get("content-type") ?? "").split(";")[0].trim();
  const checked = checkManifestBody(body, contentType);
  if ("problem" in checked) {
    throw new RegistryError(`${what}: the answer is not a manifest (${neutralize(checked.problem)})`, {
      status: 200,
      code: "MANIFEST_INVALID"
    });
  }
  return { mediaType: checked.mediaType, digest, body };
}
async function putManifest(repo, ref, body, mediaType, signal) {
  const what = `PUT manifest ${ref.repository}:${manifestKey(ref)}`;
  const { response } = await repo.send({
    method: "PUT",
    path: `manifests/${manifestKey(ref)}`,
    actions: "pull,push",
    what,
    headers: { "content-type": mediaType },
    body,
    subject: "manifest",
    signal
  });
  if (response.status !== 201 && response.status !== 200) throw statusError(response.status, what, await errorDetail(response), "manifest");
  discard(response);
  const digest = sha256Digest(body);
  const returned = response.headers.get("docker-content-digest");
  if (returned && returned !== digest) {
    throw new RegistryError(`${what}: registry stored ${neutralize(returned)}, expected ${digest}`, {
      status: response.status,
      code: "DIGEST_INVALID"
    });
  }
  return digest;
}
async function deleteManifest(repo, ref) {
  if (!ref.digest) throw new RegistryError(`DELETE manifest ${ref.repository}: needs a digest, not a tag`, { code: "DIGEST_REQUIRED" });
  const what = `DELETE manifest ${ref.repository}@${ref.digest}`;
  const { response } = await repo.send({ method: "DELETE", path: `manifests/${ref.digest}`, actions: "delete", what, subject: "manifest" });
  if (response.status !== 202 && response.status !== 200) throw statusError(response.status, what, await errorDetail(response), "manifest");
  discard(response);
}

// lib/registry/tags.ts
async function listTags(repo, pageSize = 100, options = {}) {
  const what = `GET tags ${repo.name}`;
  const maxPages = options.maxPages ?? LIMITS.tagPages;
  const tags = [];
  const dropped = [];
  const seen = /* @__PURE__ */ new Set();
  let bytes = 0;
  let url = new URL(repo.url(`tags/list?n=${pageSize}`)).toString();
  for (let page = 1; ; page++) {
    seen.add(url);
    const { response } = await repo.send({ method: "GET", url, actions: "pull", what, maxBytes: LIMITS.tagsPage, subject: "repository" });
    if (!response.ok) throw statusError(response.status, what, await errorDetail(response), "repository");
    bytes += response.buffered?.length ?? 0;
    if (bytes > LIMITS.tagsTotal) {
      throw new RegistryError(`${what}: more than ${formatBytes(LIMITS.tagsTotal)} of tags over ${page} pages; stopping`, {
        code: "TOO_LARGE"
      });
    }
    let body;
    try {
      body = JSON.parse((response.buffered ?? Buffer.alloc(0)).toString("utf8"));
    } catch {
      throw new RegistryError(`${what}: page ${page} from ${displayUrl(url)} is not JSON`, {
        status: response.status,
        code: "TAGS_INVALID"
      });
    }
    for (const name of Array.isArray(body?.tags) ? body.tags : []) {
      if (typeof name === "string" && isTag(name)) tags.push(name);
      else dropped.push(neutralize(typeof name === "string" ? name : JSON.stringify(name) ?? String(name), 80));
    }
    const next = followableNext(repo, response.headers.get("link"), url, what);
    if (!next) break;
    if (seen.has(next))
      throw new RegistryError(`${what}: the next page ${displayUrl(next)} was already read (a pagination loop); stopping`, {
        code: "PAGINATION_LOOP"
      });
    if (page >= maxPages) throw new RegistryError(`${what}: more than ${maxPages} pages of tags; stopping`, { code: "TOO_MANY_PAGES" });
    url = next;
  }
  if (dropped.length > 0) options.onDropped?.(dropped);
  return tags;
}
function followableNext(repo, link, current, what) {
  let next;
  try {
    next = nextLink(link, current);
  } catch {
    throw new RegistryError(`${what}: the Link header names no valid URL`, { code: "LINK_REFUSED" });
  }
  if (!next) return void 0;
  if (!repo.isRegistryOrigin(next)) {
    throw new RegistryError(
      `${what}: the next page is on another origin (${neutralize(next.origin, 100)}, not ${new URL(repo.baseUrl).origin}); not following it`,
      { code: "LINK_REFUSED" }
    );
  }
  return next.toString();
}

// lib/oci/referrers.ts
var ATTESTATION_REFERENCE_TYPE = "vnd.docker.reference.type";
var ATTESTATION_MANIFEST = "attestation-manifest";
function isAttestationManifest(descriptor) {
  if (!descriptor) return false;
  if (descriptor.annotations?.[ATTESTATION_REFERENCE_TYPE] === ATTESTATION_MANIFEST) return true;
  const { os, architecture } = descriptor.platform ?? {};
  return isUnknownPlatform({ os: String(os), architecture: String(architecture) });
}
function fallbackTagName(digest) {
  if (!isDigest(digest)) throw new Error(`not a digest: ${JSON.stringify(String(digest).slice(0, 80))}`);
  const [algorithm, encoded] = digest.split(":");
  return `${algorithm}-${encoded.slice(0, 64)}`.replace(/[^a-zA-Z0-9_.-]/g, "-");
}
var COSIGN_SUFFIXES = ["sig", "att", "sbom"];
function cosignTagName(digest, suffix) {
  return `${fallbackTagName(digest)}.${suffix}`;
}
var GENERIC_CONFIGS = [
  "application/vnd.oci.image.config.v1+json",
  "application/vnd.docker.container.image.v1+json",
  "application/vnd.oci.empty.v1+json"
];
function artifactTypeOf(manifest) {
  if (typeof manifest !== "object" || manifest === null) return void 0;
  const { artifactType, config, layers, mediaType } = manifest;
  if (isMediaType(artifactType)) return artifactType;
  if (isMediaType(config?.mediaType) && !GENERIC_CONFIGS.includes(config.mediaType)) return config.mediaType;
  const first = Array.isArray(layers) ? layers[0] : void 0;
  if (isMediaType(first?.mediaType)) return first.mediaType;
  return isMediaType(mediaType) && mediaType !== MEDIA_TYPES.ociManifest ? mediaType : void 0;
}
function artifactKind(artifactType) {
  const type = (artifactType ?? "").toLowerCase();
  if (/cosign\.simplesigning|notary|signature|\.sig\b/.test(type)) return "signature";
  if (/spdx|cyclonedx|sbom|syft/.test(type)) return "sbom";
  if (/in-toto|dsse|provenance|slsa|attestation/.test(type)) return "attestation";
  return type ? "artifact" : "unknown";
}

// lib/registry/referrers.ts
var MAX_DEPTH = 8;
async function findReferrers(repo, subject, options = {}) {
  if (!isDigest(subject))
    throw new RegistryError(`referrers of ${repo.name}: ${neutralize(subject, 80)} is not a digest`, { code: "DIGEST_INVALID" });
  const max = options.maxReferrers ?? LIMITS.referrers;
  const depth = Math.min(Math.max(1, options.depth ?? 1), MAX_DEPTH);
  const found = [];
  const dropped = [];
  const seen = /* @__PURE__ */ new Set([subject]);
  let api = false;
  let level = [subject];
  for (let d = 1; d <= depth && level.length > 0; d++) {
    const next = [];
    for (const digest of level) {
      const one = await referrersOf(repo, digest, options, dropped);
      if (d === 1) api = one.api;
      for (const referrer of one.referrers) {
        if (seen.has(referrer.digest)) continue;
        seen.add(referrer.digest);
        found.push(referrer);
        next.push(referrer.digest);
        if (found.length > max) {
          throw new RegistryError(`referrers of ${repo.name}@${subject}: more than ${max}; stopping`, { code: "TOO_MANY_REFERRERS" });
        }
      }
    }
    level = next;
  }
  return { referrers: found, api, dropped };
}
async function referrersOf(repo, subject, options, dropped) {
  const wanted = (r) => !options.artifactType || r.artifactType === options.artifactType;
  const fromApi = await referrersApi(repo, subject, options, dropped);
  const referrers = fromApi ?? (await fallbackIndex(repo, subject, dropped)).filter(wanted);
  if (options.cosign !== false) referrers.push(...(await cosignTags(repo, subject, options.signal)).filter(wanted));
  return { referrers, api: fromApi !== void 0 };
}
async function referrersApi(repo, subject, options, dropped) {
  const what = `GET referrers ${repo.name}@${subject}`;
  const maxPages = options.maxPages ?? LIMITS.referrerPages;
  const query = options.artifactType ? `?artifactType=${encodeURIComponent(options.artifactType)}` : "";
  const seenPages = /* @__PURE__ */ new Set();
  const referrers = [];
  let bytes = 0;
  let url = new URL(repo.url(`referrers/${subject}${query}`)).toString();
  for (let page = 1; ; page++) {
    seenPages.add(url);
    const { response } = await repo.send({
      method: "GET",
      url,
      actions: "pull",
      what,
      headers: { accept: MEDIA_TYPES.ociIndex },
      maxBytes: LIMITS.manifest,
      signal: options.signal,
      subject: "manifest"
    });
    if (response.status === 404 && page === 1) return void 0;
    if (!response.ok) throw statusError(response.status, what, await errorDetail(response), "manifest");
    bytes += response.buffered?.length ?? 0;
    if (bytes > LIMITS.referrersTotal) {
      throw new RegistryError(`${what}: more than ${formatBytes(LIMITS.referrersTotal)} of referrers over ${page} pages; stopping`, {
        code: "TOO_LARGE"
      });
    }
    let manifests;
    try {
      manifests = JSON.parse((response.buffered ?? Buffer.alloc(0)).toString("utf8"))?.manifests;
    } catch {
      manifests = void 0;
    }
    if (!Array.isArray(manifests)) {
      throw new RegistryError(`${what}: page ${page} from ${displayUrl(url)} is not an image index`, {
        status: response.status,
        code: "REFERRERS_INVALID"
      });
    }
    const filtered = (response.headers.get("oci-filters-applied") ?? "").split(",").map((s) => s.trim()).includes("artifactType");
    for (const entry of descriptors(manifests, subject, "api", void 0, dropped)) {
      if (!options.artifactType || filtered || entry.artifactType === options.artifactType) referrers.push(entry);
    }
    const next = followableNext(repo, response.headers.get("link"), url, what);
    if (!next) return referrers;
    if (seenPages.has(next))
      throw new RegistryError(`${what}: the next page ${displayUrl(next)} was already read (a pagination loop); stopping`, {
        code: "PAGINATION_LOOP"
      });
    if (page >= maxPages)
      throw new RegistryError(`${what}: more than ${maxPages} pages of referrers; stopping`, { code: "TOO_MANY_PAGES" });
    url = next;
  }
}
async function fallbackIndex(repo, subject, dropped) {
  const tag = fallbackTagName(subject);
  const manifest = await manifestAt(repo, tag);
  if (!manifest) return [];
  if (!isIndex(manifest.mediaType)) {
    dropped.push(`fallback tag ${tag}: not an index (${neutralize(manifest.mediaType, 80)})`);
    return [];
  }
  const { manifests } = JSON.parse(manifest.body.toString("utf8"));
  return descriptors(manifests, subject, "fallback-tag", tag, dropped);
}
async function cosignTags(repo, subject, signal) {
  const referrers = [];
  for (const suffix of COSIGN_SUFFIXES) {
    const tag = cosignTagName(subject, suffix);
    const manifest = await manifestAt(repo, tag, signal);
    if (!manifest) continue;
    const artifactType = artifactTypeOf(JSON.parse(manifest.body.toString("utf8")));
    referrers.push({
      subject,
      artifactType,
      digest: manifest.digest,
      size: manifest.body.length,
      mediaType: manifest.mediaType,
      foundBy: "cosign-tag",
      tag
    });
  }
  return referrers;
}
async function manifestAt(repo, tag, signal) {
  try {
    return await getManifest(repo, { registry: repo.registry, repository: repo.name, tag }, signal);
  } catch (error) {
    if (isNotFound(error)) return void 0;
    throw error;
  }
}
function descriptors(values, subject, foundBy, tag, dropped) {
  const referrers = [];
  values.forEach((value, i) => {
    const problem = descriptorProblem(value);
    if (problem) {
      dropped.push(`${foundBy}${tag ? ` ${tag}` : ""} entry ${i}: ${neutralize(problem, 120)}`);
      return;
    }
    const { mediaType, digest, size, artifactType, annotations } = value;
    referrers.push({
      subject,
      digest,
      size,
      mediaType,
      foundBy,
      ...tag ? { tag } : {},
      ...isMediaType(artifactType) ? { artifactType } : {},
      ...stringRecord(annotations) ? { annotations: stringRecord(annotations) } : {}
    });
  });
  return referrers;
}
function stringRecord(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
  const entries = Object.entries(value).filter((e) => typeof e[1] === "string").slice(0, 64);
  return entries.length > 0 ? Object.fromEntries(entries) : void 0;
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
    return manifestDigest(this.transport.repository(ref), ref, signal);
  }
  async exists(ref, signal) {
    return await this.manifestDigest(ref, signal) !== void 0;
  }
  getManifest(ref, signal) {
    return getManifest(this.transport.repository(ref), ref, signal);
  }
  putManifest(ref, body, mediaType, signal) {
    return putManifest(this.transport.repository(ref), ref, body, mediaType, signal);
  }
  deleteManifest(ref) {
    return deleteManifest(this.transport.repository(ref), ref);
  }
  /** All (valid) tags of a repository, following `Link: <…>; rel="next"` pagination on the registry's origin. */
  listTags(ref, pageSize = 100, options = {}) {
    return listTags(this.transport.repository(ref), pageSize, options);
  }
  /** What belongs to a digest: the referrers API (else the fallback tag `sha256-<hex>`) and cosign's `.sig`/`.att`/`.sbom` tags. */
  referrers(ref, digest, options = {}) {
    return findReferrers(this.transport.repository(ref), digest, options);
  }
  blobExists(ref, digest, signal) {
    return blobExists(this.transport.repository(ref), digest, signal);
  }
  /** The blob as a Node stream, verified (digest, size) while it flows; it errors when the transfer stalls or trickles. */
  fetchBlob(ref, digest, size, signal) {
    return fetchBlob(this.transport.repository(ref), digest, size, signal);
  }
  mountBlob(target, digest, fromRepository, signal) {
    return mountBlob(this.transport.repository(target), digest, fromRepository, signal);
  }
  /** Uploads a buffer, or a stream made by `data()` (a Node stream; web streams are accepted too), never buffered. */
  pushBlob(ref, digest, data, options = {}) {
    return pushBlob(this.transport.repository(ref), digest, data, options);
  }
  /**
   * Whether the registry accepts our credentials: one authenticated `GET /v2/` (after the challenge
   * and, for Bearer, a token without scopes, as `docker login` checks). Throws the refusal (exit 3).
   */
  async checkCredentials(registry, signal) {
    const url = `${this.transport.baseUrl(registry)}/v2/`;
    const sent = await this.transport.send({
      method: "GET",
      url,
      registry,
      scopes: [],
      what: `GET /v2/ of ${registry}`,
      signal,
      maxBytes: 64 * 1024
    });
    if (!sent.response.ok)
      throw new RegistryError(`GET /v2/ of ${registry} → HTTP ${sent.response.status}`, { status: sent.response.status });
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

// lib/registry/copy-referrers.ts
var REFERRER_DEPTH = 2;
async function copyReferrers(client, source, target, subject, copyOne, signal) {
  const { referrers } = await client.referrers(source, subject, { depth: REFERRER_DEPTH, signal });
  if (referrers.length === 0) return { referrers: [], fallbackTags: [] };
  const at = (ref, r) => ({ registry: ref.registry, repository: ref.repository, digest: r.digest });
  for (const referrer of referrers) {
    const to = referrer.foundBy === "cosign-tag" ? { registry: target.registry, repository: target.repository, tag: referrer.tag } : at(target, referrer);
    await copyOne(at(source, referrer), to);
  }
  const listed = referrers.filter((r) => r.foundBy !== "cosign-tag");
  const fallbackTags = [];
  const subjects = [...new Set(listed.map((r) => r.subject))];
  if (subjects.length > 0 && !(await client.referrers(target, subjects[0], { cosign: false, signal })).api) {
    for (const s of subjects) {
      const tag = await mergeFallbackIndex(
        client,
        target,
        s,
        listed.filter((r) => r.subject === s),
        signal
      );
      if (tag) fallbackTags.push(tag);
    }
  }
  return {
    referrers: referrers.map(({ digest, subject: of, artifactType, foundBy, tag }) => ({
      digest,
      subject: of,
      artifactType,
      foundBy,
      ...tag ? { tag } : {}
    })),
    fallbackTags
  };
}
async function mergeFallbackIndex(client, target, subject, referrers, signal) {
  const tag = fallbackTagName(subject);
  const ref = { registry: target.registry, repository: target.repository, tag };
  let existing = [];
  let annotations;
  try {
    const manifest = await client.getManifest(ref, signal);
    const body2 = JSON.parse(manifest.body.toString("utf8"));
    existing = Array.isArray(body2.manifests) ? body2.manifests : [];
    annotations = body2.annotations;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  const present = new Set(existing.map((e) => e?.digest));
  const added = referrers.filter((r) => !present.has(r.digest)).map((r) => ({
    mediaType: r.mediaType,
    digest: r.digest,
    size: r.size,
    ...r.artifactType ? { artifactType: r.artifactType } : {},
    ...r.annotations ? { annotations: r.annotations } : {}
  }));
  if (added.length === 0) return void 0;
  const body = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [...existing, ...added],
      ...annotations !== void 0 ? { annotations } : {}
    })
  );
  await client.putManifest(ref, body, MEDIA_TYPES.ociIndex, signal);
  return tag;
}

// lib/support/concurrency.ts
async function mapLimit(items, limit, body) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await body(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
function limiter(limit) {
  let running = 0;
  const waiting = [];
  return async (body) => {
    if (running >= limit) await new Promise((resolve2) => waiting.push(resolve2));
    else running++;
    try {
      return await body();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
function errorGroup(parent) {
  const controller = new AbortController();
  if (parent?.aborted) controller.abort(parent.reason);
  else parent?.addEventListener("abort", () => controller.abort(parent.reason), { once: true });
  const { signal } = controller;
  return {
    signal,
    async run(body) {
      if (signal.aborted) throw signal.reason;
      try {
        return await body();
      } catch (error) {
        if (!signal.aborted) controller.abort(error);
        throw signal.reason;
      }
    }
  };
}

// lib/registry/copy.ts
var SMALL_BLOB = 1024 * 1024;
var SMALL_CONCURRENCY = 8;
var LARGE_CONCURRENCY = 3;
async function copyImage(client, source, target, options = {}) {
  const result = {
    digest: "",
    mediaType: "",
    blobs: { skipped: 0, mounted: 0, streamed: 0, foreign: 0 },
    bytesStreamed: 0,
    referrers: { referrers: [], fallbackTags: [] }
  };
  const onBlob = (event) => {
    result.blobs[event.action]++;
    if (event.action === "streamed") result.bytesStreamed += event.size;
    options.onBlob?.(event);
  };
  const group2 = errorGroup(options.signal);
  const { signal } = group2;
  const top = await group2.run(() => client.getManifest(source, signal));
  if (isIndex(top.mediaType)) {
    const byDigest = (ref, digest2) => ({ ...ref, tag: void 0, digest: digest2 });
    const children = await mapLimit(
      indexChildren(top.body),
      SMALL_CONCURRENCY,
      (child) => group2.run(() => client.getManifest(byDigest(source, child.digest), signal))
    );
    await copyBlobs(
      client,
      source,
      target,
      children.flatMap((child) => manifestBlobs(child.body)),
      options,
      onBlob,
      group2
    );
    await mapLimit(
      children,
      SMALL_CONCURRENCY,
      (child) => group2.run(() => client.putManifest(byDigest(target, child.digest), child.body, child.mediaType, signal))
    );
  } else {
    await copyBlobs(client, source, target, manifestBlobs(top.body), options, onBlob, group2);
  }
  let referrers = result.referrers;
  if (options.referrers !== false) {
    if (target.tag)
      await group2.run(() => client.putManifest({ ...target, tag: void 0, digest: top.digest }, top.body, top.mediaType, signal));
    const copyOne = (from, to) => copyImage(client, from, to, { ...options, referrers: false, onBlob });
    referrers = await group2.run(
      () => copyReferrers(client, { ...source, tag: void 0, digest: top.digest }, target, top.digest, copyOne, signal)
    );
  }
  const digest = await group2.run(() => client.putManifest(target, top.body, top.mediaType, signal));
  return { ...result, digest, mediaType: top.mediaType, referrers };
}
async function retagImage(client, source, tag) {
  const manifest = await client.getManifest(source);
  return client.putManifest({ registry: source.registry, repository: source.repository, tag }, manifest.body, manifest.mediaType);
}
async function copyBlobs(client, source, target, blobs, options, onBlob, group2) {
  const unique = [...new Map(blobs.map((b) => [b.digest, b])).values()].sort((a, b) => b.size - a.size);
  const checks = limiter(SMALL_CONCURRENCY);
  const small = limiter(SMALL_CONCURRENCY);
  const large = limiter(options.concurrency ?? LARGE_CONCURRENCY);
  await Promise.all(
    unique.map(async (blob) => {
      if (await checks(() => group2.run(() => placeWithoutTransfer(client, source, target, blob, onBlob, group2.signal)))) return;
      await (blob.size <= SMALL_BLOB ? small : large)(
        () => group2.run(() => streamBlob(client, source, target, blob, onBlob, group2.signal))
      );
    })
  );
}
async function placeWithoutTransfer(client, source, target, blob, onBlob, signal) {
  const event = (action) => (onBlob({ digest: blob.digest, size: blob.size, action }), true);
  if (blob.urls?.length) return event("foreign");
  if (await client.blobExists(target, blob.digest, signal)) return event("skipped");
  if (source.registry === target.registry && source.repository !== target.repository) {
    if (await client.mountBlob(target, blob.digest, source.repository, signal)) return event("mounted");
  }
  return false;
}
async function streamBlob(client, source, target, blob, onBlob, signal) {
  await retry(
    async () => {
      const download = client.fetchBlob(source, blob.digest, blob.size, signal);
      download.catch(() => void 0);
      try {
        await client.pushBlob(target, blob.digest, () => download, { size: blob.size, signal });
      } catch (error) {
        download.then(
          (stream) => stream.destroy(),
          () => void 0
        );
        if (error instanceof RegistryError || signal.aborted) throw error;
        throw networkError(`copy blob ${blob.digest}: ${error.message}`);
      }
    },
    { ...client.retryOptions, signal }
  );
  onBlob({ digest: blob.digest, size: blob.size, action: "streamed" });
}

// lib/cli/clients.ts
var GITHUB_API_TIMEOUT_MS = 3e4;
var chains = /* @__PURE__ */ new WeakMap();
var chainOfRun;
var noticeSink;
function credentialChain(config) {
  let chain = chains.get(config);
  if (!chain) {
    chain = new CredentialChain({
      variables: (host) => {
        const variable2 = hostProfile(host).tokenVariable;
        const credentials = hostCredentials(config, host);
        return { names: variable2 ? [variable2] : [], ...credentials && variable2 ? { answer: { credentials, source: variable2 } } : {} };
      },
      dockerConfigPath: config.dockerConfigPath,
      authFilePaths: config.containersAuthFiles,
      onSecret: (secret, username) => registerSecret(secret, username),
      onNotice: (line) => noticeSink?.(`warning: ${line}; going on without it`)
    });
    chains.set(config, chain);
  }
  chainOfRun = chain;
  return chain;
}
function registryCredentials(config) {
  const chain = credentialChain(config);
  const lookup = async (host, repository) => {
    const answer = await chain.lookup(host, repository);
    return answer && { ...answer.credentials, source: answer.source };
  };
  return Object.assign(lookup, { explainMissing: (host) => chain.explainMissing(host) });
}
function setCredentialNoticeSink(sink) {
  noticeSink = sink;
}
function credentialRefusalHint(message = "") {
  return refusalHint((chainOfRun?.explainAll() ?? []).filter((line) => !message.includes(line)));
}
function registryClient(config, options = {}) {
  return new RegistryClient({
    endpoints: registryEndpoints(config),
    credentials: registryCredentials(config),
    timeoutMs: (config.requestTimeoutSeconds ?? DEFAULT_REQUEST_TIMEOUT_SECONDS) * 1e3,
    retry: REGISTRY_RETRY,
    ...options
  });
}
function pollingClient(config) {
  const timeoutSeconds = config.requestTimeoutSeconds ?? DEFAULT_WAIT_REQUEST_TIMEOUT_SECONDS;
  return registryClient(config, { timeoutMs: timeoutSeconds * 1e3, retry: POLL_RETRY });
}
function githubPackagesClient(config, token, onRetry) {
  return new GithubPackagesClient({
    apiUrl: config.githubApiUrl,
    token,
    timeoutMs: GITHUB_API_TIMEOUT_MS,
    retry: GITHUB_API_RETRY,
    onRetry
  });
}
var GITHUB_WATCH_TIMEOUT_MS = 1e4;
function githubWatchClient(config) {
  return new GithubApi({
    apiUrl: config.githubApiUrl,
    token: config.githubToken,
    agentSuffix: "wait",
    retry: GITHUB_WATCH_RETRY,
    timeoutMs: GITHUB_WATCH_TIMEOUT_MS
  });
}
function dockerRunner(options) {
  return new DockerRunner({ ...options, binary: dockerBinary(), pushRetry: DOCKER_PUSH_RETRY });
}

// lib/images.ts
var IMAGE_CHOICES = {
  ci: { label: "CI" },
  prod: { label: "PROD" }
};
var KINDS = {
  ci: { choice: "ci", segment: (c, python) => `${c.branchName}-python${python}-ci`, localName: "ciImage", built: true },
  prod: { choice: "prod", segment: (c, python) => prodBaseTag(c, python), localName: "prodImage", built: true },
  /**
   * The PROD build-stage image: waited for and pulled only with WAIT_FOR_PROD_BUILD_IMAGE=true;
   * always pushed with the PROD image, as the bash did, when the build made one (a BuildKit
   * single-stage build with the registry cache makes none).
   */
  "prod-build": { choice: "prod", segment: (c, python) => `${prodBaseTag(c, python)}-build`, localName: "prodBuildImage", optional: true }
};
var IMAGE_KINDS = Object.keys(KINDS);
function prodBaseTag(config, python) {
  return config.forceAirflowProdBaseTag ?? `${config.branchName}-python${python}`;
}
function imageSegment(config, kind, python) {
  return KINDS[kind].segment(config, python);
}
function localImage(config, kind, python) {
  return `${config.dockerhubUser}/${config.dockerhubRepo}:${imageSegment(config, kind, python)}`;
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
function buildCacheRef(config, registry, kind, python, platform) {
  return githubImage(config, registry, kind, python, platform ? `cache-${platformTagSuffix(platform)}` : "cache");
}
function platformTagSuffix(platform) {
  return platform.replace(/\//g, "-");
}
function candidateImages(config, kind, python, tag) {
  return Object.fromEntries(GITHUB_REGISTRIES.map((registry) => [registry, githubImage(config, registry, kind, python, tag)]));
}
function imageKinds(config, image, purpose = "wait") {
  return IMAGE_KINDS.filter(
    (kind) => KINDS[kind].choice === image && (!isOptionalKind(kind) || purpose === "publish" || config.waitForProdBuildImage)
  );
}
function isOptionalKind(kind) {
  return KINDS[kind].optional === true;
}

// lib/cli/flags.ts
import { parseArgs } from "node:util";

// lib/config/load.ts
import { homedir } from "node:os";
import { join as join2, resolve } from "node:path";

// lib/config/env-file.ts
var import_dotenv = __toESM(require_main(), 1);
import { readFileSync as readFileSync3, statSync } from "node:fs";
var MAX_ENV_FILE_BYTES = 1024 * 1024;
function readEnvFile(path, variableName, explicit) {
  let isDirectory;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    if (error.code === "ENOENT" && !explicit) return {};
    const why = error.code === "ENOENT" ? "does not exist" : `cannot be read (${error.code})`;
    throw ConfigError.invalid(variableName, path, `the file ${path} ${why}`);
  }
  if (isDirectory) throw ConfigError.invalid(variableName, path, `expected a file of KEY=value lines, ${path} is a directory`);
  let text;
  try {
    text = readFileSync3(path);
  } catch (error) {
    throw ConfigError.invalid(variableName, path, `the file ${path} cannot be read (${error.code ?? "error"})`);
  }
  if (text.length > MAX_ENV_FILE_BYTES) {
    throw ConfigError.invalid(
      variableName,
      path,
      `the file ${path} is larger than ${MAX_ENV_FILE_BYTES / 1024 / 1024} MiB: not a .env file`
    );
  }
  return (0, import_dotenv.parse)(text);
}
function definedOnly(env) {
  const out = {};
  for (const [key, value] of Object.entries(env)) if (value !== void 0) out[key] = value;
  return out;
}

// lib/config/build-args.ts
function imageBuildArgs(inputs, image, python, options = {}) {
  const args = [];
  const add = (key, value) => args.push(Object.freeze([key, value]));
  const prod = image === "prod";
  add("PYTHON_BASE_IMAGE", `python:${inputs.pythonBaseImageVersion ?? python}-slim-buster`);
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
      if (v.secret && error instanceof ConfigError)
        throw new ConfigError(name, `${name} is not valid (value not shown): ${v.kind.accepts}`);
      throw error;
    }
  }
};
function registerEnvironmentSecrets(env = process.env) {
  const user = env.GITHUB_USERNAME || FALLBACK_LOGIN_USER;
  for (const name of SECRET_NAMES) registerSecret(env[name], user);
}
var isCiEnvironment = (env) => VARIABLES.CI.kind.parse("CI", env.CI ?? "") || env.GITHUB_ACTIONS === "true";
function loadConfig(env = process.env, options = {}) {
  const named = options.envFile ?? (env.CI_IMAGES_ENV_FILE || void 0);
  const variableName = options.envFile ? "env file" : "CI_IMAGES_ENV_FILE";
  const fileEnv = named === false ? {} : readEnvFile(resolve(named ?? ".env"), variableName, named !== void 0);
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
        `ignored ${ignored.join(", ")} from ${resolve(".env")}: on CI an implicit .env (the checkout's) may not choose where requests and credentials go; set them in the environment, or name the file in CI_IMAGES_ENV_FILE to trust it`
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
    loginUser: r.get("GITHUB_USERNAME") || FALLBACK_LOGIN_USER,
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
    producer: Object.freeze({
      workflow: r.get("WAIT_FOR_IMAGE_PRODUCER"),
      runId: r.get("WAIT_FOR_IMAGE_PRODUCER_RUN_ID"),
      graceSeconds: r.get("WAIT_FOR_IMAGE_GRACE"),
      apiIntervalSeconds: r.get("WAIT_FOR_IMAGE_API_INTERVAL"),
      eventName: r.get("GITHUB_EVENT_NAME"),
      eventPath: r.get("GITHUB_EVENT_PATH")
    }),
    requestTimeoutSeconds: r.optional("REGISTRY_REQUEST_TIMEOUT"),
    dockerConfigPath: join2(r.optional("DOCKER_CONFIG") ?? join2(home, ".docker"), "config.json"),
    containersAuthFiles: containersAuthFiles(r, home),
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
function containersAuthFiles(r, home) {
  const explicit = r.raw("REGISTRY_AUTH_FILE");
  if (explicit) return Object.freeze([resolve(explicit)]);
  const runtime = r.raw("XDG_RUNTIME_DIR");
  const configHome = r.raw("XDG_CONFIG_HOME") ?? join2(home, ".config");
  return Object.freeze([...runtime ? [join2(runtime, "containers", "auth.json")] : [], join2(configHome, "containers", "auth.json")]);
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
  return closestName(given.replace(/^-+/, "").replace(/=.*$/, ""), known);
}
function parseRunIdFlag(value) {
  if (value === void 0)
    throw new ConfigError("--run-id", "--run-id is required: the GitHub Actions run id whose image to pull, e.g. --run-id 123456789");
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
  if (!/^\d{1,9}$/.test(value))
    throw ConfigError.invalid("--keep", value, "expected a non-negative whole number of run-id/sha tags to keep, e.g. 10");
  return Number(value);
}
var UNITS = { "": 1, s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
var MAX_DURATION_SECONDS = 10 * 365 * 86400;
function parseDuration(flag, value, fallback = DEFAULT_OLDER_THAN) {
  const text = value ?? fallback;
  const match = /^(\d{1,9})([smhdw]?)$/.exec(text);
  const accepted = "expected a duration such as 14d, 36h, 90m, 2w or a number of seconds, at most 520w";
  if (!match) throw ConfigError.invalid(flag, text, accepted);
  const seconds = Number(match[1]) * UNITS[match[2]];
  if (seconds > MAX_DURATION_SECONDS) throw ConfigError.invalid(flag, text, accepted);
  return seconds;
}
var WAIT_FLAGS = {
  timeout: { type: "string" },
  "poll-interval": { type: "string" },
  heartbeat: { type: "string" },
  platform: { type: "string" },
  producer: { type: "string" },
  "producer-run-id": { type: "string" },
  grace: { type: "string" }
};
function parseWaitFlags(flags) {
  return {
    producer: {
      producer: flags.producer === void 0 ? void 0 : VARIABLES.WAIT_FOR_IMAGE_PRODUCER.kind.parse("--producer", flags.producer),
      producerRunId: flags["producer-run-id"] === void 0 ? void 0 : VARIABLES.WAIT_FOR_IMAGE_PRODUCER_RUN_ID.kind.parse("--producer-run-id", flags["producer-run-id"]),
      graceSeconds: flags.grace === void 0 ? void 0 : parseSeconds("--grace", flags.grace)
    },
    platform: flags.platform === void 0 ? void 0 : parsePlatform(flags.platform, "--platform"),
    heartbeatSeconds: flags.heartbeat === void 0 ? void 0 : flags.heartbeat === "0" ? 0 : parseSeconds("--heartbeat", flags.heartbeat),
    timeoutSeconds: flags.timeout === void 0 ? void 0 : parseSeconds("--timeout", flags.timeout),
    pollIntervalSeconds: flags["poll-interval"] === void 0 ? void 0 : parseSeconds("--poll-interval", flags["poll-interval"])
  };
}
var OUTPUT_FORMATS = ["text", "json", "env"];
function parseFormat(flags) {
  const format = flags.format ?? (flags.json ? "json" : "text");
  if (!OUTPUT_FORMATS.includes(format))
    throw ConfigError.invalid("--format", format, `expected one of ${OUTPUT_FORMATS.join(", ")}`);
  if (flags.json && format !== "json")
    throw new ConfigError("--json", `--json and --format ${format} contradict each other: pass one of them`);
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
  auth: ["registry", "credentials", "transport"],
  "save-image": [...COMMON],
  "load-image": [...COMMON],
  referrers: [...COMMON],
  "verify-ci-image": [...COMMON, "images", "verifying"],
  "verify-prod-image": [...COMMON, "images", "verifying"],
  // The commands on plain references read no image names: credentials, transport and the runner's.
  "wait-for-images": ["credentials", "transport", "runner", "waiting"],
  "copy-image": ["credentials", "transport", "runner"],
  "tag-image": ["credentials", "transport", "runner"],
  "image-digest": ["credentials", "transport", "runner"],
  "list-tags": ["credentials", "transport", "runner"]
};
function scriptHelp(script, given) {
  const usage = usageAsInvoked(given);
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
      const code = await withDeadline(
        spec,
        flags,
        () => body(flags),
        () => timedOut = true
      ).finally(runScriptEnd);
      if (parseFormat(flags) === "env" && !code) envLines = takeExports();
      return code;
    } catch (error) {
      failure = error;
      if (exitCodeFor(error) === 3 && error instanceof Error && !/ set [A-Z_]+_TOKEN/.test(error.message))
        error.message += ` (${credentialRefusalHint(error.message)})`;
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
  const seconds = flags.timeout === void 0 ? spec.deadline.defaultSeconds : parseSeconds("--timeout", flags.timeout);
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new TimeoutError(`${spec.name} did not finish within ${seconds} s (--timeout); stopped`));
    }, seconds * 1e3);
    timer.unref();
  });
  try {
    return await Promise.race([body(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

// lib/cli/setup.ts
import { dirname } from "node:path";
function setup(flags, options = {}, config = loadConfig()) {
  const format = parseFormat(flags);
  const json = format === "json";
  const dryRun = options.dryRun ?? flags["dry-run"] === true;
  enableMasking(config, { json: format !== "text" });
  const log = makeLogger(options.planOnStdout && dryRun && format === "text" ? process.stdout : process.stderr);
  const out = makeLogger(format === "env" ? process.stderr : process.stdout);
  for (const warning of config.warnings) makeLogger(process.stderr)(`warning: ${warning}`);
  setCredentialNoticeSink(log);
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
    registryClient: (clientOptions = {}) => registryClient(config, { onRetry: log, ...clientOptions }),
    pollingClient: () => pollingClient(config),
    packagesClient: (token) => githubPackagesClient(config, token, log),
    docker: () => {
      const docker = dockerRunner({ dryRun, log, userDockerConfig: dirname(config.dockerConfigPath) });
      atScriptEnd(() => docker.logoutAll());
      return docker;
    },
    group: (title, body) => group(config, title, log, body)
  };
}

export {
  neutralize,
  displayUrl,
  buildArgv,
  cacheImportProblem,
  sleep,
  DockerCommandError,
  pushedDigest,
  nextLink,
  httpRequest,
  discard,
  KiB,
  MiB,
  readBounded,
  readStreamBounded,
  formatBytes,
  GithubApiError,
  ghcrPackage,
  RegistryError,
  isNotFound,
  refusal,
  isUnreachable,
  digestLike,
  verifyingTransform,
  streamedBytes,
  MEDIA_TYPES,
  isIndex,
  isMediaType,
  descriptorProblem,
  manifestBlobs,
  indexChildren,
  checkManifestBody,
  parsePlatform,
  formatPlatform,
  matchesPlatform,
  isUnknownPlatform,
  platformOf,
  isAttestationManifest,
  artifactKind,
  mapLimit,
  copyImage,
  retagImage,
  credentialChain,
  githubWatchClient,
  imageBuildArgs,
  imageLabels,
  effectiveDockerCache,
  requirePythonVersions,
  IMAGE_CHOICES,
  IMAGE_KINDS,
  imageSegment,
  localImage,
  githubRepositoryName,
  githubImage,
  buildCacheRef,
  platformTagSuffix,
  candidateImages,
  imageKinds,
  isOptionalKind,
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
  setup
};
