import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  commitTagToPublish,
  publishTags
} from "./chunk-5PMND4XI.mjs";
import {
  MEDIA_TYPES,
  formatPlatform,
  githubImage,
  isAttestationManifest,
  isUnknownPlatform,
  matchesPlatform,
  platformOf,
  readStreamBounded
} from "./chunk-G5RXXNCK.mjs";
import {
  CiImagesError,
  ConfigError,
  formatReference,
  parseReference
} from "./chunk-Q3VEEV6Q.mjs";

// lib/commands/merge-platforms.ts
import { createHash } from "node:crypto";
var DIGEST = /^sha256:[a-f0-9]{64}$/;
var MAX_CONFIG_BYTES = 4 << 20;
var isIndex = (mediaType) => mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerList;
async function manifestIfAny(client, ref) {
  const digest = await client.manifestDigest(ref);
  return digest === void 0 ? void 0 : client.getManifest(ref.digest ? ref : { ...ref, digest });
}
var isAttestationEntry = (entry) => "annotations" in entry;
function parseDigestArgument(text) {
  if (!DIGEST.test(text)) throw ConfigError.invalid("digest", text, "expected sha256:<64 lower-case hex digits>");
  return text;
}
function parseDigestArguments(texts) {
  if (texts.length === 0) throw new ConfigError("digest", "no digest given: name the single-platform images to merge (sha256:…)");
  return texts.map(parseDigestArgument);
}
async function imagePlatform(client, repo, body, what) {
  const configDigest = JSON.parse(body.toString("utf8")).config?.digest;
  if (typeof configDigest !== "string" || !DIGEST.test(configDigest))
    throw new CiImagesError(`${what}: the manifest names no config digest`);
  const stream = await client.fetchBlob(repo, configDigest);
  const config = await readStreamBounded(stream, MAX_CONFIG_BYTES);
  if (!config.ok) throw new CiImagesError(`${what}: config ${configDigest} is larger than ${MAX_CONFIG_BYTES} bytes`);
  const platform = platformOf(JSON.parse(config.bytes.toString("utf8")));
  if (!platform) throw new CiImagesError(`${what}: config ${configDigest} has no os/architecture`);
  if (isUnknownPlatform(platform))
    throw new CiImagesError(`${what}: an attestation manifest (unknown/unknown), not the image of a platform`);
  return platform;
}
async function hasPlatform(client, ref, platform) {
  const manifest = await manifestIfAny(client, ref);
  if (!manifest) return false;
  if (isIndex(manifest.mediaType)) {
    const body = JSON.parse(manifest.body.toString("utf8"));
    return (body.manifests ?? []).some((m) => !isAttestationManifest(m) && matchesPlatform(m.platform, platform));
  }
  return matchesPlatform(await imagePlatform(client, ref, manifest.body, formatReference(ref)), platform);
}
async function entriesFor(client, target, digest) {
  const ref = { registry: target.registry, repository: target.repository, digest };
  const what = formatReference(ref);
  const manifest = await manifestIfAny(client, ref);
  if (!manifest) throw new CiImagesError(`${digest} is not in ${target.registry}/${target.repository}: push it there first`);
  if (!isIndex(manifest.mediaType)) {
    const platform = await imagePlatform(client, ref, manifest.body, what);
    return [{ mediaType: manifest.mediaType, digest, size: manifest.body.length, platform }];
  }
  const entries = [];
  const attestations = [];
  for (const child of JSON.parse(manifest.body.toString("utf8")).manifests ?? []) {
    const attestation = isAttestationManifest(child);
    const platform = platformOf(child.platform);
    if (!attestation && (!platform || platform.os === "unknown")) continue;
    if (typeof child.digest !== "string" || !DIGEST.test(child.digest) || typeof child.size !== "number" || typeof child.mediaType !== "string") {
      throw new CiImagesError(`${what}: an index entry without a valid digest, size or media type`);
    }
    const descriptor = { mediaType: child.mediaType, digest: child.digest, size: child.size };
    if (attestation)
      attestations.push({ ...descriptor, platform: { ...child.platform }, annotations: stringAnnotations(child.annotations) });
    else entries.push({ ...descriptor, platform });
  }
  const kept = new Set(entries.map((e) => e.digest));
  return [...entries, ...attestations.filter((a) => kept.has(a.annotations[ATTESTATION_SUBJECT] ?? ""))];
}
var ATTESTATION_SUBJECT = "vnd.docker.reference.digest";
function stringAnnotations(value) {
  if (typeof value !== "object" || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((e) => typeof e[1] === "string"));
}
function indexBody(entries, attestations = []) {
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [
        ...entries.map((e) => ({ mediaType: e.mediaType, digest: e.digest, size: e.size, platform: { ...e.platform } })),
        ...attestations.map((a) => ({
          mediaType: a.mediaType,
          digest: a.digest,
          size: a.size,
          platform: { ...a.platform },
          annotations: { ...a.annotations }
        }))
      ]
    })
  );
}
async function mergePlatforms(client, target, digests, options = {}) {
  if (digests.length === 0) throw new ConfigError("digest", "no digest given: name the single-platform images to merge (sha256:…)");
  if (!target.tag) throw new ConfigError("--target", `--target ${formatReference(target)} has no tag: the index is pushed by tag`);
  const seen = /* @__PURE__ */ new Map();
  for (const digest of digests) {
    parseDigestArgument(digest);
    if (seen.has(digest)) throw new CiImagesError(`${digest} is given twice`);
    seen.set(digest, digest);
  }
  const entries = [];
  const attestations = [];
  const byPlatform = /* @__PURE__ */ new Map();
  for (const digest of digests) {
    for (const entry of await entriesFor(client, target, digest)) {
      if (isAttestationEntry(entry)) {
        attestations.push(entry);
        continue;
      }
      const name = formatPlatform(entry.platform);
      const other = byPlatform.get(name);
      if (other) throw new CiImagesError(`two images for ${name}: ${other} and ${entry.digest}; keep one`);
      byPlatform.set(name, entry.digest);
      entries.push(entry);
    }
  }
  const body = indexBody(entries, attestations);
  const tags = [target.tag, ...(options.extraTags ?? []).filter((t) => t !== target.tag)];
  const references = tags.map((tag) => formatReference({ registry: target.registry, repository: target.repository, tag }));
  let imageDigest = "";
  for (const [i, tag] of tags.entries()) {
    const line = `PUT index ${references[i]} (${entries.map((e) => `${formatPlatform(e.platform)} ${e.digest}`).join(", ")})`;
    if (options.dryRun) {
      options.log?.(`[dry-run] ${line}`);
      continue;
    }
    options.log?.(line);
    imageDigest = await client.putManifest({ registry: target.registry, repository: target.repository, tag }, body, MEDIA_TYPES.ociIndex);
  }
  if (options.dryRun) imageDigest = sha256(body);
  return { references, imageDigest, manifests: entries, attestations };
}
function sha256(body) {
  return `sha256:${createHash("sha256").update(body).digest("hex")}`;
}
async function mergeTarget(config, target, kind, python) {
  if (target !== void 0) {
    try {
      return { target: parseReference(target), extraTags: [] };
    } catch (error) {
      throw new ConfigError("--target", `--target: ${error.message}`);
    }
  }
  const [tag, ...extraTags] = publishTags(config, kind, (await commitTagToPublish(config)).tag);
  return { target: parseReference(githubImage(config, config.githubRegistry, kind, python, tag)), extraTags };
}

export {
  parseDigestArguments,
  imagePlatform,
  hasPlatform,
  mergePlatforms,
  mergeTarget
};
