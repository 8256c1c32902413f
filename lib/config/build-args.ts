/**
 * The `--build-arg`s the #20664 build passes (parity addendum §5), in its order, with its defaults
 * and with what `ci_prepare_prod_image_on_ci.sh` forces for PROD; and the cache mode the bash
 * really used. Pure functions of the configuration: lib/docker passes them on.
 */
import type { ImageChoice } from '../images.ts';
import type { DockerCache } from './variables.ts';

export type BuildArg = readonly [key: string, value: string];

/** The variable values the build arguments come from, defaults applied (see load.ts). */
export interface BuildArgumentInputs {
  readonly branchName: string;
  /** PYTHON_BASE_IMAGE_VERSION when set: it wins over the image's own python version. */
  readonly pythonBaseImageVersion: string | undefined;
  readonly airflowVersion: string | undefined;
  /** AIRFLOW_EXTRAS when set (CI's default is `devel_ci`; PROD's is the Dockerfile's own). */
  readonly airflowExtras: string | undefined;
  readonly airflowPreCachedPipPackages: string;
  readonly additionalAirflowExtras: string;
  readonly additionalPythonDeps: string;
  readonly additionalDevAptDeps: string;
  readonly additionalDevAptEnv: string;
  readonly additionalRuntimeAptDeps: string;
  readonly additionalRuntimeAptEnv: string;
  /** Raw: `false`, or any value (a run id busts the cache). */
  readonly upgradeToNewerDependencies: string;
  readonly constraintsGithubRepository: string;
  readonly airflowConstraintsReference: string;
  readonly airflowConstraints: string;
  readonly airflowConstraintsLocation: string;
  readonly airflowImageRepository: string;
  readonly airflowImageDateCreated: string;
  readonly buildId: string;
  /** The commit tag (COMMIT_SHA); empty when it is to be resolved from the build context. */
  readonly commitSha: string;
  readonly installMysqlClient: string;
  readonly installMssqlClient: string;
  readonly airflowInstallationMethod: string;
  readonly airflowSourcesFrom: string;
  readonly airflowSourcesTo: string;
  readonly airflowSourcesWwwFrom: string;
  readonly airflowSourcesWwwTo: string;
}

export interface BuildArgOptions {
  /** The resolved commit (`git rev-parse HEAD` of the build context) when COMMIT_SHA is not set. */
  readonly commitSha?: string;
}

/**
 * The ordered `KEY=value` build arguments of one image for one python version, exactly as the
 * #20664 build passes them from the environment. PROD is the PROD-on-CI build: the prepare script
 * forces AIRFLOW_PRE_CACHED_PIP_PACKAGES=false, INSTALL_PROVIDERS_FROM_SOURCES=false,
 * INSTALL_FROM_PYPI=false and INSTALL_FROM_DOCKER_CONTEXT_FILES=true before reading anything.
 */
