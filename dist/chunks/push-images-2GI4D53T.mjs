import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  createDocker,
  loginToGithubRegistry,
  parseImageFlag,
  parsePythonFlag,
  pushedDigest
} from "./chunk-4F5WV7B5.mjs";
import "./chunk-VEF5STBZ.mjs";
import {
  copyImage,
  retagImage
} from "./chunk-ZXAHDZQA.mjs";
import {
  CiImagesError,
  ConfigError,
  createRegistryClient,
  dockerReference,
  enableMasking,
  githubImage,
  group,
  imageKinds,
  isGithubRegistry,
  isNotFound,
  loadConfig,
  localImage,
  makeLogger,
  parseFlags,
  parseReference,
  runMain,
  setOutput
} from "./chunk-BQC4HAV3.mjs";
import "./chunk-BE3VBRP7.mjs";
import "./chunk-QAO4AET5.mjs";

// lib/commands/push.ts
var TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
var HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/;
function parseTagFlag(flag, value) {
  if (!TAG.test(value)) throw ConfigError.invalid(flag, value, "expected a docker tag: letters, digits, _ . - (not starting with . or -), at most 128 characters");
  return value;
}
function parseHostFlag(flag, value) {
  const host = value.toLowerCase();
  if (!HOST.test(host)) throw ConfigError.invalid(flag, value, "expected a registry host[:port], e.g. docker.pkg.github.com or 127.0.0.1:5000");
  return host;
}
function publishTags(config, kind) {
  const tags = [config.pushImageTag];
  if (kind !== "prod-build" && config.githubSha && config.githubSha !== config.pushImageTag) tags.push(config.githubSha);
  return tags;
}
async function pushImages(config, docker, options) {
  const kinds = imageKinds(config, options.image);
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
  await loginToGithubRegistry(docker, config, registry, options.log);
  for (const kind of kinds) {
    const local = localImage(config, kind, options.python);
    for (const tag of publishTags(config, kind)) {
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
  const images = [];
  for (const kind of imageKinds(config, options.image)) {
    const source = githubImage(config, registry, kind, options.python, options.fromTag);
    for (const tag of publishTags(config, kind)) {
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
  const images = [];
  for (const kind of imageKinds(config, options.image)) {
    const [tag, ...extraTags] = publishTags(config, kind);
    const source = githubImage(config, registry, kind, options.python, tag);
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
function reportPush(config, result, options, out) {
  const main = result.images[0];
  if (!options.dryRun && main) {
    setOutput(config, "imageReference", main.imageReference);
    if (main.imageDigest) setOutput(config, "imageDigest", main.imageDigest);
  }
  if (options.json) {
    out(JSON.stringify({ dryRun: options.dryRun, ...result }));
    return;
  }
  const verb = options.dryRun ? `Would ${result.mode}` : { push: "Pushed", promote: "Promoted", copy: "Copied" }[result.mode];
  for (const image of result.images) {
    out(`${verb} ${image.imageReference}${image.imageDigest ? ` ${image.imageDigest}` : ""}`);
  }
}

// scripts/ci/images/push-images.ts
var HELP = `usage: push-images [--image ci|prod] [--python 3.8] [--promote FROM_TAG | --copy-to HOST] [--dry-run] [--json]
  Default: docker tag + push of the local image to GITHUB_REGISTRY as GITHUB_REGISTRY_PUSH_IMAGE_TAG,
  and as GITHUB_SHA when that is set (USE_GITHUB_REGISTRY=true); else docker push of the local
  DockerHub names. PROD with WAIT_FOR_PROD_BUILD_IMAGE=true also pushes the -build image.
  --promote FROM_TAG  no docker: re-tag the image at FROM_TAG in GITHUB_REGISTRY as the push tag
                      (and GITHUB_SHA) with one manifest PUT each
  --copy-to HOST      no docker: copy the push-tag image from GITHUB_REGISTRY to HOST (ghcr.io and
                      docker.pkg.github.com use their own naming; other hosts keep the path)
  --dry-run           print every docker command and registry write, do nothing
  Outputs imageReference and imageDigest. Exit: 0 done, 1 failed, 2 bad input, 3 credentials refused.`;
await runMain(async () => {
  const flags = parseFlags({
    image: { type: "string" },
    python: { type: "string" },
    promote: { type: "string" },
    "copy-to": { type: "string" },
    "dry-run": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h" }
  });
  if (flags.help) return void process.stdout.write(HELP + "\n");
  if (flags.promote !== void 0 && flags["copy-to"] !== void 0) {
    throw new ConfigError("--promote", "--promote and --copy-to are mutually exclusive: run the script once for each");
  }
  const image = parseImageFlag(flags.image);
  const fromTag = flags.promote === void 0 ? void 0 : parseTagFlag("--promote", flags.promote);
  const copyTo = flags["copy-to"] === void 0 ? void 0 : parseHostFlag("--copy-to", flags["copy-to"]);
  const config = loadConfig();
  const python = parsePythonFlag(flags.python, config);
  enableMasking(config, { json: flags.json });
  const dryRun = flags["dry-run"];
  const log = makeLogger(dryRun && !flags.json ? process.stdout : process.stderr);
  const options = { image, python, dryRun, log };
  const client = createRegistryClient(config, { onRetry: log });
  const result = await group(
    config,
    `Publishing the ${image.toUpperCase()} image for python ${python}`,
    log,
    () => fromTag !== void 0 ? promoteImages(config, client, { ...options, fromTag }) : copyTo !== void 0 ? copyImages(config, client, { ...options, copyTo }) : pushImages(config, createDocker(dryRun, log), options)
  );
  reportPush(config, result, { json: flags.json, dryRun }, (line) => process.stdout.write(line + "\n"));
});
