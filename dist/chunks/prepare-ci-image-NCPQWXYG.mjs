import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  prepareImage,
  reportPrepare
} from "./chunk-BBK325IH.mjs";
import {
  lineReporter
} from "./chunk-Y7YFRVNN.mjs";
import {
  waitingMode
} from "./chunk-HX3VIZDF.mjs";
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
  parseWaitFlags,
  runScript,
  setup
} from "./chunk-G5RXXNCK.mjs";
import "./chunk-Q3VEEV6Q.mjs";
import "./chunk-MJ4GKCEB.mjs";
import "./chunk-QAO4AET5.mjs";

// scripts/ci/images/prepare-ci-image.ts
await runScript(
  {
    name: "prepare-ci-image",
    usage: USAGE["prepare-ci-image"],
    flags: { image: { type: "string" }, python: { type: "string" }, timeout: { type: "string" } }
  },
  async (flags) => {
    const image = parseImageFlag(flags.image);
    const session = setup(flags, { planOnStdout: true });
    const { config, log, dryRun } = session;
    const python = parsePythonFlag(flags.python, config);
    const timeoutSeconds = parseWaitFlags(flags).timeoutSeconds ?? config.waitTimeoutSeconds;
    const title = `${waitingMode(config) ? "Pulling" : "Building"} the ${IMAGE_CHOICES[image].label} image for python ${python}`;
    const result = await session.group(
      title,
      () => prepareImage(config, session.docker(), session.registryClient(), {
        image,
        python,
        dryRun,
        timeoutSeconds,
        log,
        onEvent: lineReporter(log).event
      })
    );
    return reportPrepare(session, result);
  }
);
