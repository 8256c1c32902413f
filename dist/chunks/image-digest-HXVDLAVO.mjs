import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  referenceArguments
} from "./chunk-YI3EKFMC.mjs";
import {
  REFS_USAGE,
  reportDigest
} from "./chunk-CYALKPEO.mjs";
import {
  splitPositionals
} from "./chunk-NFGPORKN.mjs";
import {
  imagePlatform
} from "./chunk-INNC5BBE.mjs";
import "./chunk-5PMND4XI.mjs";
import "./chunk-M2T5RP7L.mjs";
import {
  formatPlatform,
  isIndex,
  matchesPlatform,
  parsePlatform,
  platformOf,
  runScript,
  setup
} from "./chunk-G5RXXNCK.mjs";
import {
  CiImagesError,
  formatReference
} from "./chunk-Q3VEEV6Q.mjs";
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
