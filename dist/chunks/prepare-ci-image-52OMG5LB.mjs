import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  prepareImage,
  reportPrepare
} from "./chunk-YHRFXER2.mjs";
import {
  lineReporter
} from "./chunk-ZG3PVTLY.mjs";
import {
  waitingMode
} from "./chunk-JRSAJQTT.mjs";
import "./chunk-WPIJ6JTQ.mjs";
import "./chunk-VW4FBLIU.mjs";
import "./chunk-PSQMQC6P.mjs";
import "./chunk-2CZDJTIM.mjs";
import {
  IMAGE_CHOICES,
  parseImageFlag,
  parsePythonFlag,
  parseWaitFlags,
  runScript,
  setup
} from "./chunk-ODCBDXED.mjs";
import "./chunk-E7YZNGG6.mjs";
import "./chunk-QAO4AET5.mjs";

// scripts/ci/images/prepare-ci-image.ts
var usage = `Usage: tsx scripts/ci/images/prepare-ci-image.ts [--image ci|prod] [--python 3.8] [--timeout SECONDS] [--dry-run] [--json]
  Waiting mode (USE_GITHUB_REGISTRY=true and GITHUB_REGISTRY_WAIT_FOR_IMAGE=true): waits (at most
  --timeout, env WAIT_FOR_IMAGE_TIMEOUT, default 3600) for the image at GITHUB_REGISTRY_PULL_IMAGE_TAG
  in GITHUB_REGISTRY (PROD: and the -build image with WAIT_FOR_PROD_BUILD_IMAGE=true), pulls it and
  tags it with the local name (apache/airflow:master-python3.8-ci). Otherwise builds it: docker
  buildx build with the registry cache <image>:cache (PREPARE_BUILDX_CACHE=true also exports it),
  or DOCKER_BUILDKIT=1 docker build without buildx. DOCKERFILE_CI, DOCKERFILE_PROD, DOCKER_CONTEXT,
  BUILD_TARGET, BUILD_ARGS, BUILD_PLATFORM, BUILDX_BUILDER and DOCKER_CACHE shape the build.
  --image defaults to ci, --python to PYTHON_MAJOR_MINOR_VERSION. --dry-run prints the docker
  commands (it only runs \`docker buildx version\`). Exit: 0 ready, 1 failed or timed out, 2 bad input, 3 refused.`;
await runScript({ name: "prepare-ci-image", usage, flags: { image: { type: "string" }, python: { type: "string" }, timeout: { type: "string" } } }, async (flags) => {
  const image = parseImageFlag(flags.image);
  const session = setup(flags, { planOnStdout: true });
  const { config, log, dryRun } = session;
  const python = parsePythonFlag(flags.python, config);
  const timeoutSeconds = parseWaitFlags(flags).timeoutSeconds ?? config.waitTimeoutSeconds;
  const title = `${waitingMode(config) ? "Pulling" : "Building"} the ${IMAGE_CHOICES[image].label} image for python ${python}`;
  const result = await session.group(
    title,
    () => prepareImage(config, session.docker(), session.registryClient(), { image, python, dryRun, timeoutSeconds, log, onEvent: lineReporter(log).event })
  );
  return reportPrepare(session, result);
});
