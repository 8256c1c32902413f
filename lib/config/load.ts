/**
 * The one module that reads the environment. It turns `process.env` (plus a `.env` file; real
 * variables win) into one typed, frozen, validated configuration, reading every variable through
 * the table in variables.ts (names, defaults and rules are there). An empty value falls back to
 * the default, as `${X:=default}` did.
 *
 * Trust: on CI (`CI=true` or `GITHUB_ACTIONS=true` in the real environment) a `.env` found in the
 * working directory belongs to the checkout, which may be a stranger's pull request. It may not
 * set the variables that decide where requests, and so credentials, go (the table's `url` flag:
 * REGISTRY_ENDPOINTS, GITHUB_API_URL, DOCKER_CONFIG, …): they are ignored, with a warning in
 * `Config.warnings`. A file named by CI_IMAGES_ENV_FILE (or `envFile`) is trusted in full.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { definedOnly, readEnvFile } from './env-file.ts';
import { ConfigError } from '../support/errors.ts';
import { registerSecret } from '../support/secrets.ts';
import { imageBuildArgs, imageLabels, type BuildArgumentInputs } from './build-args.ts';
import {
  FALLBACK_LOGIN_USER,
  isPorted,
  PORTED_NAMES,
  SECRET_NAMES,
  URL_NAMES,
  VARIABLES,
  variable,
  type PortedName,
  type PortedVariable,
  type ValueOf,
} from './variables.ts';

export { checkPythonVersion, parsePythonVersions, parseRegistryEndpoints } from './kinds.ts';
export { DOCKER_CACHE_MODES, describeVariables, parseSeconds, type DockerCache } from './variables.ts';
export { effectiveDockerCache, imageBuildArgs, imageLabels, type BuildArg, type BuildArgumentInputs } from './build-args.ts';

export type { BuildSettings, Config } from './config.ts';
import type { Config } from './config.ts';

export type Env = Readonly<Record<string, string | undefined>>;

export interface LoadOptions {
  /** A `.env` file to read; defaults to `.env` in the working directory; `false` reads none. */
  readonly envFile?: string | false;
  /** Called with each warning line as well (they are in `Config.warnings` either way). */
  readonly onWarning?: (line: string) => void;
  /** The clock for AIRFLOW_IMAGE_DATE_CREATED (tests). */
  readonly now?: () => Date;
}

/** Reads variables through the table, with `:=` semantics: unset and empty both mean the default. */
class Reader {
  constructor(private readonly env: Env) {}

  private entry(name: PortedName): PortedVariable {
    const v = variable(name);
    if (!v || !isPorted(v)) throw new Error(`${name} is not a ported variable of lib/config/variables.ts`);
    return v;
  }

  /** The value as set (empty means unset). */
  raw(name: PortedName): string | undefined {
    this.entry(name);
    const value = this.env[name];
    return value === undefined || value === '' ? undefined : value;
  }

  /**
   * The value as set, else the table's default with `${NAME}` references expanded to their
   * validated values (so a bad GITHUB_REPOSITORY is reported as such, not as the URL made of it).
   */
  text(name: PortedName): string {
    const v = this.entry(name);
    const value = this.raw(name);
    if (value !== undefined) return value;
    if (v.computed) throw new Error(`${name}: its default is computed; read it with raw()`);
    return v.default.replace(/\$\{([A-Z][A-Z0-9_]*)\}/g, (_, ref: string) => String(this.get(ref as PortedName)));
  }

  /** Parsed by the variable's kind; defaults go through the same rules. */
  get<N extends PortedName>(name: N): ValueOf<N> {
    return this.parse(name, this.text(name));
  }

  /** Parsed when set, else undefined. */
  optional<N extends PortedName>(name: N): ValueOf<N> | undefined {
    const value = this.raw(name);
    return value === undefined ? undefined : this.parse(name, value);
  }

