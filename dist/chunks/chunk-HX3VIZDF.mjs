import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  hasPlatform
} from "./chunk-INNC5BBE.mjs";
import {
  candidateImages,
  formatPlatform,
  imageKinds,
  isUnreachable,
  mapLimit,
  requirePythonVersions,
  sleep
} from "./chunk-G5RXXNCK.mjs";
import {
  AuthError,
  CiImagesError,
  GITHUB_REGISTRIES,
  TimeoutError,
  isRefused,
  parseReference
} from "./chunk-Q3VEEV6Q.mjs";

// lib/commands/wait/plan.ts
function targetLabel(target) {
  return target.label ?? `python ${target.python} ${target.kind}`;
}
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
    producer: overrides.producer,
    heartbeatSeconds: overrides.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS,
    timeoutSeconds: overrides.timeoutSeconds ?? config.waitTimeoutSeconds,
    pollIntervalSeconds: overrides.pollIntervalSeconds ?? config.pollIntervalSeconds,
    targets: () => waitTargets(config, imageKinds(config, image), requirePythonVersions(config))
  };
}
function planChecks(targets, registries) {
  return registries.flatMap(
    (registry) => targets.flatMap((target) => {
      const text = target.candidates[registry];
      return text === void 0 ? [] : [{ target, registry, reference: parseReference(text), text, state: void 0 }];
    })
  );
}
var checksIn = (checks, registry) => checks.filter((c) => c.registry === registry);
var complete = (checks, registry) => checks.every((c) => c.registry !== registry || c.state === "found");
var foundIn = (checks, registry) => checks.some((c) => c.registry === registry && c.state === "found");

// lib/commands/wait/schedule.ts
var LAGGING_EVERY = 3;
var CHECKS_PER_HOST = 16;
function pollDelay(intervalMs, random) {
  return intervalMs * (0.8 + 0.2 * random());
}
function everyRound(checks, schedule, registry) {
  if (schedule.every) return true;
  if (schedule.configuredRegistry !== void 0) return registry === schedule.configuredRegistry || foundIn(checks, registry);
  const lagging = !foundIn(checks, registry) && schedule.registries.some((other) => other !== registry && foundIn(checks, other));
  return !lagging;
}
function dueChecks(checks, schedule, round) {
  const polled = (registry) => round % LAGGING_EVERY === 0 || everyRound(checks, schedule, registry);
  return checks.filter((c) => c.state !== "found" && !schedule.refused.has(c.registry) && polled(c.registry));
}
async function runRound(round, registries, checks, due, checkOne) {
  const checkRegistry = (registry) => mapLimit(checksIn(due, registry), CHECKS_PER_HOST, checkOne);
  if (round !== 0) {
    await Promise.all(registries.map(checkRegistry));
    return;
  }
  for (const registry of registries) {
    await checkRegistry(registry);
    if (complete(checks, registry)) break;
  }
}
function startDeadline(timeoutMs) {
  const started = Date.now();
  const signal = AbortSignal.timeout(timeoutMs);
  const remainingMs = () => started + timeoutMs - Date.now();
  return {
    started,
    timeoutMs,
    signal,
    remainingMs,
    elapsedMs: () => Date.now() - started,
    passed: () => remainingMs() <= 0 || signal.aborted
  };
}
function pause(deadline, pollIntervalSeconds, random, sleeper = sleep) {
  return sleeper(Math.min(deadline.remainingMs(), pollDelay(pollIntervalSeconds * 1e3, random)));
}

