import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  pullRunImage,
  reportPrepare
} from "./chunk-BBK325IH.mjs";
import "./chunk-HX3VIZDF.mjs";
import "./chunk-INNC5BBE.mjs";
import "./chunk-5PMND4XI.mjs";
import {
  USAGE
} from "./chunk-IKGP2OFM.mjs";
import "./chunk-M2T5RP7L.mjs";
import {
  IMAGE_CHOICES,
  parseImageFlag,
  parsePythonFlag,
  parseRunIdFlag,
  runScript,
  setup
} from "./chunk-G5RXXNCK.mjs";
import "./chunk-Q3VEEV6Q.mjs";
import "./chunk-MJ4GKCEB.mjs";
import "./chunk-QAO4AET5.mjs";

// scripts/ci/images/pull-image.ts
var flags = { "run-id": { type: "string" }, image: { type: "string" }, python: { type: "string" }, timeout: { type: "string" } };
await runScript({ name: "pull-image", usage: USAGE["pull-image"], flags, deadline: { defaultSeconds: 3600 } }, async (flags2) => {
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
