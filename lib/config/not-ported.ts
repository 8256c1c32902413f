/**
 * Variables the bash read and this toolkit deliberately does not, each with the reason: part of the
 * one table (variables.ts), listed in the README by `npm run gen:docs`.
 */
import type { NotPortedVariable } from './variable-types.ts';

export const NOT_PORTED = {
  VERIFY_IMAGE: { section: 'notPorted', default: '', ported: false, reason: 'the verify scripts always verify: leave the step out of the workflow instead', help: '`false` skipped image verification (#20664)' },
  FORCE_BUILD_IMAGES: { section: 'notPorted', default: 'false', ported: false, reason: 'no md5 rebuild check to force', help: 'forced a rebuild' },
  FORCE_BUILD: { section: 'notPorted', default: '', ported: false, reason: 'no md5 rebuild check to force', help: 'forced a rebuild' },
  FORCE_ANSWER_TO_QUESTIONS: { section: 'notPorted', default: '', ported: false, reason: 'nothing asks questions', help: 'answer to the rebuild prompt' },
  DEFAULT_CI_IMAGE: { section: 'notPorted', default: '', ported: false, reason: 'DockerHub default-image pushes are not ported (spec §6.10)', help: 'extra DockerHub tag' },
  DEFAULT_PROD_IMAGE: { section: 'notPorted', default: '', ported: false, reason: 'never assigned by the bash (spec §6.10)', help: 'extra DockerHub tag' },
  SKIP_BUILDING_PROD_IMAGE: { section: 'notPorted', default: 'false', ported: false, reason: 'the port does not build the `-build` segment', help: 'skipped the PROD build' },
  INSTALL_AIRFLOW_VERSION: { section: 'notPorted', default: '', ported: false, reason: 'local (breeze) PROD install mode', help: 'install airflow from PyPI' },
  INSTALL_AIRFLOW_REFERENCE: { section: 'notPorted', default: '', ported: false, reason: 'local (breeze) PROD install mode', help: 'install airflow from GitHub' },
  INSTALL_PROVIDERS_FROM_SOURCES: { section: 'notPorted', default: 'true', ported: false, reason: 'PROD on CI forces `false`; the CI image does not take it after #20664', help: 'build argument' },
  INSTALL_FROM_PYPI: { section: 'notPorted', default: 'true', ported: false, reason: 'PROD on CI forces `false`; the CI image does not take it after #20664', help: 'build argument' },
  INSTALL_FROM_DOCKER_CONTEXT_FILES: { section: 'notPorted', default: 'false', ported: false, reason: 'PROD on CI forces `true`; the CI image does not take it after #20664', help: 'build argument' },
  CONTINUE_ON_PIP_CHECK_FAILURE: { section: 'notPorted', default: 'false', ported: false, reason: 'not passed after #20664', help: 'build argument' },
  ADDITIONAL_DEV_APT_COMMAND: { section: 'notPorted', default: '', ported: false, reason: 'the bash forces it empty; passed as an empty build argument', help: 'build argument' },
  ADDITIONAL_RUNTIME_APT_COMMAND: { section: 'notPorted', default: '', ported: false, reason: 'the bash forces it empty; passed as an empty build argument', help: 'build argument' },
  DEV_APT_DEPS: { section: 'notPorted', default: '', ported: false, reason: 'the bash forces it empty on CI', help: 'build argument' },
  DEV_APT_COMMAND: { section: 'notPorted', default: '', ported: false, reason: 'the bash forces it empty on CI', help: 'build argument' },
  RUNTIME_APT_DEPS: { section: 'notPorted', default: '', ported: false, reason: 'the bash forces it empty on CI', help: 'build argument' },
  RUNTIME_APT_COMMAND: { section: 'notPorted', default: '', ported: false, reason: 'the bash forces it empty on CI', help: 'build argument' },
  PIP_PROGRESS_BAR: { section: 'notPorted', default: '', ported: false, reason: 'only for remote PROD installs, which CI does not do', help: 'build argument `off` on CI' },
  CHECK_IF_BASE_PYTHON_IMAGE_UPDATED: { section: 'notPorted', default: 'false', ported: false, reason: 'no python base images are kept (#20664)', help: 'rebuilt the python base image' },
  PUSH_PYTHON_BASE_IMAGE: { section: 'notPorted', default: 'false', ported: false, reason: 'no python base images are kept (#20664)', help: 'pushed the python base image' },
  WAIT_FOR_IMAGE: { section: 'notPorted', default: '', ported: false, reason: 'set by ci.yml but read by no script (spec §1b)', help: '' },
  GITHUB_BASE_REF: { section: 'notPorted', default: '', ported: false, reason: 'fed only the CI_* variables', help: '' },
  GITHUB_JOB: { section: 'notPorted', default: '', ported: false, reason: 'fed only the CI_* variables', help: '' },
  GITHUB_REF: { section: 'notPorted', default: '', ported: false, reason: 'fed only the CI_* variables', help: '' },
  VERBOSE: { section: 'notPorted', default: 'false', ported: false, reason: 'every docker command is always echoed (secrets redacted)', help: 'echoed docker commands' },
  VERBOSE_COMMANDS: { section: 'notPorted', default: 'false', ported: false, reason: 'no shell to trace (`CI_IMAGES_DEBUG=true` prints stacks)', help: '`set -x`' },
  PRINT_INFO_FROM_SCRIPTS: { section: 'notPorted', default: 'true', ported: false, reason: 'output is not hidden in a log file', help: 'sent docker output to OUTPUT_LOG' },
  OUTPUT_LOG: { section: 'notPorted', default: '', ported: false, reason: 'output is not hidden in a log file', help: 'log file' },
  BUILD_CACHE_DIR: { section: 'notPorted', default: '', ported: false, reason: 'no md5 files to keep', help: '`${AIRFLOW_SOURCES}/.build`' },
  DOCKER_BINARY_PATH: { section: 'notPorted', default: '', ported: false, reason: '`docker` is found on PATH', help: 'the docker binary' },
  SKIP_CACHE_DELETION: { section: 'notPorted', default: '', ported: false, reason: 'nothing is cached on disk', help: '' },
  DRY_RUN_DOCKER: { section: 'notPorted', default: '', ported: false, reason: 'the scripts take `--dry-run`', help: 'printed docker commands instead of running them' },
  DOCKER_REPO: { section: 'notPorted', default: '', ported: false, reason: '`ci_build_dockerhub.sh` (DockerHub autobuilds) is not ported', help: '' },
  DOCKER_TAG: { section: 'notPorted', default: '', ported: false, reason: '`ci_build_dockerhub.sh` (DockerHub autobuilds) is not ported', help: '' },
} as const satisfies Readonly<Record<string, NotPortedVariable>>;
