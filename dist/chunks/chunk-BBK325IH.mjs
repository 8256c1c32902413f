import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  waitForImages,
  waitTargets,
  waitingMode
} from "./chunk-HX3VIZDF.mjs";
import {
  mergePlatforms
} from "./chunk-INNC5BBE.mjs";
import {
  builtCommit,
  commitTagToPublish,
  publishTags
} from "./chunk-5PMND4XI.mjs";
import {
  loginToRegistry
} from "./chunk-M2T5RP7L.mjs";
import {
  buildArgv,
  buildCacheRef,
  cacheImportProblem,
  effectiveDockerCache,
  githubImage,
  imageBuildArgs,
  imageKinds,
  imageLabels,
  localImage,
  platformTagSuffix,
  pushedDigest
} from "./chunk-G5RXXNCK.mjs";
import {
  CiImagesError,
  GITHUB_REGISTRIES,
  appendSummary,
  dockerReference,
  markdownTable,
  parseReference,
  summaryCode,
  summaryText
} from "./chunk-Q3VEEV6Q.mjs";

// lib/commands/prepare-build.ts
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
    // One named platform (a per-runner build) has its own cache, `:cache-linux-arm64`.
    cacheRef: dockerReference(
      config,
      buildCacheRef(config, registry, kind, options.python, platforms.length === 1 ? platforms[0] : void 0)
    ),
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
    buildArgs: [
      ...imageBuildArgs(config.build.inputs, kind, options.python, { commitSha: commit }).map(([k, v]) => `${k}=${v}`),
      ...config.build.buildArgs
    ],
    labels: imageLabels(config.build.inputs, { commitSha: commit }).map(([k, v]) => `${k}=${v}`)
  };
  buildArgv(plan);
  if (platforms.length > 1) return buildPlatforms(config, docker, options, plan, platforms, client);
  if (config.useGithubRegistry || config.prepareBuildxCache) await loginToRegistry(docker, config, registry, options.log);
  if (buildx && plan.builder !== "default") await docker.ensureBuilder(plan.builder);
  const built = await docker.build(plan);
  const exported = await pushInlineCache(docker, plan, plan.localImage, built, options.log);
  await tagExtra(config, docker, plan.localImage);
  return {
    mode: "build",
    registry,
    images: [{ kind, localImage: plan.localImage }],
    buildx,
    builder: buildx ? plan.builder : void 0,
    cacheRef: plan.cacheRef,
    cache: cacheFigures(built ? [built] : [], options.log),
    ...exported ? { cacheExported: [exported] } : {}
  };
}
async function pushInlineCache(docker, plan, image, built, log) {
  if (plan.buildx || !plan.prepareBuildxCache) return void 0;
  if (built?.engine === "legacy") {
    log(
      `cache: not written to ${plan.cacheRef}: the legacy builder (DOCKER_BUILDKIT=0) puts no cache in its images; install docker buildx`
    );
    return void 0;
  }
  await docker.tag(image, plan.cacheRef);
  await docker.push(plan.cacheRef);
  log(`cache: pushed ${image} as ${plan.cacheRef} (inline cache, BUILDKIT_INLINE_CACHE=1): later builds read it with --cache-from`);
  return plan.cacheRef;
}
async function buildPlatforms(config, docker, options, plan, platforms, client) {
  const registry = config.githubRegistry;
  const pushed = config.useGithubRegistry ? publishTags(config, plan.kind, (await commitTagToPublish(config)).tag).map(
    (tag) => githubImage(config, config.githubRegistry, plan.kind, options.python, tag)
  ) : [plan.localImage];
  const dockerSide = pushed.map((ref) => dockerReference(config, ref));
  if (config.useGithubRegistry) await loginToRegistry(docker, config, registry, options.log);
  const common = { mode: "build", registry, buildx: plan.buildx, cacheRef: plan.cacheRef, pushed };
  if (plan.buildx) {
    if (plan.builder !== "default") await docker.ensureBuilder(plan.builder);
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
  const exported = [];
  for (const platform of platforms) {
    const tagged = `${dockerSide[0]}-${platformTagSuffix(platform)}`;
    const cacheRef = dockerReference(config, buildCacheRef(config, registry, plan.kind, options.python, platform));
    const platformPlan = { ...plan, platform, localImage: tagged, cacheRef };
    const built = await docker.build(platformPlan);
    if (built) results.push(built);
    const cache = await pushInlineCache(docker, platformPlan, tagged, built, options.log);
    if (cache) exported.push(cache);
    const digest2 = pushedDigest((await docker.push(tagged)).stdout);
    if (!digest2 && !options.dryRun)
      throw new CiImagesError(`docker push ${tagged} printed no digest: cannot assemble the ${platforms.join(",")} index`);
    children.push({ platform, digest: digest2 });
  }
  let digest;
  if (!client && !options.dryRun)
    throw new CiImagesError("a multi-platform build without buildx needs the registry client to push its index");
  if (options.dryRun || !client) {
    options.log(`[dry-run] PUT index ${pushed.join(", ")} (${platforms.join(", ")}: the digests docker push prints)`);
  } else {
    const [target, ...extra] = pushed.map(parseReference);
    const merged = await mergePlatforms(
      client,
      target,
      children.map((c) => c.digest),
      { extraTags: extra.map((r) => r.tag), log: options.log }
    );
    digest = merged.imageDigest;
  }
  return {
    ...common,
    images: [{ kind: plan.kind, localImage: dockerSide[0], digest }],
    platforms: children,
    cache: cacheFigures(results, options.log),
    ...exported.length ? { cacheExported: exported } : {}
  };
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
      options.log(
        `[dry-run] wait up to ${options.timeoutSeconds}s (poll every ${config.pollIntervalSeconds}s) for ${t.candidates[registry]}`
      );
    }
  } else {
    const result = await waitForImages(client, targets, {
      timeoutMs: options.timeoutSeconds * 1e3,
      pollIntervalSeconds: config.pollIntervalSeconds,
      registries: [registry],
      onEvent: options.onEvent
    });
    for (const image of result.images) found.set(image.target.kind, image.digest);
  }
  return pullAndTag(config, docker, targets, registry, options.python, found);
}
async function pullRunImage(config, docker, client, options) {
  const targets = waitTargets(config, imageKinds(config, options.image), [options.python], options.runId);
  const found = /* @__PURE__ */ new Map();
  let registry;
  let failure;
  const answered = [];
  if (options.dryRun) {
    registry = config.githubRegistry;
    options.log(
      `[dry-run] look for ${targets.map((t) => t.candidates[config.githubRegistry]).join(", ")} (and in ${GITHUB_REGISTRIES.filter((r) => r !== registry).join(", ")})`
    );
  }
  for (const candidate of options.dryRun ? [] : GITHUB_REGISTRIES) {
    try {
      const digests = await Promise.all(targets.map((t) => client.manifestDigest(parseReference(t.candidates[candidate]))));
      if (digests.every((d) => d !== void 0)) {
        targets.forEach((t, i) => found.set(t.kind, digests[i]));
        registry = candidate;
        break;
      }
      answered.push(candidate);
    } catch (error) {
      failure ??= error;
    }
  }
  if (!registry) {
    if (failure && answered.length === 0) throw failure;
    const looked = targets.flatMap((t) => GITHUB_REGISTRIES.map((r) => t.candidates[r]));
    const other = failure ? `; the other registry could not be asked (${failure.message})` : "";
    throw new CiImagesError(
      `run ${options.runId}: no image in ${answered.join(" or ")} (looked for ${looked.join(", ")}); is the run id right, and did its build job push?${other}`
    );
  }
  await loginToRegistry(docker, config, registry, options.log);
  return pullAndTag(config, docker, targets, registry, options.python, found);
}
async function pullAndTag(config, docker, targets, registry, python, found) {
  const images = [];
  for (const t of targets) {
    const source = t.candidates[registry];
    const pulled = dockerReference(config, source);
    const local = localImage(config, t.kind, python);
    await docker.pull(pulled);
    await docker.tag(pulled, local);
    images.push({ kind: t.kind, localImage: local, source, digest: found.get(t.kind) });
  }
  await tagExtra(config, docker, images[0].localImage);
  return { mode: "wait", registry, images };
}

