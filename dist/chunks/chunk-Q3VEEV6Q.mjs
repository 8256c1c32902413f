import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);

// lib/support/secrets.ts
var secrets = /* @__PURE__ */ new Set();
var announced = /* @__PURE__ */ new Set();
var writeMask;
function announce(form) {
  if (!writeMask || announced.has(form)) return;
  announced.add(form);
  writeMask(`::add-mask::${form}`);
}
function registerSecret(value, user) {
  if (!value || value.length < 4) return;
  const forms = [value, Buffer.from(value).toString("base64")];
  if (user !== void 0) forms.push(Buffer.from(`${user}:${value}`).toString("base64"));
  for (const form of forms) {
    if (secrets.has(form)) continue;
    secrets.add(form);
    announce(form);
  }
}
function announceMasksWith(writer) {
  writeMask = writer;
  for (const form of secrets) announce(form);
}
function redact(text2) {
  let out = text2;
  for (const form of secrets) out = out.split(form).join("***");
  return out;
}

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
var REFUSED_EXIT_CODE = 3;
var AuthError = class extends CiImagesError {
  exitCode = REFUSED_EXIT_CODE;
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
function isRefused(error) {
  return error instanceof CiImagesError && error.exitCode === REFUSED_EXIT_CODE;
}
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
var DOCKER_HUB = {
  host: "docker.io",
  apiHost: "registry-1.docker.io",
  configKey: "https://index.docker.io/v1/"
};
var DOCKER_HUB_ALIASES = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);
var REGISTRY_HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)(?::\d{1,5})?$/;
var MAX_NAME = 255;
function parseReference(text2) {
  return parseImageReference(text2);
}
function parseImageReference(text2, options = {}) {
  const what = options.what ?? "image reference";
  const invalid = (why) => new ConfigError(what, `${what} ${JSON.stringify(text2)} is not valid: ${why}`);
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
  const { registry, path } = splitHost(rest);
  if (!REGISTRY_HOST.test(registry)) throw invalid("expected a registry host[:port] before the first /, e.g. ghcr.io or localhost:5000");
  const parts = path.split("/");
  if (registry === DOCKER_HUB.host && parts.length === 1) parts.unshift("library");
  if (!parts.every((p) => NAME_COMPONENT.test(p))) throw invalid(NAME_COMPONENT_ACCEPTED);
  const repository = parts.join("/");
  if (registry.length + 1 + repository.length > MAX_NAME) throw invalid(`the name is longer than ${MAX_NAME} characters`);
  if (!tag2 && !digest && options.defaultTag !== false) tag2 = "latest";
  return { registry, repository, tag: tag2, digest };
}
function splitHost(name) {
  const slash = name.indexOf("/");
  const first = slash < 0 ? "" : name.slice(0, slash);
  const isHost = slash >= 0 && (/[.:]/.test(first) || first === "localhost" || first.toLowerCase() !== first);
  if (!isHost) return { registry: DOCKER_HUB.host, path: name };
  const host = first.toLowerCase();
  return { registry: DOCKER_HUB_ALIASES.has(host) ? DOCKER_HUB.host : host, path: name.slice(slash + 1) };
}
function parseRepository(text2, what = "repository") {
  const ref = parseImageReference(text2, { what, defaultTag: false });
  if (ref.tag || ref.digest) {
    throw new ConfigError(
      what,
      `${what} ${JSON.stringify(text2)} is not valid: expected a repository without :tag or @digest, e.g. ghcr.io/acme/widgets/api`
    );
  }
  return { registry: ref.registry, repository: ref.repository };
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
  "docker.io": { host: "docker.io", separator: "/", deleteMethod: { kind: "registry-api" }, baseUrl: `https://${DOCKER_HUB.apiHost}` }
};
function hostProfile(host) {
  return HOSTS[host.toLowerCase()] ?? { host: host.toLowerCase(), ...DEFAULT_PROFILE };
}
function isGithubRegistry(host) {
  return GITHUB_REGISTRIES.includes(host);
}
function tokenValue(tokens, variable2) {
  return variable2 === "CONTAINER_REGISTRY_TOKEN" ? tokens.containerRegistryToken : tokens.githubToken;
}
function hostCredentials(tokens, host) {
  const variable2 = hostProfile(host).tokenVariable;
  const password = variable2 ? tokenValue(tokens, variable2) : "";
  if (!password) return void 0;
  return { username: tokens.loginUser, password };
}
function registryEndpoints(config) {
  const endpoints = /* @__PURE__ */ new Map();
  for (const profile of Object.values(HOSTS)) if (profile.baseUrl) endpoints.set(profile.host, profile.baseUrl);
  for (const [host, url] of config.registryEndpoints) endpoints.set(host, url);
  return endpoints;
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
function refusalHint(stored = []) {
  const variables = Object.values(HOSTS).filter((p) => p.tokenVariable).map((p) => `${p.tokenVariable} for ${p.host}`);
  const lookedIn = stored.length ? `${stored.join("; ")}; ` : "";
  return `${lookedIn}set ${variables.join(", ")} or log in with docker login / podman login; a GitHub token needs read:packages (write:packages to push, delete:packages to prune; in a workflow: permissions: packages: write)`;
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
      throw ConfigError.invalid(
        name,
        value,
        `every version must look like 3.8 (major.minor, no leading zeros), got ${JSON.stringify(version)}`
      );
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
    throw new ConfigError(
      name,
      `${name} is not valid (value not shown): user:password@ in a URL is refused, credentials come from the token variables or docker's config.json; ${ENDPOINTS_ACCEPTED}`
    );
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
var registryEndpoints2 = kind(
  ENDPOINTS_ACCEPTED,
  (name, value) => parseRegistryEndpoints(value, name)
);
function frozenMap(map) {
  const refuse = () => {
    throw new TypeError("the configuration is read-only");
  };
  return Object.freeze(Object.assign(map, { set: refuse, delete: refuse, clear: refuse }));
}
var httpUrl = kind("an http(s) URL, e.g. https://api.github.com", (name, value) => {
  const accepted = "expected an http(s) URL, e.g. https://api.github.com";
  if (value.includes("@"))
    throw new ConfigError(name, `${name} is not valid (value not shown): user:password@ in a URL is refused; ${accepted}`);
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
  VERIFY_IMAGE: {
    section: "notPorted",
    default: "",
    ported: false,
    reason: "the verify scripts always verify: leave the step out of the workflow instead",
    help: "`false` skipped image verification (#20664)"
  },
  FORCE_BUILD_IMAGES: {
    section: "notPorted",
    default: "false",
    ported: false,
    reason: "no md5 rebuild check to force",
    help: "forced a rebuild"
  },
  FORCE_BUILD: { section: "notPorted", default: "", ported: false, reason: "no md5 rebuild check to force", help: "forced a rebuild" },
  FORCE_ANSWER_TO_QUESTIONS: {
    section: "notPorted",
    default: "",
    ported: false,
    reason: "nothing asks questions",
    help: "answer to the rebuild prompt"
  },
  DEFAULT_CI_IMAGE: {
    section: "notPorted",
    default: "",
    ported: false,
    reason: "DockerHub default-image pushes are not ported (spec §6.10)",
    help: "extra DockerHub tag"
  },
  DEFAULT_PROD_IMAGE: {
    section: "notPorted",
    default: "",
    ported: false,
    reason: "never assigned by the bash (spec §6.10)",
    help: "extra DockerHub tag"
  },
  SKIP_BUILDING_PROD_IMAGE: {
    section: "notPorted",
    default: "false",
    ported: false,
    reason: "the port does not build the `-build` segment",
    help: "skipped the PROD build"
  },
  INSTALL_AIRFLOW_VERSION: {
    section: "notPorted",
    default: "",
    ported: false,
    reason: "local (breeze) PROD install mode",
    help: "install airflow from PyPI"
  },
  INSTALL_AIRFLOW_REFERENCE: {
    section: "notPorted",
    default: "",
    ported: false,
    reason: "local (breeze) PROD install mode",
    help: "install airflow from GitHub"
  },
  INSTALL_PROVIDERS_FROM_SOURCES: {
    section: "notPorted",
    default: "true",
    ported: false,
    reason: "PROD on CI forces `false`; the CI image does not take it after #20664",
    help: "build argument"
  },
  INSTALL_FROM_PYPI: {
    section: "notPorted",
    default: "true",
    ported: false,
    reason: "PROD on CI forces `false`; the CI image does not take it after #20664",
    help: "build argument"
  },
  INSTALL_FROM_DOCKER_CONTEXT_FILES: {
    section: "notPorted",
    default: "false",
    ported: false,
    reason: "PROD on CI forces `true`; the CI image does not take it after #20664",
    help: "build argument"
  },
  CONTINUE_ON_PIP_CHECK_FAILURE: {
    section: "notPorted",
    default: "false",
    ported: false,
    reason: "not passed after #20664",
    help: "build argument"
  },
  ADDITIONAL_DEV_APT_COMMAND: {
    section: "notPorted",
    default: "",
    ported: false,
    reason: "the bash forces it empty; passed as an empty build argument",
    help: "build argument"
  },
  ADDITIONAL_RUNTIME_APT_COMMAND: {
    section: "notPorted",
    default: "",
    ported: false,
    reason: "the bash forces it empty; passed as an empty build argument",
    help: "build argument"
  },
  DEV_APT_DEPS: { section: "notPorted", default: "", ported: false, reason: "the bash forces it empty on CI", help: "build argument" },
  DEV_APT_COMMAND: { section: "notPorted", default: "", ported: false, reason: "the bash forces it empty on CI", help: "build argument" },
  RUNTIME_APT_DEPS: { section: "notPorted", default: "", ported: false, reason: "the bash forces it empty on CI", help: "build argument" },
  RUNTIME_APT_COMMAND: {
    section: "notPorted",
    default: "",
    ported: false,
    reason: "the bash forces it empty on CI",
    help: "build argument"
  },
  PIP_PROGRESS_BAR: {
    section: "notPorted",
    default: "",
    ported: false,
    reason: "only for remote PROD installs, which CI does not do",
    help: "build argument `off` on CI"
  },
  CHECK_IF_BASE_PYTHON_IMAGE_UPDATED: {
    section: "notPorted",
    default: "false",
    ported: false,
    reason: "no python base images are kept (#20664)",
    help: "rebuilt the python base image"
  },
  PUSH_PYTHON_BASE_IMAGE: {
    section: "notPorted",
    default: "false",
    ported: false,
    reason: "no python base images are kept (#20664)",
    help: "pushed the python base image"
  },
  WAIT_FOR_IMAGE: { section: "notPorted", default: "", ported: false, reason: "set by ci.yml but read by no script (spec §1b)", help: "" },
  GITHUB_BASE_REF: { section: "notPorted", default: "", ported: false, reason: "fed only the CI_* variables", help: "" },
  GITHUB_JOB: { section: "notPorted", default: "", ported: false, reason: "fed only the CI_* variables", help: "" },
  GITHUB_REF: { section: "notPorted", default: "", ported: false, reason: "fed only the CI_* variables", help: "" },
  VERBOSE: {
    section: "notPorted",
    default: "false",
    ported: false,
    reason: "every docker command is always echoed (secrets redacted)",
    help: "echoed docker commands"
  },
  VERBOSE_COMMANDS: {
    section: "notPorted",
    default: "false",
    ported: false,
    reason: "no shell to trace (`CI_IMAGES_DEBUG=true` prints stacks)",
    help: "`set -x`"
  },
  PRINT_INFO_FROM_SCRIPTS: {
    section: "notPorted",
    default: "true",
    ported: false,
    reason: "output is not hidden in a log file",
    help: "sent docker output to OUTPUT_LOG"
  },
  OUTPUT_LOG: { section: "notPorted", default: "", ported: false, reason: "output is not hidden in a log file", help: "log file" },
  BUILD_CACHE_DIR: {
    section: "notPorted",
    default: "",
    ported: false,
    reason: "no md5 files to keep",
    help: "`${AIRFLOW_SOURCES}/.build`"
  },
  DOCKER_BINARY_PATH: { section: "notPorted", default: "", ported: false, reason: "`docker` is found on PATH", help: "the docker binary" },
  SKIP_CACHE_DELETION: { section: "notPorted", default: "", ported: false, reason: "nothing is cached on disk", help: "" },
  DRY_RUN_DOCKER: {
    section: "notPorted",
    default: "",
    ported: false,
    reason: "the scripts take `--dry-run`",
    help: "printed docker commands instead of running them"
  },
  DOCKER_REPO: {
    section: "notPorted",
    default: "",
    ported: false,
    reason: "`ci_build_dockerhub.sh` (DockerHub autobuilds) is not ported",
    help: ""
  },
  DOCKER_TAG: {
    section: "notPorted",
    default: "",
    ported: false,
    reason: "`ci_build_dockerhub.sh` (DockerHub autobuilds) is not ported",
    help: ""
  }
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
      if (!PATH_COMPONENT.test(part))
        throw ConfigError.invalid(name, value, `owner and name must be valid image name parts (${COMPONENT_ACCEPTED})`);
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
      if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(arg))
        throw ConfigError.invalid(name, arg, "expected space- or newline-separated KEY=VALUE pairs");
    }
    return Object.freeze(args);
  }
};
var ciFlag = {
  accepts: "true (also 1 or yes) on CI; anything else means not CI",
  parse: (_name, value) => /^(?:true|1|yes)$/i.test(value)
};
var upgradeFlag = matching(
  /^[A-Za-z0-9_.-]{1,128}$/,
  "expected false, or a value that turns it on (true, a run id: letters, digits, _ . -)"
);
var isoUtc = matching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, "expected a UTC time like 2022-01-18T12:00:00Z");
var TIMEOUT_BOUNDS = Object.freeze({ min: 0.1, max: 7 * DAY });
var POLL_INTERVAL_BOUNDS = Object.freeze({ min: 0.1, max: 3600 });
var GRACE_BOUNDS = Object.freeze({ min: 0.1, max: DAY });
var API_INTERVAL_BOUNDS = Object.freeze({ min: 1, max: 3600 });
var REQUEST_TIMEOUT_BOUNDS = Object.freeze({ min: 0.1, max: DAY });

