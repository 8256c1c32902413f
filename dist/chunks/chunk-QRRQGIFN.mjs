import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  lineReporter,
  terminalReporter
} from "./chunk-Y7YFRVNN.mjs";
import {
  WaitTimeoutError,
  targetLabel
} from "./chunk-HX3VIZDF.mjs";
import {
  GithubApiError,
  IMAGE_CHOICES,
  MiB,
  githubWatchClient,
  neutralize,
  sleep
} from "./chunk-G5RXXNCK.mjs";
import {
  CiImagesError,
  ConfigError,
  GITHUB_REGISTRIES,
  appendSummary,
  markdownTable,
  summaryCode,
  summaryText,
  terminalEffectsAllowed
} from "./chunk-Q3VEEV6Q.mjs";

// lib/commands/wait/producer.ts
var FAILED_CONCLUSIONS = ["failure", "cancelled", "timed_out", "action_required", "startup_failure", "stale"];
var DONE_CONCLUSIONS = ["success", "neutral", "skipped"];
var ProducerError = class extends CiImagesError {
  constructor(message, run, failedJobs, missing) {
    super(message);
    this.run = run;
    this.failedJobs = failedJobs;
    this.missing = missing;
    this.name = "ProducerError";
  }
  run;
  failedJobs;
  missing;
  exitCode = 1;
};
var stateKey = (run) => `${run.id}/${run.attempt}/${run.status}/${run.conclusion ?? ""}`;
function describeRun(run) {
  return `run ${run.url}${run.attempt > 1 ? ` (attempt ${run.attempt})` : ""}`;
}
function describeJobs(jobs) {
  return jobs.map((j) => `${j.name} (${j.conclusion}${j.url ? `, ${j.url}` : ""})`).join(", ");
}
function decideProducer(observation, memory, input) {
  if (observation.kind === "unwatchable") return { decision: { action: "unwatched", reason: observation.reason }, memory };
  if (observation.kind === "not-found") return { decision: { action: "look-again", what: observation.what }, memory };
  const { run } = observation;
  const changed = !memory.run || stateKey(memory.run) !== stateKey(run);
  const sinceMs = changed || memory.sinceMs === void 0 ? input.nowMs : memory.sinceMs;
  const sameAttempt = memory.run !== void 0 && memory.run.id === run.id && memory.run.attempt === run.attempt;
  const next = { run, sinceMs, doneAtMs: sameAttempt ? memory.doneAtMs : void 0 };
  if (run.status !== "completed") return { decision: { action: "wait", run, sinceMs }, memory: next };
  const conclusion = run.conclusion ?? "";
  if (FAILED_CONCLUSIONS.includes(conclusion)) {
    if (!observation.failedJobs) return { decision: { action: "read-jobs", run }, memory: next };
    const jobs = observation.failedJobs;
    const message = `producer ${describeRun(run)} ended ${conclusion}${jobs.length ? `; failed jobs: ${describeJobs(jobs)}` : ""}: the images will not come (${input.missing.length} missing: ${input.missing.join(", ")})`;
    return { decision: { action: "fail", run, error: new ProducerError(message, run, jobs, input.missing) }, memory: next };
  }
  if (DONE_CONCLUSIONS.includes(conclusion)) {
    const doneAtMs = next.doneAtMs ?? input.nowMs;
    const endsAtMs = doneAtMs + input.graceMs;
    const memoryDone = { ...next, doneAtMs };
    if (input.nowMs < endsAtMs) return { decision: { action: "grace", run, endsAtMs }, memory: memoryDone };
    const verb = conclusion === "success" ? "succeeded" : `ended ${conclusion}`;
    const message = `producer ${describeRun(run)} ${verb} but did not push ${input.missing.join(", ")} (still missing ${Math.round(input.graceMs / 1e3)} s after it ended)`;
    return { decision: { action: "fail", run, error: new ProducerError(message, run, [], input.missing) }, memory: memoryDone };
  }
  return {
    decision: { action: "unwatched", reason: `${describeRun(run)} has the conclusion "${conclusion}", which this wait does not know` },
    memory: next
  };
}
function formatDuration(ms) {
  const s = Math.max(0, Math.round(ms / 1e3));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor(s % 3600 / 60)).padStart(2, "0")}m`;
}

// lib/report/producer.ts
function producerJson(summary) {
  const { run } = summary;
  return {
    watched: summary.watched,
    namedBy: summary.namedBy,
    ...summary.reason ? { reason: summary.reason } : {},
    ...run ? { runId: run.id, runUrl: run.url, attempt: run.attempt, status: run.status, conclusion: run.conclusion } : {},
    decisions: summary.decisions,
    apiRequests: summary.apiRequests
  };
}
function writeProducerOutputs(session, summary) {
  if (!summary.run) return;
  session.output("producerRunId", String(summary.run.id));
  session.output("producerRunUrl", summary.run.url);
}
function link(text, url) {
  return /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9._~/%+-]*$/.test(url) ? `[${summaryText(text, 100)}](${url})` : summaryText(text, 100);
}
function producerMarkdown(summary, error) {
  const run = summary.run;
  const heading = run ? `#### Producer run ${link(run.name || String(run.id), run.url)}` : `#### Producer run (${summaryText(summary.namedBy, 100)})`;
  const state = run ? `

${summaryText(run.status)}${run.conclusion ? `, ${summaryText(run.conclusion)}` : ""}${run.attempt > 1 ? `, attempt ${run.attempt}` : ""}` : "";
  const jobs = error?.failedJobs.length ? `

Failed jobs:

${markdownTable(
    ["job", "conclusion"],
    error.failedJobs.map((j) => [link(j.name, j.url), summaryText(j.conclusion ?? "")])
  )}` : "";
  const decisions = summary.decisions.length ? `

${markdownTable(
    ["after", "decision"],
    summary.decisions.map((d) => [`${d.atSeconds}s`, summaryText(d.decision, 500)])
  )}` : "";
  return `${heading}${state}${jobs}${decisions}
`;
}
function reportProducerFailure(session, error, producer) {
  const summary = producer?.summary();
  if (summary) writeProducerOutputs(session, summary);
  session.result({ missing: error.missing, ...summary ? { producer: producerJson(summary) } : {} });
  for (const ref of error.missing) session.log(`missing: ${ref}`);
  const details = summary ? `

${producerMarkdown(summary, error)}` : "\n";
  appendSummary(
    session.config,
    `### Wait stopped: the producer run will not push the images

${summaryText(error.message, 2e3)}${details}`
  );
}