// lib/report/prepare.ts
function reportPrepare(session, result) {
  const { config, dryRun } = session;
  const main = result.images[0];
  if (!dryRun) session.output("localImage", main.localImage);
  if (!dryRun) appendSummary(config, summaryOf(result));
  if (session.json) {
    session.result({ dryRun, ...result });
    return 0;
  }
  const how = result.mode === "build" ? `built with ${result.buildx ? `docker buildx (builder ${result.builder})` : "docker build"}, cache ${result.cacheRef} (DOCKER_CACHE=${config.dockerCache})` : `pulled from ${result.registry}`;
  const verb = dryRun ? "Would prepare" : "Prepared";
  for (const image of result.images)
    session.out(`${verb} ${image.localImage}: ${how}${image.source ? ` ${image.source}` : ""}${image.digest ? ` ${image.digest}` : ""}`);
  for (const child of result.platforms ?? []) session.out(`  ${child.platform}${child.digest ? ` ${child.digest}` : ""}`);
  const cache = result.cache;
  if (cache?.engine === "legacy") session.out("cache: legacy builder (no BuildKit): no cache figures");
  else if (cache)
    session.out(
      `cache: ${cache.cached}/${cache.steps} steps cached (${cache.steps - cache.cached} run in ${cache.seconds} s; build ${cache.buildSeconds} s)`
    );
  if (cache?.importProblem) session.out(`cache: ${cache.importProblem}`);
  return 0;
}
function summaryOf(result) {
  const cache = result.cache;
  const cacheText = !cache ? "–" : cache.engine === "legacy" ? "legacy builder: no figures" : `${cache.cached}/${cache.steps} steps cached, ${cache.buildSeconds} s`;
  const rows = result.images.map((i) => [
    summaryCode(i.localImage),
    result.mode === "build" ? "built" : `pulled from ${summaryText(result.registry ?? "")}`,
    i.digest ? summaryCode(i.digest) : "–",
    cacheText
  ]);
  const problem = cache?.importProblem ? `

cache: ${summaryText(cache.importProblem, 500)}` : "";
  return `### Image prepared

${markdownTable(["image", "how", "digest", "cache"], rows)}${problem}`;
}

export {
  prepareImage,
  pullRunImage,
  reportPrepare
};
