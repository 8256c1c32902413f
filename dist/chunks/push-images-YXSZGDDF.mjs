import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  commitTagToPublish,
  loginToRegistry
} from "./chunk-ISDNII74.mjs";
import {
  CiImagesError,
  ConfigError,
  IMAGE_CHOICES,
  copyImage,
  dockerReference,
  githubImage,
  imageKinds,
  isGithubRegistry,
  isNotFound,
  isOptionalKind,
  localImage,
  parseHostFlag,
  parseImageFlag,
  parsePythonFlag,
  parseReference,
  parseTagFlag,
  pushedDigest,
  retagImage,
  runScript,
  setup
} from "./chunk-K36X7FU7.mjs";
import {
  setOutput
} from "./chunk-W44I3CFX.mjs";
import "./chunk-QAO4AET5.mjs";

// lib/commands/push.ts
function publishTags(config, kind, commitTag) {
  const tags = [config.pushImageTag];
  if (!isOptionalKind(kind) && commitTag && commitTag !== config.pushImageTag) tags.push(commitTag);
  return tags;
}
async function commitTagFor(config, log) {
  const { tag, why } = await commitTagToPublish(config);
  if (why) log(why);
  return tag;
}
async function pushImages(config, docker, options) {
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
async function promoteImages(config, client, options) {
  const registry = config.githubRegistry;
  const commitTag = await commitTagFor(config, options.log);
  const images = [];
  for (const kind of imageKinds(config, options.image, "publish")) {
    const source = githubImage(config, registry, kind, options.python, options.fromTag);
    if (!options.dryRun && isOptionalKind(kind) && !await client.exists(parseReference(source))) {
      options.log(`No ${source}: the build made no ${kind} image; not promoted`);
      continue;
    }
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
    throw new ConfigError("--copy-to", `--copy-to ${options.copyTo} is GITHUB_REGISTRY itself: name the other registry (use --promote to re-tag in place)`);
  }
  const commitTag = await commitTagFor(config, options.log);
  const images = [];
  for (const kind of imageKinds(config, options.image, "publish")) {
    const [tag, ...extraTags] = publishTags(config, kind, commitTag);
    const source = githubImage(config, registry, kind, options.python, tag);
    if (!options.dryRun && isOptionalKind(kind) && !await client.exists(parseReference(source))) {
      options.log(`No ${source}: the build made no ${kind} image; not copied`);
      continue;
    }
    const target = copyTarget(config, source, options.copyTo, kind, options.python, tag);
    const line = `copy ${source} -> ${target} (blobs mounted or streamed, manifest PUT last)`;
    let digest;
    if (options.dryRun) {
      options.log(`[dry-run] ${line}`);
    } else {
      options.log(line);
      const copied = await missingAsError(source, () => copyImage(client, parseReference(source), parseReference(target)));
      const { skipped, mounted, streamed } = copied.blobs;
      options.log(`copied ${target} ${copied.digest}: ${streamed} blob(s) streamed (${copied.bytesStreamed} bytes), ${mounted} mounted, ${skipped} already there`);
      digest = copied.digest;
    }
    images.push({ kind, imageReference: target, imageDigest: digest });
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

// lib/report/push.ts
function reportPush(session, result) {
  const { config, dryRun } = session;
  const main = result.images[0];
  if (!dryRun && main) {
    setOutput(config, "imageReference", main.imageReference);
    if (main.imageDigest) setOutput(config, "imageDigest", main.imageDigest);
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
var usage = `usage: push-images [--image ci|prod] [--python 3.8] [--promote FROM_TAG | --copy-to HOST] [--dry-run] [--json]
  Default: docker tag + push of the local image to GITHUB_REGISTRY as GITHUB_REGISTRY_PUSH_IMAGE_TAG,
  and as GITHUB_SHA when that is set (USE_GITHUB_REGISTRY=true); else docker push of the local
  DockerHub names. PROD with WAIT_FOR_PROD_BUILD_IMAGE=true also pushes the -build image.
  --promote FROM_TAG  no docker: re-tag the image at FROM_TAG in GITHUB_REGISTRY as the push tag
                      (and GITHUB_SHA) with one manifest PUT each
  --copy-to HOST      no docker: copy the push-tag image from GITHUB_REGISTRY to HOST (ghcr.io and
                      docker.pkg.github.com use their own naming; other hosts keep the path)
  --dry-run           print every docker command and registry write, do nothing
  Outputs imageReference and imageDigest. Exit: 0 done, 1 failed, 2 bad input, 3 credentials refused.`;
var flags = { image: { type: "string" }, python: { type: "string" }, promote: { type: "string" }, "copy-to": { type: "string" } };
await runScript({ name: "push-images", usage, flags }, async (flags2) => {
  if (flags2.promote !== void 0 && flags2["copy-to"] !== void 0) {
    throw new ConfigError("--promote", "--promote and --copy-to are mutually exclusive: run the script once for each");
  }
  const image = parseImageFlag(flags2.image);
  const fromTag = flags2.promote === void 0 ? void 0 : parseTagFlag("--promote", flags2.promote);
  const copyTo = flags2["copy-to"] === void 0 ? void 0 : parseHostFlag("--copy-to", flags2["copy-to"]);
  const session = setup({ json: flags2.json, dryRun: flags2["dry-run"], planOnStdout: true });
  const { config, log, dryRun } = session;
  const options = { image, python: parsePythonFlag(flags2.python, config), dryRun, log };
  const result = await session.group(
    `Publishing the ${IMAGE_CHOICES[image].label} image for python ${options.python}`,
    () => fromTag !== void 0 ? promoteImages(config, session.registryClient(), { ...options, fromTag }) : copyTo !== void 0 ? copyImages(config, session.registryClient(), { ...options, copyTo }) : pushImages(config, session.docker(), options)
  );
  return reportPush(session, result);
});
