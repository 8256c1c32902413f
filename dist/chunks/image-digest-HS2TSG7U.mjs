import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  referenceArguments
} from "./chunk-VXN4QXSD.mjs";
import {
  REFS_USAGE,
  reportDigest
} from "./chunk-TQ24HG6Q.mjs";
import {
  splitPositionals
} from "./chunk-NYO3MDSG.mjs";
import {
  imagePlatform
} from "./chunk-KFHL7RDU.mjs";
import "./chunk-M4RXOSJK.mjs";
import "./chunk-CNENEZEI.mjs";
import {
  formatPlatform,
  isIndex,
  matchesPlatform,
  parsePlatform,
  platformOf,
  runScript,
  setup
} from "./chunk-JLJ7XYPZ.mjs";
import {
  CiImagesError,
  formatReference
} from "./chunk-SOHAMQ6P.mjs";
import "./chunk-MJ4GKCEB.mjs";
import "./chunk-QAO4AET5.mjs";

// lib/commands/refs/digest.ts
async function resolveDigest(client, ref, platform) {
  const reference = formatReference(ref);
  const digest = await client.manifestDigest(ref);
  if (digest === void 0) throw new CiImagesError(`${reference} does not exist (no such tag or digest in ${ref.registry})`);
  const manifest = await client.getManifest({ ...ref, digest });
  if (!platform) return { reference, digest, mediaType: manifest.mediaType };
  const wanted = formatPlatform(platform);
  if (isIndex(manifest.mediaType)) {
    const children = JSON.parse(manifest.body.toString("utf8")).manifests ?? [];
    const child = children.find((c) => typeof c.digest === "string" && matchesPlatform(c.platform, platform));
    if (!child) {
      const has = children.map((c) => platformOf(c.platform)).filter((p) => p !== void 0).map((p) => formatPlatform(p));
      throw new CiImagesError(`${reference} (${digest}) has no ${wanted} image; it has ${has.join(", ") || "no platform entries"}`);
    }
    return { reference, digest, mediaType: manifest.mediaType, platform: { platform: wanted, digest: child.digest } };
  }
  const own = await imagePlatform(client, ref, manifest.body, reference);
  if (!matchesPlatform(own, platform)) throw new CiImagesError(`${reference} (${digest}) is a ${formatPlatform(own)} image, not ${wanted}`);
  return { reference, digest, mediaType: manifest.mediaType, platform: { platform: wanted, digest } };
}

// scripts/ci/images/image-digest.ts
var flags = { platform: { type: "string" }, timeout: { type: "string" } };
var { flagArgs, positionals } = splitPositionals(process.argv.slice(2), flags);
await runScript(
  { name: "image-digest", usage: REFS_USAGE["image-digest"], flags, deadline: { defaultSeconds: 600 } },
  async (flags2) => {
    const session = setup(flags2);
    const platform = flags2.platform === void 0 ? void 0 : parsePlatform(flags2.platform, "--platform");
    const [ref] = referenceArguments(positionals, "REF", { max: 1 });
    return reportDigest(session, await resolveDigest(session.registryClient(), ref, platform));
  },
  flagArgs
);
