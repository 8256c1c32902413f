/**
 * Wait for images in the GitHub registries (spec §3.1, §3.2, §4), fixed: every image is polled
 * concurrently under one deadline, with jitter; the configured GITHUB_REGISTRY every round, the
 * other one every third round until it holds something; the detected registry is the one that holds
 * all the images (ghcr.io when both do); a registry that refuses our credentials for every image
 * stops being polled. The rounds live here; what to check in plan.ts, when in schedule.ts, what an
 * answer means and when to stop early in classify.ts.
 */
import { GITHUB_REGISTRIES } from '../../hosts.ts';
import type { RegistryClient } from '../../registry/index.ts';
import type { Platform } from '../../oci/platform.ts';
import { checksIn, complete, planChecks, type Check, type CheckState, type PollTarget, type WaitRequest, type WaitTarget } from './plan.ts';
import { dueChecks, pause, runRound, startDeadline, type Deadline } from './schedule.ts';
import type { ProducerHook } from './producer-watch.ts';
import { askRegistry, newlyRefused, RoundTally, stopIfHopeless, timeoutError, updateStreaks, type Answer } from './classify.ts';

export interface WaitEvent<T extends PollTarget = WaitTarget> {
  readonly target: T;
  readonly registry: string;
  readonly reference: string;
  readonly state: CheckState;
  readonly elapsedMs: number;
  readonly digest?: string;
  readonly detail?: string;
}

export interface FoundImage<T extends PollTarget = WaitTarget> {
  readonly target: T;
  readonly reference: string;
  readonly digest: string;
  readonly waitedSeconds: number;
}

export interface WaitResult<T extends PollTarget = WaitTarget> {
  /** The registry that holds every image (with `everyRegistry`: the registries, comma-separated). */
  readonly registry: string;
  readonly images: readonly FoundImage<T>[];
}

export interface WaitOptions<T extends PollTarget = WaitTarget> {
  readonly timeoutMs: number;
  readonly pollIntervalSeconds: number;
  readonly registries?: readonly string[];
  /**
   * Polled every round. Any other registry is polled in round 0 (so images already there are found
   * at once) and then every LAGGING_EVERY rounds until it holds one of the images. Without it,
   * every registry is polled every round. Round 0 goes through the registries in order and stops
   * at the first that holds every image (ghcr.io wins when both do).
   */
  readonly configuredRegistry?: string;
  /** Each state change of an (image, registry) pair, for progress and logs (the heartbeat hook). */
  readonly onEvent?: (event: WaitEvent<T>) => void;
  readonly random?: () => number;
  /** An image (or index) without this platform counts as not there yet. */
  readonly platform?: Platform;
  /**
   * The run that pushes the images (producer-watch.ts), any wait can pass one: started with the
   * wait, told after each round what the configured registry still lacks (it throws a
   * ProducerError when the images will not come), and it cuts the pause short when its state
   * ends the wait.
   */
  readonly producer?: ProducerHook;
  /**
   * Plain references (`wait REF…`): each target lives in its own registry, so the wait ends when
   * every registry holds all of its targets (not when one holds them all), every registry is
   * polled every round, and one registry given up on (refused, unreachable) ends the wait.
   */
  readonly everyRegistry?: boolean;
}

/** Every image of the request in every GitHub registry, under the request's deadline. */
export function waitForRequest(
  client: RegistryClient,
  request: WaitRequest,
  onEvent?: (event: WaitEvent) => void,
  producer?: ProducerHook,
): Promise<WaitResult> {
  return waitForImages(client, request.targets(), {
    timeoutMs: request.timeoutSeconds * 1000,
    pollIntervalSeconds: request.pollIntervalSeconds,
    configuredRegistry: request.configuredRegistry,
    platform: request.platform,
    onEvent,
    producer,
  });
}