// lib/commands/wait/classify.ts
var UNREACHABLE_ROUNDS = 3;
async function askRegistry(client, check, platform, signal) {
  try {
    const digest = await client.manifestDigest(check.reference, signal);
    if (!digest) return { kind: "missing" };
    if (platform && !await hasPlatform(client, { ...check.reference, tag: void 0, digest }, platform)) {
      return { kind: "missing", detail: `${digest} has no ${formatPlatform(platform)} image yet` };
    }
    return { kind: "found", digest };
  } catch (error) {
    return classifyError(error);
  }
}
function classifyError(error) {
  if (error instanceof AuthError || isRefused(error)) return { kind: "refused", error };
  return { kind: isUnreachable(error) ? "unreachable" : "failed", error };
}
var RoundTally = class {
  refusals = /* @__PURE__ */ new Map();
  unreachable = /* @__PURE__ */ new Map();
  record(registry, answer) {
    if (answer.kind === "refused") this.refusals.set(registry, [...this.refusals.get(registry) ?? [], answer.error]);
    if (answer.kind === "unreachable") this.unreachable.set(registry, (this.unreachable.get(registry) ?? 0) + 1);
  }
};
function updateStreaks(streaks, registries, due, tally) {
  for (const registry of registries) {
    const checked = checksIn(due, registry).length;
    if (checked === 0) continue;
    streaks.set(registry, tally.unreachable.get(registry) === checked ? (streaks.get(registry) ?? 0) + 1 : 0);
  }
}
function newlyRefused(registries, due, tally) {
  return registries.flatMap((registry) => {
    const failures = tally.refusals.get(registry) ?? [];
    const remaining = checksIn(due, registry).length;
    return remaining > 0 && failures.length === remaining ? [[registry, failures[0]]] : [];
  });
}
var UnreachableError = class extends CiImagesError {
  constructor(message) {
    super(message);
    this.name = "UnreachableError";
  }
};
var lastErrorIn = (checks, registry) => checks.find((c) => c.registry === registry)?.lastError ?? "";
function stopIfHopeless(state, baseUrl) {
  const { checks, refused, streaks } = state;
  const dead = state.registries.filter((r) => refused.has(r) || (streaks.get(r) ?? 0) >= UNREACHABLE_ROUNDS);
  const registries = state.every ? dead : dead.length === state.registries.length ? state.registries : [];
  if (registries.length === 0) return;
  if (registries.some((r) => !refused.has(r))) {
    const unreachable = registries.filter((r) => !refused.has(r)).map((r) => `${r} (${baseUrl(r)}) unreachable for ${streaks.get(r)} rounds: ${lastErrorIn(checks, r)}`);
    const refusedText = refused.size ? `; ${[...refused].join(", ")} refused our credentials` : "";
    throw new UnreachableError(`stopped waiting: ${unreachable.join("; ")}${refusedText}`);
  }
  if (registries.every((r) => refused.has(r))) {
    const reasons = registries.map((r) => `${r}: ${checks.find((c) => c.registry === r)?.detail ?? "refused"}`);
    const who = registries.length === state.registries.length ? "every registry" : registries.join(", ");
    throw new AuthError(`${who} refused access, stopped waiting (${reasons.join("; ")})`);
  }
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
function timeoutError(checks, registries, refused, timeoutMs) {
  const missing = {};
  for (const registry of registries)
    missing[registry] = checksIn(checks, registry).filter((c) => c.state !== "found").map((c) => c.text);
  const parts = registries.map(
    (r) => refused.has(r) ? `${r} refused our credentials` : `${missing[r].length} missing in ${r}: ${missing[r].join(", ")}`
  );
  const outcomes = checks.map((c) => ({
    registry: c.registry,
    reference: c.text,
    python: c.target.python,
    kind: c.target.kind,
    label: targetLabel(c.target),
    state: c.state ?? "unchecked",
    lastError: c.lastError
  }));
  const message = `timed out after ${Math.round(timeoutMs / 1e3)}s waiting for images; ${parts.join("; ")}`;
  return new WaitTimeoutError(message, missing, outcomes);
}

// lib/commands/wait/loop.ts
function waitForRequest(client, request, onEvent, producer) {
  return waitForImages(client, request.targets(), {
    timeoutMs: request.timeoutSeconds * 1e3,
    pollIntervalSeconds: request.pollIntervalSeconds,
    configuredRegistry: request.configuredRegistry,
    platform: request.platform,
    onEvent,
    producer
  });
}
function reporter(deadline, onEvent) {
  return (check, state, detail) => {
    if (check.state === state && check.detail === detail) return;
    check.state = state;
    check.detail = detail;
    if (detail !== void 0) check.lastError = detail;
    onEvent?.({
      target: check.target,
      registry: check.registry,
      reference: check.text,
      state,
      elapsedMs: deadline.elapsedMs(),
      digest: check.digest,
      detail
    });
  };
}
function applyAnswer(check, answer, deadline, report) {
  if (answer.kind === "found") {
    check.digest = answer.digest;
    check.foundAtMs = deadline.elapsedMs();
    report(check, "found");
  } else if (answer.kind === "missing") {
    report(check, "waiting", answer.detail);
  } else {
    report(check, "error", answer.error.message);
  }
}
function result(checks, winner, found = checksIn(checks, winner)) {
  return {
    registry: winner,
    images: found.map((c) => ({
      target: c.target,
      reference: c.text,
      digest: c.digest,
      waitedSeconds: Math.round(c.foundAtMs / 100) / 10
    }))
  };
}
async function waitForImages(client, targets, options) {
  options.producer?.start();
  try {
    return await pollImages(client, targets, options);
  } finally {
    options.producer?.stop();
  }
}
async function pollImages(client, targets, options) {
  const registries = options.registries ?? GITHUB_REGISTRIES;
  const random = options.random ?? Math.random;
  const deadline = startDeadline(options.timeoutMs);
  const checks = planChecks(targets, registries);
  const refused = /* @__PURE__ */ new Set();
  const streaks = /* @__PURE__ */ new Map();
  const every = options.everyRegistry === true;
  const schedule = { registries, configuredRegistry: options.configuredRegistry, refused, every };
  const report = reporter(deadline, options.onEvent);
  const repositories = (registry) => checksIn(checks, registry).map((c) => c.reference.repository);
  await Promise.all(registries.map((registry) => client.authorize(registry, repositories(registry), "pull", deadline.signal)));
  for (let round = 0; ; round++) {
    const due = dueChecks(checks, schedule, round);
    const tally = new RoundTally();
    await runRound(every ? -1 : round, registries, checks, due, async (check) => {
      const answer = await askRegistry(client, check, options.platform, deadline.signal);
      if (answer.kind !== "found" && answer.kind !== "missing" && deadline.signal.aborted) return;
      tally.record(check.registry, answer);
      applyAnswer(check, answer, deadline, report);
    });
    updateStreaks(streaks, registries, due, tally);
    for (const [registry, refusal] of newlyRefused(registries, due, tally)) {
      refused.add(registry);
      for (const check of checksIn(due, registry)) report(check, "refused", refusal.message);
    }
    if (every && registries.every((r) => complete(checks, r))) return result(checks, registries.join(", "), checks);
    const winner = every ? void 0 : registries.find((r) => complete(checks, r));
    if (winner) return result(checks, winner);
    stopIfHopeless({ registries, checks, refused, streaks, every }, (r) => client.baseUrl(r));
    const expected = options.configuredRegistry ?? registries[0];
    options.producer?.afterRound((every ? checks : checksIn(checks, expected)).filter((c) => c.state !== "found").map((c) => c.text));
    if (deadline.passed()) throw timeoutError(checks, registries, refused, options.timeoutMs);
    await pause(deadline, options.pollIntervalSeconds, random, options.producer && ((ms) => options.producer.pause(ms)));
  }
}

export {
  targetLabel,
  waitTargets,
  waitingMode,
  DEFAULT_HEARTBEAT_SECONDS,
  waitRequest,
  WaitTimeoutError,
  waitForRequest,
  waitForImages
};
