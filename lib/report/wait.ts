/**
 * What the wait scripts say: the plan of a dry run, "not waiting", the images found (outputs file,
 * job summary, stdout or --json), what is missing after a timeout, and live progress.
 */
import { appendSummary, markdownTable, summaryCode, summaryText } from '../github/actions.ts';
import { GITHUB_REGISTRIES } from '../hosts.ts';
import { IMAGE_CHOICES } from '../images.ts';
import { WaitTimeoutError, type PollTarget, type WaitRequest, type WaitResult } from '../commands/wait/index.ts';
import { lineReporter, targetLabel, terminalReporter, type ProgressReporter } from './progress.ts';
import type { ReportContext } from './context.ts';
import { ProducerError } from '../commands/wait/producer.ts';
import { producerJson, producerMarkdown, reportProducerFailure, writeProducerOutputs, type ProducerSource } from './producer.ts';
import { terminalEffectsAllowed } from '../config/runtime.ts';

const candidates = (target: PollTarget) => GITHUB_REGISTRIES.map((registry) => target.candidates[registry]);

/** `--dry-run`: the references it would wait for, nothing on the network. */
export function reportWaitPlan(session: ReportContext, request: WaitRequest): number {
  const targets = request.targets();
  if (session.json) {
    session.result({ images: targets.map((t) => ({ python: t.python, kind: t.kind, candidates: candidates(t) })) });
    return 0;
  }
  session.out(`Would wait up to ${request.timeoutSeconds}s (poll every ${request.pollIntervalSeconds}s) for:`);
  for (const t of targets) session.out(`  ${targetLabel(t)}: ${candidates(t).join('  or  ')}`);
  return 0;
}

/** The gate of the original is closed: say so, and pass GITHUB_REGISTRY on as the output. */
export function reportNotWaiting(session: ReportContext): number {
  const { config } = session;
  session.log(
    `Not waiting: USE_GITHUB_REGISTRY=${config.useGithubRegistry} and GITHUB_REGISTRY_WAIT_FOR_IMAGE=${config.waitForImage} ` +
      `(both must be true); jobs build their own images. githubRegistry stays ${config.githubRegistry}.`,
  );
  session.output('githubRegistry', config.githubRegistry);
  session.result({ githubRegistry: config.githubRegistry, waited: false });
  return 0;
}

export function waitTitle(request: WaitRequest, tag: string, count: number): string {
  return `Waiting for ${count} ${IMAGE_CHOICES[request.image].label} image(s), tag ${tag}`;
}

/** Live lines on a terminal; one line per state change (and a heartbeat) in CI logs. */
export function progressReporter(
  session: ReportContext,
  targets: readonly PollTarget[],
  heartbeatSeconds: number,
  registries: readonly string[] = GITHUB_REGISTRIES,
): ProgressReporter {
  const live = !session.config.githubActions && process.stderr.isTTY && terminalEffectsAllowed();
  return live
    ? terminalReporter(targets, process.stderr)
    : lineReporter(session.log, { everyMs: heartbeatSeconds * 1000, targets, registries });
}

/** After a timeout: one line per image still missing in each registry; after a producer failure, what it said. */
export function reportMissing(session: ReportContext, error: unknown, producer?: ProducerSource): void {
  if (error instanceof ProducerError) return reportProducerFailure(session, error, producer);
  if (!(error instanceof WaitTimeoutError)) return;
  const summary = producer?.summary();
  if (summary) writeProducerOutputs(session, summary);
  session.result({ missing: error.missing, outcomes: error.outcomes, ...(summary ? { producer: producerJson(summary) } : {}) });
  for (const [registry, refs] of Object.entries(error.missing)) {
    for (const ref of refs) session.log(`missing in ${registry}: ${ref}`);
  }
  appendSummary(session.config, failedWaitSummary(error) + (summary ? `\n${producerMarkdown(summary)}` : ''));
}

/** The job-summary section of a wait that timed out: per registry found/missing, the last error per image. */
export function failedWaitSummary(error: WaitTimeoutError): string {
  const rows = error.outcomes.map((o) => [
    summaryText(o.label ?? `python ${o.python} ${o.kind}`),
    o.registry,
    o.state === 'found' ? 'found' : 'missing',
    summaryCode(o.reference),
    o.lastError ? summaryText(o.lastError, 200) : '–',
  ]);
  return (
    `### Wait timed out\n\n${summaryText(error.message, 2000)}\n\n` +
    markdownTable(['image', 'registry', 'state', 'reference', 'last error'], rows)
  );
}

export function reportWaitResult(session: ReportContext, result: WaitResult, producer?: ProducerSource): number {
  const { config } = session;
  const wroteOutput = session.output('githubRegistry', result.registry);
  const summary = producer?.summary();
  if (summary) writeProducerOutputs(session, summary);
  appendSummary(
    config,
    `### Images found in ${result.registry}\n\n` +
      markdownTable(
        ['image', 'registry', 'digest', 'waited'],
        result.images.map((i) => [summaryCode(i.reference), result.registry, summaryCode(i.digest), `${i.waitedSeconds}s`]),
      ) +
      (summary ? `\n${producerMarkdown(summary)}` : ''),
  );
  if (session.json) {
    session.result({
      githubRegistry: result.registry,
      images: result.images.map((i) => ({
        python: i.target.python,
        kind: i.target.kind,
        reference: i.reference,
        digest: i.digest,
        waitedSeconds: i.waitedSeconds,
      })),
      ...(summary ? { producer: producerJson(summary) } : {}),
    });
    return 0;
  }
  session.out(`All ${result.images.length} image(s) found in ${result.registry}.`);
  for (const i of result.images) session.out(`  ${i.reference} ${i.digest} (after ${i.waitedSeconds}s)`);
  session.out(wroteOutput ? `githubRegistry=${result.registry} (written to $GITHUB_OUTPUT)` : `githubRegistry=${result.registry}`);
  return 0;
}

/**
 * Runs a wait inside a log group with live progress; after a timeout, the missing images are
 * listed (outside the group, so they show in a collapsed log).
 */
export async function withWaitProgress<T>(
  session: ReportContext,
  request: WaitRequest,
  body: (onEvent: ProgressReporter['event']) => Promise<T>,
  producer?: ProducerSource,
): Promise<T> {
  const targets = request.targets();
  const title = waitTitle(request, session.config.pullImageTag, targets.length);
  return withProgress(session, { title, targets, heartbeatSeconds: request.heartbeatSeconds }, body, producer);
}

/**
 * Any wait's frame (the Airflow waits and `wait REF…`): a log group, live progress or state lines
 * with a heartbeat, and after a timeout the missing images (outside the group, so they show in a
 * collapsed log) in the log, the result and the job summary.
 */
export async function withProgress<T>(
  session: ReportContext,
  frame: { title: string; targets: readonly PollTarget[]; heartbeatSeconds: number; registries?: readonly string[] },
  body: (onEvent: ProgressReporter['event']) => Promise<T>,
  producer?: ProducerSource,
): Promise<T> {
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
