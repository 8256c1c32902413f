import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  copyImages,
  promoteImages,
  pushImages
} from "./chunk-5PMND4XI.mjs";
import {
  USAGE
} from "./chunk-IKGP2OFM.mjs";
import "./chunk-M2T5RP7L.mjs";
import {
  IMAGE_CHOICES,
  parseHostFlag,
  parseImageFlag,
  parsePythonFlag,
  parseTagFlag,
  runScript,
  setup
} from "./chunk-G5RXXNCK.mjs";
import {
  ConfigError
} from "./chunk-Q3VEEV6Q.mjs";
import "./chunk-MJ4GKCEB.mjs";
import "./chunk-QAO4AET5.mjs";

// lib/report/push.ts
function reportPush(session, result) {
  const { dryRun } = session;
  const main = result.images[0];
  if (!dryRun && main) {
    session.output("imageReference", main.imageReference);
    if (main.imageDigest) session.output("imageDigest", main.imageDigest);
  }
  if (session.json) {
    session.result({ dryRun, ...result });
    return 0;
  }
  const verb = dryRun ? `Would ${result.mode}` : { push: "Pushed", promote: "Promoted", copy: "Copied" }[result.mode];
  for (const image of result.images) {
    session.out(`${verb} ${image.imageReference}${image.imageDigest ? ` ${image.imageDigest}` : ""}`);
    if (image.referrers?.length) session.out(`  ${image.referrers.length} referrer(s): ${image.referrers.map((r) => r.kind).join(", ")}`);
  }
  return 0;
}

// scripts/ci/images/push-images.ts
var flags = {
  image: { type: "string" },
  python: { type: "string" },
  promote: { type: "string" },
  "copy-to": { type: "string" },
  timeout: { type: "string" }
};
await runScript({ name: "push-images", usage: USAGE["push-images"], flags, deadline: { defaultSeconds: 3600 } }, async (flags2) => {
  if (flags2.promote !== void 0 && flags2["copy-to"] !== void 0) {
    throw new ConfigError("--promote", "--promote and --copy-to are mutually exclusive: run the script once for each");
  }
  const image = parseImageFlag(flags2.image);
  const fromTag = flags2.promote === void 0 ? void 0 : parseTagFlag("--promote", flags2.promote);
  const copyTo = flags2["copy-to"] === void 0 ? void 0 : parseHostFlag("--copy-to", flags2["copy-to"]);
  const session = setup(flags2, { planOnStdout: true });
  const { config, log, dryRun } = session;
  const options = { image, python: parsePythonFlag(flags2.python, config), dryRun, log };
  const result = await session.group(
    `Publishing the ${IMAGE_CHOICES[image].label} image for python ${options.python}`,
    () => fromTag !== void 0 ? promoteImages(config, session.registryClient(), { ...options, fromTag }) : copyTo !== void 0 ? copyImages(config, session.registryClient(), { ...options, copyTo }) : pushImages(config, session.docker(), options, session.registryClient())
  );
  return reportPush(session, result);
});
