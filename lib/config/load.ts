/**
 * The one module that reads the environment. It turns `process.env` (plus a `.env` file; real
 * variables win) into one typed, frozen, validated configuration. Names and defaults are those of
 * Airflow's `_initialization.sh` (spec §1); an empty value falls back to the default, as
 * `${X:=default}` did.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { ConfigError } from '../support/errors.ts';
import { registerSecret } from '../support/secrets.ts';
import { DEFAULT_GITHUB_REGISTRY, GITHUB_REGISTRIES, type GithubRegistry } from '../hosts.ts';

export const DOCKER_CACHE_MODES = ['pulled', 'local', 'disabled', 'gha'] as const;
export type DockerCache = (typeof DOCKER_CACHE_MODES)[number];

export interface BuildSettings {
  readonly ciDockerfile: string;
  readonly prodDockerfile: string;
  readonly context: string;
  readonly target: string;
  readonly builder: string;
  readonly platform: string | undefined;
  /** KEY=VALUE pairs, in order. */
  readonly buildArgs: readonly string[];
}

export interface Config {
  readonly useGithubRegistry: boolean;
  readonly githubRegistry: GithubRegistry;
  readonly githubRegistryImageSuffix: string;
  readonly pullImageTag: string;
  readonly pushImageTag: string;
  readonly waitForImage: boolean;
  readonly waitForProdBuildImage: boolean;
  /** `owner/name` exactly as given; image names use the lower-cased form. */
  readonly githubRepository: string;
  readonly githubUsername: string;
  readonly githubToken: string;
  readonly containerRegistryToken: string;
  readonly dockerhubUser: string;
  readonly dockerhubRepo: string;
  readonly branchName: string;
  /** From CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING; may be empty, see `requirePythonVersions`. */
  readonly pythonVersions: readonly string[];
  readonly pythonVersion: string;
  readonly defaultPythonVersion: string;
  readonly forceAirflowProdBaseTag: string | undefined;
  readonly dockerCache: DockerCache;
  readonly prepareBuildxCache: boolean;
  /** COMMIT_SHA, else GITHUB_SHA; empty when neither is set (never the literal `Unknown`). */
  readonly commitSha: string;
  /** GITHUB_SHA only: the commit tag is pushed only when it is set (fix of spec §6.11). */
  readonly githubSha: string;
  readonly githubRunId: string;
  readonly githubOutput: string | undefined;
  readonly githubStepSummary: string | undefined;
  readonly githubActions: boolean;
  readonly githubApiUrl: string;
  /** host → base URL, from REGISTRY_ENDPOINTS. */
  readonly registryEndpoints: ReadonlyMap<string, string>;
  readonly waitTimeoutSeconds: number;
  readonly pollIntervalSeconds: number;
  /** REGISTRY_REQUEST_TIMEOUT: per registry request; unset means each script's own default. */
  readonly requestTimeoutSeconds: number | undefined;
  readonly dockerConfigPath: string;
  readonly build: BuildSettings;
}

export type Env = Readonly<Record<string, string | undefined>>;

export interface LoadOptions {
  /** A `.env` file to read; defaults to `.env` in the working directory; `false` reads none. */
  readonly envFile?: string | false;
}

const PYTHON_VERSION = /^\d+\.\d+$/;
/** One path component of a docker repository name (distribution's reference grammar). */
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const GITHUB_NAME = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SUFFIX = /^(?:[._]|__|-+)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const GITHUB_LOGIN = /^(?:[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:\[bot\])?)?$/;
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\d{1,5})?$/;

/** Reads variables with `:=` semantics: unset and empty both mean "use the default". */
class Reader {
  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value === '' ? undefined : value;
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (value === 'true') return true;
    if (value === 'false') return false;
    throw ConfigError.invalid(name, value, 'expected true or false');
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name) ?? fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw ConfigError.invalid(name, value, `expected one of ${allowed.join(', ')}`);
  }

  matching(name: string, pattern: RegExp, fallback: string, accepted: string): string {
    const value = this.raw(name) ?? fallback;
    if (!pattern.test(value)) throw ConfigError.invalid(name, value, accepted);
    return value;
  }

  seconds(name: string, fallback: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    return parseSeconds(name, value);
  }
}

