/**
 * The entries of THE table of variables (see variables.ts for what one entry drives), one variable a
 * line or two. Kept in its hand layout (`prettier-ignore`): it is read as a table, by section.
 */
import { DEFAULT_GITHUB_REGISTRY, GITHUB_REGISTRIES } from '../hosts.ts';
import { appendableFile, bool, httpUrl, line, matching, oneOf, python, pythonList, registryEndpoints, seconds, text } from './kinds.ts';
import { NOT_PORTED } from './not-ported.ts';
import {
  API_INTERVAL_BOUNDS,
  GRACE_BOUNDS,
  POLL_INTERVAL_BOUNDS,
  REQUEST_TIMEOUT_BOUNDS,
  TIMEOUT_BOUNDS,
  buildArgs,
  ciFlag,
  component,
  githubRepository,
  imageReference,
  isoUtc,
  safePath,
  stageName,
  tag,
  upgradeFlag,
} from './shared-kinds.ts';

/**
 * Defaults worked out in code rather than read from one entry's `default`: each is written once
 * here, and the entries below show them.
 */
/** The login user when GITHUB_USERNAME is empty, as the original (`${GITHUB_USERNAME:-apache}`). */
export const FALLBACK_LOGIN_USER = 'apache';
/** REGISTRY_REQUEST_TIMEOUT unset: seconds per registry request. */
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 30;
/** REGISTRY_REQUEST_TIMEOUT unset, in a wait: a stalled request holds its poll round, so shorter. */
export const DEFAULT_WAIT_REQUEST_TIMEOUT_SECONDS = 10;

export const DOCKER_CACHE_MODES = ['pulled', 'local', 'disabled', 'gha'] as const;
export type DockerCache = (typeof DOCKER_CACHE_MODES)[number];

import type { Variable } from './variable-types.ts';