  private parse<N extends PortedName>(name: N, value: string): ValueOf<N> {
    const v = this.entry(name);
    try {
      return v.kind.parse(name, value) as ValueOf<N>;
    } catch (error) {
      if (v.secret && error instanceof ConfigError)
        throw new ConfigError(name, `${name} is not valid (value not shown): ${v.kind.accepts}`);
      throw error;
    }
  }
}

/**
 * Registers the tokens of an environment as secrets. Called before anything is validated or
 * printed (runMain calls it first of all), so no error message can echo a token.
 */
export function registerEnvironmentSecrets(env: Env = process.env): void {
  const user = env.GITHUB_USERNAME || FALLBACK_LOGIN_USER;
  for (const name of SECRET_NAMES) registerSecret(env[name], user);
}

const isCiEnvironment = (env: Env) => VARIABLES.CI.kind.parse('CI', env.CI ?? '') || env.GITHUB_ACTIONS === 'true';

export function loadConfig(env: Env = process.env, options: LoadOptions = {}): Config {
  const named = options.envFile ?? (env.CI_IMAGES_ENV_FILE || undefined);
  const variableName = options.envFile ? 'env file' : 'CI_IMAGES_ENV_FILE';
  const fileEnv = named === false ? {} : readEnvFile(resolve(named ?? '.env'), variableName, named !== undefined);
  const warnings: string[] = [];

  // Nothing in a file may say whether we are on CI or which file to read.
  for (const name of PORTED_NAMES) {
    const v = variable(name);
    if (v && isPorted(v) && v.envOnly) delete fileEnv[name];
  }
  if (named === undefined && isCiEnvironment(env)) {
    const ignored = URL_NAMES.filter((name) => (fileEnv[name] ?? '') !== '');
    for (const name of ignored) delete fileEnv[name];
    if (ignored.length > 0) {
      warnings.push(
        `ignored ${ignored.join(', ')} from ${resolve('.env')}: on CI an implicit .env (the checkout's) may not choose where requests and credentials go; ` +
          'set them in the environment, or name the file in CI_IMAGES_ENV_FILE to trust it',
      );
    }
  }
  const merged: Env = { ...fileEnv, ...definedOnly(env) };
  const config = buildConfig(merged, env, warnings, options);
  for (const warning of config.warnings) options.onWarning?.(warning);
  return config;
}

