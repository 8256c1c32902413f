import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  loginToRegistry
} from "./chunk-M2T5RP7L.mjs";
import {
  MEDIA_TYPES,
  artifactKind,
  copyImage,
  formatPlatform,
  githubImage,
  imageKinds,
  isNotFound,
  isOptionalKind,
  localImage,
  matchesPlatform,
  platformOf,
  pushedDigest,
  retagImage
} from "./chunk-G5RXXNCK.mjs";
import {
  CiImagesError,
  ConfigError,
  dockerReference,
  isGithubRegistry,
  parseReference
} from "./chunk-Q3VEEV6Q.mjs";

// lib/commands/commit.ts
import { promisify } from "node:util";
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var commits = /* @__PURE__ */ new Map();
function checkedOutCommit(dir) {
  let commit = commits.get(dir);
  if (!commit) commits.set(dir, commit = revParseHead(dir));
  return commit;
}
async function revParseHead(dir) {
  try {
    const { execFile } = await import("node:child_process");
    const { stdout } = await promisify(execFile)("git", ["-C", dir, "rev-parse", "HEAD"], { timeout: 1e4, maxBuffer: 64 * 1024 });
    const sha = stdout.trim();
    return SHA.test(sha) ? sha : void 0;
  } catch {
    return void 0;
  }
}
async function builtCommit(config) {
  return config.commitTag || await checkedOutCommit(config.build.context);
}
async function commitTagToPublish(config) {
  if (config.commitTag) return { tag: config.commitTag };
  if (!config.githubSha) return {};
  const sha = await checkedOutCommit(config.build.context);
  if (sha) return { tag: sha };
  return {
    why: `GITHUB_SHA is set but ${config.build.context} is not a git checkout and COMMIT_SHA is not set: no commit tag is published`
  };
}

// lib/commands/push-index.ts
async function promotePreparedIndex(client, source, tags, platforms, options) {
  const expected = platforms.join(",");
  const line = `PUT manifest ${tags.map((t) => `:${t}`).join(", ")} from the ${expected} index prepare pushed as ${source}`;
  if (options.dryRun) {
    options.log(`[dry-run] ${line}`);
    return void 0;
  }
  const ref = parseReference(source);
  const hint = `run prepare with BUILD_PLATFORM=${expected} first (it pushes the index); push does not re-tag a local single-platform image over it`;
  const digest = await client.manifestDigest(ref);
  if (!digest) throw new CiImagesError(`BUILD_PLATFORM=${expected}: no multi-platform image at ${source}: ${hint}`);
  const byDigest = { registry: ref.registry, repository: ref.repository, digest };
  const manifest = await client.getManifest(byDigest);
  if (manifest.mediaType !== MEDIA_TYPES.ociIndex && manifest.mediaType !== MEDIA_TYPES.dockerList) {
    const what = `a single-platform image (${manifest.mediaType})`;
    throw new CiImagesError(`BUILD_PLATFORM=${expected}: ${source} is ${what}, not an index of ${expected}: ${hint}`);
  }
  const listed = (JSON.parse(manifest.body.toString("utf8")).manifests ?? []).map((m) => platformOf(m.platform)).filter((p) => p !== void 0 && p.os !== "unknown");
  const missing = platforms.filter((wanted) => !listed.some((p) => matchesPlatform(p, wanted)));
  if (missing.length > 0) {
    const lists = listed.map((p) => formatPlatform(p)).join(",") || "no platform";
    throw new CiImagesError(`BUILD_PLATFORM=${expected}: the index at ${source} lists ${lists}, not ${missing.join(",")}: ${hint}`);
  }
  options.log(`${line} (${digest})`);
  for (const tag of tags) {
    const put = await client.putManifest({ registry: ref.registry, repository: ref.repository, tag }, manifest.body, manifest.mediaType);
    if (put !== digest) {
      throw new CiImagesError(`${ref.registry}/${ref.repository}:${tag}: the registry stored ${put}, not the index ${digest}`);
    }
  }
  return { digest, platforms: listed.map((p) => formatPlatform(p)) };
}

