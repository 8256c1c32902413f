import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  mapLimit
} from "./chunk-PSQMQC6P.mjs";
import {
  AuthError,
  CiImagesError,
  ConfigError,
  DEFAULT_GITHUB_REGISTRY,
  GITHUB_API_RETRY,
  IMAGE_KINDS,
  KiB,
  MAX_RETRY_AFTER_MS,
  MiB,
  RegistryError,
  discard,
  displayUrl,
  exitCodeFor,
  formatBytes,
  githubRepositoryName,
  hostProfile,
  httpRequest,
  imageSegment,
  isIndex,
  isNotFound,
  isRefused,
  neutralize,
  nextLink,
  parseDuration,
  parseKeep,
  parseRegistryFlag,
  parseRetryAfter,
  readBounded,
  readStreamBounded,
  requirePythonVersions,
  retry,
  runScript,
  setup,
  tokenValue
} from "./chunk-ODCBDXED.mjs";
import {
  appendSummary,
  markdownTable
} from "./chunk-E7YZNGG6.mjs";
import "./chunk-QAO4AET5.mjs";

// lib/commands/prune/policy.ts
function formatDuration(seconds) {
  for (const [unit, size] of [["d", 86400], ["h", 3600], ["m", 60]]) {
    if (seconds >= size && seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}
function tagKind(tag) {
  if (tag === "latest") return "latest";
  if (tag === "cache") return "cache";
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
function indexChildren(body) {
  const manifests = JSON.parse(body.toString()).manifests ?? [];
  return manifests.map((m) => m.digest).filter((d) => typeof d === "string");
}
async function readAge(client, repo, digest) {
  let children;
  try {
    let manifest = await client.getManifest({ ...repo, digest });
    if (isIndex(manifest.mediaType)) {
      children = indexChildren(manifest.body);
      if (!children.length) return { unknown: "empty image index", children };
      manifest = await client.getManifest({ ...repo, digest: children[0] });
    }
    const config = JSON.parse(manifest.body.toString()).config;
    if (!config?.digest) return { unknown: `no config in ${manifest.mediaType || "the manifest"}`, children };
    if (typeof config.size === "number" && config.size > MAX_CONFIG_BYTES) return { unknown: `config blob of ${config.size} bytes`, children };
    const stream = await client.fetchBlob(repo, config.digest, typeof config.size === "number" ? config.size : void 0);
    const body = await readStreamBounded(stream, MAX_CONFIG_BYTES);
    if (!body.ok) return { unknown: `config blob of more than ${MAX_CONFIG_BYTES} bytes`, children };
    const created = JSON.parse(body.bytes.toString("utf8")).created;
    if (typeof created !== "string" || Number.isNaN(Date.parse(created))) return { unknown: "no valid created date in the image config", children };
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

// lib/github/packages-api.ts
var MAX_PAGE_BYTES = 8 * MiB;
var MAX_ERROR_BYTES = 64 * KiB;
var GithubApiError = class extends CiImagesError {
  constructor(message, status) {
    super(message);
    this.status = status;
    this.name = "GithubApiError";
  }
  status;
  retryable = false;
  retryAfterMs;
};
var RetryableGithubError = class extends GithubApiError {
  retryable = true;
  constructor(message, status, retryAfterMs) {
    super(message, status);
    this.retryAfterMs = retryAfterMs;
  }
};
function ghcrPackage(repository) {
  const slash = repository.indexOf("/");
  if (slash <= 0 || slash === repository.length - 1) {
    throw new GithubApiError(`${repository}: a ghcr.io repository must be <owner>/<package>`, void 0);
  }
  return { owner: repository.slice(0, slash), packageName: repository.slice(slash + 1) };
}
var GithubPackagesClient = class {
  constructor(options) {
    this.options = options;
    this.apiUrl = new URL(options.apiUrl.replace(/\/+$/, "") + "/");
    this.retryOptions = { ...GITHUB_API_RETRY, ...options.retry };
    this.timeoutMs = options.timeoutMs ?? 3e4;
  }
  options;
  /** Every HTTP request sent, for figures and tests. */
  requestCount = 0;
  apiUrl;
  retryOptions;
  timeoutMs;
  /** Whether an owner is an organisation or a user, learnt from the first 404. */
  ownerKinds = /* @__PURE__ */ new Map();
  versionsUrl(kind, owner, packageName, rest = "") {
    return new URL(`${kind}/${encodeURIComponent(owner)}/packages/container/${encodeURIComponent(packageName)}/versions${rest}`, this.apiUrl);
  }
  /** All versions of a container package (every page). */
  async listVersions(owner, packageName) {
    const kinds = this.ownerKinds.has(owner) ? [this.ownerKinds.get(owner)] : ["orgs", "users"];
    for (const kind of kinds) {
      const first = this.versionsUrl(kind, owner, packageName, "?per_page=100&page=1");
      const versions = [];
      let url = first;
      let found = true;
      while (url) {
        const what = `GET package versions of ${owner}/${packageName}`;
        const response = await this.request("GET", url, what);
        if (response.status === 404 && url === first) {
          discard(response);
          found = false;
          break;
        }
        if (response.status !== 200) throw await this.failure(response, what);
        const body = await readPage(response, url, what);
        if (!Array.isArray(body)) throw new GithubApiError(`${what}: expected a JSON array of versions`, 200);
        for (const item of body) versions.push(toVersion(item));
        url = this.nextPage(response.headers.get("link"), url, what);
      }
      if (found) {
        this.ownerKinds.set(owner, kind);
        return versions;
      }
    }
    throw new GithubApiError(
      `GET package versions of ${owner}/${packageName} → HTTP 404: no container package ${packageName} for the organisation or user ${owner} (or the token cannot see it)`,
      404
    );
  }
  /** Deletes one version; true when deleted, false when it was already gone (404). */
  async deleteVersion(owner, packageName, id) {
    if (!this.ownerKinds.has(owner)) await this.listVersions(owner, packageName);
    const kind = this.ownerKinds.get(owner);
    const what = `DELETE package version ${id} of ${owner}/${packageName}`;
    const response = await this.request("DELETE", this.versionsUrl(kind, owner, packageName, `/${id}`), what);
    if (response.status === 204 || response.status === 200) {
      discard(response);
      return true;
    }
    if (response.status === 404) {
      discard(response);
      return false;
    }
    throw await this.failure(response, what);
  }
  /** `Link: <…>; rel="next"`, followed only on the API's own origin (the token goes nowhere else). */
  nextPage(link, current, what) {
    const next = nextLink(link, current);
    if (next && next.origin !== this.apiUrl.origin) {
      throw new GithubApiError(`${what}: the next page is on another origin (${neutralize(next.origin, 100)}); not following it`, void 0);
    }
    return next;
  }
  /** One request (redirects never followed), retried; its timeout runs until the body is read or dropped. */
  request(method, url, what) {
    return retry(
      async () => {
        this.requestCount++;
        let response;
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(new Error(`timed out after ${this.timeoutMs} ms`)), this.timeoutMs).unref();
        try {
          response = await httpRequest(url, {
            method,
            headers: {
              accept: "application/vnd.github+json",
              authorization: `Bearer ${this.options.token}`,
              "x-github-api-version": "2022-11-28",
              "user-agent": "ci-images-prune"
            },
            signal: controller.signal
          });
        } catch (error) {
          clearTimeout(timer);
          const e = error;
          const reason = typeof e?.code === "string" ? e.code : controller.signal.aborted ? `timed out after ${this.timeoutMs} ms` : "network error";
          throw new RetryableGithubError(`${what}: ${reason}`, void 0);
        }
        response.body.once("close", () => clearTimeout(timer));
        const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
        const rateLimited = (response.status === 403 || response.status === 429) && (retryAfterMs !== void 0 || response.headers.get("x-ratelimit-remaining") === "0");
        if (response.status === 429 || response.status >= 500 || rateLimited) {
          const message = await githubMessage(response);
          const reset = Number(response.headers.get("x-ratelimit-reset"));
          const resetMs = retryAfterMs ?? (rateLimited && reset > 0 ? Math.max(0, reset * 1e3 - Date.now()) : void 0);
          const said = `${what} → HTTP ${response.status}${message ? `: ${message}` : ""}`;
          if (resetMs !== void 0 && resetMs > MAX_RETRY_AFTER_MS) {
            throw new GithubApiError(`${said}; rate limited for another ${Math.ceil(resetMs / 1e3)} s`, response.status);
          }
          throw new RetryableGithubError(said, response.status, resetMs);
        }
        return response;
      },
      {
        ...this.retryOptions,
        onRetry: (error, attempt, delay) => this.options.onRetry?.(`${this.apiUrl.host}: ${error.message}; retry ${attempt} in ${(delay / 1e3).toFixed(1)}s`)
      }
    );
  }
  async failure(response, what) {
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      discard(response);
      const target = URL.canParse(location, this.apiUrl) ? displayUrl(new URL(location, this.apiUrl)) : "a location that is not a URL";
      return new GithubApiError(`${what} → HTTP ${response.status}: redirected to ${target}; not following it (the token goes to ${this.apiUrl.origin} only)`, response.status);
    }
    const message = await githubMessage(response);
    const said = `${what} → HTTP ${response.status}${message ? `: ${message}` : ""}`;
    if (response.status === 401) return new AuthError(`unauthorized: ${said}; check CONTAINER_REGISTRY_TOKEN (or GITHUB_TOKEN)`);
    if (response.status === 403) return new AuthError(`denied: ${said}; the token needs the read:packages and delete:packages scopes and admin access to the package`);
    return new GithubApiError(said, response.status);
  }
};
function toVersion(item) {
  if (typeof item?.id !== "number" || typeof item.name !== "string") {
    throw new GithubApiError("package version without a numeric id and a name", 200);
  }
  const tags = Array.isArray(item.metadata?.container?.tags) ? item.metadata.container.tags.filter((t) => typeof t === "string") : [];
  return { id: item.id, name: item.name, tags, createdAt: typeof item.created_at === "string" ? item.created_at : void 0 };
}
async function readPage(response, url, what) {
  const body = await readBounded(response, MAX_PAGE_BYTES);
  if (!body.ok) {
    const size = body.announced !== void 0 ? `${formatBytes(body.announced)} announced` : `at least ${formatBytes(body.received)} sent`;
    throw new GithubApiError(`${what}: the answer from ${displayUrl(url)} is larger than ${formatBytes(MAX_PAGE_BYTES)} (${size}); not reading it`, 200);
  }
  try {
    return JSON.parse(body.bytes.toString("utf8"));
  } catch {
    const type = neutralize(response.headers.get("content-type") ?? "no content type", 80);
    throw new GithubApiError(`${what}: the answer from ${displayUrl(url)} is ${type}, not JSON`, 200);
  }
}
async function githubMessage(response) {
  try {
    const body = await readBounded(response, MAX_ERROR_BYTES, { truncate: true });
    const parsed = JSON.parse(body.ok ? body.bytes.toString("utf8") : "");
    return typeof parsed.message === "string" ? neutralize(parsed.message, 200) : void 0;
  } catch {
    return void 0;
  }
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
        return { status: "skipped", detail: `package version ${version.id} also carries tag(s) ${protectedTags.join(", ")}`, versionId: version.id };
      }
      const deleted = await api.deleteVersion(owner, packageName, version.id);
      return { status: deleted ? "deleted" : "gone", versionId: version.id, ...deleted ? {} : { detail: "already gone" } };
    }
  };
}
function deleterFor(config, registry, client, log) {
  const method = hostProfile(registry).deleteMethod;
  if (method.kind === "registry-api") return registryDeleter(client);
  const token = method.tokenVariables.map((variable) => tokenValue(config, variable)).find(Boolean);
  if (!token) {
    const [first, ...others] = method.tokenVariables;
    throw new ConfigError(first, `deleting from ${registry} goes through the GitHub REST API and needs ${first}${others.length ? ` (or ${others.join(", ")})` : ""} with the delete:packages scope`);
  }
  return githubPackagesDeleter(new GithubPackagesClient({ apiUrl: config.githubApiUrl, token, onRetry: log }));
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
    await mapLimit(now.filter((t) => !planned.has(t)), 8, async (tag) => {
      const ref = { registry: repo.registry, repository: repo.repository, tag };
      const digest = await client.manifestDigest(ref);
      if (!digest) return;
      skip(digest, `tag ${tag} points to it now`);
      if (!byDigest.size) return;
      const manifest = await client.getManifest({ ...ref, tag: void 0, digest });
      if (isIndex(manifest.mediaType)) for (const child of indexChildren(manifest.body)) skip(child, `listed by the index tag ${tag} points to`);
    });
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
      log?.(`${deletion.status} ${repo.image}@${deletion.digest} (${deletion.tags.join(", ")})${deletion.detail ? `: ${deletion.detail}` : ""}`);
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
    lines.push("", `${repo.image}: ${tagCount} tags; keep ${repo.kept.length}, ${dryRun ? "would delete" : "delete"} ${repo.deletions.length} digests`);
    for (const k of repo.kept) lines.push(`  keep    ${k.tag.padEnd(20)} ${short(k.digest)}  ${day(k.created).padEnd(16)}  ${k.reason}`);
    for (const d of repo.deletions) {
      lines.push(`  ${dryRun ? "would delete" : "delete"} ${d.digest}  ${day(d.created)}  tags: ${d.tags.join(", ")}`);
    }
  }
  const deletions = plan.repositories.flatMap((r) => r.deletions);
  lines.push("", `${dryRun ? "Would delete" : "To delete"}: ${deletions.length} digests (${deletions.reduce((n, d) => n + d.tags.length, 0)} tags) in ${plan.repositories.filter((r) => r.deletions.length).length} of ${plan.repositories.length} repositories`);
  return lines;
}
function summaryMarkdown(plan, dryRun) {
  const rows = plan.repositories.map((repo) => {
    const tags = repo.deletions.flatMap((d) => d.tags);
    const statuses = [...new Set(repo.deletions.map((d) => d.status))];
    return [
      `\`${repo.image}\``,
      repo.skipped ? "–" : String(repo.kept.length),
      repo.skipped ? "–" : String(repo.deletions.length),
      tags.length ? tags.join(" ") : "–",
      repo.skipped ? `skipped: ${repo.skipped}` : dryRun ? repo.deletions.length ? "dry run" : "nothing to delete" : statuses.join(", ") || "nothing to delete"
    ];
  });
  return [
    `### Image retention on ${plan.registry}${dryRun ? " (dry run)" : ""}`,
    "",
    `Kept: latest, cache, the newest ${plan.keep} run-id/sha tags, anything younger than ${plan.olderThan}.`,
    "",
    markdownTable(["Repository", "Kept tags", "Digests deleted", "Tags deleted", "Result"], rows)
  ].join("\n");
}
var reportPrune = {
  plan(session, plan) {
    formatPlan(plan, session.dryRun).forEach(session.out);
  },
  result(session, plan, deleteMethod, result) {
    const { config, dryRun } = session;
    if (session.json) session.result({ dryRun, deleteMethod: deleteMethod ?? null, ...plan, result: result ?? null });
    else if (result) session.out(`Deleted ${result.deleted} digests via ${deleteMethod}; ${result.skipped} skipped, ${result.failed} failed`);
    if (config.githubActions) appendSummary(config, summaryMarkdown(plan, dryRun));
    return result?.exitCode ?? 0;
  }
};

