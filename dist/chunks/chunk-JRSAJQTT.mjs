import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  hasPlatform
} from "./chunk-WPIJ6JTQ.mjs";
import {
  mapLimit
} from "./chunk-PSQMQC6P.mjs";
import {
  AuthError,
  CiImagesError,
  GITHUB_REGISTRIES,
  TimeoutError,
  candidateImages,
  formatPlatform,
  imageKinds,
  isRefused,
  isUnreachable,
  parseReference,
  requirePythonVersions,
  sleep
} from "./chunk-ODCBDXED.mjs";

// lib/commands/wait.ts
function waitTargets(config, kinds, pythonVersions, tag = config.pullImageTag) {
  return pythonVersions.flatMap(
    (python) => kinds.map((kind) => ({ python, kind, candidates: candidateImages(config, kind, python, tag) }))
  );
}
function waitingMode(config) {
  return config.useGithubRegistry && config.waitForImage;
}
var DEFAULT_HEARTBEAT_SECONDS = 60;
function waitRequest(config, image, overrides = {}) {
  return {
    image,
    configuredRegistry: config.githubRegistry,
    platform: overrides.platform,
    heartbeatSeconds: overrides.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS,
    timeoutSeconds: overrides.timeoutSeconds ?? config.waitTimeoutSeconds,
    pollSeconds: overrides.pollSeconds ?? config.pollIntervalSeconds,
    targets: () => waitTargets(config, imageKinds(config, image), requirePythonVersions(config))
  };
}
function waitForRequest(client, request, onEvent) {
  return waitForImages(client, request.targets(), {
    timeoutMs: request.timeoutSeconds * 1e3,
    pollIntervalMs: request.pollSeconds * 1e3,
    configuredRegistry: request.configuredRegistry,
    platform: request.platform,
    onEvent
  });
}
var WaitTimeoutError = class extends TimeoutError {
  constructor(message, missing, outcomes = []) {
    super(message);
    this.missing = missing;
    this.outcomes = outcomes;
    this.name = "WaitTimeoutError";
  }
  missing;
  outcomes;
};
var UNREACHABLE_ROUNDS = 3;
var CHECKS_PER_HOST = 16;
var UnreachableError = class extends CiImagesError {
  constructor(message) {
    super(message);
    this.name = "UnreachableError";
  }
};
var LAGGING_EVERY = 3;
function pollDelay(pollIntervalMs, random) {
  return pollIntervalMs * (0.8 + 0.2 * random());
}
async function waitForImages(client, targets, options) {
  const registries = options.registries ?? GITHUB_REGISTRIES;
  const random = options.random ?? Math.random;
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  const deadlineSignal = AbortSignal.timeout(options.timeoutMs);
  const checks = registries.flatMap(
    (registry) => targets.map((target) => ({ target, registry, reference: parseReference(target.candidates[registry]), text: target.candidates[registry], state: void 0 }))
  );
  const refused = /* @__PURE__ */ new Set();
  const unreachableRounds = /* @__PURE__ */ new Map();
  await Promise.all(
    registries.map(
      (registry) => client.authorize(registry, checks.filter((c) => c.registry === registry).map((c) => c.reference.repository), "pull", deadlineSignal)
    )
  );
  const report = (check, state, detail) => {
    if (check.state === state && check.detail === detail) return;
    check.state = state;
    check.detail = detail;
    if (detail !== void 0) check.lastError = detail;
    options.onEvent?.({
      target: check.target,
      registry: check.registry,
      reference: check.text,
      state,
      elapsedMs: Date.now() - started,
      digest: check.digest,
      detail
    });
  };
  const complete = (registry) => checks.every((c) => c.registry !== registry || c.state === "found");
  const foundIn = (registry) => checks.some((c) => c.registry === registry && c.state === "found");
  const lagging = (registry) => !foundIn(registry) && registries.some((other) => other !== registry && foundIn(other));
  const everyRound = (registry) => options.configuredRegistry === void 0 ? !lagging(registry) : registry === options.configuredRegistry || foundIn(registry);
  for (let round = 0; ; round++) {
    const pending = checks.filter(
      (c) => c.state !== "found" && !refused.has(c.registry) && (round % LAGGING_EVERY === 0 || everyRound(c.registry))
    );
    const authFailures = /* @__PURE__ */ new Map();
    const unreachable = /* @__PURE__ */ new Map();
    const checkOne = async (check) => {
      try {
        const digest = await client.manifestDigest(check.reference, deadlineSignal);
        const platform = options.platform;
        if (digest && platform && !await hasPlatform(client, { ...check.reference, tag: void 0, digest }, platform)) {
          report(check, "waiting", `${digest} has no ${formatPlatform(platform)} image yet`);
        } else if (digest) {
          check.digest = digest;
          check.foundAtMs = Date.now() - started;
          report(check, "found");
        } else {
          report(check, "waiting");
        }
      } catch (error) {
        if (deadlineSignal.aborted) return;
        if (error instanceof AuthError || isRefused(error)) {
          authFailures.set(check.registry, [...authFailures.get(check.registry) ?? [], error]);
          report(check, "error", error.message);
        } else {
          if (isUnreachable(error)) unreachable.set(check.registry, (unreachable.get(check.registry) ?? 0) + 1);
          report(check, "error", error.message);
        }
      }
    };
    const checkRegistry = (registry) => mapLimit(pending.filter((c) => c.registry === registry), CHECKS_PER_HOST, checkOne);
    if (round === 0) {
      for (const registry of registries) {
        await checkRegistry(registry);
        if (complete(registry)) break;
      }
    } else {
      await Promise.all(registries.map(checkRegistry));
    }
    for (const registry of registries) {
      const checked = pending.filter((c) => c.registry === registry).length;
      const streak = checked > 0 && unreachable.get(registry) === checked ? (unreachableRounds.get(registry) ?? 0) + 1 : 0;
      if (checked > 0) unreachableRounds.set(registry, streak);
    }
    for (const registry of registries) {
      const remaining = pending.filter((c) => c.registry === registry);
      const failures = authFailures.get(registry) ?? [];
      if (remaining.length > 0 && failures.length === remaining.length) {
        refused.add(registry);
        for (const check of remaining) report(check, "refused", failures[0].message);
      }
    }
    const winner = registries.find(complete);
    if (winner) {
      return {
        registry: winner,
        images: checks.filter((c) => c.registry === winner).map((c) => ({ target: c.target, reference: c.text, digest: c.digest, waitedSeconds: Math.round(c.foundAtMs / 100) / 10 }))
      };
    }
    const dead = registries.filter((r) => refused.has(r) || (unreachableRounds.get(r) ?? 0) >= UNREACHABLE_ROUNDS);
    if (dead.length === registries.length && registries.some((r) => !refused.has(r))) {
      throw new UnreachableError(
        `stopped waiting: ${registries.filter((r) => !refused.has(r)).map((r) => `${r} (${client.baseUrl(r)}) unreachable for ${unreachableRounds.get(r)} rounds: ${checks.find((c) => c.registry === r)?.lastError ?? ""}`).join("; ")}${refused.size ? `; ${[...refused].join(", ")} refused our credentials` : ""}`
      );
    }
    if (refused.size === registries.length) {
      const reasons = registries.map((r) => `${r}: ${checks.find((c) => c.registry === r)?.detail ?? "refused"}`);
      throw new AuthError(`every registry refused access, stopped waiting (${reasons.join("; ")})`);
    }
    const remainingMs = deadline - Date.now();
    if (remainingMs <= 0 || deadlineSignal.aborted) throw timeoutError(checks, registries, refused, options.timeoutMs);
    await sleep(Math.min(remainingMs, pollDelay(options.pollIntervalMs, random)));
  }
}
function timeoutError(checks, registries, refused, timeoutMs) {
  const missing = {};
  for (const registry of registries) {
    missing[registry] = checks.filter((c) => c.registry === registry && c.state !== "found").map((c) => c.text);
  }
  const parts = registries.map(
    (r) => refused.has(r) ? `${r} refused our credentials` : `${missing[r].length} missing in ${r}: ${missing[r].join(", ")}`
  );
  const outcomes = checks.map((c) => ({
    registry: c.registry,
    reference: c.text,
    python: c.target.python,
    kind: c.target.kind,
    state: c.state ?? "unchecked",
    lastError: c.lastError
  }));
  return new WaitTimeoutError(`timed out after ${Math.round(timeoutMs / 1e3)}s waiting for images; ${parts.join("; ")}`, missing, outcomes);
}

export {
  waitTargets,
  waitingMode,
  waitRequest,
  waitForRequest,
  WaitTimeoutError,
  waitForImages
};