// lib/report/wait.ts
var candidates = (target) => GITHUB_REGISTRIES.map((registry) => target.candidates[registry]);
function reportWaitPlan(session, request) {
  const targets = request.targets();
  if (session.json) {
    session.result({ images: targets.map((t) => ({ python: t.python, kind: t.kind, candidates: candidates(t) })) });
    return 0;
  }
  session.out(`Would wait up to ${request.timeoutSeconds}s (poll every ${request.pollIntervalSeconds}s) for:`);
  for (const t of targets) session.out(`  ${targetLabel(t)}: ${candidates(t).join("  or  ")}`);
  return 0;
}
function reportNotWaiting(session) {
  const { config } = session;
  session.log(
    `Not waiting: USE_GITHUB_REGISTRY=${config.useGithubRegistry} and GITHUB_REGISTRY_WAIT_FOR_IMAGE=${config.waitForImage} (both must be true); jobs build their own images. githubRegistry stays ${config.githubRegistry}.`
  );
  session.output("githubRegistry", config.githubRegistry);
  session.result({ githubRegistry: config.githubRegistry, waited: false });
  return 0;
}
function waitTitle(request, tag, count) {
  return `Waiting for ${count} ${IMAGE_CHOICES[request.image].label} image(s), tag ${tag}`;
}
function progressReporter(session, targets, heartbeatSeconds, registries = GITHUB_REGISTRIES) {
  const live = !session.config.githubActions && process.stderr.isTTY && terminalEffectsAllowed();
  return live ? terminalReporter(targets, process.stderr) : lineReporter(session.log, { everyMs: heartbeatSeconds * 1e3, targets, registries });
}
function reportMissing(session, error, producer) {
  if (error instanceof ProducerError) return reportProducerFailure(session, error, producer);
  if (!(error instanceof WaitTimeoutError)) return;
  const summary = producer?.summary();
  if (summary) writeProducerOutputs(session, summary);
  session.result({ missing: error.missing, outcomes: error.outcomes, ...summary ? { producer: producerJson(summary) } : {} });
  for (const [registry, refs] of Object.entries(error.missing)) {
    for (const ref of refs) session.log(`missing in ${registry}: ${ref}`);
  }
  appendSummary(session.config, failedWaitSummary(error) + (summary ? `
${producerMarkdown(summary)}` : ""));
}
function failedWaitSummary(error) {
  const rows = error.outcomes.map((o) => [
    summaryText(o.label ?? `python ${o.python} ${o.kind}`),
    o.registry,
    o.state === "found" ? "found" : "missing",
    summaryCode(o.reference),
    o.lastError ? summaryText(o.lastError, 200) : "–"
  ]);
  return `### Wait timed out

${summaryText(error.message, 2e3)}

` + markdownTable(["image", "registry", "state", "reference", "last error"], rows);
}
function reportWaitResult(session, result, producer) {
  const { config } = session;
  const wroteOutput = session.output("githubRegistry", result.registry);
  const summary = producer?.summary();
  if (summary) writeProducerOutputs(session, summary);
  appendSummary(
    config,
    `### Images found in ${result.registry}

` + markdownTable(
      ["image", "registry", "digest", "waited"],
      result.images.map((i) => [summaryCode(i.reference), result.registry, summaryCode(i.digest), `${i.waitedSeconds}s`])
    ) + (summary ? `
${producerMarkdown(summary)}` : "")
  );
  if (session.json) {
    session.result({
      githubRegistry: result.registry,
      images: result.images.map((i) => ({
        python: i.target.python,
        kind: i.target.kind,
        reference: i.reference,
        digest: i.digest,
        waitedSeconds: i.waitedSeconds
      })),
      ...summary ? { producer: producerJson(summary) } : {}
    });
    return 0;
  }
  session.out(`All ${result.images.length} image(s) found in ${result.registry}.`);
  for (const i of result.images) session.out(`  ${i.reference} ${i.digest} (after ${i.waitedSeconds}s)`);
  session.out(wroteOutput ? `githubRegistry=${result.registry} (written to $GITHUB_OUTPUT)` : `githubRegistry=${result.registry}`);
  return 0;
}
async function withWaitProgress(session, request, body, producer) {
  const targets = request.targets();
  const title = waitTitle(request, session.config.pullImageTag, targets.length);
  return withProgress(session, { title, targets, heartbeatSeconds: request.heartbeatSeconds }, body, producer);
}
async function withProgress(session, frame, body, producer) {
  try {
    return await session.group(frame.title, async () => {
      const reporter = progressReporter(session, frame.targets, frame.heartbeatSeconds, frame.registries);
      try {
        return await body((event) => reporter.event(event));
      } finally {
        reporter.stop();
      }
    });
  } catch (error) {
    reportMissing(session, error, producer);
    throw error;
  }
}

