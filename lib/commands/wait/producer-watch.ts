/**
 * The producer watch: reads the run that pushes a wait's images on its own schedule (every
 * WAIT_FOR_IMAGE_API_INTERVAL, 15 s, at least; slower when the rate limit runs low or GitHub
 * says `retry-after`), feeds producer.ts's decision, and tells the wait loop through a small hook
 * (`ProducerHook`) that any wait can take: a failed producer ends the wait within one API round.
 *
 * API budget: one request per round (a lookup until the run exists, then the run itself,
 * conditional: unchanged runs answer 304, which GitHub does not count), plus one jobs listing
 * (per 100 jobs) when the run failed. At 15 s that is at most 4 requests a minute, 240 an hour
 * per waiting job, against GITHUB_TOKEN's 1,000 requests per hour and repository, most of them 304s.
 *
 * Never worse than before: anything that stops the watch (no token, 401, 403, 404, the network,
 * an answer of unknown shape) is one warning line, and the wait goes on polling the registry.
 */
import { GithubApiError, type GithubApi } from '../../github/api.ts';
import { attemptJobs, failedJobsOf, findRun, readRun, type WorkflowRef, type WorkflowRun } from '../../github/runs.ts';
import { sleep } from '../../support/retry.ts';
import {
  decideProducer,
  describeRun,
  formatDuration,
  type ProducerDecision,
  type ProducerMemory,
  type ProducerObservation,
} from './producer.ts';

/** What any wait loop needs of a producer watch. */
export interface ProducerHook {
  start(): void;
  /** After each registry round, with the references still missing: throws a ProducerError when they will not come. */
  afterRound(missing: readonly string[]): void;
  /** The pause between registry rounds, cut short when the producer's state ends the wait. */
  pause(ms: number): Promise<void>;
  stop(): void;
}

export interface ProducerTarget {
  readonly repository: string;
  /** The run, outright (`--producer-run-id`, a `workflow_run` event). */
  readonly runId?: number;
  /** Else the newest run of this workflow for `headSha`. */
  readonly workflow?: WorkflowRef;
  readonly headSha?: string;
  /** How it was named, for the log: `--producer build-images.yml`, `the workflow_run event`. */
  readonly namedBy: string;
}

export interface ProducerWatchOptions {
  readonly api: GithubApi;
  readonly target: ProducerTarget;
  readonly intervalMs: number;
  readonly graceMs: number;
  /** Lines on the run's state this often while it runs (0: on changes only). */
  readonly heartbeatMs: number;
  readonly log: (line: string) => void;
  readonly now?: () => number;
}

/** Below this many requests left in the window, rounds are spread over the rest of it. */
export const RATE_LIMIT_FLOOR = 50;
/** The longest pause between API rounds, whatever a rate limit or `retry-after` asks. */
export const MAX_API_PAUSE_MS = 10 * 60_000;

export interface ProducerDecisionRecord {
  readonly atSeconds: number;
  readonly decision: string;
}

/** What the reports show: the run followed and each decision taken. */
export interface ProducerSummary {
  readonly watched: boolean;
  readonly namedBy: string;
  readonly run?: WorkflowRun;
  readonly reason?: string;
  readonly decisions: readonly ProducerDecisionRecord[];
  readonly apiRequests: number;
}

export class ProducerWatch implements ProducerHook {
  private memory: ProducerMemory = {};
  private observation: ProducerObservation | undefined;
  private decision: ProducerDecision | undefined;
  private missing: readonly string[] = [];
  private runId: number | undefined;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private wake: (() => void) | undefined;
  private lastHeartbeat = 0;
  private lastLine = '';
  private slowedFor = 0;
  private readonly started: number;
  private readonly now: () => number;
  readonly decisions: ProducerDecisionRecord[] = [];

