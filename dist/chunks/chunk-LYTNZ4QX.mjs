import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  lineReporter,
  terminalReporter
} from "./chunk-TH5LXCXP.mjs";
import {
  WaitTimeoutError,
  targetLabel
} from "./chunk-IMWNY4Q7.mjs";
import {
  IMAGE_CHOICES
} from "./chunk-YNCQQ3PI.mjs";
import {
  CiImagesError,
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

export {
  describeRun,
  decideProducer,
  formatDuration,
  reportWaitPlan,
  reportNotWaiting,
  reportWaitResult,
  withWaitProgress,
  withProgress
};