// lib/github/runs.ts
import { readFileSync, statSync } from "node:fs";
var RUN_STATUSES = ["queued", "waiting", "requested", "pending", "in_progress", "completed"];
var UnexpectedAnswerError = class extends GithubApiError {
  constructor(message) {
    super(message, 200);
    this.name = "UnexpectedAnswerError";
  }
};
function repoPath(repository) {
  const [owner, name] = repository.split("/");
  return `repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`;
}
var SHA = /^[0-9a-f]{40}$/;
function parseRun(raw, what) {
  const r = raw;
  const status = r?.status;
  if (typeof r?.id !== "number" || typeof r.html_url !== "string" || typeof status !== "string" || !RUN_STATUSES.includes(status) || !(r.conclusion === null || typeof r.conclusion === "string")) {
    throw new UnexpectedAnswerError(`${what}: not a workflow run (expected id, html_url, a known status and conclusion)`);
  }
  return {
    id: r.id,
    attempt: typeof r.run_attempt === "number" ? r.run_attempt : 1,
    url: neutralize(r.html_url, 200),
    name: neutralize(typeof r.name === "string" ? r.name : "", 100),
    status,
    conclusion: r.conclusion === null ? null : neutralize(r.conclusion, 40),
    headSha: typeof r.head_sha === "string" ? r.head_sha : "",
    event: typeof r.event === "string" ? neutralize(r.event, 40) : void 0
  };
}
async function readRun(api, repository, runId) {
  const what = `GET workflow run ${runId}`;
  const answer = await api.getJson(`${repoPath(repository)}/actions/runs/${runId}`, what, { conditional: true });
  return { run: parseRun(answer.data, what), notModified: answer.notModified };
}
function workflowRef(text) {
  if (/^\d{1,20}$/.test(text)) return { id: Number(text) };
  if (/^[A-Za-z0-9._-]+\.ya?ml$/.test(text)) return { file: text };
  return { name: text };
}
async function findRun(api, repository, workflow, headSha) {
  const query = `head_sha=${encodeURIComponent(headSha)}&per_page=100`;
  const byName = "name" in workflow;
  const path = byName ? `${repoPath(repository)}/actions/runs?${query}` : `${repoPath(repository)}/actions/workflows/${"file" in workflow ? encodeURIComponent(workflow.file) : workflow.id}/runs?${query}`;
  const what = `GET runs of ${byName ? `workflow "${neutralize(workflow.name, 80)}"` : "file" in workflow ? workflow.file : `workflow ${workflow.id}`} for ${headSha.slice(0, 12)}`;
  const answer = await api.getJson(path, what, { conditional: true, accept: [200, 404] });
  if (answer.status === 404) {
    throw new GithubApiError(`${what} → HTTP 404: no such workflow in ${repository} (or the token cannot see it)`, 404);
  }
  const list = answer.data?.workflow_runs;
  if (!Array.isArray(list)) throw new UnexpectedAnswerError(`${what}: expected {total_count, workflow_runs: [...]}`);
  const runs = list.map((raw) => ({ raw, run: parseRun(raw, what) })).filter(
    ({ raw, run }) => (!byName || run.name === neutralize(workflow.name, 100)) && (!raw.head_sha || run.headSha === headSha)
  );
  runs.sort((a, b) => b.run.id - a.run.id || b.run.attempt - a.run.attempt);
  return runs[0]?.run;
}
async function attemptJobs(api, repository, run) {
  const what = `GET jobs of run ${run.id} attempt ${run.attempt}`;
  const items = await api.getPages(
    `${repoPath(repository)}/actions/runs/${run.id}/attempts/${run.attempt}/jobs?per_page=100`,
    what,
    (page) => {
      const jobs = page?.jobs;
      if (!Array.isArray(jobs)) throw new UnexpectedAnswerError(`${what}: expected {total_count, jobs: [...]}`);
      return jobs;
    }
  );
  return items.map((raw) => {
    const j = raw;
    if (typeof j?.name !== "string" || typeof j.status !== "string")
      throw new UnexpectedAnswerError(`${what}: a job without a name and a status`);
    return {
      name: neutralize(j.name, 100),
      url: typeof j.html_url === "string" ? neutralize(j.html_url, 200) : "",
      status: neutralize(j.status, 40),
      conclusion: typeof j.conclusion === "string" ? neutralize(j.conclusion, 40) : null
    };
  });
}
var HARMLESS = /* @__PURE__ */ new Set(["success", "skipped", "neutral"]);
function failedJobsOf(jobs) {
  return jobs.filter((j) => j.status === "completed" && j.conclusion !== null && !HARMLESS.has(j.conclusion));
}
var MAX_EVENT_BYTES = 32 * MiB;
function readEventFacts(path, eventName) {
  if (!path) return {};
  try {
    if (statSync(path).size > MAX_EVENT_BYTES) return {};
    const payload = JSON.parse(readFileSync(path, "utf8"));
    const runId = payload.workflow_run?.id;
    const headSha = payload.pull_request?.head?.sha;
    return {
      workflowRunId: eventName === "workflow_run" && typeof runId === "number" && Number.isSafeInteger(runId) ? runId : void 0,
      pullRequestHeadSha: eventName?.startsWith("pull_request") && typeof headSha === "string" && SHA.test(headSha) ? headSha : void 0
    };
  } catch {
    return {};
  }
}