/** A positive number of seconds (decimals allowed), for env variables and flags alike. */
export function parseSeconds(name: string, value: string): number {
  const seconds = /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(seconds > 0)) throw ConfigError.invalid(name, value, 'expected a positive number of seconds');
  return seconds;
}

export function parsePythonVersions(name: string, value: string): string[] {
  const versions = value.split(/[\s,]+/).filter(Boolean);
  for (const version of versions) {
    if (!PYTHON_VERSION.test(version)) {
      throw ConfigError.invalid(name, value, `every version must look like 3.8 (major.minor), got ${JSON.stringify(version)}`);
    }
  }
  return Object.freeze([...new Set(versions)]) as string[];
}

export function checkPythonVersion(name: string, value: string): string {
  if (!PYTHON_VERSION.test(value)) throw ConfigError.invalid(name, value, 'expected a python version like 3.8 (major.minor)');
  return value;
}

/** `ghcr.io=http://127.0.0.1:5001,docker.pkg.github.com=http://127.0.0.1:5002` */
export function parseRegistryEndpoints(raw: string | undefined): ReadonlyMap<string, string> {
  const endpoints = new Map<string, string>();
  if (!raw) return frozenMap(endpoints);
  // Credentials have no place here (they come from tokens or docker's config) and are never echoed.
  const value = raw.replace(/\/\/[^/@\s,]*@/g, '//***@');
  const accepted = 'expected comma-separated host=url pairs, e.g. ghcr.io=http://127.0.0.1:5000';
  for (const pair of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw ConfigError.invalid('REGISTRY_ENDPOINTS', value, accepted);
    const host = pair.slice(0, eq).trim().toLowerCase();
    const target = pair.slice(eq + 1).trim();
    if (!HOST.test(host)) throw ConfigError.invalid('REGISTRY_ENDPOINTS', value, `${JSON.stringify(host)} is not a registry host; ${accepted}`);
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      throw ConfigError.invalid('REGISTRY_ENDPOINTS', value, `${JSON.stringify(target)} is not a URL; ${accepted}`);
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || url.username || url.password || target.includes('***@')) {
      throw ConfigError.invalid('REGISTRY_ENDPOINTS', value, `${JSON.stringify(target)} must be a plain http:// or https:// URL; ${accepted}`);
    }
    endpoints.set(host, url.origin + url.pathname.replace(/\/+$/, ''));
  }
  return frozenMap(endpoints);
}

/** A Map that refuses changes at run time too (Object.freeze does not reach a Map's entries). */
function frozenMap<K, V>(map: Map<K, V>): ReadonlyMap<K, V> {
  const refuse = () => {
    throw new TypeError('the configuration is read-only');
  };
  return Object.freeze(Object.assign(map, { set: refuse, delete: refuse, clear: refuse }));
}

function readEnvFile(envFile: string | false | undefined, variable: string): Record<string, string> {
  if (envFile === false) return {};
  const path = resolve(envFile ?? '.env');
  if (!existsSync(path)) {
    if (envFile !== undefined) throw ConfigError.invalid(variable, envFile, `the file ${path} does not exist`);
    return {};
  }
  return parseDotenv(readFileSync(path));
}

/**
 * Registers the tokens of an environment as secrets. Called before anything is validated or
 * printed (runMain calls it first of all), so no error message can echo a token.
 */
export function registerEnvironmentSecrets(env: Env = process.env): void {
  const user = env.GITHUB_USERNAME || 'apache';
  for (const name of SECRET_VARIABLES) registerSecret(env[name], user);
}

const SECRET_VARIABLES = ['GITHUB_TOKEN', 'CONTAINER_REGISTRY_TOKEN'] as const;

export function loadConfig(env: Env = process.env, options: LoadOptions = {}): Config {
  const fileEnv = readEnvFile(options.envFile ?? (env.CI_IMAGES_ENV_FILE || undefined), options.envFile ? 'env file' : 'CI_IMAGES_ENV_FILE');
  const merged: Env = { ...fileEnv, ...definedOnly(env) };
  return buildConfig(merged);
}

