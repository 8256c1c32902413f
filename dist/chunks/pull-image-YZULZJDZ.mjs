import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  pullRunImage,
  reportPrepare
} from "./chunk-YHRFXER2.mjs";
import "./chunk-JRSAJQTT.mjs";
import "./chunk-WPIJ6JTQ.mjs";
import "./chunk-VW4FBLIU.mjs";
import "./chunk-PSQMQC6P.mjs";
import "./chunk-2CZDJTIM.mjs";
import {
  IMAGE_CHOICES,
  parseImageFlag,
  parsePythonFlag,
  parseRunIdFlag,
  runScript,
  setup
} from "./chunk-ODCBDXED.mjs";
import "./chunk-E7YZNGG6.mjs";
import "./chunk-QAO4AET5.mjs";

// scripts/ci/images/pull-image.ts
var usage = `Usage: tsx scripts/ci/images/pull-image.ts --run-id RUN_ID [--image ci|prod] [--python 3.8] [--dry-run] [--json]
  Pulls the image a CI run pushed (tag RUN_ID, the GitHub Actions run id) from whichever GitHub
  registry holds it, and tags it with the local name (apache/airflow:master-python3.8-ci), as
  prepare-ci-image does in CI. One check per registry, no waiting: a run id with no image says so
  in seconds. Names follow the usual variables (GITHUB_REPOSITORY, BRANCH_NAME, ...); tokens:
  CONTAINER_REGISTRY_TOKEN / GITHUB_TOKEN, or your docker login. Output localImage.
  --timeout SECONDS: overall deadline (default 3600). Exit: 0 pulled, 1 no such image or failed, 2 bad input, 3 credentials refused.`;
var flags = { "run-id": { type: "string" }, image: { type: "string" }, python: { type: "string" }, timeout: { type: "string" } };
await runScript({ name: "pull-image", usage, flags, deadline: { defaultSeconds: 3600 } }, async (flags2) => {
  const session = setup(flags2, { planOnStdout: true });
  const runId = parseRunIdFlag(flags2["run-id"]);
  const image = parseImageFlag(flags2.image);
  const { config, log, dryRun } = session;
  const python = parsePythonFlag(flags2.python, config);
  const result = await session.group(
    `Pulling the ${IMAGE_CHOICES[image].label} image of run ${runId} for python ${python}`,
    () => pullRunImage(config, session.docker(), session.registryClient(), { image, python, dryRun, log, runId })
  );
  return reportPrepare(session, result);
});