// lib/config/variable-table.ts
var FALLBACK_LOGIN_USER = "apache";
var DEFAULT_REQUEST_TIMEOUT_SECONDS = 30;
var DEFAULT_WAIT_REQUEST_TIMEOUT_SECONDS = 10;
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
    help: `login user (falls back to \`${FALLBACK_LOGIN_USER}\`)`
  },
  GITHUB_TOKEN: {
    section: "credentials",
    default: "",
    kind: text,
    secret: true,
    help: "credential for docker.pkg.github.com; the wait reads its producer run with it (`actions: read`)"
  },
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
    help: "where `config.json` is: its credHelpers, credsStore and auths are read for credentials, as docker, crane and skopeo do"
  },
  REGISTRY_AUTH_FILE: {
    section: "credentials",
    default: "",
    kind: text,
    url: true,
    help: "containers `auth.json` (podman, skopeo, buildah) to read; unset: `$XDG_RUNTIME_DIR/containers/auth.json`, then `$XDG_CONFIG_HOME/containers/auth.json`"
  },
  XDG_RUNTIME_DIR: { section: "credentials", default: "", kind: text, url: true, help: "where podman login keeps `containers/auth.json`" },
  XDG_CONFIG_HOME: { section: "credentials", default: "~/.config", kind: text, url: true, computed: true, help: "the other place of `containers/auth.json`" },
  HOME: { section: "credentials", default: "the home directory", kind: text, computed: true, help: "where `~/.docker` and `~/.config` are" },
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
  WAIT_FOR_IMAGE_PRODUCER: {
    section: "waiting",
    default: "",
    flags: ["--producer"],
    kind: matching(/^(?:\d{1,20}|[A-Za-z0-9._-]{1,200}\.ya?ml|[^\s\u0000-\u001f\u007f][^\u0000-\u001f\u007f]{0,199})?$/, "expected the producing workflow: its file name (build-images.yml), its numeric id, or its name"),
    help: "the workflow that pushes the images: the wait follows its run for the images' commit and fails fast when it fails (needs GITHUB_TOKEN with `actions: read`)"
  },
  WAIT_FOR_IMAGE_PRODUCER_RUN_ID: {
    section: "waiting",
    default: "",
    flags: ["--producer-run-id"],
    kind: matching(/^\d{0,20}$/, "expected a workflow run id (digits)"),
    help: "the run that pushes the images, outright (a `workflow_run` event names it by itself)"
  },
  WAIT_FOR_IMAGE_GRACE: {
    section: "waiting",
    default: "120",
    kind: seconds(GRACE_BOUNDS),
    flags: ["--grace"],
    help: "seconds the images may take to show after the producer run succeeded, then the wait fails"
  },
  WAIT_FOR_IMAGE_API_INTERVAL: {
    section: "waiting",
    default: "15",
    kind: seconds(API_INTERVAL_BOUNDS),
    help: "seconds between reads of the producer run at least (1 to 3600; below 15 only for tests: it costs API requests)"
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
  PREPARE_BUILDX_CACHE: { section: "building", default: "false", kind: bool, help: "write the BuildKit registry cache (buildx `--cache-to`, else the inline-cache image pushed as `:cache`)" },
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
    default: `${DEFAULT_WAIT_REQUEST_TIMEOUT_SECONDS} (waits) / ${DEFAULT_REQUEST_TIMEOUT_SECONDS}`,
    kind: seconds(REQUEST_TIMEOUT_BOUNDS),
    computed: true,
    help: "seconds per registry request (idle time for blob streams), at most 1 day"
  },
  GITHUB_API_URL: {
    section: "transport",
    default: "https://api.github.com",
    kind: httpUrl,
    url: true,
    help: "GitHub's REST API (Enterprise Server: `https://HOST/api/v3`): package-version deletion on ghcr.io, the wait's producer run"
  },
  // -- runner
  CI: {
    section: "runner",
    default: "false",
    kind: ciFlag,
    envOnly: true,
    help: "set by CI runners; then an implicit `.env` may not set URL variables, and BUILD_ID is GITHUB_RUN_ID"
  },
  GITHUB_ACTIONS: { section: "runner", default: "false", kind: bool, help: "set by Actions: log groups, masks, annotations" },
  GITHUB_EVENT_NAME: { section: "runner", default: "", kind: line, help: "set by Actions: `workflow_run` and `pull_request*` events tell the wait which run and commit to follow" },
  GITHUB_EVENT_PATH: { section: "runner", default: "", kind: text, help: "set by Actions: the event payload (`workflow_run.id`, `pull_request.head.sha`)" },
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