// lib/commands/push.ts
function publishTags(config, kind, commitTag) {
  const tags = [config.pushImageTag];
  if (!isOptionalKind(kind) && commitTag && commitTag !== config.pushImageTag) tags.push(commitTag);
  return tags;
}
async function optionalAndMissing(client, kind, source, options, verb) {
  if (options.dryRun || !isOptionalKind(kind) || await client.exists(parseReference(source))) return false;
  options.log(`No ${source}: the build made no ${kind} image; not ${verb}`);
  return true;
}
async function commitTagFor(config, log) {
  const { tag, why } = await commitTagToPublish(config);
  if (why) log(why);
  return tag;
}
async function pushImages(config, docker, options, client) {
  const platforms = (config.build.platform ?? "").split(",").filter(Boolean);
  if (platforms.length > 1) {
    if (!client) throw new CiImagesError(`BUILD_PLATFORM=${platforms.join(",")}: pushing a multi-platform image needs the registry client`);
    return pushPreparedIndex(config, client, options, platforms);
  }
  const kinds = [];
  for (const kind of imageKinds(config, options.image, "publish")) {
    const local = localImage(config, kind, options.python);
    if (isOptionalKind(kind) && !options.dryRun && !await docker.imageExists(local)) {
      options.log(`No local ${local}: this build made no ${kind} image (e.g. a BuildKit build with the registry cache); not pushed`);
      continue;
    }
    kinds.push(kind);
  }
  const images = [];
  if (!config.useGithubRegistry) {
    for (const kind of kinds) {
      const local = localImage(config, kind, options.python);
      const pushed = await docker.push(local);
      images.push({ kind, imageReference: local, imageDigest: pushedDigest(pushed.stdout) });
    }
    return { mode: "push", registry: "docker.io", images };
  }
  const registry = config.githubRegistry;
  const commitTag = await commitTagFor(config, options.log);
  await loginToRegistry(docker, config, registry, options.log);
  for (const kind of kinds) {
    const local = localImage(config, kind, options.python);
    for (const tag of publishTags(config, kind, commitTag)) {
      const reference = githubImage(config, registry, kind, options.python, tag);
      const target = dockerReference(config, reference);
      await docker.tag(local, target);
      const pushed = await docker.push(target);
      images.push({ kind, imageReference: reference, imageDigest: pushedDigest(pushed.stdout) });
    }
  }
  return { mode: "push", registry, images };
}
async function pushPreparedIndex(config, client, options, platforms) {
  const images = [];
  const commitTag = config.useGithubRegistry ? await commitTagFor(config, options.log) : void 0;
  for (const kind of imageKinds(config, options.image, "publish").filter((k) => !isOptionalKind(k))) {
    const local = localImage(config, kind, options.python);
    const references = config.useGithubRegistry ? publishTags(config, kind, commitTag).map((tag) => githubImage(config, config.githubRegistry, kind, options.python, tag)) : [local];
    const promoted = await promotePreparedIndex(
      client,
      references[0],
      references.map((r) => parseReference(r).tag),
      platforms,
      options
    );
    for (const reference of references) images.push({ kind, imageReference: reference, imageDigest: promoted?.digest });
  }
  return { mode: "push", registry: config.useGithubRegistry ? config.githubRegistry : "docker.io", images };
}
async function promoteImages(config, client, options) {
  const registry = config.githubRegistry;
  const commitTag = await commitTagFor(config, options.log);
  const images = [];
  for (const kind of imageKinds(config, options.image, "publish")) {
    const source = githubImage(config, registry, kind, options.python, options.fromTag);
    if (await optionalAndMissing(client, kind, source, options, "promoted")) continue;
    for (const tag of publishTags(config, kind, commitTag)) {
      const reference = githubImage(config, registry, kind, options.python, tag);
      const line = `PUT manifest ${reference} (from :${options.fromTag})`;
      if (options.dryRun) {
        options.log(`[dry-run] ${line}`);
        images.push({ kind, imageReference: reference });
        continue;
      }
      options.log(line);
      const digest = await missingAsError(source, () => retagImage(client, parseReference(source), tag));
      images.push({ kind, imageReference: reference, imageDigest: digest });
    }
  }
  return { mode: "promote", registry, images };
}
function copyTarget(config, source, host, kind, python, tag) {
  if (isGithubRegistry(host)) return githubImage(config, host, kind, python, tag);
  return `${host}/${parseReference(source).repository}:${tag}`;
}
async function copyImages(config, client, options) {
  const registry = config.githubRegistry;
  if (options.copyTo === registry) {
    throw new ConfigError(
      "--copy-to",
      `--copy-to ${options.copyTo} is GITHUB_REGISTRY itself: name the other registry (use --promote to re-tag in place)`
    );
  }
  const commitTag = await commitTagFor(config, options.log);
  const images = [];
  for (const kind of imageKinds(config, options.image, "publish")) {
    const [tag, ...extraTags] = publishTags(config, kind, commitTag);
    const source = githubImage(config, registry, kind, options.python, tag);
    if (await optionalAndMissing(client, kind, source, options, "copied")) continue;
    const target = copyTarget(config, source, options.copyTo, kind, options.python, tag);
    const line = `copy ${source} -> ${target} (blobs mounted or streamed, referrers carried, manifest PUT last)`;
    let digest;
    let carried;
    if (options.dryRun) {
      options.log(`[dry-run] ${line}`);
    } else {
      options.log(line);
      const copied = await missingAsError(source, () => copyImage(client, parseReference(source), parseReference(target)));
      const { skipped, mounted, streamed } = copied.blobs;
      carried = copied.referrers.referrers.map((r) => ({
        digest: r.digest,
        artifactType: r.artifactType,
        kind: artifactKind(r.artifactType),
        foundBy: r.foundBy
      }));
      const withReferrers = carried.length ? `; ${carried.length} referrer(s): ${carried.map((r) => r.kind).join(", ")}` : "";
      options.log(
        `copied ${target} ${copied.digest}: ${streamed} blob(s) streamed (${copied.bytesStreamed} bytes), ${mounted} mounted, ${skipped} already there${withReferrers}`
      );
      digest = copied.digest;
    }
    images.push({ kind, imageReference: target, imageDigest: digest, ...carried?.length ? { referrers: carried } : {} });
    for (const extra of extraTags) {
      const reference = copyTarget(config, source, options.copyTo, kind, options.python, extra);
      const put = `PUT manifest ${reference} (from :${tag})`;
      if (options.dryRun) {
        options.log(`[dry-run] ${put}`);
        images.push({ kind, imageReference: reference });
        continue;
      }
      options.log(put);
      images.push({ kind, imageReference: reference, imageDigest: await retagImage(client, parseReference(target), extra) });
    }
  }
  return { mode: "copy", registry: options.copyTo, images };
}
async function missingAsError(source, body) {
  try {
    return await body();
  } catch (error) {
    if (isNotFound(error)) throw new CiImagesError(`${source} does not exist in the registry: ${error.message}`);
    throw error;
  }
}

export {
  builtCommit,
  commitTagToPublish,
  publishTags,
  pushImages,
  promoteImages,
  copyImages
};