// lib/commands/wait/producer-watch.ts
var RATE_LIMIT_FLOOR = 50;
var MAX_API_PAUSE_MS = 10 * 6e4;
var ProducerWatch = class {
  constructor(options) {
    this.options = options;
    this.now = options.now ?? Date.now;
    this.started = this.now();
    this.runId = options.target.runId;
  }
  options;
  memory = {};
  observation;
  decision;
  missing = [];
  runId;
  stopped = false;
  timer;
  wake;
  lastHeartbeat = 0;
  lastLine = "";
  slowedFor = 0;
  started;
  now;
  decisions = [];
  start() {
    void this.round();
  }
  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    this.wake?.();
  }
  afterRound(missing) {
    this.missing = missing;
    if (!this.observation || this.decision?.action === "unwatched") return;
    if (this.decision?.action !== "fail" && this.decision?.action !== "grace") return;
    const { decision } = decideProducer(this.observation, this.memory, this.input());
    if (decision.action === "fail") {
      this.record(decision);
      throw decision.error;
    }
  }
  async pause(ms) {
    const decision = this.decision;
    const graceLeft = decision?.action === "grace" ? Math.max(0, decision.endsAtMs - this.now()) : Infinity;
    if (decision?.action === "fail") return;
    await Promise.race([sleep(Math.min(ms, graceLeft)), new Promise((resolve) => this.wake = resolve)]);
    this.wake = void 0;
  }
  summary() {
    const run = this.decision && "run" in this.decision ? this.decision.run : this.memory.run;
    return {
      watched: this.decision?.action !== "unwatched",
      namedBy: this.options.target.namedBy,
      run,
      reason: this.decision?.action === "unwatched" ? this.decision.reason : void 0,
      decisions: this.decisions,
      apiRequests: this.options.api.requestCount
    };
  }
  input() {
    return { nowMs: this.now(), graceMs: this.options.graceMs, missing: this.missing };
  }
  async observe() {
    const { api, target } = this.options;
    if (this.runId === void 0) {
      if (!target.workflow || !target.headSha)
        return { kind: "unwatchable", reason: "no run id and no workflow and commit to look it up by" };
      const found = await findRun(api, target.repository, target.workflow, target.headSha);
      if (!found) return { kind: "not-found", what: `no run of ${target.namedBy} for ${target.headSha.slice(0, 12)} yet` };
      this.runId = found.id;
      return this.withJobs(found);
    }
    return this.withJobs((await readRun(api, target.repository, this.runId)).run);
  }
  /** The failed jobs of a run that completed unsuccessfully (read only then). */
  async withJobs(run) {
    const first = decideProducer({ kind: "run", run }, this.memory, this.input());
    if (first.decision.action !== "read-jobs") return { kind: "run", run };
    return { kind: "run", run, failedJobs: failedJobsOf(await attemptJobs(this.options.api, this.options.target.repository, run)) };
  }
  async round() {
    if (this.stopped) return;
    let delay = this.options.intervalMs;
    try {
      this.observation = await this.observe();
    } catch (error) {
      const retryAfterMs = error instanceof GithubApiError ? error.retryAfterMs : void 0;
      if (retryAfterMs !== void 0) {
        delay = Math.min(MAX_API_PAUSE_MS, Math.max(delay, retryAfterMs));
        this.say(`producer watch: GitHub asks to wait (${error.message}); next API round in ${formatDuration(delay)}`);
      } else {
        this.observation = { kind: "unwatchable", reason: error.message };
      }
    }
    if (this.stopped) return;
    if (this.observation) {
      const { decision, memory } = decideProducer(this.observation, this.memory, this.input());
      this.memory = memory;
      this.decision = decision;
      if (decision.action !== "fail") this.record(decision);
      if (decision.action === "unwatched" || decision.action === "fail") return void this.wake?.();
      if (decision.action === "grace") this.wake?.();
    }
    this.timer = setTimeout(() => void this.round(), this.slowDown(delay)).unref();
  }
  /** Below RATE_LIMIT_FLOOR requests left, the rest of the window is shared out (MAX_API_PAUSE_MS at most). */
  slowDown(delay) {
    const { remaining, resetAtMs } = this.options.api.rateLimit;
    if (remaining === void 0 || remaining >= RATE_LIMIT_FLOOR || resetAtMs === void 0) return delay;
    const spread = Math.min(MAX_API_PAUSE_MS, Math.max(0, resetAtMs - this.now()) / Math.max(1, remaining));
    if (spread <= delay) return delay;
    if (spread !== this.slowedFor) {
      this.slowedFor = spread;
      this.say(
        `producer watch: ${remaining} API requests left until ${new Date(resetAtMs).toISOString()}; reading the run every ${formatDuration(spread)}`
      );
    }
    return spread;
  }
  /** One line per change of decision; while the run runs, a heartbeat line naming it and how long it has been in that state. */
  record(decision) {
    const text = decisionText(decision);
    const now = this.now();
    const changed = text !== this.lastLine;
    const heartbeat = decision.action === "wait" && this.options.heartbeatMs > 0 && now - this.lastHeartbeat >= this.options.heartbeatMs;
    if (!changed && !heartbeat) return;
    this.lastHeartbeat = now;
    if (changed) {
      this.lastLine = text;
      this.decisions.push({ atSeconds: Math.round((now - this.started) / 100) / 10, decision: text });
    }
    if (decision.action === "unwatched") {
      this.say(`warning: cannot watch the producer run (${text}); waiting for the images in the registry only, as without it`);
    } else if (decision.action === "wait") {
      this.say(`producer ${describeRun(decision.run)} ${decision.run.status} for ${formatDuration(now - decision.sinceMs)}`);
    } else if (decision.action !== "fail") {
      this.say(`producer: ${text}`);
    }
  }
  say(line) {
    this.options.log(line);
  }
};
function decisionText(decision) {
  switch (decision.action) {
    case "unwatched":
      return decision.reason;
    case "look-again":
      return `${decision.what}; looking again each API round`;
    case "wait":
      return `${describeRun(decision.run)} is ${decision.run.status}; waiting`;
    case "read-jobs":
      return `${describeRun(decision.run)} ended ${decision.run.conclusion}; reading its jobs`;
    case "grace":
      return `${describeRun(decision.run)} ended ${decision.run.conclusion}; polling until the images show (grace period)`;
    case "fail":
      return decision.error.message;
  }
}

