/** The configuration's shape: typed, frozen, validated once by load.ts (the one reader of the environment). */
import type { GithubRegistry } from '../hosts.ts';
import type { BuildArg, BuildArgumentInputs } from './build-args.ts';
import type { DockerCache } from './variables.ts';

export interface ProducerSettings {
  /** WAIT_FOR_IMAGE_PRODUCER: a workflow file name, id or name; empty: none named. */
  readonly workflow: string;
  /** WAIT_FOR_IMAGE_PRODUCER_RUN_ID; empty: none named. */
  readonly runId: string;
  readonly graceSeconds: number;
  readonly apiIntervalSeconds: number;
  readonly eventName: string;
  readonly eventPath: string;
}

export interface BuildSettings {
  readonly ciDockerfile: string;
  readonly prodDockerfile: string;
  readonly context: string;
  readonly target: string;
  readonly builder: string;
  readonly platform: string | undefined;
  /** BUILD_ARGS: extra KEY=VALUE pairs, in order (passed after `imageBuildArgs`). */
  readonly buildArgs: readonly string[];
  /**
   * The CI image's build arguments for PYTHON_MAJOR_MINOR_VERSION, as #20664 passes them (ordered,
   * defaults applied). Other versions or PROD: `imageBuildArgs(config.build.inputs, image, python)`.
   */
  readonly imageBuildArgs: readonly BuildArg[];
  /** The same for the PROD image (PROD on CI: the prepare script's forced values). */
  readonly prodImageBuildArgs: readonly BuildArg[];
  /** `org.opencontainers.image.{source,revision,created}` label values. */
  readonly labels: readonly BuildArg[];
  /** What the build arguments are made of. */
  readonly inputs: BuildArgumentInputs;
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
  /** The user registry logins use: GITHUB_USERNAME, else FALLBACK_LOGIN_USER (variables.ts). */
  readonly loginUser: string;
  readonly githubToken: string;
  readonly containerRegistryToken: string;
  readonly dockerhubUser: string;
  readonly dockerhubRepo: string;
  /** DEFAULT_BRANCH: the default of BRANCH_NAME. */
  readonly defaultBranch: string;
  readonly branchName: string;
  /** From CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING; may be empty, see `requirePythonVersions`. */
  readonly pythonVersions: readonly string[];
  readonly pythonVersion: string;
  readonly defaultPythonVersion: string;
  /** PYTHON_BASE_IMAGE_VERSION, else `pythonVersion`. */
  readonly pythonBaseImageVersion: string;
  readonly forceAirflowProdBaseTag: string | undefined;
  /** IMAGE_TAG: an extra local tag (a full reference) for a built image. */
  readonly imageTag: string | undefined;
  readonly dockerCache: DockerCache;
  readonly prepareBuildxCache: boolean;
  readonly forcePullImages: boolean;
  readonly failOnGithubDockerPullError: boolean;
  /** VERIFY_PROVIDERS_FILE / VERIFY_IMPORTS_FILE: the lists verify-prod-image checks (relative to the working directory). */
  readonly verifyProvidersFile: string;
  readonly verifyImportsFile: string;
  /** UPGRADE_TO_NEWER_DEPENDENCIES is anything but `false` (its raw value is a build argument). */
  readonly upgradeToNewerDependencies: boolean;
  /** Read and validated; no effect since #20664 (see the table). */
  readonly checkImageForRebuild: boolean;
  /** Read and validated; no effect since #20664 (see the table). */
  readonly skipCheckRemoteImage: boolean;
  /** AIRFLOW_LOGIN_TO_GITHUB_REGISTRY: undefined when unset (log in when a token is set). */
  readonly airflowLoginToGithubRegistry: boolean | undefined;
  /** COMMIT_SHA, else GITHUB_SHA; empty when neither is set (never the literal `Unknown`). */
  readonly commitSha: string;
  /**
   * The commit that was built, for the commit tag and the `revision` label: COMMIT_SHA when set
   * (not the literal `Unknown`), else empty, meaning "resolve `git rev-parse HEAD` of the build
   * context". Never GITHUB_SHA: under `workflow_run` that is the default branch's tip (addendum §2).
   */
  readonly commitTag: string;
  /** GITHUB_SHA only: the commit tag is pushed only when it is set (fix of spec §6.11). */
  readonly githubSha: string;
  readonly githubRunId: string;
  /** CI (real environment only): `true`, `1` or `yes`. */
  readonly ci: boolean;
  /** CI_BUILD_ID: GITHUB_RUN_ID on CI, else CI_BUILD_ID, else `0` (the BUILD_ID build argument). */
  readonly ciBuildId: string;
  readonly githubOutput: string | undefined;
  readonly githubStepSummary: string | undefined;
  readonly githubActions: boolean;
  readonly githubApiUrl: string;
  /** host → base URL, from REGISTRY_ENDPOINTS. */
  readonly registryEndpoints: ReadonlyMap<string, string>;
  readonly waitTimeoutSeconds: number;
  readonly pollIntervalSeconds: number;
  /** The producer watch of the waits (issue 23): what names the run, and how it is read. */
  readonly producer: ProducerSettings;
  /** REGISTRY_REQUEST_TIMEOUT: per registry request; unset means each script's own default. */
  readonly requestTimeoutSeconds: number | undefined;
  readonly dockerConfigPath: string;
  /** containers' `auth.json` files to read, in order (REGISTRY_AUTH_FILE, XDG_RUNTIME_DIR, XDG_CONFIG_HOME). */
  readonly containersAuthFiles: readonly string[];
  readonly build: BuildSettings;
  /** One line each, for the caller to print on stderr: e.g. variables of an untrusted `.env` ignored. */
  readonly warnings: readonly string[];
}
