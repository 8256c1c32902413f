import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  USAGE
} from "./chunk-IKGP2OFM.mjs";
import {
  IMAGE_KINDS,
  RegistryError,
  descriptorProblem,
  ghcrPackage,
  githubRepositoryName,
  imageSegment,
  indexChildren,
  isIndex,
  isNotFound,
  mapLimit,
  parseDuration,
  parseKeep,
  parseRegistryFlag,
  readStreamBounded,
  requirePythonVersions,
  runScript,
  setup
} from "./chunk-G5RXXNCK.mjs";
import {
  ConfigError,
  DEFAULT_GITHUB_REGISTRY,
  appendSummary,
  exitCodeFor,
  hostProfile,
  isRefused,
  markdownTable,
  summaryCode,
  summaryText,
  tokenValue
} from "./chunk-Q3VEEV6Q.mjs";
import "./chunk-MJ4GKCEB.mjs";
import "./chunk-QAO4AET5.mjs";

// lib/commands/prune/policy.ts
function formatDuration(seconds) {
  for (const [unit, size] of [
    ["d", 86400],
    ["h", 3600],
    ["m", 60]
  ]) {
    if (seconds >= size && seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}
function tagKind(tag) {
  if (tag === "latest") return "latest";
  if (/^cache(?:-[a-z0-9]+)*$/.test(tag)) return "cache";
  if (/^\d+$/.test(tag)) return "run-id";
  if (/^[0-9a-f]{7,64}$/.test(tag)) return "sha";
  return "other";
}
function newestFirst(a, b) {
  const byDate = Date.parse(b.created) - Date.parse(a.created);
  if (byDate !== 0) return byDate;
  const aRun = tagKind(a.tag) === "run-id";
  const bRun = tagKind(b.tag) === "run-id";
  if (aRun !== bRun) return aRun ? -1 : 1;
  if (aRun) {
    const x = BigInt(a.tag);
    const y = BigInt(b.tag);
    return x > y ? -1 : x < y ? 1 : 0;
  }
  return a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0;
}
function decide(tags, keep, cutoffMs, olderThan = "") {
  const kept = [];
  const candidates = [];
  const dated = [];
  const sorted = [...tags].sort((a, b) => a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
  for (const info of sorted) {
    const kind = tagKind(info.tag);
    const keepAs = (reason) => kept.push({ tag: info.tag, digest: info.digest, created: info.created, reason });
    if (kind === "latest" || kind === "cache") keepAs(`${kind} (always kept)`);
    else if (kind === "other") keepAs("not a run-id or sha tag (only those are pruned)");
    else if (info.created === void 0) keepAs(`unknown age (${info.unknownAge ?? "no created date"}): kept to be safe`);
    else dated.push(info);
  }
  dated.sort(newestFirst);
  dated.forEach((info, index) => {
    const keepAs = (reason) => kept.push({ tag: info.tag, digest: info.digest, created: info.created, reason });
    if (index < keep) keepAs(`newest ${index + 1} of ${keep}`);
    else if (Date.parse(info.created) >= cutoffMs) keepAs(`younger than ${olderThan || "the cut-off"}`);
    else candidates.push(info);
  });
  const protectors = /* @__PURE__ */ new Map();
  const protect = (digest, by) => protectors.set(digest, [...protectors.get(digest) ?? [], by]);
  const byDigest = new Map(tags.map((t) => [t.digest, t]));
  for (const k of kept) {
    protect(k.digest, k.tag);
    for (const child of byDigest.get(k.digest)?.children ?? []) protect(child, `${k.tag} (index)`);
  }
  const deletions = /* @__PURE__ */ new Map();
  for (const info of candidates) {
    const by = protectors.get(info.digest);
    if (by) {
      const how = by.some((b) => b.endsWith("(index)")) ? "is listed by or shares its digest with kept" : "shares its digest with kept";
      kept.push({ tag: info.tag, digest: info.digest, created: info.created, reason: `old, but ${how} tag(s) ${by.join(", ")}` });
      continue;
    }
    const deletion = deletions.get(info.digest) ?? { digest: info.digest, tags: [], created: info.created, status: "planned" };
    deletion.tags.push(info.tag);
    deletions.set(info.digest, deletion);
  }
  return { kept, deletions: [...deletions.values()] };
}

// lib/commands/prune/inspect.ts
function pruneRepositories(config, registry) {
  const images = /* @__PURE__ */ new Set();
  for (const python of requirePythonVersions(config)) {
    for (const kind of IMAGE_KINDS) images.add(githubRepositoryName(config, registry, imageSegment(config, kind, python)));
  }
  return [...images].map((image) => ({ image, registry, repository: image.slice(registry.length + 1) }));
}
var MAX_CONFIG_BYTES = 4 << 20;
function isMissingRepository(error) {
  return isNotFound(error) || error instanceof RegistryError && error.status === 404;
}
function isUnreadable(error) {
  return error instanceof SyntaxError || error instanceof RegistryError && !error.retryable && !isRefused(error);
}
async function inspectRepository(client, repo, options = {}) {
  let tags;
  try {
    tags = await client.listTags(repo);
  } catch (error) {
    if (isMissingRepository(error)) return void 0;
    throw error;
  }
  const ages = /* @__PURE__ */ new Map();
  const ageOf = (digest) => {
    let age = ages.get(digest);
    if (!age) ages.set(digest, age = readAge(client, repo, digest));
    return age;
  };
  const infos = await mapLimit(tags, options.concurrency ?? 8, async (tag) => {
    const digest = await client.manifestDigest({ ...repo, tag });
    if (!digest) {
      options.log?.(`note: ${repo.registry}/${repo.repository}:${tag} disappeared while listing; ignored`);
      return void 0;
    }
    const age = await ageOf(digest);
    const children = age.children ? { children: age.children } : {};
    return "created" in age ? { tag, digest, created: age.created, ...children } : { tag, digest, unknownAge: age.unknown, ...children };
  });
  return infos.filter((i) => i !== void 0);
}
function indexChildren2(body) {
  return indexChildren(body).map((m) => m.digest);
}
async function readAge(client, repo, digest) {
  let children;
  try {
    let manifest = await client.getManifest({ ...repo, digest });
    if (isIndex(manifest.mediaType)) {
      children = indexChildren2(manifest.body);
      if (!children.length) return { unknown: "empty image index", children };
      manifest = await client.getManifest({ ...repo, digest: children[0] });
    }
    const config = JSON.parse(manifest.body.toString()).config;
    if (!config?.digest) return { unknown: `no config in ${manifest.mediaType || "the manifest"}`, children };
    const problem = descriptorProblem(config);
    if (problem) return { unknown: `config descriptor refused: ${problem}`, children };
    if (typeof config.size === "number" && config.size > MAX_CONFIG_BYTES)
      return { unknown: `config blob of ${config.size} bytes`, children };
    const stream = await client.fetchBlob(repo, config.digest, typeof config.size === "number" ? config.size : void 0);
    const body = await readStreamBounded(stream, MAX_CONFIG_BYTES);
    if (!body.ok) return { unknown: `config blob of more than ${MAX_CONFIG_BYTES} bytes`, children };
    const created = JSON.parse(body.bytes.toString("utf8")).created;
    if (typeof created !== "string" || Number.isNaN(Date.parse(created)))
      return { unknown: "no valid created date in the image config", children };
    return { created: new Date(Date.parse(created)).toISOString(), children };
  } catch (error) {
    if (isUnreadable(error)) return { unknown: error.message, children };
    throw error;
  }
}
async function planPrune(client, repositories, options) {
  const now = options.now ?? Date.now();
  const cutoffMs = now - options.olderThanSeconds * 1e3;
  const olderThan = formatDuration(options.olderThanSeconds);
  const plans = [];
  for (const repo of repositories) {
    const tags = await inspectRepository(client, repo, options);
    if (!tags) {
      options.log?.(`note: ${repo.image} does not exist; skipped`);
      plans.push({ ...repo, skipped: "the repository does not exist", kept: [], deletions: [] });
      continue;
    }
    plans.push({ ...repo, ...decide(tags, options.keep, cutoffMs, olderThan) });
  }
  return {
    registry: repositories[0]?.registry ?? DEFAULT_GITHUB_REGISTRY,
    keep: options.keep,
    olderThan,
    now: new Date(now).toISOString(),
    cutoff: new Date(cutoffMs).toISOString(),
    repositories: plans
  };
}

// lib/commands/prune/delete.ts
function registryDeleter(client) {
  return {
    method: "registry API (DELETE manifest by digest)",
    async delete(repo, deletion) {
      try {
        await client.deleteManifest({ registry: repo.registry, repository: repo.repository, digest: deletion.digest });
        return { status: "deleted" };
      } catch (error) {
        if (isNotFound(error)) return { status: "gone", detail: "already gone" };
        throw error;
      }
    }
  };
}
function githubPackagesDeleter(api) {
  const versions = /* @__PURE__ */ new Map();
  return {
    method: "GitHub REST API (DELETE package version)",
    async delete(repo, deletion) {
      const { owner, packageName } = ghcrPackage(repo.repository);
      let byDigest = versions.get(repo.repository);
      if (!byDigest) {
        byDigest = api.listVersions(owner, packageName).then((list) => new Map(list.map((v) => [v.name, v])));
        versions.set(repo.repository, byDigest);
        byDigest.catch(() => versions.delete(repo.repository));
      }
      const version = (await byDigest).get(deletion.digest);
      if (!version) return { status: "skipped", detail: `no package version of ${owner}/${packageName} has this digest` };
      const keptTags = new Set(repo.kept.map((k) => k.tag));
      const protectedTags = version.tags.filter((t) => keptTags.has(t) || !deletion.tags.includes(t));
      if (protectedTags.length) {
        return {
          status: "skipped",
          detail: `package version ${version.id} also carries tag(s) ${protectedTags.join(", ")}`,
          versionId: version.id
        };
      }
      const deleted = await api.deleteVersion(owner, packageName, version.id);
      return { status: deleted ? "deleted" : "gone", versionId: version.id, ...deleted ? {} : { detail: "already gone" } };
    }
  };
}
function deleterFor(config, registry, client, packagesClient) {
  const method = hostProfile(registry).deleteMethod;
  if (method.kind === "registry-api") return registryDeleter(client);
  const token = method.tokenVariables.map((variable) => tokenValue(config, variable)).find(Boolean);
  if (!token) {
    const [first, ...others] = method.tokenVariables;
    throw new ConfigError(
      first,
      `deleting from ${registry} goes through the GitHub REST API and needs ${first}${others.length ? ` (or ${others.join(", ")})` : ""} with the delete:packages scope`
    );
  }
  return githubPackagesDeleter(packagesClient(token));
}

// lib/commands/prune/execute.ts
async function executePlan(plan, client, deleter, log) {
  let exitCode = 0;
  for (const repo of plan.repositories) {
    if (!repo.deletions.length) continue;
    const byDigest = new Map(repo.deletions.map((d) => [d.digest, d]));
    const planned = new Set(repo.deletions.flatMap((d) => d.tags));
    const now = await client.listTags(repo);
    const skip = (digest, detail) => {
      const deletion = byDigest.get(digest);
      if (deletion && deletion.status === "planned") Object.assign(deletion, { status: "skipped", detail });
    };
    await mapLimit(
      now.filter((t) => !planned.has(t)),
      8,
      async (tag) => {
        const ref = { registry: repo.registry, repository: repo.repository, tag };
        const digest = await client.manifestDigest(ref);
        if (!digest) return;
        skip(digest, `tag ${tag} points to it now`);
        if (!byDigest.size) return;
        const manifest = await client.getManifest({ ...ref, tag: void 0, digest });
        if (isIndex(manifest.mediaType))
          for (const child of indexChildren2(manifest.body)) skip(child, `listed by the index tag ${tag} points to`);
      }
    );
    for (const deletion of repo.deletions) {
      if (deletion.status !== "planned") continue;
      if (exitCode === 3) {
        deletion.status = "skipped";
        deletion.detail = "not attempted after the credentials were refused";
        continue;
      }
      try {
        Object.assign(deletion, await deleter.delete(repo, deletion));
      } catch (error) {
        deletion.status = "failed";
        deletion.detail = error.message;
        exitCode = exitCode || exitCodeFor(error);
        if (exitCodeFor(error) === 3) exitCode = 3;
      }
      log?.(
        `${deletion.status} ${repo.image}@${deletion.digest} (${deletion.tags.join(", ")})${deletion.detail ? `: ${deletion.detail}` : ""}`
      );
    }
  }
  const all = plan.repositories.flatMap((r) => r.deletions);
  const count = (...s) => all.filter((d) => s.includes(d.status)).length;
  return { deleted: count("deleted", "gone"), failed: count("failed"), skipped: count("skipped"), exitCode };
}

// lib/report/prune.ts
var short = (digest) => digest.slice(0, 19);
var day = (created) => created?.slice(0, 16).replace("T", " ") ?? "unknown age";
function formatPlan(plan, dryRun) {
  const lines = [
    `${dryRun ? "Dry run (nothing is deleted; pass --yes to delete)" : "Pruning"}: ${plan.registry}, keep latest, cache, the newest ${plan.keep} run-id/sha tags and anything created after ${plan.cutoff} (--older-than ${plan.olderThan})`
  ];
  for (const repo of plan.repositories) {
    if (repo.skipped) {
      lines.push("", `${repo.image}: skipped, ${repo.skipped}`);
      continue;
    }
    const tagCount = repo.kept.length + repo.deletions.reduce((n, d) => n + d.tags.length, 0);
    lines.push(
      "",
      `${repo.image}: ${tagCount} tags; keep ${repo.kept.length}, ${dryRun ? "would delete" : "delete"} ${repo.deletions.length} digests`
    );
    for (const k of repo.kept) lines.push(`  keep    ${k.tag.padEnd(20)} ${short(k.digest)}  ${day(k.created).padEnd(16)}  ${k.reason}`);
    for (const d of repo.deletions) {
      lines.push(`  ${dryRun ? "would delete" : "delete"} ${d.digest}  ${day(d.created)}  tags: ${d.tags.join(", ")}`);
    }
  }
  const deletions = plan.repositories.flatMap((r) => r.deletions);
  lines.push(
    "",
    `${dryRun ? "Would delete" : "To delete"}: ${deletions.length} digests (${deletions.reduce((n, d) => n + d.tags.length, 0)} tags) in ${plan.repositories.filter((r) => r.deletions.length).length} of ${plan.repositories.length} repositories`
  );
  return lines;
}
function summaryMarkdown(plan, dryRun) {
  const rows = plan.repositories.map((repo) => {
    const tags = repo.deletions.flatMap((d) => d.tags);
    const statuses = [...new Set(repo.deletions.map((d) => d.status))];
    return [
      summaryCode(repo.image),
      repo.skipped ? "–" : String(repo.kept.length),
      repo.skipped ? "–" : String(repo.deletions.length),
      tags.length ? summaryText(tags.join(" "), 2e3) : "–",
      repo.skipped ? `skipped: ${summaryText(repo.skipped)}` : dryRun ? repo.deletions.length ? "dry run" : "nothing to delete" : statuses.join(", ") || "nothing to delete"
    ];
  });
  return [
    `### Image retention on ${summaryText(plan.registry)}${dryRun ? " (dry run)" : ""}`,
    "",
    `Kept: latest, cache, the newest ${plan.keep} run-id/sha tags, anything younger than ${plan.olderThan}.`,
    "",
    markdownTable(["Repository", "Kept tags", "Digests deleted", "Tags deleted", "Result"], rows)
  ].join("\n");
}
var reportPrune = {
  plan(session, plan) {
    if (session.json) return;
    formatPlan(plan, session.dryRun).forEach(session.out);
  },
  progress(session) {
    return session.json ? session.log : session.out;
  },
  result(session, plan, deleteMethod, result) {
    const { config, dryRun } = session;
    if (session.json) session.result({ dryRun, deleteMethod: deleteMethod ?? null, ...plan, result: result ?? null });
    else if (result)
      session.out(`Deleted ${result.deleted} digests via ${deleteMethod}; ${result.skipped} skipped, ${result.failed} failed`);
    if (config.githubActions) appendSummary(config, summaryMarkdown(plan, dryRun));
    return result?.exitCode ?? 0;
  }
};

// scripts/ci/images/prune-images.ts
var flags = {
  keep: { type: "string" },
  "older-than": { type: "string" },
  yes: { type: "boolean" },
  registry: { type: "string" },
  timeout: { type: "string" }
};
await runScript({ name: "prune-images", usage: USAGE["prune-images"], flags, deadline: { defaultSeconds: 3600 } }, async (flags2) => {
  if (flags2.yes && flags2["dry-run"]) throw new ConfigError("--yes", "--yes and --dry-run contradict each other: pass one of them");
  const keep = parseKeep(flags2.keep);
  const olderThanSeconds = parseDuration("--older-than", flags2["older-than"]);
  const session = setup(flags2, { dryRun: !flags2.yes });
  const { config, log } = session;
  const registry = parseRegistryFlag(flags2.registry, config.githubRegistry);
  const client = session.registryClient();
  const deleter = session.dryRun ? void 0 : deleterFor(config, registry, client, session.packagesClient);
  const plan = await planPrune(client, pruneRepositories(config, registry), { keep, olderThanSeconds, log });
  reportPrune.plan(session, plan);
  const result = deleter ? await executePlan(plan, client, deleter, reportPrune.progress(session)) : void 0;
  return reportPrune.result(session, plan, deleter?.method, result);
});