function buildConfig(env: Env, realEnv: Env, warnings: readonly string[], options: LoadOptions): Config {
  registerEnvironmentSecrets(env);
  const r = new Reader(env);

  const githubSha = r.optional('GITHUB_SHA') ?? '';
  const explicitCommit = r.optional('COMMIT_SHA');
  const commitSha = explicitCommit ?? githubSha;
  const commitTag = explicitCommit === undefined || explicitCommit === 'Unknown' ? '' : explicitCommit;
  const githubRunId = r.get('GITHUB_RUN_ID');
  const ci = VARIABLES.CI.kind.parse('CI', realEnv.CI ?? '');
  const explicitBuildId = r.optional('CI_BUILD_ID');
  const ciBuildId = ci && githubRunId ? githubRunId : (explicitBuildId ?? '0');
  const pythonVersion = r.get('PYTHON_MAJOR_MINOR_VERSION');
  const defaultPythonVersion = r.get('DEFAULT_PYTHON_MAJOR_MINOR_VERSION');
  const explicitBaseVersion = r.optional('PYTHON_BASE_IMAGE_VERSION');
  const branchName = r.get('BRANCH_NAME');
  const now = options.now?.() ?? new Date();

  const inputs: BuildArgumentInputs = Object.freeze({
    branchName,
    pythonBaseImageVersion: explicitBaseVersion,
    airflowVersion: r.optional('AIRFLOW_VERSION'),
    airflowExtras: r.optional('AIRFLOW_EXTRAS'),
    airflowPreCachedPipPackages: String(r.get('AIRFLOW_PRE_CACHED_PIP_PACKAGES')),
    additionalAirflowExtras: r.get('ADDITIONAL_AIRFLOW_EXTRAS'),
    additionalPythonDeps: r.get('ADDITIONAL_PYTHON_DEPS'),
    additionalDevAptDeps: r.get('ADDITIONAL_DEV_APT_DEPS'),
    additionalDevAptEnv: r.get('ADDITIONAL_DEV_APT_ENV'),
    additionalRuntimeAptDeps: r.get('ADDITIONAL_RUNTIME_APT_DEPS'),
    additionalRuntimeAptEnv: r.get('ADDITIONAL_RUNTIME_APT_ENV'),
    upgradeToNewerDependencies: r.get('UPGRADE_TO_NEWER_DEPENDENCIES'),
    constraintsGithubRepository: r.get('CONSTRAINTS_GITHUB_REPOSITORY'),
    airflowConstraintsReference: r.get('AIRFLOW_CONSTRAINTS_REFERENCE'),
    airflowConstraints: r.get('AIRFLOW_CONSTRAINTS'),
    airflowConstraintsLocation: r.get('AIRFLOW_CONSTRAINTS_LOCATION'),
    airflowImageRepository: r.get('AIRFLOW_IMAGE_REPOSITORY'),
    airflowImageDateCreated: r.optional('AIRFLOW_IMAGE_DATE_CREATED') ?? now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    buildId: ciBuildId,
    commitSha: commitTag,
    installMysqlClient: String(r.get('INSTALL_MYSQL_CLIENT')),
    installMssqlClient: String(r.get('INSTALL_MSSQL_CLIENT')),
    airflowInstallationMethod: r.get('AIRFLOW_INSTALLATION_METHOD'),
    airflowSourcesFrom: r.get('AIRFLOW_SOURCES_FROM'),
    airflowSourcesTo: r.get('AIRFLOW_SOURCES_TO'),
    airflowSourcesWwwFrom: r.get('AIRFLOW_SOURCES_WWW_FROM'),
    airflowSourcesWwwTo: r.get('AIRFLOW_SOURCES_WWW_TO'),
  });

  const home = r.raw('HOME') ?? homedir();
  const config: Config = {
    useGithubRegistry: r.get('USE_GITHUB_REGISTRY'),
    githubRegistry: r.get('GITHUB_REGISTRY'),
    githubRegistryImageSuffix: r.get('GITHUB_REGISTRY_IMAGE_SUFFIX'),
    pullImageTag: r.get('GITHUB_REGISTRY_PULL_IMAGE_TAG'),
    pushImageTag: r.get('GITHUB_REGISTRY_PUSH_IMAGE_TAG'),
    waitForImage: r.get('GITHUB_REGISTRY_WAIT_FOR_IMAGE'),
    waitForProdBuildImage: r.get('WAIT_FOR_PROD_BUILD_IMAGE'),
    githubRepository: r.get('GITHUB_REPOSITORY'),
    githubUsername: r.get('GITHUB_USERNAME'),
    loginUser: r.get('GITHUB_USERNAME') || FALLBACK_LOGIN_USER,
    githubToken: r.get('GITHUB_TOKEN'),
    containerRegistryToken: r.get('CONTAINER_REGISTRY_TOKEN'),
    dockerhubUser: r.get('DOCKERHUB_USER'),
    dockerhubRepo: r.get('DOCKERHUB_REPO'),
    defaultBranch: r.get('DEFAULT_BRANCH'),
    branchName,
    pythonVersions: r.get('CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING'),
    pythonVersion,
    defaultPythonVersion,
    pythonBaseImageVersion: explicitBaseVersion ?? pythonVersion,
    forceAirflowProdBaseTag: r.optional('FORCE_AIRFLOW_PROD_BASE_TAG'),
    imageTag: r.optional('IMAGE_TAG'),
    dockerCache: r.get('DOCKER_CACHE'),
    prepareBuildxCache: r.get('PREPARE_BUILDX_CACHE'),
    forcePullImages: r.get('FORCE_PULL_IMAGES'),
    failOnGithubDockerPullError: r.get('FAIL_ON_GITHUB_DOCKER_PULL_ERROR'),
    verifyProvidersFile: r.get('VERIFY_PROVIDERS_FILE'),
    verifyImportsFile: r.get('VERIFY_IMPORTS_FILE'),
    upgradeToNewerDependencies: inputs.upgradeToNewerDependencies !== 'false',
    checkImageForRebuild: r.get('CHECK_IMAGE_FOR_REBUILD'),
    skipCheckRemoteImage: r.get('SKIP_CHECK_REMOTE_IMAGE'),
    airflowLoginToGithubRegistry: r.optional('AIRFLOW_LOGIN_TO_GITHUB_REGISTRY'),
    commitSha,
    commitTag,
    githubSha,
    githubRunId,
    ci,
    ciBuildId,
    githubOutput: r.optional('GITHUB_OUTPUT'),
    githubStepSummary: r.optional('GITHUB_STEP_SUMMARY'),
    githubActions: r.get('GITHUB_ACTIONS'),
    githubApiUrl: r.get('GITHUB_API_URL'),
    registryEndpoints: r.get('REGISTRY_ENDPOINTS'),
    waitTimeoutSeconds: r.get('WAIT_FOR_IMAGE_TIMEOUT'),
    pollIntervalSeconds: r.get('WAIT_FOR_IMAGE_POLL_INTERVAL'),
    producer: Object.freeze({
      workflow: r.get('WAIT_FOR_IMAGE_PRODUCER'),
      runId: r.get('WAIT_FOR_IMAGE_PRODUCER_RUN_ID'),
      graceSeconds: r.get('WAIT_FOR_IMAGE_GRACE'),
      apiIntervalSeconds: r.get('WAIT_FOR_IMAGE_API_INTERVAL'),
      eventName: r.get('GITHUB_EVENT_NAME'),
      eventPath: r.get('GITHUB_EVENT_PATH'),
    }),
    requestTimeoutSeconds: r.optional('REGISTRY_REQUEST_TIMEOUT'),
    dockerConfigPath: join(r.optional('DOCKER_CONFIG') ?? join(home, '.docker'), 'config.json'),
    containersAuthFiles: containersAuthFiles(r, home),
    build: Object.freeze({
      ciDockerfile: r.get('DOCKERFILE_CI'),
      prodDockerfile: r.get('DOCKERFILE_PROD'),
      context: r.get('DOCKER_CONTEXT'),
      target: r.get('BUILD_TARGET'),
      builder: r.get('BUILDX_BUILDER'),
      platform: r.optional('BUILD_PLATFORM'),
      buildArgs: r.get('BUILD_ARGS'),
      imageBuildArgs: imageBuildArgs(inputs, 'ci', pythonVersion),
      prodImageBuildArgs: imageBuildArgs(inputs, 'prod', pythonVersion),
      labels: imageLabels(inputs),
      inputs,
    }),
    warnings: Object.freeze([...warnings]),
  };
  return Object.freeze(config);
}

/** containers/image's order: REGISTRY_AUTH_FILE alone, else the runtime dir's file, then the config dir's. */
function containersAuthFiles(r: Reader, home: string): readonly string[] {
  const explicit = r.raw('REGISTRY_AUTH_FILE');
  if (explicit) return Object.freeze([resolve(explicit)]);
  const runtime = r.raw('XDG_RUNTIME_DIR');
  const configHome = r.raw('XDG_CONFIG_HOME') ?? join(home, '.config');
  return Object.freeze([...(runtime ? [join(runtime, 'containers', 'auth.json')] : []), join(configHome, 'containers', 'auth.json')]);
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
