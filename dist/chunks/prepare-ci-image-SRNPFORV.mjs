import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  lineReporter,
  waitForImages,
  waitTargets,
  waitingMode
} from "./chunk-MQGHFGBD.mjs";
import {
  builtCommit,
  commitTagToPublish,
  loginToRegistry,
  publishTags
} from "./chunk-LZDCL3HQ.mjs";
import {
  CiImagesError,
  ConfigError,
  IMAGE_CHOICES,
  MEDIA_TYPES,
  buildArgv,
  buildCacheRef,
  cacheImportProblem,
  dockerReference,
  effectiveDockerCache,
  formatReference,
  githubImage,
  imageBuildArgs,
  imageKinds,
  imageLabels,
  localImage,
  parseImageFlag,
  parsePythonFlag,
  parseReference,
  parseWaitTiming,
  pushedDigest,
  runScript,
  setup
} from "./chunk-S66NR2QH.mjs";
import "./chunk-W44I3CFX.mjs";
import "./chunk-QAO4AET5.mjs";

// lib/commands/merge-platforms.ts
import { createHash } from "node:crypto";

// lib/oci/platform.ts
var ARCH_ALIASES = { x86_64: "amd64", "x86-64": "amd64", aarch64: "arm64", armhf: "arm", armel: "arm", i386: "386" };
function normalizePlatform(platform) {
  const os = platform.os.toLowerCase();
  const architecture = ARCH_ALIASES[platform.architecture.toLowerCase()] ?? platform.architecture.toLowerCase();
  let variant = platform.variant?.toLowerCase() || void 0;
  if (variant && /^\d+$/.test(variant)) variant = `v${variant}`;
  if (architecture === "arm64" && variant === "v8") variant = void 0;
  if (architecture === "amd64" && variant === "v1") variant = void 0;
  if (architecture === "arm" && !variant) variant = "v7";
  return variant ? { os, architecture, variant } : { os, architecture };
}
function formatPlatform(platform) {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}
function platformOf(value) {
  if (!value || typeof value !== "object") return void 0;
  const { os, architecture, variant } = value;
  if (typeof os !== "string" || typeof architecture !== "string" || !os || !architecture) return void 0;
  return normalizePlatform({ os, architecture, variant: typeof variant === "string" ? variant : void 0 });
}

// lib/commands/merge-platforms.ts
var DIGEST = /^sha256:[a-f0-9]{64}$/;
var MAX_CONFIG_BYTES = 4 << 20;
var isIndex = (mediaType) => mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerList;
async function manifestIfAny(client, ref) {
  const digest = await client.manifestDigest(ref);
  return digest === void 0 ? void 0 : client.getManifest(ref.digest ? ref : { ...ref, digest });
}
function parseDigestArgument(text) {
  if (!DIGEST.test(text)) throw ConfigError.invalid("digest", text, "expected sha256:<64 lower-case hex digits>");
  return text;
}
async function imagePlatform(client, repo, body, what) {
  const configDigest = JSON.parse(body.toString("utf8")).config?.digest;
  if (typeof configDigest !== "string" || !DIGEST.test(configDigest)) throw new CiImagesError(`${what}: the manifest names no config digest`);
  const stream = await client.fetchBlob(repo, configDigest);
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > MAX_CONFIG_BYTES) throw new CiImagesError(`${what}: config ${configDigest} is larger than ${MAX_CONFIG_BYTES} bytes`);
    chunks.push(Buffer.from(chunk));
  }
  const platform = platformOf(JSON.parse(Buffer.concat(chunks).toString("utf8")));
  if (!platform) throw new CiImagesError(`${what}: config ${configDigest} has no os/architecture`);
  return platform;
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
  for (const child of JSON.parse(manifest.body.toString("utf8")).manifests ?? []) {
    const platform = platformOf(child.platform);
    if (!platform || platform.os === "unknown") continue;
    if (typeof child.digest !== "string" || !DIGEST.test(child.digest) || typeof child.size !== "number" || typeof child.mediaType !== "string") {
      throw new CiImagesError(`${what}: an index entry without a valid digest, size or media type`);
    }
    entries.push({ mediaType: child.mediaType, digest: child.digest, size: child.size, platform });
  }
  return entries;
}
function indexBody(entries) {
  return Buffer.from(JSON.stringify({
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociIndex,
    manifests: entries.map((e) => ({ mediaType: e.mediaType, digest: e.digest, size: e.size, platform: { ...e.platform } }))
  }));
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
  const byPlatform = /* @__PURE__ */ new Map();
  for (const digest of digests) {
    for (const entry of await entriesFor(client, target, digest)) {
      const name = formatPlatform(entry.platform);
      const other = byPlatform.get(name);
      if (other) throw new CiImagesError(`two images for ${name}: ${other} and ${entry.digest}; keep one`);
      byPlatform.set(name, entry.digest);
      entries.push(entry);
    }
  }
  const body = indexBody(entries);
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
  return { references, imageDigest, manifests: entries };
}
function sha256(body) {
  return `sha256:${createHash("sha256").update(body).digest("hex")}`;
}