// scripts/ci/images/prune-images.ts
var usage = `Usage: tsx scripts/ci/images/prune-images.ts [--keep N] [--older-than 14d] [--dry-run | --yes] [--json] [--registry ghcr.io|docker.pkg.github.com]
  Plans (default, --dry-run) or performs (--yes) the deletion of old run-id/sha tags of the CI, PROD
  and PROD-build images. Kept: latest, cache, the newest N (default 10) run-id/sha tags by image
  creation date, anything younger than --older-than (default 14d; also h, m, w or seconds), and
  every digest a kept tag points to. --timeout SECONDS: overall deadline
  (default 3600). Exit: 0 done, 1 a deletion failed, 2 bad input, 3 credentials refused.`;
var flags = { keep: { type: "string" }, "older-than": { type: "string" }, yes: { type: "boolean" }, registry: { type: "string" }, timeout: { type: "string" } };
await runScript({ name: "prune-images", usage, flags, deadline: { defaultSeconds: 3600 } }, async (flags2) => {
  if (flags2.yes && flags2["dry-run"]) throw new ConfigError("--yes", "--yes and --dry-run contradict each other: pass one of them");
  const keep = parseKeep(flags2.keep);
  const olderThanSeconds = parseDuration("--older-than", flags2["older-than"]);
  const session = setup(flags2, { dryRun: !flags2.yes });
  const { config, log } = session;
  const registry = parseRegistryFlag(flags2.registry, config.githubRegistry);
  const client = session.registryClient();
  const deleter = session.dryRun ? void 0 : deleterFor(config, registry, client, log);
  const plan = await planPrune(client, pruneRepositories(config, registry), { keep, olderThanSeconds, log });
  if (!session.json) reportPrune.plan(session, plan);
  const result = deleter ? await executePlan(plan, client, deleter, session.json ? log : session.out) : void 0;
  return reportPrune.result(session, plan, deleter?.method, result);
});
