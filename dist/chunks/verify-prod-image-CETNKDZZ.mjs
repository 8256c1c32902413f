import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  reportVerify,
  verifyImage
} from "./chunk-NO4TFUX4.mjs";
import {
  USAGE
} from "./chunk-IKGP2OFM.mjs";
import "./chunk-M2T5RP7L.mjs";
import {
  parsePythonFlag,
  runScript,
  setup
} from "./chunk-G5RXXNCK.mjs";
import "./chunk-Q3VEEV6Q.mjs";
import "./chunk-MJ4GKCEB.mjs";
import "./chunk-QAO4AET5.mjs";

// scripts/ci/images/verify-prod-image.ts
await runScript({ name: "verify-prod-image", usage: USAGE["verify-prod-image"], flags: { python: { type: "string" } } }, async (flags) => {
  const session = setup(flags, { planOnStdout: true });
  const { config, log, dryRun } = session;
  const python = parsePythonFlag(flags.python, config);
  const result = await session.group(
    `Verifying the PROD image for python ${python}`,
    () => verifyImage(config, session.docker(), { image: "prod", python, dryRun, log })
  );
  return reportVerify(session, result);
});