// lib/commands/prepare.ts
async function prepareImage(config, docker, client, options) {
  return waitingMode(config) ? pullWhenReady(config, docker, client, options) : buildImage(config, docker, options, client);
}
async function pullWhenReady(config, docker, client, options) {
  const registry = config.githubRegistry;
  const targets = waitTargets(config, imageKinds(config, options.image), [options.python]);
  await loginToRegistry(docker, config, registry, options.log);
  const found = /* @__PURE__ */ new Map();
  if (options.dryRun) {
    for (const t of targets) {
      options.log(`[dry-run] wait up to ${options.timeoutSeconds}s (poll every ${config.pollIntervalSeconds}s) for ${t.candidates[registry]}`);
    }
  } else {
    const result = await waitForImages(client, targets, {
      timeoutMs: options.timeoutSeconds * 1e3,
      pollIntervalMs: config.pollIntervalSeconds * 1e3,
      registries: [registry],
      onEvent: options.onEvent
    });
    for (const image of result.images) found.set(image.target.kind, image.digest);
  }
  const images = [];
  for (const t of targets) {
    const source = t.candidates[registry];
    const pulled = dockerReference(config, source);
    const local = localImage(config, t.kind, options.python);
    await docker.pull(pulled);
    await docker.tag(pulled, local);
    images.push({ kind: t.kind, localImage: local, source, digest: found.get(t.kind) });
  }
  await tagExtra(config, docker, images[0].localImage);
  return { mode: "wait", registry, images };
}
async function buildImage(config, docker, options, client) {
  const kind = options.image;
  const registry = config.githubRegistry;
  const buildx = await docker.buildxAvailable({ probe: true });
  const commit = await builtCommit(config);
  const platforms = (config.build.platform ?? "").split(",").filter(Boolean);
  const plan = {
    kind,
    python: options.python,
    localImage: localImage(config, kind, options.python),
    cacheRef: dockerReference(config, buildCacheRef(config, registry, kind, options.python)),
    // The bash's PROD prepare forces DOCKER_CACHE=pulled (parity addendum §4).
    dockerCache: effectiveDockerCache(config, kind),
    prepareBuildxCache: config.prepareBuildxCache,
    buildx,
    // A multi-platform push and the gha cache need the docker-container driver: the dedicated builder.
    builder: config.prepareBuildxCache || config.dockerCache === "gha" || platforms.length > 1 ? config.build.builder : "default",
    platform: platforms.length > 1 ? void 0 : config.build.platform,
    dockerfile: kind === "ci" ? config.build.ciDockerfile : config.build.prodDockerfile,
    context: config.build.context,
    target: config.build.target,
    // The #20664 build's arguments (parity addendum §5), then BUILD_ARGS; COMMIT_SHA and the
    // revision label are the commit of the build context.
    buildArgs: [...imageBuildArgs(config.build.inputs, kind, options.python, { commitSha: commit }).map(([k, v]) => `${k}=${v}`), ...config.build.buildArgs],
    labels: imageLabels(config.build.inputs, { commitSha: commit }).map(([k, v]) => `${k}=${v}`)
  };
  buildArgv(plan);
  if (platforms.length > 1) return buildPlatforms(config, docker, options, plan, platforms, client);
  if (config.useGithubRegistry || config.prepareBuildxCache) await loginToRegistry(docker, config, registry, options.log);
  if (buildx && plan.builder !== "default") await docker.ensureBuilder(plan.builder);
  const built = await docker.build(plan);
  await tagExtra(config, docker, plan.localImage);
  return {
    mode: "build",
    registry,
    images: [{ kind, localImage: plan.localImage }],
    buildx,
    builder: buildx ? plan.builder : void 0,
    cacheRef: plan.cacheRef,
    cache: cacheFigures(built ? [built] : [], options.log)
  };
}
async function buildPlatforms(config, docker, options, plan, platforms, client) {
  const registry = config.githubRegistry;
  const pushed = config.useGithubRegistry ? publishTags(config, plan.kind, (await commitTagToPublish(config)).tag).map((tag) => githubImage(config, config.githubRegistry, plan.kind, options.python, tag)) : [plan.localImage];
  const dockerSide = pushed.map((ref) => dockerReference(config, ref));
  if (config.useGithubRegistry) await loginToRegistry(docker, config, registry, options.log);
  const common = { mode: "build", registry, buildx: plan.buildx, cacheRef: plan.cacheRef, pushed };
  if (plan.buildx) {
    await docker.ensureBuilder(plan.builder);
    const built = await docker.build({ ...plan, platform: platforms.join(","), push: dockerSide });
    const digest2 = options.dryRun || !client ? void 0 : await client.manifestDigest(parseReference(pushed[0]));
    return {
      ...common,
      builder: plan.builder,
      images: [{ kind: plan.kind, localImage: dockerSide[0], digest: digest2 }],
      platforms: platforms.map((platform) => ({ platform })),
      cache: cacheFigures(built ? [built] : [], options.log)
    };
  }
  const results = [];
  const children = [];
  for (const platform of platforms) {
    const tagged = `${dockerSide[0]}-${platform.replace(/\//g, "-")}`;
    const built = await docker.build({ ...plan, platform, localImage: tagged });
    if (built) results.push(built);
    const digest2 = pushedDigest((await docker.push(tagged)).stdout);
    if (!digest2 && !options.dryRun) throw new CiImagesError(`docker push ${tagged} printed no digest: cannot assemble the ${platforms.join(",")} index`);
    children.push({ platform, digest: digest2 });
  }
  let digest;
  if (!client && !options.dryRun) throw new CiImagesError("a multi-platform build without buildx needs the registry client to push its index");
  if (options.dryRun || !client) {
    options.log(`[dry-run] PUT index ${pushed.join(", ")} (${platforms.join(", ")}: the digests docker push prints)`);
  } else {
    const [target, ...extra] = pushed.map(parseReference);
    const merged = await mergePlatforms(client, target, children.map((c) => c.digest), { extraTags: extra.map((r) => r.tag), log: options.log });
    digest = merged.imageDigest;
  }
  return { ...common, images: [{ kind: plan.kind, localImage: dockerSide[0], digest }], platforms: children, cache: cacheFigures(results, options.log) };
}
function cacheFigures(builds, log) {
  if (builds.length === 0) return void 0;
  const sum = (pick) => Math.round(builds.reduce((n, b) => n + pick(b), 0) * 10) / 10;
  const problems = [...new Set(builds.map((b) => cacheImportProblem(b)).filter((p) => p !== void 0))];
  const importProblem = problems.length ? problems.join("; ") : void 0;
  if (importProblem) log(importProblem);
  return {
    steps: sum((b) => b.steps),
    cached: sum((b) => b.cached),
    seconds: sum((b) => b.seconds),
    buildSeconds: sum((b) => b.wallSeconds),
    engine: builds.some((b) => b.engine === "legacy") ? "legacy" : "buildkit",
    ...importProblem ? { importProblem } : {}
  };
}
async function tagExtra(config, docker, local) {
  if (config.imageTag && config.imageTag !== local) await docker.tag(local, config.imageTag);
}