export function imageBuildArgs(
  inputs: BuildArgumentInputs,
  image: ImageChoice,
  python: string,
  options: BuildArgOptions = {},
): readonly BuildArg[] {
  const args: BuildArg[] = [];
  const add = (key: string, value: string) => args.push(Object.freeze([key, value] as const));
  const prod = image === 'prod';
  add('PYTHON_BASE_IMAGE', `python:${inputs.pythonBaseImageVersion ?? python}-slim-buster`);
  if (inputs.airflowVersion !== undefined) add('AIRFLOW_VERSION', inputs.airflowVersion);
  add('AIRFLOW_BRANCH', inputs.branchName);
  if (!prod) add('AIRFLOW_EXTRAS', inputs.airflowExtras ?? 'devel_ci');
  else if (inputs.airflowExtras !== undefined) add('AIRFLOW_EXTRAS', inputs.airflowExtras);
  add('AIRFLOW_PRE_CACHED_PIP_PACKAGES', prod ? 'false' : inputs.airflowPreCachedPipPackages);
  if (prod) add('INSTALL_PROVIDERS_FROM_SOURCES', 'false');
  add('ADDITIONAL_AIRFLOW_EXTRAS', inputs.additionalAirflowExtras);
  add('ADDITIONAL_PYTHON_DEPS', inputs.additionalPythonDeps);
  add('ADDITIONAL_DEV_APT_COMMAND', '');
  add('ADDITIONAL_DEV_APT_DEPS', inputs.additionalDevAptDeps);
  add('ADDITIONAL_DEV_APT_ENV', inputs.additionalDevAptEnv);
  add('ADDITIONAL_RUNTIME_APT_COMMAND', '');
  add('ADDITIONAL_RUNTIME_APT_DEPS', inputs.additionalRuntimeAptDeps);
  add('ADDITIONAL_RUNTIME_APT_ENV', inputs.additionalRuntimeAptEnv);
  if (prod) {
    add('INSTALL_FROM_PYPI', 'false');
    add('INSTALL_FROM_DOCKER_CONTEXT_FILES', 'true');
  }
  add('UPGRADE_TO_NEWER_DEPENDENCIES', inputs.upgradeToNewerDependencies);
  add('CONSTRAINTS_GITHUB_REPOSITORY', inputs.constraintsGithubRepository);
  add('AIRFLOW_CONSTRAINTS_REFERENCE', inputs.airflowConstraintsReference);
  add('AIRFLOW_CONSTRAINTS', inputs.airflowConstraints);
  // CI only: PROD passes it for remote installs, which CI never does.
  if (!prod && inputs.airflowConstraintsLocation !== '') add('AIRFLOW_CONSTRAINTS_LOCATION', inputs.airflowConstraintsLocation);
  add('AIRFLOW_IMAGE_REPOSITORY', inputs.airflowImageRepository);
  add('AIRFLOW_IMAGE_DATE_CREATED', inputs.airflowImageDateCreated);
  add('BUILD_ID', inputs.buildId);
  add('COMMIT_SHA', inputs.commitSha || options.commitSha || '');
  if (prod) {
    add('INSTALL_MYSQL_CLIENT', inputs.installMysqlClient);
    add('INSTALL_MSSQL_CLIENT', inputs.installMssqlClient);
    add('AIRFLOW_SOURCES_FROM', inputs.airflowSourcesFrom);
    add('AIRFLOW_SOURCES_TO', inputs.airflowSourcesTo);
    add('AIRFLOW_SOURCES_WWW_FROM', inputs.airflowSourcesWwwFrom);
    add('AIRFLOW_SOURCES_WWW_TO', inputs.airflowSourcesWwwTo);
    add('AIRFLOW_INSTALLATION_METHOD', inputs.airflowInstallationMethod);
  }
  return Object.freeze(args);
}

/** `org.opencontainers.image.*` label values: the Dockerfile's LABELs fed by the build arguments. */
export function imageLabels(inputs: BuildArgumentInputs, options: BuildArgOptions = {}): readonly BuildArg[] {
  return Object.freeze([
    Object.freeze(['org.opencontainers.image.source', inputs.airflowImageRepository] as const),
    Object.freeze(['org.opencontainers.image.revision', inputs.commitSha || options.commitSha || ''] as const),
    Object.freeze(['org.opencontainers.image.created', inputs.airflowImageDateCreated] as const),
  ]);
}

/**
 * The cache mode a build really uses: `ci_prepare_prod_image_on_ci.sh` exports
 * `DOCKER_CACHE=pulled` before anything reads it (both at 25fa309 and #20664), so PROD is always
 * `pulled`, even on scheduled builds that set `disabled`. The CI image follows DOCKER_CACHE.
 */
export function effectiveDockerCache(config: { readonly dockerCache: DockerCache }, image: ImageChoice): DockerCache {
  return image === 'prod' ? 'pulled' : config.dockerCache;
}