// prettier-ignore
/** Entries appear in the docs in this order. */
export const VARIABLES = {
  // -- registry and image names
  USE_GITHUB_REGISTRY: { section: 'registry', default: 'false', kind: bool, help: 'use the GitHub registries instead of DockerHub' },
  GITHUB_REGISTRY_WAIT_FOR_IMAGE: { section: 'registry', default: 'false', kind: bool, help: 'jobs wait for images built elsewhere instead of building' },
  GITHUB_REGISTRY: {
    section: 'registry', default: DEFAULT_GITHUB_REGISTRY, kind: oneOf(GITHUB_REGISTRIES),
    help: '`ghcr.io` or `docker.pkg.github.com`: naming scheme and login; an empty job output means the default',
  },
  GITHUB_REGISTRY_IMAGE_SUFFIX: {
    section: 'registry', default: '-v2',
    kind: matching(/^(?:[._]|__|-+)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/, 'expected an image-name suffix such as -v2 (lower-case letters, digits, . _ -)'),
    help: 'appended to every GitHub image name',
  },
  GITHUB_REGISTRY_PULL_IMAGE_TAG: { section: 'registry', default: 'latest', kind: tag, help: 'tag to wait for / pull (CI: the run id)' },
  GITHUB_REGISTRY_PUSH_IMAGE_TAG: { section: 'registry', default: 'latest', kind: tag, help: 'tag to push' },
  GITHUB_REPOSITORY: { section: 'registry', default: 'apache/airflow', kind: githubRepository, help: '`owner/name`; lower-cased in every image name' },
  DOCKERHUB_USER: { section: 'registry', default: 'apache', kind: component, help: 'user of the local DockerHub-style names' },
  DOCKERHUB_REPO: { section: 'registry', default: 'airflow', kind: component, help: 'repository of the local DockerHub-style names' },
  DEFAULT_BRANCH: {
    section: 'registry', default: 'master', kind: component, help: 'default of BRANCH_NAME (the build workflows export it)',
    bash: '`master` (`main` after #20664), set with `=`: an empty value stayed empty and names started with `-python`',
  },
  BRANCH_NAME: { section: 'registry', default: '${DEFAULT_BRANCH}', kind: component, help: 'part of every image name' },
  FORCE_AIRFLOW_PROD_BASE_TAG: { section: 'registry', default: '', kind: component, help: 'replaces `<branch>-python<V>` in PROD names' },
  IMAGE_TAG: { section: 'registry', default: '', kind: imageReference, help: 'an extra local tag for a built image, e.g. `apache/airflow:my-tag`' },

  // -- credentials
  GITHUB_USERNAME: {
    section: 'credentials', default: '',
    kind: matching(/^(?:[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:\[bot\])?)?$/, 'expected a GitHub login: letters, digits and single hyphens (a bot may end in [bot])'),
    help: `login user (falls back to \`${FALLBACK_LOGIN_USER}\`)`,
  },
  GITHUB_TOKEN: {
    section: 'credentials', default: '', kind: text, secret: true,
    help: 'credential for docker.pkg.github.com; the wait reads its producer run with it (`actions: read`)',
  },
  CONTAINER_REGISTRY_TOKEN: { section: 'credentials', default: '', kind: text, secret: true, help: 'credential for ghcr.io' },
  AIRFLOW_LOGIN_TO_GITHUB_REGISTRY: {
    section: 'credentials', default: '', kind: bool,
    help: '`true`: log in to the GitHub registry before pushing; `false`: do not; unset: log in when a token is set',
    bash: 'unset (#20664: only `true` logs in)',
  },
  DOCKER_CONFIG: {
    section: 'credentials', default: '~/.docker', kind: text, url: true, computed: true,
    help: 'where `config.json` is: its credHelpers, credsStore and auths are read for credentials, as docker, crane and skopeo do',
  },
  REGISTRY_AUTH_FILE: {
    section: 'credentials', default: '', kind: text, url: true,
    help: 'containers `auth.json` (podman, skopeo, buildah) to read; unset: `$XDG_RUNTIME_DIR/containers/auth.json`, then `$XDG_CONFIG_HOME/containers/auth.json`',
  },
  XDG_RUNTIME_DIR: { section: 'credentials', default: '', kind: text, url: true, help: 'where podman login keeps `containers/auth.json`' },
  XDG_CONFIG_HOME: { section: 'credentials', default: '~/.config', kind: text, url: true, computed: true, help: 'the other place of `containers/auth.json`' },
  HOME: { section: 'credentials', default: 'the home directory', kind: text, computed: true, help: 'where `~/.docker` and `~/.config` are' },

  // -- python versions
  CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: {
    section: 'python', default: '', kind: pythonList, help: 'space-separated versions the wait and prune scripts handle (required there)',
  },
  DEFAULT_PYTHON_MAJOR_MINOR_VERSION: { section: 'python', default: '3.6', kind: python, help: 'default of PYTHON_MAJOR_MINOR_VERSION', bash: 'hard-set, not read' },
  PYTHON_MAJOR_MINOR_VERSION: { section: 'python', default: '${DEFAULT_PYTHON_MAJOR_MINOR_VERSION}', kind: python, help: 'version of single-image scripts', flags: ['--python'] },
  PYTHON_BASE_IMAGE_VERSION: {
    section: 'python', default: '', kind: python, help: 'python of the base image `python:<V>-slim-buster`; empty: the image\'s own version',
    bash: '`${PYTHON_MAJOR_MINOR_VERSION}` (gone after #20664)',
  },

  // -- waiting
  WAIT_FOR_IMAGE_TIMEOUT: {
    section: 'waiting', default: '3600', kind: seconds(TIMEOUT_BOUNDS), flags: ['--timeout'],
    help: 'seconds to wait for images, at most 7 days', bash: 'no limit (the job timeout)',
  },
  WAIT_FOR_IMAGE_POLL_INTERVAL: {
    section: 'waiting', default: '5', kind: seconds(POLL_INTERVAL_BOUNDS), flags: ['--poll-interval'],
    help: 'seconds between checks at most (0.1 to 3600; 80–100 % of it at random)', bash: '30',
  },
  WAIT_FOR_IMAGE_PRODUCER: {
    section: 'waiting', default: '', flags: ['--producer'],
    kind: matching(/^(?:\d{1,20}|[A-Za-z0-9._-]{1,200}\.ya?ml|[^\s\u0000-\u001f\u007f][^\u0000-\u001f\u007f]{0,199})?$/, 'expected the producing workflow: its file name (build-images.yml), its numeric id, or its name'),
    help: 'the workflow that pushes the images: the wait follows its run for the images\' commit and fails fast when it fails (needs GITHUB_TOKEN with `actions: read`)',
  },
  WAIT_FOR_IMAGE_PRODUCER_RUN_ID: {
    section: 'waiting', default: '', flags: ['--producer-run-id'], kind: matching(/^\d{0,20}$/, 'expected a workflow run id (digits)'),
    help: 'the run that pushes the images, outright (a `workflow_run` event names it by itself)',
  },
  WAIT_FOR_IMAGE_GRACE: {
    section: 'waiting', default: '120', kind: seconds(GRACE_BOUNDS), flags: ['--grace'],
    help: 'seconds the images may take to show after the producer run succeeded, then the wait fails',
  },
  WAIT_FOR_IMAGE_API_INTERVAL: {
    section: 'waiting', default: '15', kind: seconds(API_INTERVAL_BOUNDS),
    help: 'seconds between reads of the producer run at least (1 to 3600; below 15 only for tests: it costs API requests)',
  },
  WAIT_FOR_PROD_BUILD_IMAGE: { section: 'waiting', default: 'false', kind: bool, help: 'PROD waits also for the `-build` image' },

  // -- pulling and pushing
  FORCE_PULL_IMAGES: { section: 'images', default: 'false', kind: bool, help: 'pull even when the image is present locally', bash: '`false` (gone after #20664)' },
  FAIL_ON_GITHUB_DOCKER_PULL_ERROR: {
    section: 'images', default: 'false', kind: bool,
    help: '`true`: a failed pull of the verify scripts is an error; otherwise it is logged and the local image is verified',
  },
  COMMIT_SHA: {
    section: 'images', default: '', kind: tag,
    help: 'the commit that was built: its tag is pushed (else the build context\'s `git rev-parse HEAD`)',
    bash: '`git rev-parse HEAD`, else `Unknown`; the environment was ignored',
  },
  GITHUB_SHA: { section: 'images', default: '', kind: tag, help: 'set by Actions; without COMMIT_SHA the commit tag (the HEAD of DOCKER_CONTEXT, never GITHUB_SHA) is pushed only when it is set' },
  GITHUB_RUN_ID: { section: 'images', default: '', kind: matching(/^\d*$/, 'expected digits (a workflow run id)'), help: 'set by Actions' },

  // -- verifying
  VERIFY_PROVIDERS_FILE: {
    section: 'verifying', default: 'scripts/ci/installed_providers.txt', kind: safePath,
    help: 'verify-prod-image: providers (one per line, e.g. `amazon`, `apache.hive`) `airflow providers list` must show as `apache-airflow-providers-<dots→dashes>`; a missing file skips the check',
  },
  VERIFY_IMPORTS_FILE: {
    section: 'verifying', default: 'scripts/ci/verify_imports.txt', kind: safePath,
    help: 'verify-prod-image: modules (one per line; `a, b` imports several at once) each checked with `python -c \'import …\'`; a missing file skips the check',
  },

  // -- building
  DOCKER_CACHE: {
    section: 'building', default: 'pulled', kind: oneOf(DOCKER_CACHE_MODES),
    help: '`pulled` (registry cache), `local` (daemon only), `disabled` (`--no-cache`), `gha` (GitHub Actions cache; buildx only); PROD is always `pulled`, as the bash forced',
    bash: 'empty: `local` for PROD before #20664',
  },
  PREPARE_BUILDX_CACHE: { section: 'building', default: 'false', kind: bool, help: 'write the BuildKit registry cache (buildx `--cache-to`, else the inline-cache image pushed as `:cache`)' },
  UPGRADE_TO_NEWER_DEPENDENCIES: {
    section: 'building', default: 'false', kind: upgradeFlag,
    help: 'anything but `false` (e.g. a run id, to bust the cache) upgrades dependencies; passed as a build argument',
  },
  CHECK_IMAGE_FOR_REBUILD: {
    section: 'building', default: 'true', kind: bool, help: 'the md5 "rebuild needed?" check',
    noEffect: 'the md5 check went with #20664; the port always builds and BuildKit\'s cache decides',
  },
  SKIP_CHECK_REMOTE_IMAGE: {
    section: 'building', default: 'false', kind: bool, help: 'skip the remote manifest-hash comparison',
    noEffect: 'the manifest images and their hash comparison went with #20664',
  },
  DOCKERFILE_CI: { section: 'building', default: 'Dockerfile.ci', kind: safePath, help: 'Dockerfile of the CI image' },
  DOCKERFILE_PROD: { section: 'building', default: 'Dockerfile', kind: safePath, help: 'Dockerfile of the PROD image' },
  DOCKER_CONTEXT: { section: 'building', default: '.', kind: safePath, help: 'build context' },
  BUILD_TARGET: { section: 'building', default: 'main', kind: stageName('Dockerfile stage name'), help: 'Dockerfile stage to build' },
  BUILDX_BUILDER: { section: 'building', default: 'airflow_cache', kind: stageName('buildx builder name'), help: 'dedicated builder for registry cache export' },
  BUILD_PLATFORM: {
    section: 'building', default: '',
    kind: matching(/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?(?:,[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?)*$/, 'expected os/arch[/variant], comma-separated, e.g. linux/amd64,linux/arm64'),
    help: '`--platform` value, e.g. `linux/amd64,linux/arm64`', bash: 'none (`DOCKER_DEFAULT_PLATFORM=linux/amd64`)',
  },
  BUILD_ARGS: { section: 'building', default: '', kind: buildArgs, help: 'extra `KEY=VALUE` build arguments, space- or newline-separated, passed after the others' },

  // -- build arguments (#20664's `--build-arg`s; PROD on CI forces some, see lib/config/build-args.ts)
  AIRFLOW_VERSION: {
    section: 'buildArgs', default: 'the Dockerfile\'s', kind: stageName('version'), computed: true,
    help: 'build argument; passed only when set', bash: '`version =` of `setup.py`',
  },
  AIRFLOW_EXTRAS: {
    section: 'buildArgs', default: 'devel_ci (PROD: the Dockerfile\'s)', kind: matching(/^[a-z0-9_,.-]+$/, 'expected comma-separated extras (a-z 0-9 _ . -)'), computed: true,
    help: 'build argument; PROD gets it only when set',
  },
  AIRFLOW_PRE_CACHED_PIP_PACKAGES: { section: 'buildArgs', default: 'true', kind: bool, help: 'build argument (PROD on CI: forced `false`)' },
  ADDITIONAL_AIRFLOW_EXTRAS: { section: 'buildArgs', default: '', kind: line, help: 'build argument' },
  ADDITIONAL_PYTHON_DEPS: { section: 'buildArgs', default: '', kind: line, help: 'build argument' },
  ADDITIONAL_DEV_APT_DEPS: { section: 'buildArgs', default: '', kind: line, help: 'build argument' },
  ADDITIONAL_DEV_APT_ENV: { section: 'buildArgs', default: '', kind: line, help: 'build argument' },
  ADDITIONAL_RUNTIME_APT_DEPS: { section: 'buildArgs', default: '', kind: line, help: 'build argument' },
  ADDITIONAL_RUNTIME_APT_ENV: { section: 'buildArgs', default: '', kind: line, help: 'build argument' },
  CONSTRAINTS_GITHUB_REPOSITORY: { section: 'buildArgs', default: 'apache/airflow', kind: githubRepository, help: 'build argument: where the constraints live' },
  DEFAULT_CONSTRAINTS_BRANCH: { section: 'buildArgs', default: 'constraints-master', kind: component, help: 'default of AIRFLOW_CONSTRAINTS_REFERENCE', bash: '`constraints-master` (`constraints-main` after #20664)' },
  AIRFLOW_CONSTRAINTS_REFERENCE: { section: 'buildArgs', default: '${DEFAULT_CONSTRAINTS_BRANCH}', kind: stageName('git reference'), help: 'build argument' },
  AIRFLOW_CONSTRAINTS: {
    section: 'buildArgs', default: 'constraints-source-providers', kind: matching(/^[a-z0-9-]+$/, 'expected a constraints flavour, e.g. constraints-source-providers'),
    help: 'build argument',
  },
  AIRFLOW_CONSTRAINTS_LOCATION: { section: 'buildArgs', default: '', kind: line, url: true, help: 'build argument of the CI image (a URL or path), passed only when set' },
  AIRFLOW_IMAGE_REPOSITORY: {
    section: 'buildArgs', default: 'https://github.com/${GITHUB_REPOSITORY}', kind: httpUrl, url: true,
    help: 'build argument; the `org.opencontainers.image.source` label',
  },
  AIRFLOW_IMAGE_DATE_CREATED: {
    section: 'buildArgs', default: 'now (UTC)', kind: isoUtc, computed: true,
    help: 'build argument; the `org.opencontainers.image.created` label', bash: 'always now',
  },
  CI_BUILD_ID: {
    section: 'buildArgs', default: '${GITHUB_RUN_ID} when CI=true, else 0', kind: stageName('build id'), computed: true,
    help: 'the `BUILD_ID` build argument (on CI always GITHUB_RUN_ID, as the bash did)',
  },
  INSTALL_MYSQL_CLIENT: { section: 'buildArgs', default: 'true', kind: bool, help: 'build argument of the PROD image' },
  INSTALL_MSSQL_CLIENT: { section: 'buildArgs', default: 'true', kind: bool, help: 'build argument of the PROD image' },
  AIRFLOW_INSTALLATION_METHOD: { section: 'buildArgs', default: 'apache-airflow', kind: stageName('installation method'), help: 'build argument of the PROD image' },
  AIRFLOW_SOURCES_FROM: { section: 'buildArgs', default: 'empty', kind: safePath, help: 'build argument of the PROD image' },
  AIRFLOW_SOURCES_TO: { section: 'buildArgs', default: '/empty', kind: safePath, help: 'build argument of the PROD image' },
  AIRFLOW_SOURCES_WWW_FROM: { section: 'buildArgs', default: 'empty', kind: safePath, help: 'build argument of the PROD image' },
  AIRFLOW_SOURCES_WWW_TO: { section: 'buildArgs', default: '/empty', kind: safePath, help: 'build argument of the PROD image' },

  // -- transport
  REGISTRY_ENDPOINTS: {
    section: 'transport', default: '', kind: registryEndpoints, url: true,
    help: '`host=url,…`: send a registry host\'s requests to another base URL (mirrors, local registries); image names keep the public host',
  },
  REGISTRY_REQUEST_TIMEOUT: {
    section: 'transport', default: `${DEFAULT_WAIT_REQUEST_TIMEOUT_SECONDS} (waits) / ${DEFAULT_REQUEST_TIMEOUT_SECONDS}`,
    kind: seconds(REQUEST_TIMEOUT_BOUNDS), computed: true,
    help: 'seconds per registry request (idle time for blob streams), at most 1 day',
  },
  GITHUB_API_URL: {
    section: 'transport', default: 'https://api.github.com', kind: httpUrl, url: true,
    help: 'GitHub\'s REST API (Enterprise Server: `https://HOST/api/v3`): package-version deletion on ghcr.io, the wait\'s producer run',
  },

  // -- runner
  CI: {
    section: 'runner', default: 'false', kind: ciFlag, envOnly: true,
    help: 'set by CI runners; then an implicit `.env` may not set URL variables, and BUILD_ID is GITHUB_RUN_ID',
  },
  GITHUB_ACTIONS: { section: 'runner', default: 'false', kind: bool, help: 'set by Actions: log groups, masks, annotations' },
  GITHUB_EVENT_NAME: { section: 'runner', default: '', kind: line, help: 'set by Actions: `workflow_run` and `pull_request*` events tell the wait which run and commit to follow' },
  GITHUB_EVENT_PATH: { section: 'runner', default: '', kind: text, help: 'set by Actions: the event payload (`workflow_run.id`, `pull_request.head.sha`)' },
  GITHUB_OUTPUT: { section: 'runner', default: '', kind: appendableFile, help: 'set by Actions; checked up front (writable file)' },
  GITHUB_STEP_SUMMARY: { section: 'runner', default: '', kind: appendableFile, help: 'set by Actions; checked up front (writable file)' },
  CI_IMAGES_ENV_FILE: {
    section: 'runner', default: '.env', kind: text, envOnly: true,
    help: 'the env file to read; naming it also trusts its URL variables on CI',
  },

  ...NOT_PORTED,
} as const satisfies Readonly<Record<string, Variable>>;