/** Records a state change of a check and tells `onEvent`; a repeated state says nothing. */
function reporter<T extends PollTarget>(deadline: Deadline, onEvent: WaitOptions<T>['onEvent']) {
  return (check: Check<T>, state: CheckState, detail?: string) => {
    if (check.state === state && check.detail === detail) return;
    check.state = state;
    check.detail = detail;
    if (detail !== undefined) check.lastError = detail;
    onEvent?.({
      target: check.target,
      registry: check.registry,
      reference: check.text,
      state,
      elapsedMs: deadline.elapsedMs(),
      digest: check.digest,
      detail,
    });
  };
}

type Report<T extends PollTarget> = (check: Check<T>, state: CheckState, detail?: string) => void;

/** Applies one answer to its check. */
function applyAnswer<T extends PollTarget>(check: Check<T>, answer: Answer, deadline: Deadline, report: Report<T>): void {
  if (answer.kind === 'found') {
    check.digest = answer.digest;
    check.foundAtMs = deadline.elapsedMs();
    report(check, 'found');
  } else if (answer.kind === 'missing') {
    report(check, 'waiting', answer.detail);
  } else {
    report(check, 'error', answer.error.message);
  }
}

function result<T extends PollTarget>(checks: readonly Check<T>[], winner: string, found = checksIn(checks, winner)): WaitResult<T> {
  return {
    registry: winner,
    images: found.map((c) => ({
      target: c.target,
      reference: c.text,
      digest: c.digest!,
      waitedSeconds: Math.round(c.foundAtMs! / 100) / 10,
    })),
  };
}

export async function waitForImages<T extends PollTarget = WaitTarget>(
  client: RegistryClient,
  targets: readonly T[],
  options: WaitOptions<T>,
): Promise<WaitResult<T>> {
  options.producer?.start();
  try {
    return await pollImages(client, targets, options);
  } finally {
    options.producer?.stop();
  }
}

async function pollImages<T extends PollTarget>(
  client: RegistryClient,
  targets: readonly T[],
  options: WaitOptions<T>,
): Promise<WaitResult<T>> {
  const registries = options.registries ?? GITHUB_REGISTRIES;
  const random = options.random ?? Math.random;
  const deadline = startDeadline(options.timeoutMs);
  const checks = planChecks(targets, registries);
  const refused = new Set<string>();
  const streaks = new Map<string, number>();
  const every = options.everyRegistry === true;
  const schedule = { registries, configuredRegistry: options.configuredRegistry, refused, every };
  const report = reporter<T>(deadline, options.onEvent);
  const repositories = (registry: string) => checksIn(checks, registry).map((c) => c.reference.repository);
  await Promise.all(registries.map((registry) => client.authorize(registry, repositories(registry), 'pull', deadline.signal)));
  for (let round = 0; ; round++) {
    const due = dueChecks(checks, schedule, round);
    const tally = new RoundTally();
    await runRound(every ? -1 : round, registries, checks, due, async (check) => {
      const answer = await askRegistry(client, check, options.platform, deadline.signal);
      if (answer.kind !== 'found' && answer.kind !== 'missing' && deadline.signal.aborted) return;
      tally.record(check.registry, answer);
      applyAnswer(check, answer, deadline, report);
    });
    updateStreaks(streaks, registries, due, tally);
    for (const [registry, refusal] of newlyRefused(registries, due, tally)) {
      refused.add(registry);
      for (const check of checksIn(due, registry)) report(check, 'refused', refusal.message);
    }
    if (every && registries.every((r) => complete(checks, r))) return result(checks, registries.join(', '), checks);
    const winner = every ? undefined : registries.find((r) => complete(checks, r));
    if (winner) return result(checks, winner);
    stopIfHopeless({ registries, checks, refused, streaks, every }, (r) => client.baseUrl(r));
    // The producer's verdict on what the configured registry (plain references: any registry) still
    // lacks: a failed run ends the wait here.
    const expected = options.configuredRegistry ?? registries[0];
    options.producer?.afterRound((every ? checks : checksIn(checks, expected)).filter((c) => c.state !== 'found').map((c) => c.text));
    if (deadline.passed()) throw timeoutError(checks, registries, refused, options.timeoutMs);
    await pause(deadline, options.pollIntervalSeconds, random, options.producer && ((ms) => options.producer!.pause(ms)));
  }
}
