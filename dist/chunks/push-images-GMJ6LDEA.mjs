import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  copyImages,
  promoteImages,
  pushImages
} from "./chunk-VW4FBLIU.mjs";
import "./chunk-PSQMQC6P.mjs";
import "./chunk-2CZDJTIM.mjs";
import {
  ConfigError,
  IMAGE_CHOICES,
  parseHostFlag,
  parseImageFlag,
  parsePythonFlag,
  parseTagFlag,
  runScript,
  setup
} from "./chunk-ODCBDXED.mjs";
import "./chunk-E7YZNGG6.mjs";
import "./chunk-QAO4AET5.mjs";

// lib/report/push.ts
function reportPush(session, result) {
  const { config, dryRun } = session;
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
  }
  return 0;
}

// scripts/ci/images/push-images.ts
var usage = `Usage: tsx scripts/ci/images/push-images.ts [--image ci|prod] [--python 3.8] [--promote FROM_TAG | --copy-to HOST] [--dry-run] [--json]
  Default: docker tag + push of the local image to GITHUB_REGISTRY as GITHUB_REGISTRY_PUSH_IMAGE_TAG
  and the commit tag (COMMIT_SHA, else on Actions the build context's HEAD; USE_GITHUB_REGISTRY=true);
  else docker push of the local DockerHub names. PROD also pushes the -build image when there is one.
  --promote FROM_TAG  no docker: re-tag the image at FROM_TAG in GITHUB_REGISTRY as the push tag
                      (and the commit tag) with one manifest PUT each
  --copy-to HOST      no docker: copy the push-tag image from GITHUB_REGISTRY to HOST (ghcr.io and
                      docker.pkg.github.com use their own naming; other hosts keep the path)
  --dry-run           print every docker command and registry write, do nothing
  Outputs imageReference and imageDigest. --timeout SECONDS: overall deadline (default 3600). Exit: 0 done, 1 failed, 2 bad input, 3 refused.`;
var flags = { image: { type: "string" }, python: { type: "string" }, promote: { type: "string" }, "copy-to": { type: "string" }, timeout: { type: "string" } };
await runScript({ name: "push-images", usage, flags, deadline: { defaultSeconds: 3600 } }, async (flags2) => {
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
    () => fromTag !== void 0 ? promoteImages(config, session.registryClient(), { ...options, fromTag }) : copyTo !== void 0 ? copyImages(config, session.registryClient(), { ...options, copyTo }) : pushImages(config, session.docker(), options)
  );
  return reportPush(session, result);
});
