/** Build arguments, labels and the effective cache mode against the parity addendum (§4, §5). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { effectiveDockerCache, imageBuildArgs, loadConfig, type Env } from '../../../lib/config/load.ts';

const NOW = () => new Date('2022-01-18T12:34:56.789Z');
const load = (env: Env = {}) => loadConfig(env, { envFile: false, now: NOW });
const keys = (args: readonly (readonly [string, string])[]) => args.map(([k]) => k);
const asObject = (args: readonly (readonly [string, string])[]) => Object.fromEntries(args);

const CI_DEFAULTS: ReadonlyArray<[string, string]> = [
  ['PYTHON_BASE_IMAGE', 'python:3.6-slim-buster'],
  ['AIRFLOW_BRANCH', 'master'],
  ['AIRFLOW_EXTRAS', 'devel_ci'],
  ['AIRFLOW_PRE_CACHED_PIP_PACKAGES', 'true'],
  ['ADDITIONAL_AIRFLOW_EXTRAS', ''],
  ['ADDITIONAL_PYTHON_DEPS', ''],
  ['ADDITIONAL_DEV_APT_COMMAND', ''],
  ['ADDITIONAL_DEV_APT_DEPS', ''],
  ['ADDITIONAL_DEV_APT_ENV', ''],
  ['ADDITIONAL_RUNTIME_APT_COMMAND', ''],
  ['ADDITIONAL_RUNTIME_APT_DEPS', ''],
  ['ADDITIONAL_RUNTIME_APT_ENV', ''],
  ['UPGRADE_TO_NEWER_DEPENDENCIES', 'false'],
  ['CONSTRAINTS_GITHUB_REPOSITORY', 'apache/airflow'],
  ['AIRFLOW_CONSTRAINTS_REFERENCE', 'constraints-master'],
  ['AIRFLOW_CONSTRAINTS', 'constraints-source-providers'],
  ['AIRFLOW_IMAGE_REPOSITORY', 'https://github.com/apache/airflow'],
  ['AIRFLOW_IMAGE_DATE_CREATED', '2022-01-18T12:34:56Z'],
  ['BUILD_ID', '0'],
  ['COMMIT_SHA', ''],
];

test('CI image: the #20664 build arguments, in order, with the bash defaults (PYTHON_BASE_IMAGE + 20; AIRFLOW_VERSION only when set)', () => {
  const args = load().build.imageBuildArgs;
  assert.equal(
    args.map((a) => [...a]),
    CI_DEFAULTS.map((a) => [...a]),
  );
  assert.ok(Object.isFrozen(args) && args.every((a) => Object.isFrozen(a)));
});

test("PROD image (PROD on CI): PYTHON_BASE_IMAGE + 30 arguments (29 + the two passed only when set), the prepare script's forced values, PROD-only ones at the end", () => {
  const args = asObject(load().build.prodImageBuildArgs);
  assert.is(load().build.prodImageBuildArgs.length, 29, 'AIRFLOW_VERSION and AIRFLOW_EXTRAS are passed only when set');
  assert.is(args.AIRFLOW_PRE_CACHED_PIP_PACKAGES, 'false');
  assert.is(args.INSTALL_PROVIDERS_FROM_SOURCES, 'false');
  assert.is(args.INSTALL_FROM_PYPI, 'false');
  assert.is(args.INSTALL_FROM_DOCKER_CONTEXT_FILES, 'true');
  assert.is(args.INSTALL_MYSQL_CLIENT, 'true');
  assert.is(args.INSTALL_MSSQL_CLIENT, 'true');
  assert.is(args.AIRFLOW_SOURCES_FROM, 'empty');
  assert.is(args.AIRFLOW_SOURCES_TO, '/empty');
  assert.is(args.AIRFLOW_SOURCES_WWW_FROM, 'empty');
  assert.is(args.AIRFLOW_SOURCES_WWW_TO, '/empty');
  assert.is(args.AIRFLOW_INSTALLATION_METHOD, 'apache-airflow');
  assert.not.ok('AIRFLOW_EXTRAS' in args, "PROD: the Dockerfile's own extras unless set");
  assert.is(
    asObject(load({ AIRFLOW_EXTRAS: 'async,amazon', AIRFLOW_VERSION: '2.3.0.dev0' }).build.prodImageBuildArgs).AIRFLOW_EXTRAS,
    'async,amazon',
  );
  assert.is(load({ AIRFLOW_EXTRAS: 'async,amazon', AIRFLOW_VERSION: '2.3.0.dev0' }).build.prodImageBuildArgs.length, 31);
  // Forced: the environment does not change them.
  assert.is(asObject(load({ AIRFLOW_PRE_CACHED_PIP_PACKAGES: 'true' }).build.prodImageBuildArgs).AIRFLOW_PRE_CACHED_PIP_PACKAGES, 'false');
});

test('derived arguments: AIRFLOW_BRANCH from BRANCH_NAME or DEFAULT_BRANCH, constraints reference from DEFAULT_CONSTRAINTS_BRANCH', () => {
  assert.is(asObject(load({ DEFAULT_BRANCH: 'v2-0-test' }).build.imageBuildArgs).AIRFLOW_BRANCH, 'v2-0-test');
  assert.is(asObject(load({ BRANCH_NAME: 'main', DEFAULT_BRANCH: 'v2-0-test' }).build.imageBuildArgs).AIRFLOW_BRANCH, 'main');
  const c = asObject(load({ DEFAULT_CONSTRAINTS_BRANCH: 'constraints-main' }).build.imageBuildArgs);
  assert.is(c.AIRFLOW_CONSTRAINTS_REFERENCE, 'constraints-main');
  assert.is(
    asObject(
      load({ DEFAULT_CONSTRAINTS_BRANCH: 'constraints-main', AIRFLOW_CONSTRAINTS_REFERENCE: 'constraints-2.2.3' }).build.imageBuildArgs,
    ).AIRFLOW_CONSTRAINTS_REFERENCE,
    'constraints-2.2.3',
  );
  assert.is(
    asObject(load({ GITHUB_REPOSITORY: 'Octo/Fork' }).build.imageBuildArgs).AIRFLOW_IMAGE_REPOSITORY,
    'https://github.com/Octo/Fork',
  );
});

test('python: PYTHON_BASE_IMAGE follows the version, or PYTHON_BASE_IMAGE_VERSION when set', () => {
  assert.is(asObject(load({ PYTHON_MAJOR_MINOR_VERSION: '3.8' }).build.imageBuildArgs).PYTHON_BASE_IMAGE, 'python:3.8-slim-buster');
  const config = load({ PYTHON_MAJOR_MINOR_VERSION: '3.8' });
  assert.is(asObject(imageBuildArgs(config.build.inputs, 'ci', '3.9')).PYTHON_BASE_IMAGE, 'python:3.9-slim-buster');
  const pinned = load({ PYTHON_MAJOR_MINOR_VERSION: '3.8', PYTHON_BASE_IMAGE_VERSION: '3.7' });
  assert.is(pinned.pythonBaseImageVersion, '3.7');
  assert.is(asObject(pinned.build.imageBuildArgs).PYTHON_BASE_IMAGE, 'python:3.7-slim-buster');
  assert.is(load({ PYTHON_MAJOR_MINOR_VERSION: '3.8' }).pythonBaseImageVersion, '3.8');
});

test('BUILD_ID: GITHUB_RUN_ID when CI=true, else CI_BUILD_ID, else 0', () => {
  assert.is(asObject(load({ CI: 'true', GITHUB_RUN_ID: '42', CI_BUILD_ID: '7' }).build.imageBuildArgs).BUILD_ID, '42');
  assert.is(asObject(load({ GITHUB_RUN_ID: '42', CI_BUILD_ID: '7' }).build.imageBuildArgs).BUILD_ID, '7');
  assert.is(asObject(load({ GITHUB_RUN_ID: '42' }).build.imageBuildArgs).BUILD_ID, '0');
  assert.is(load({ CI: 'true' }).ciBuildId, '0');
});

test('COMMIT_SHA and labels: the commit tag, else what the caller resolved', () => {
  const config = load({ COMMIT_SHA: 'a1b2c3d', GITHUB_SHA: 'ffff' });
  assert.is(asObject(config.build.imageBuildArgs).COMMIT_SHA, 'a1b2c3d');
  assert.equal(
    config.build.labels.map((l) => [...l]),
    [
      ['org.opencontainers.image.source', 'https://github.com/apache/airflow'],
      ['org.opencontainers.image.revision', 'a1b2c3d'],
      ['org.opencontainers.image.created', '2022-01-18T12:34:56Z'],
    ],
  );
  const unresolved = load({ GITHUB_SHA: 'ffff' });
  assert.is(asObject(unresolved.build.imageBuildArgs).COMMIT_SHA, '', 'GITHUB_SHA is not the built commit');
  assert.is(asObject(imageBuildArgs(unresolved.build.inputs, 'ci', '3.8', { commitSha: 'beef' })).COMMIT_SHA, 'beef');
});

test('UPGRADE_TO_NEWER_DEPENDENCIES: the raw value is passed; anything but false turns it on', () => {
  const config = load({ UPGRADE_TO_NEWER_DEPENDENCIES: '1234567' });
  assert.is(config.upgradeToNewerDependencies, true);
  assert.is(asObject(config.build.imageBuildArgs).UPGRADE_TO_NEWER_DEPENDENCIES, '1234567');
  assert.is(load().upgradeToNewerDependencies, false);
});

test('AIRFLOW_CONSTRAINTS_LOCATION: CI only, only when set', () => {
  assert.not.ok(keys(load().build.imageBuildArgs).includes('AIRFLOW_CONSTRAINTS_LOCATION'));
  const config = load({ AIRFLOW_CONSTRAINTS_LOCATION: 'https://example.org/c.txt' });
  assert.is(asObject(config.build.imageBuildArgs).AIRFLOW_CONSTRAINTS_LOCATION, 'https://example.org/c.txt');
  assert.not.ok(keys(config.build.prodImageBuildArgs).includes('AIRFLOW_CONSTRAINTS_LOCATION'));
});

test('AIRFLOW_IMAGE_DATE_CREATED: now in UTC without milliseconds, or as set', () => {
  assert.is(load().build.inputs.airflowImageDateCreated, '2022-01-18T12:34:56Z');
  assert.is(load({ AIRFLOW_IMAGE_DATE_CREATED: '2021-02-01T00:00:00Z' }).build.inputs.airflowImageDateCreated, '2021-02-01T00:00:00Z');
});

test('effectiveDockerCache: PROD is always pulled (the PROD prepare script forced it); CI follows DOCKER_CACHE', () => {
  for (const mode of ['pulled', 'local', 'disabled'] as const) {
    const config = load({ DOCKER_CACHE: mode });
    assert.is(effectiveDockerCache(config, 'ci'), mode);
    assert.is(effectiveDockerCache(config, 'prod'), 'pulled');
  }
});

test.run();