// lib/report/prepare.ts
function reportPrepare(session, result) {
  const { config, dryRun } = session;
  const main = result.images[0];
  if (!dryRun) session.output("localImage", main.localImage);
  if (session.json) {
    session.result({ dryRun, ...result });
    return 0;
  }
  const how = result.mode === "build" ? `built with ${result.buildx ? `docker buildx (builder ${result.builder})` : "docker build"}, cache ${result.cacheRef} (DOCKER_CACHE=${config.dockerCache})` : `pulled from ${result.registry}`;
  const verb = dryRun ? "Would prepare" : "Prepared";
  for (const image of result.images) session.out(`${verb} ${image.localImage}: ${how}${image.source ? ` ${image.source}` : ""}${image.digest ? ` ${image.digest}` : ""}`);
  for (const child of result.platforms ?? []) session.out(`  ${child.platform}${child.digest ? ` ${child.digest}` : ""}`);
  const cache = result.cache;
  if (cache?.engine === "legacy") session.out("cache: legacy builder (no BuildKit): no cache figures");
  else if (cache) session.out(`cache: ${cache.cached}/${cache.steps} steps cached (${cache.steps - cache.cached} run in ${cache.seconds} s; build ${cache.buildSeconds} s)`);
  if (cache?.importProblem) session.out(`cache: ${cache.importProblem}`);
  return 0;
}