  constructor(private readonly options: ProducerWatchOptions) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
    this.runId = options.target.runId;
  }

  start(): void {
    void this.round();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.wake?.();
  }

  afterRound(missing: readonly string[]): void {
    this.missing = missing;
    if (!this.observation || this.decision?.action === 'unwatched') return;
    if (this.decision?.action !== 'fail' && this.decision?.action !== 'grace') return;
    // Decided again with what is missing now (and the clock, for the end of the grace period).
    const { decision } = decideProducer(this.observation, this.memory, this.input());
    if (decision.action === 'fail') {
      this.record(decision);
      throw decision.error;
    }
  }

  async pause(ms: number): Promise<void> {
    const decision = this.decision;
    const graceLeft = decision?.action === 'grace' ? Math.max(0, decision.endsAtMs - this.now()) : Infinity;
    if (decision?.action === 'fail') return;
    await Promise.race([sleep(Math.min(ms, graceLeft)), new Promise<void>((resolve) => (this.wake = resolve))]);
    this.wake = undefined;
  }

  summary(): ProducerSummary {
    const run = this.decision && 'run' in this.decision ? this.decision.run : this.memory.run;
    return {
      watched: this.decision?.action !== 'unwatched',
      namedBy: this.options.target.namedBy,
      run,
      reason: this.decision?.action === 'unwatched' ? this.decision.reason : undefined,
      decisions: this.decisions,
      apiRequests: this.options.api.requestCount,
    };
  }

  private input() {
    return { nowMs: this.now(), graceMs: this.options.graceMs, missing: this.missing };
  }

  private async observe(): Promise<ProducerObservation> {
    const { api, target } = this.options;
    if (this.runId === undefined) {
      if (!target.workflow || !target.headSha)
        return { kind: 'unwatchable', reason: 'no run id and no workflow and commit to look it up by' };
      const found = await findRun(api, target.repository, target.workflow, target.headSha);
      if (!found) return { kind: 'not-found', what: `no run of ${target.namedBy} for ${target.headSha.slice(0, 12)} yet` };
      this.runId = found.id;
      return this.withJobs(found);
    }
    return this.withJobs((await readRun(api, target.repository, this.runId)).run);
  }

  /** The failed jobs of a run that completed unsuccessfully (read only then). */
  private async withJobs(run: WorkflowRun): Promise<ProducerObservation> {
    const first = decideProducer({ kind: 'run', run }, this.memory, this.input());
    if (first.decision.action !== 'read-jobs') return { kind: 'run', run };
    return { kind: 'run', run, failedJobs: failedJobsOf(await attemptJobs(this.options.api, this.options.target.repository, run)) };
  }

  private async round(): Promise<void> {
    if (this.stopped) return;
    let delay = this.options.intervalMs;
    try {
      this.observation = await this.observe();
    } catch (error) {
      const retryAfterMs = error instanceof GithubApiError ? error.retryAfterMs : undefined;
      if (retryAfterMs !== undefined) {
        delay = Math.min(MAX_API_PAUSE_MS, Math.max(delay, retryAfterMs));
        this.say(`producer watch: GitHub asks to wait (${(error as Error).message}); next API round in ${formatDuration(delay)}`);
      } else {
        this.observation = { kind: 'unwatchable', reason: (error as Error).message };
      }
    }
    if (this.stopped) return;
    if (this.observation) {
      const { decision, memory } = decideProducer(this.observation, this.memory, this.input());
      this.memory = memory;
      this.decision = decision;
      // A failure is recorded by afterRound, with what is missing then.
      if (decision.action !== 'fail') this.record(decision);
      if (decision.action === 'unwatched' || decision.action === 'fail') return void this.wake?.();
      if (decision.action === 'grace') this.wake?.(); // the loop's pause shortens to the end of the grace period
    }
    this.timer = setTimeout(() => void this.round(), this.slowDown(delay)).unref();
  }

  /** Below RATE_LIMIT_FLOOR requests left, the rest of the window is shared out (MAX_API_PAUSE_MS at most). */
  private slowDown(delay: number): number {
    const { remaining, resetAtMs } = this.options.api.rateLimit;
    if (remaining === undefined || remaining >= RATE_LIMIT_FLOOR || resetAtMs === undefined) return delay;
    const spread = Math.min(MAX_API_PAUSE_MS, Math.max(0, resetAtMs - this.now()) / Math.max(1, remaining));
    if (spread <= delay) return delay;
    if (spread !== this.slowedFor) {
      this.slowedFor = spread;
      this.say(
        `producer watch: ${remaining} API requests left until ${new Date(resetAtMs).toISOString()}; reading the run every ${formatDuration(spread)}`,
      );
    }
    return spread;
  }

  /** One line per change of decision; while the run runs, a heartbeat line naming it and how long it has been in that state. */
  private record(decision: ProducerDecision): void {
    const text = decisionText(decision);
    const now = this.now();
    const changed = text !== this.lastLine;
    const heartbeat = decision.action === 'wait' && this.options.heartbeatMs > 0 && now - this.lastHeartbeat >= this.options.heartbeatMs;
    if (!changed && !heartbeat) return;
    this.lastHeartbeat = now;
    if (changed) {
      this.lastLine = text;
      this.decisions.push({ atSeconds: Math.round((now - this.started) / 100) / 10, decision: text });
    }
    if (decision.action === 'unwatched') {
      this.say(`warning: cannot watch the producer run (${text}); waiting for the images in the registry only, as without it`);
    } else if (decision.action === 'wait') {
      this.say(`producer ${describeRun(decision.run)} ${decision.run.status} for ${formatDuration(now - decision.sinceMs)}`);
    } else if (decision.action !== 'fail') {
      this.say(`producer: ${text}`);
    }
  }

  private say(line: string): void {
    this.options.log(line);
  }
}

export function decisionText(decision: ProducerDecision): string {
  switch (decision.action) {
    case 'unwatched':
      return decision.reason;
    case 'look-again':
      return `${decision.what}; looking again each API round`;
    case 'wait':
      return `${describeRun(decision.run)} is ${decision.run.status}; waiting`;
    case 'read-jobs':
      return `${describeRun(decision.run)} ended ${decision.run.conclusion}; reading its jobs`;
    case 'grace':
      return `${describeRun(decision.run)} ended ${decision.run.conclusion}; polling until the images show (grace period)`;
    case 'fail':
      return decision.error.message;
  }
}