// lib/commands/wait/producer-target.ts
function producerChoice(config, overrides = {}) {
  const settings = config.producer;
  const workflow = overrides.producer ?? settings.workflow;
  const runIdText = overrides.producerRunId ?? settings.runId;
  if (runIdText && !/^\d{1,20}$/.test(runIdText))
    throw ConfigError.invalid("--producer-run-id", runIdText, "expected a workflow run id (digits)");
  const event = readEventFacts(settings.eventPath || void 0, settings.eventName || void 0);
  const base = { repository: config.githubRepository };
  let target;
  if (runIdText) {
    target = { ...base, runId: Number(runIdText), namedBy: `--producer-run-id ${runIdText}` };
  } else if (event.workflowRunId !== void 0) {
    target = { ...base, runId: event.workflowRunId, namedBy: "the workflow_run event" };
  } else if (workflow) {
    const headSha = config.commitTag || event.pullRequestHeadSha || config.githubSha;
    if (!headSha) {
      return {
        kind: "unwatchable",
        reason: `--producer ${workflow}: no commit to look its runs up by (COMMIT_SHA and GITHUB_SHA are unset)`
      };
    }
    target = { ...base, workflow: workflowRef(workflow), headSha, namedBy: workflow };
  }
  if (!target) return { kind: "none" };
  if (!config.githubToken)
    return { kind: "unwatchable", reason: `GITHUB_TOKEN is not set, so the producer run (${target.namedBy}) cannot be read` };
  return {
    kind: "target",
    target,
    graceSeconds: overrides.graceSeconds ?? settings.graceSeconds,
    apiIntervalSeconds: settings.apiIntervalSeconds
  };
}

// lib/cli/producer.ts
function producerWatch(session, request) {
  const { config } = session;
  const choice = producerChoice(config, request.producer);
  if (choice.kind === "none") return void 0;
  if (choice.kind === "unwatchable") {
    session.log(`warning: cannot watch the producer run (${choice.reason}); waiting for the images in the registry only, as without it`);
    return void 0;
  }
  const api = githubWatchClient(config);
  return new ProducerWatch({
    api,
    target: choice.target,
    intervalMs: choice.apiIntervalSeconds * 1e3,
    graceMs: choice.graceSeconds * 1e3,
    heartbeatMs: request.heartbeatSeconds * 1e3,
    log: session.log
  });
}

export {
  reportWaitPlan,
  reportNotWaiting,
  reportWaitResult,
  withWaitProgress,
  withProgress,
  producerWatch
};
