/**
 * The producer decision (issue 23): what a wait does given the state of the workflow run that
 * pushes its images. Pure: an observation, what was remembered, the clock and the registry's
 * state in; a decision and the new memory out. The watch (producer-watch.ts) feeds it.
 *
 * | producer                                             | the wait                                       |
 * |------------------------------------------------------|------------------------------------------------|
 * | not found yet                                        | keeps polling; looks again each API round      |
 * | queued, waiting, requested, pending, in_progress     | keeps waiting (the heartbeat names run, state) |
 * | completed + success, images there                    | success (the registry loop returns first)      |
 * | completed + success, images missing                  | polls for the grace period, then exit 1        |
 * | completed + failure, cancelled, timed_out,           | exit 1 within one API round: URL, conclusion,  |
 * |   action_required, startup_failure, stale            |   failed jobs (names + URLs)                   |
 * | a newer attempt                                      | follows it (the run object shows the newest)   |
 * | cannot be watched (token, 401/403/404, shape)        | one warning, plain polling as today            |
 */
import { CiImagesError } from '../../support/errors.ts';
import type { RunJob, WorkflowRun } from '../../github/runs.ts';

/** Conclusions after which the images will not come. */
export const FAILED_CONCLUSIONS: readonly string[] = ['failure', 'cancelled', 'timed_out', 'action_required', 'startup_failure', 'stale'];
/** Conclusions of a run that ended without failing: its pushes should be there (after the grace period). */
export const DONE_CONCLUSIONS: readonly string[] = ['success', 'neutral', 'skipped'];
export const DEFAULT_GRACE_SECONDS = 120;

export type ProducerObservation =
  | { readonly kind: 'unwatchable'; readonly reason: string }
  | { readonly kind: 'not-found'; readonly what: string }
  | { readonly kind: 'run'; readonly run: WorkflowRun; readonly failedJobs?: readonly RunJob[] };

export interface ProducerMemory {
  readonly run?: WorkflowRun;
  /** When the run entered its current (attempt, status, conclusion). */
  readonly sinceMs?: number;
  /** When it was first seen completed without failing. */
  readonly doneAtMs?: number;
}

export type ProducerDecision =
  | { readonly action: 'unwatched'; readonly reason: string }
  | { readonly action: 'look-again'; readonly what: string }
  | { readonly action: 'wait'; readonly run: WorkflowRun; readonly sinceMs: number }
  /** Completed unsuccessfully, its jobs not read yet: read them, then decide again. */
  | { readonly action: 'read-jobs'; readonly run: WorkflowRun }
  | { readonly action: 'grace'; readonly run: WorkflowRun; readonly endsAtMs: number }
  | { readonly action: 'fail'; readonly run: WorkflowRun; readonly error: ProducerError };

export interface DecisionInput {
  readonly nowMs: number;
  readonly graceMs: number;
  /** The references still missing in the registry the wait expects them in. */
  readonly missing: readonly string[];
}

/** The producer run failed, or succeeded without pushing: the images will not come. Exit 1. */
export class ProducerError extends CiImagesError {
  override readonly exitCode = 1;
  constructor(
    message: string,
    readonly run: WorkflowRun,
    readonly failedJobs: readonly RunJob[],
    readonly missing: readonly string[],
  ) {
    super(message);
    this.name = 'ProducerError';
  }
}

const stateKey = (run: WorkflowRun) => `${run.id}/${run.attempt}/${run.status}/${run.conclusion ?? ''}`;

export function describeRun(run: WorkflowRun): string {
  return `run ${run.url}${run.attempt > 1 ? ` (attempt ${run.attempt})` : ''}`;
}

export function describeJobs(jobs: readonly RunJob[]): string {
  return jobs.map((j) => `${j.name} (${j.conclusion}${j.url ? `, ${j.url}` : ''})`).join(', ');
}

export function decideProducer(
  observation: ProducerObservation,
  memory: ProducerMemory,
  input: DecisionInput,
): { decision: ProducerDecision; memory: ProducerMemory } {
  if (observation.kind === 'unwatchable') return { decision: { action: 'unwatched', reason: observation.reason }, memory };
  if (observation.kind === 'not-found') return { decision: { action: 'look-again', what: observation.what }, memory };
  const { run } = observation;
  const changed = !memory.run || stateKey(memory.run) !== stateKey(run);
  const sinceMs = changed || memory.sinceMs === undefined ? input.nowMs : memory.sinceMs;
  // A newer attempt (a re-run) starts over: an earlier attempt's success does not start its grace period.
  const sameAttempt = memory.run !== undefined && memory.run.id === run.id && memory.run.attempt === run.attempt;
  const next: ProducerMemory = { run, sinceMs, doneAtMs: sameAttempt ? memory.doneAtMs : undefined };
  if (run.status !== 'completed') return { decision: { action: 'wait', run, sinceMs }, memory: next };
  const conclusion = run.conclusion ?? '';
  if (FAILED_CONCLUSIONS.includes(conclusion)) {
    if (!observation.failedJobs) return { decision: { action: 'read-jobs', run }, memory: next };
    const jobs = observation.failedJobs;
    const message =
      `producer ${describeRun(run)} ended ${conclusion}${jobs.length ? `; failed jobs: ${describeJobs(jobs)}` : ''}: ` +
      `the images will not come (${input.missing.length} missing: ${input.missing.join(', ')})`;
    return { decision: { action: 'fail', run, error: new ProducerError(message, run, jobs, input.missing) }, memory: next };
  }
  if (DONE_CONCLUSIONS.includes(conclusion)) {
    const doneAtMs = next.doneAtMs ?? input.nowMs;
    const endsAtMs = doneAtMs + input.graceMs;
    const memoryDone = { ...next, doneAtMs };
    if (input.nowMs < endsAtMs) return { decision: { action: 'grace', run, endsAtMs }, memory: memoryDone };
    const verb = conclusion === 'success' ? 'succeeded' : `ended ${conclusion}`;
    const message =
      `producer ${describeRun(run)} ${verb} but did not push ${input.missing.join(', ')} ` +
      `(still missing ${Math.round(input.graceMs / 1000)} s after it ended)`;
    return { decision: { action: 'fail', run, error: new ProducerError(message, run, [], input.missing) }, memory: memoryDone };
  }
  return {
    decision: { action: 'unwatched', reason: `${describeRun(run)} has the conclusion "${conclusion}", which this wait does not know` },
    memory: next,
  };
}

/** How long, as a heartbeat says it: 45s, 3m05s, 1h02m. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