/** `$GITHUB_OUTPUT` and `$GITHUB_STEP_SUMMARY` must be writable files: found out now, not after an hour's wait. */
function writableFile(name: string, path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  const problem = !existsSync(dirname(resolve(path)))
    ? `its directory ${dirname(resolve(path))} does not exist`
    : existsSync(path) && statSync(path).isDirectory()
      ? 'it is a directory'
      : undefined;
  if (problem) throw ConfigError.invalid(name, path, `expected a file that can be appended to (${problem})`);
  return path;
}

function definedOnly(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = value;
  return out;
}

function buildConfig(env: Env): Config {
  registerEnvironmentSecrets(env);
  const r = new Reader(env);
  const tagAccepted = 'expected a docker tag: letters, digits, _ . - (not starting with . or -), at most 128 characters';
  const componentAccepted = 'expected lower-case letters, digits and single separators (. _ -), as in a docker image name';

  const githubRepository = r.matching('GITHUB_REPOSITORY', GITHUB_NAME, 'apache/airflow', 'expected owner/name, e.g. apache/airflow');
  for (const part of githubRepository.toLowerCase().split('/')) {
    if (!PATH_COMPONENT.test(part)) {
      throw ConfigError.invalid('GITHUB_REPOSITORY', githubRepository, `owner and name must be valid image name parts (${componentAccepted})`);
    }
  }

  const githubUsername = r.matching('GITHUB_USERNAME', GITHUB_LOGIN, '', 'expected a GitHub login: letters, digits and single hyphens (a bot may end in [bot])');
  const githubToken = r.string('GITHUB_TOKEN', '');
  const containerRegistryToken = r.string('CONTAINER_REGISTRY_TOKEN', '');

  const defaultPythonVersion = checkPythonVersion('DEFAULT_PYTHON_MAJOR_MINOR_VERSION', r.string('DEFAULT_PYTHON_MAJOR_MINOR_VERSION', '3.6'));
  const pythonVersion = checkPythonVersion('PYTHON_MAJOR_MINOR_VERSION', r.string('PYTHON_MAJOR_MINOR_VERSION', defaultPythonVersion));
  const versionsRaw = env.CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING ?? '';
  const pythonVersions = parsePythonVersions('CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING', versionsRaw);

  const forceProdTag = r.raw('FORCE_AIRFLOW_PROD_BASE_TAG');
  if (forceProdTag !== undefined && !PATH_COMPONENT.test(forceProdTag)) {
    throw ConfigError.invalid('FORCE_AIRFLOW_PROD_BASE_TAG', forceProdTag, componentAccepted);
  }

  const githubSha = r.raw('GITHUB_SHA') ?? '';
  if (githubSha && !TAG.test(githubSha)) throw ConfigError.invalid('GITHUB_SHA', githubSha, tagAccepted);
  const commitSha = r.raw('COMMIT_SHA') ?? githubSha;
  if (commitSha && !TAG.test(commitSha)) throw ConfigError.invalid('COMMIT_SHA', commitSha, tagAccepted);

  const githubRunId = r.matching('GITHUB_RUN_ID', /^\d*$/, '', 'expected digits (a workflow run id)');

  const githubApiUrl = r.string('GITHUB_API_URL', 'https://api.github.com').replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s]+$/.test(githubApiUrl)) throw ConfigError.invalid('GITHUB_API_URL', githubApiUrl, 'expected an http(s) URL');

  const buildArgs = (r.raw('BUILD_ARGS') ?? '').split(/[\n ]+/).filter(Boolean);
  for (const arg of buildArgs) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(arg)) throw ConfigError.invalid('BUILD_ARGS', arg, 'expected space- or newline-separated KEY=VALUE pairs');
  }
  const platform = r.raw('BUILD_PLATFORM');
  if (platform !== undefined && !/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?(?:,[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?)*$/.test(platform)) {
    throw ConfigError.invalid('BUILD_PLATFORM', platform, 'expected os/arch[/variant], comma-separated, e.g. linux/amd64,linux/arm64');
  }
  const pathAccepted = 'expected a relative or absolute path without spaces, quotes or shell characters';
  const safePath = /^[A-Za-z0-9_./@+-]+$/;

  const home = r.string('HOME', homedir());
  const config: Config = {
    useGithubRegistry: r.bool('USE_GITHUB_REGISTRY', false),
    githubRegistry: r.oneOf('GITHUB_REGISTRY', GITHUB_REGISTRIES, DEFAULT_GITHUB_REGISTRY),
    githubRegistryImageSuffix: r.matching('GITHUB_REGISTRY_IMAGE_SUFFIX', SUFFIX, '-v2', 'expected an image-name suffix such as -v2 (lower-case letters, digits, . _ -)'),
    pullImageTag: r.matching('GITHUB_REGISTRY_PULL_IMAGE_TAG', TAG, 'latest', tagAccepted),
    pushImageTag: r.matching('GITHUB_REGISTRY_PUSH_IMAGE_TAG', TAG, 'latest', tagAccepted),
    waitForImage: r.bool('GITHUB_REGISTRY_WAIT_FOR_IMAGE', false),
    waitForProdBuildImage: r.bool('WAIT_FOR_PROD_BUILD_IMAGE', false),
    githubRepository,
    githubUsername,
    githubToken,
    containerRegistryToken,
    dockerhubUser: r.matching('DOCKERHUB_USER', PATH_COMPONENT, 'apache', componentAccepted),
    dockerhubRepo: r.matching('DOCKERHUB_REPO', PATH_COMPONENT, 'airflow', componentAccepted),
    branchName: r.matching('BRANCH_NAME', PATH_COMPONENT, 'master', componentAccepted),
    pythonVersions,
    pythonVersion,
    defaultPythonVersion,
    forceAirflowProdBaseTag: forceProdTag,
    dockerCache: r.oneOf('DOCKER_CACHE', DOCKER_CACHE_MODES, 'pulled'),
    prepareBuildxCache: r.bool('PREPARE_BUILDX_CACHE', false),
    commitSha,
    githubSha,
    githubRunId,
    githubOutput: writableFile('GITHUB_OUTPUT', r.raw('GITHUB_OUTPUT')),
    githubStepSummary: writableFile('GITHUB_STEP_SUMMARY', r.raw('GITHUB_STEP_SUMMARY')),
    githubActions: r.bool('GITHUB_ACTIONS', false),
    githubApiUrl,
    registryEndpoints: parseRegistryEndpoints(r.raw('REGISTRY_ENDPOINTS')),
    waitTimeoutSeconds: r.seconds('WAIT_FOR_IMAGE_TIMEOUT', 3600),
    pollIntervalSeconds: r.seconds('WAIT_FOR_IMAGE_POLL_INTERVAL', 5),
    requestTimeoutSeconds: r.raw('REGISTRY_REQUEST_TIMEOUT') === undefined ? undefined : r.seconds('REGISTRY_REQUEST_TIMEOUT', 30),
    dockerConfigPath: join(r.string('DOCKER_CONFIG', join(home, '.docker')), 'config.json'),
    build: Object.freeze({
      ciDockerfile: r.matching('DOCKERFILE_CI', safePath, 'Dockerfile.ci', pathAccepted),
      prodDockerfile: r.matching('DOCKERFILE_PROD', safePath, 'Dockerfile', pathAccepted),
      context: r.matching('DOCKER_CONTEXT', safePath, '.', pathAccepted),
      target: r.matching('BUILD_TARGET', /^[A-Za-z0-9_.-]+$/, 'main', 'expected a Dockerfile stage name (letters, digits, _ . -)'),
      builder: r.matching('BUILDX_BUILDER', /^[A-Za-z0-9_.-]+$/, 'airflow_cache', 'expected a buildx builder name (letters, digits, _ . -)'),
      platform,
      buildArgs: Object.freeze(buildArgs),
    }),
  };
  return Object.freeze(config);
}

/** The wait scripts need a version list; an empty one used to make them succeed silently (§6.15). */
export function requirePythonVersions(config: Config): readonly string[] {
  if (config.pythonVersions.length === 0) {
    throw new ConfigError(
      'CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING',
      'CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING is empty: expected a space-separated list of python versions, e.g. "3.6 3.7 3.8"',
    );
  }
  return config.pythonVersions;
}