// scripts/ci/images/prepare-ci-image.ts
var usage = `usage: prepare-ci-image [--image ci|prod] [--python 3.8] [--timeout SECONDS] [--dry-run] [--json]
  Waiting mode (USE_GITHUB_REGISTRY=true and GITHUB_REGISTRY_WAIT_FOR_IMAGE=true): waits (at most
  --timeout, env WAIT_FOR_IMAGE_TIMEOUT, default 3600) for the image at GITHUB_REGISTRY_PULL_IMAGE_TAG
  in GITHUB_REGISTRY (PROD: and the -build image with WAIT_FOR_PROD_BUILD_IMAGE=true), pulls it and
  tags it with the local name (apache/airflow:master-python3.8-ci). Otherwise builds it: docker
  buildx build with the registry cache <image>:cache (PREPARE_BUILDX_CACHE=true also exports it),
  or DOCKER_BUILDKIT=1 docker build without buildx. DOCKERFILE_CI, DOCKERFILE_PROD, DOCKER_CONTEXT,
  BUILD_TARGET, BUILD_ARGS, BUILD_PLATFORM, BUILDX_BUILDER and DOCKER_CACHE shape the build.
  --image defaults to ci, --python to PYTHON_MAJOR_MINOR_VERSION. --dry-run prints the docker
  commands (it only runs \`docker buildx version\`). Exit: 0 ready, 1 failed or timed out, 2 bad input, 3 refused.`;
await runScript({ name: "prepare-ci-image", usage, flags: { image: { type: "string" }, python: { type: "string" }, timeout: { type: "string" } } }, async (flags) => {
  const image = parseImageFlag(flags.image);
  const session = setup(flags, { planOnStdout: true });
  const { config, log, dryRun } = session;
  const python = parsePythonFlag(flags.python, config);
  const timeoutSeconds = parseWaitTiming(flags).timeoutSeconds ?? config.waitTimeoutSeconds;
  const title = `${waitingMode(config) ? "Pulling" : "Building"} the ${IMAGE_CHOICES[image].label} image for python ${python}`;
  const result = await session.group(
    title,
    () => prepareImage(config, session.docker(), session.registryClient(), { image, python, dryRun, timeoutSeconds, log, onEvent: lineReporter(log).event })
  );
  return reportPrepare(session, result);
});