// lib/config/variables.ts
var VARIABLE_LIST = Object.freeze(
  Object.entries(VARIABLES).map(([name, variable2]) => Object.freeze({ name, variable: variable2 }))
);
function isPorted(variable2) {
  return variable2.ported !== false;
}
var PORTED_NAMES = Object.freeze(VARIABLE_LIST.filter((v) => isPorted(v.variable)).map((v) => v.name));
var SECRET_NAMES = Object.freeze(
  VARIABLE_LIST.filter((v) => isPorted(v.variable) && v.variable.secret).map((v) => v.name)
);
var URL_NAMES = Object.freeze(
  VARIABLE_LIST.filter((v) => isPorted(v.variable) && v.variable.url).map((v) => v.name)
);
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

// lib/config/runtime.ts
function inGithubActions(env = process.env) {
  return env.GITHUB_ACTIONS === "true";
}
function debugEnabled(env = process.env) {
  return env.CI_IMAGES_DEBUG === "true";
}
function dockerBinary(env = process.env) {
  return env.DOCKER || void 0;
}
function terminalEffectsAllowed(env = process.env) {
  return !env.NO_COLOR && env.TERM !== "dumb";
}

// lib/github/actions.ts
import { appendFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
function makeLogger(stream = process.stderr) {
  return (line2) => {
    stream.write(redact(line2) + "\n");
  };
}
function enableMasking(ctx, options = {}) {
  const stream = options.json ? process.stderr : process.stdout;
  if (ctx.githubActions) announceMasksWith((line2) => stream.write(line2 + "\n"));
}
function setOutput(ctx, name, value) {
  if (!ctx.githubOutput) return false;
  const delimiter = `ghadelimiter_${randomBytes(12).toString("hex")}`;
  if (name.includes(delimiter) || value.includes(delimiter) || /[\r\n]|<</.test(name)) {
    throw new Error(
      `output ${JSON.stringify(name.slice(0, 40))}: the name or value holds the output delimiter or a line break; not written`
    );
  }
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
function summaryText(value, max = 300) {
  const line2 = value.replace(/[\r\n\u2028\u2029]+/g, " ").slice(0, max);
  return line2.replace(/[\\`*_[\]()#!|~]/g, "\\$&").replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}
function summaryCode(value, max = 300) {
  return `\`${value.replace(/[\r\n\u2028\u2029]+/g, " ").replace(/`/g, "'").slice(0, max)}\``;
}
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function markdownTable(header, rows) {
  const line2 = (cells) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line2(header), line2(header.map(() => "---")), ...rows.map(line2)].join("\n");
}
function escapeCommandData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeCommandProperty(value) {
  return escapeCommandData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function errorAnnotation(title, message) {
  return `::error title=${escapeCommandProperty(redact(title))}::${escapeCommandData(redact(message))}`;
}

export {
  registerSecret,
  announceMasksWith,
  redact,
  CiImagesError,
  ConfigError,
  REFUSED_EXIT_CODE,
  AuthError,
  TimeoutError,
  isRefused,
  exitCodeFor,
  TAG,
  TAG_ACCEPTED,
  HOST,
  HOST_ACCEPTED,
  DIGEST_ACCEPTED,
  isTag,
  isDigest,
  checkPythonVersion,
  parseReference,
  parseImageReference,
  parseRepository,
  formatReference,
  manifestKey,
  isLoopbackHost,
  GITHUB_REGISTRIES,
  DEFAULT_GITHUB_REGISTRY,
  hostProfile,
  isGithubRegistry,
  tokenValue,
  hostCredentials,
  registryEndpoints,
  dockerRegistryHost,
  dockerReference,
  refusalHint,
  FALLBACK_LOGIN_USER,
  DEFAULT_REQUEST_TIMEOUT_SECONDS,
  DEFAULT_WAIT_REQUEST_TIMEOUT_SECONDS,
  VARIABLES,
  VARIABLE_LIST,
  isPorted,
  PORTED_NAMES,
  SECRET_NAMES,
  URL_NAMES,
  variable,
  parseSeconds,
  describeVariables,
  inGithubActions,
  debugEnabled,
  dockerBinary,
  terminalEffectsAllowed,
  makeLogger,
  enableMasking,
  setOutput,
  group,
  appendSummary,
  summaryText,
  summaryCode,
  markdownTable,
  errorAnnotation
};
