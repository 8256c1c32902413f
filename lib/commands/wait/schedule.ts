/**
 * When each check runs: which registry is polled in which round, how many checks at once, the
 * pause between rounds (with jitter) and the one deadline of the wait.
 */
import { mapLimit } from '../../support/concurrency.ts';
import { sleep } from '../../support/retry.ts';
import { checksIn, complete, foundIn, type Check } from './plan.ts';

/** A registry other than the configured one, holding none of the images, is polled every this many rounds. */
export const LAGGING_EVERY = 3;
/** Checks in flight at once per registry host. */
export const CHECKS_PER_HOST = 16;

/**
 * The pause before the next round: the poll interval at most, 80–100 % of it at random, so jobs
 * started together drift apart and a push is seen at most one interval later (median half of it).
 */
export function pollDelay(intervalMs: number, random: () => number): number {
  return intervalMs * (0.8 + 0.2 * random());
}

export interface Schedule {
  readonly registries: readonly string[];
  /** Polled every round; without it, every registry that is not lagging is. */
  readonly configuredRegistry?: string;
  /** Registries given up on: they refused our credentials for every image. */
  readonly refused: ReadonlySet<string>;
  /** Plain references: each registry holds its own targets, none lags behind another. */
  readonly every?: boolean;
}

/**
 * Images go to one registry. A registry other than the configured one that holds none of them is
 * checked every third round (requests per image and round: 1 + 1/3, not 2); the configured one
 * every round, even while the other already holds some (the bash probed ghcr.io first).
 */
function everyRound(checks: readonly Check[], schedule: Schedule, registry: string): boolean {
  if (schedule.every) return true;
  if (schedule.configuredRegistry !== undefined) return registry === schedule.configuredRegistry || foundIn(checks, registry);
  const lagging = !foundIn(checks, registry) && schedule.registries.some((other) => other !== registry && foundIn(checks, other));
  return !lagging;
}

/** The checks due in this round: not found yet, in a registry still polled and due this round. */
export function dueChecks<C extends Check>(checks: readonly C[], schedule: Schedule, round: number): C[] {
  const polled = (registry: string) => round % LAGGING_EVERY === 0 || everyRound(checks, schedule, registry);
  return checks.filter((c) => c.state !== 'found' && !schedule.refused.has(c.registry) && polled(c.registry));
}

/**
 * Runs the due checks, at most CHECKS_PER_HOST at once per registry (50 python versions must not
 * open 100 sockets to one host). Round 0 follows the bash's order: ghcr.io first, then
 * docker.pkg.github.com, and the first that holds every image wins: images already there cost N
 * requests, not 2N. Later rounds poll the registries side by side.
 */
export async function runRound<C extends Check>(
  round: number,
  registries: readonly string[],
  checks: readonly Check[],
  due: readonly C[],
  checkOne: (check: C) => Promise<void>,
): Promise<void> {
  const checkRegistry = (registry: string) => mapLimit(checksIn(due, registry), CHECKS_PER_HOST, checkOne);
  // round -1: a wait on plain references, whose registries are polled side by side from the start.
  if (round !== 0) {
    await Promise.all(registries.map(checkRegistry));
    return;
  }
  for (const registry of registries) {
    await checkRegistry(registry);
    if (complete(checks, registry)) break;
  }
}

/** The one deadline of a wait: every request and pause ends with it. */
export interface Deadline {
  readonly started: number;
  readonly timeoutMs: number;
  readonly signal: AbortSignal;
  elapsedMs(): number;
  remainingMs(): number;
  passed(): boolean;
}

export function startDeadline(timeoutMs: number): Deadline {
  const started = Date.now();
  const signal = AbortSignal.timeout(timeoutMs);
  const remainingMs = () => started + timeoutMs - Date.now();
  return {
    started,
    timeoutMs,
    signal,
    remainingMs,
    elapsedMs: () => Date.now() - started,
    passed: () => remainingMs() <= 0 || signal.aborted,
  };
}

/** The pause before the next round, never past the deadline. */
export function pause(
  deadline: Deadline,
  pollIntervalSeconds: number,
  random: () => number,
  sleeper: (ms: number) => Promise<void> = sleep,
): Promise<void> {
  return sleeper(Math.min(deadline.remainingMs(), pollDelay(pollIntervalSeconds * 1000, random)));
}
