import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  createDocker,
  parseImageFlag,
  parsePythonFlag,
  prepareImage,
  reportPrepare,
  waitingMode
} from "./chunk-4F5WV7B5.mjs";
import "./chunk-VEF5STBZ.mjs";
import {
  createRegistryClient,
  enableMasking,
  group,
  loadConfig,
  makeLogger,
  parseFlags,
  parseSeconds,
  runMain
} from "./chunk-BQC4HAV3.mjs";
import "./chunk-BE3VBRP7.mjs";
import "./chunk-QAO4AET5.mjs";

// scripts/ci/images/prepare-ci-image.ts
var HELP = `usage: prepare-ci-image [--image ci|prod] [--python 3.8] [--timeout SECONDS] [--dry-run] [--json]
  Waiting mode (USE_GITHUB_REGISTRY=true and GITHUB_REGISTRY_WAIT_FOR_IMAGE=true): waits (at most
  --timeout, env WAIT_FOR_IMAGE_TIMEOUT, default 3600) for the image at GITHUB_REGISTRY_PULL_IMAGE_TAG
  in GITHUB_REGISTRY (PROD: and the -build image with WAIT_FOR_PROD_BUILD_IMAGE=true), pulls it and
  tags it with the local name (apache/airflow:master-python3.8-ci). Otherwise builds it: docker
  buildx build with the registry cache <image>:cache (PREPARE_BUILDX_CACHE=true also exports it),
  or DOCKER_BUILDKIT=1 docker build without buildx. DOCKERFILE_CI, DOCKERFILE_PROD, DOCKER_CONTEXT,
  BUILD_TARGET, BUILD_ARGS, BUILD_PLATFORM, BUILDX_BUILDER and DOCKER_CACHE shape the build.
  --image defaults to ci, --python to PYTHON_MAJOR_MINOR_VERSION. --dry-run prints the docker
  commands (it only runs \`docker buildx version\`). Exit: 0 ready, 1 failed or timed out, 2 bad input, 3 refused.`;
await runMain(async () => {
  const flags = parseFlags({
    image: { type: "string" },
    python: { type: "string" },
    timeout: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h" }
  });
  if (flags.help) return void process.stdout.write(HELP + "\n");
  const image = parseImageFlag(flags.image);
  const config = loadConfig();
  const python = parsePythonFlag(flags.python, config);
  const timeoutSeconds = flags.timeout === void 0 ? config.waitTimeoutSeconds : parseSeconds("--timeout", flags.timeout);
  enableMasking(config, { json: flags.json });
  const dryRun = flags["dry-run"];
  const log = makeLogger(dryRun && !flags.json ? process.stdout : process.stderr);
  const docker = createDocker(dryRun, log);
  const client = createRegistryClient(config, { onRetry: log });
  const title = `${waitingMode(config) ? "Pulling" : "Building"} the ${image.toUpperCase()} image for python ${python}`;
  const result = await group(config, title, log, () => prepareImage(config, docker, client, { image, python, dryRun, timeoutSeconds, log }));
  reportPrepare(config, result, { json: flags.json, dryRun }, (line) => process.stdout.write(line + "\n"));
});
