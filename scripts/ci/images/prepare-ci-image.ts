#!/usr/bin/env -S npx tsx
// Port of ci_prepare_ci_image_on_ci.sh / ci_prepare_prod_image_on_ci.sh (spec §3.3, §3.4, §5b):
// wait for the image in GITHUB_REGISTRY, pull it and tag it locally; or build it with BuildKit
// and the registry cache. See --help.
import { runScript } from '../../../lib/cli/main.ts';
import { parseImageFlag, parsePythonFlag, parseWaitFlags } from '../../../lib/cli/flags.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { prepareImage } from '../../../lib/commands/prepare.ts';
import { waitingMode } from '../../../lib/commands/wait/index.ts';
import { IMAGE_CHOICES } from '../../../lib/images.ts';
import { lineReporter } from '../../../lib/report/progress.ts';
import { reportPrepare } from '../../../lib/report/prepare.ts';

const usage = `Usage: tsx scripts/ci/images/prepare-ci-image.ts [--image ci|prod] [--python 3.8] [--timeout SECONDS] [--dry-run] [--json]
  Waiting mode (USE_GITHUB_REGISTRY=true and GITHUB_REGISTRY_WAIT_FOR_IMAGE=true): waits (at most
  --timeout, env WAIT_FOR_IMAGE_TIMEOUT, default 3600) for the image at GITHUB_REGISTRY_PULL_IMAGE_TAG
  in GITHUB_REGISTRY (PROD: and the -build image with WAIT_FOR_PROD_BUILD_IMAGE=true), pulls it and
  tags it with the local name (apache/airflow:master-python3.8-ci). Otherwise builds it: docker
  buildx build with the registry cache <image>:cache (PREPARE_BUILDX_CACHE=true also exports it),
  or DOCKER_BUILDKIT=1 docker build without buildx. DOCKERFILE_CI, DOCKERFILE_PROD, DOCKER_CONTEXT,
  BUILD_TARGET, BUILD_ARGS, BUILD_PLATFORM, BUILDX_BUILDER and DOCKER_CACHE shape the build.
  --image defaults to ci, --python to PYTHON_MAJOR_MINOR_VERSION. --dry-run prints the docker
  commands (it only runs \`docker buildx version\`). Exit: 0 ready, 1 failed or timed out, 2 bad input, 3 refused.`;

await runScript({ name: 'prepare-ci-image', usage, flags: { image: { type: 'string' }, python: { type: 'string' }, timeout: { type: 'string' } } }, async (flags) => {
  const image = parseImageFlag(flags.image);
  const session = setup(flags, { planOnStdout: true });
  const { config, log, dryRun } = session;
  const python = parsePythonFlag(flags.python, config);
  const timeoutSeconds = parseWaitFlags(flags).timeoutSeconds ?? config.waitTimeoutSeconds;
  const title = `${waitingMode(config) ? 'Pulling' : 'Building'} the ${IMAGE_CHOICES[image].label} image for python ${python}`;
  const result = await session.group(title, () =>
    prepareImage(config, session.docker(), session.registryClient(), { image, python, dryRun, timeoutSeconds, log, onEvent: lineReporter(log).event }),
  );
  return reportPrepare(session, result);
});
