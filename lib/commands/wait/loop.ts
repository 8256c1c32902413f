/**
 * Wait for images in the GitHub registries (spec §3.1, §3.2, §4), fixed: every image is polled
 * concurrently under one deadline, with jitter; the configured GITHUB_REGISTRY every round, the
 * other one every third round until it holds something; the detected registry is the one that holds
 * all the images (ghcr.io when both do); a registry that refuses our credentials for every image
 * stops being polled. The rounds live here; what to check in plan.ts, when in schedule.ts, what an
 * answer means and when to stop early in classify.ts.
 */
import { GITHUB_REGISTRIES, type GithubRegistry } from '../../hosts.ts';
import type { RegistryClient } from '../../registry/index.ts';
import type { Platform } from '../../oci/platform.ts';
import { checksIn, complete, planChecks, type Check, type CheckState, type WaitRequest, type WaitTarget } from './plan.ts';
import { dueChecks, pause, runRound, startDeadline, type Deadline } from './schedule.ts';
import { askRegistry, newlyRefused, RoundTally, stopIfHopeless, timeoutError, updateStreaks, type Answer } from './classify.ts';

export interface WaitEvent {
  readonly target: WaitTarget;
  readonly registry: GithubRegistry;
  readonly reference: string;
  readonly state: CheckState;
  readonly elapsedMs: number;
  readonly digest?: string;
  readonly detail?: string;
}

export interface FoundImage {
  readonly target: WaitTarget;
  readonly reference: string;
  readonly digest: string;
  readonly waitedSeconds: number;
}

export interface WaitResult {
  readonly registry: GithubRegistry;
  readonly images: readonly FoundImage[];
}

export interface WaitOptions {
  readonly timeoutMs: number;
  readonly pollIntervalSeconds: number;
  readonly registries?: readonly GithubRegistry[];
  /**
   * Polled every round. Any other registry is polled in round 0 (so images already there are found
   * at once) and then every LAGGING_EVERY rounds until it holds one of the images. Without it,
   * every registry is polled every round. Round 0 goes through the registries in order and stops
   * at the first that holds every image (ghcr.io wins when both do).
   */
  readonly configuredRegistry?: GithubRegistry;
  /** Each state change of an (image, registry) pair, for progress and logs (the heartbeat hook). */
  readonly onEvent?: (event: WaitEvent) => void;
  readonly random?: () => number;
  /** An image (or index) without this platform counts as not there yet. */
  readonly platform?: Platform;
}

/** Every image of the request in every GitHub registry, under the request's deadline. */
export function waitForRequest(client: RegistryClient, request: WaitRequest, onEvent?: (event: WaitEvent) => void): Promise<WaitResult> {
  return waitForImages(client, request.targets(), {
    timeoutMs: request.timeoutSeconds * 1000,
    pollIntervalSeconds: request.pollIntervalSeconds,
    configuredRegistry: request.configuredRegistry,
    platform: request.platform,
    onEvent,
  });
}

/** Records a state change of a check and tells `onEvent`; a repeated state says nothing. */
function reporter(deadline: Deadline, onEvent: WaitOptions['onEvent']) {
  return (check: Check, state: CheckState, detail?: string) => {
    if (check.state === state && check.detail === detail) return;
    check.state = state;
    check.detail = detail;
    if (detail !== undefined) check.lastError = detail;
    onEvent?.({
      target: check.target, registry: check.registry, reference: check.text, state,
      elapsedMs: deadline.elapsedMs(), digest: check.digest, detail,
    });
  };
}

type Report = ReturnType<typeof reporter>;

/** Applies one answer to its check. */
function applyAnswer(check: Check, answer: Answer, deadline: Deadline, report: Report): void {
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

function result(checks: readonly Check[], winner: GithubRegistry): WaitResult {
  return {
    registry: winner,
    images: checksIn(checks, winner).map((c) => ({
      target: c.target, reference: c.text, digest: c.digest!, waitedSeconds: Math.round(c.foundAtMs! / 100) / 10,
    })),
  };
}

export async function waitForImages(client: RegistryClient, targets: readonly WaitTarget[], options: WaitOptions): Promise<WaitResult> {
  const registries = options.registries ?? GITHUB_REGISTRIES;
  const random = options.random ?? Math.random;
  const deadline = startDeadline(options.timeoutMs);
  const checks = planChecks(targets, registries);
  const refused = new Set<GithubRegistry>();
  const streaks = new Map<GithubRegistry, number>();
  const schedule = { registries, configuredRegistry: options.configuredRegistry, refused };
  const report = reporter(deadline, options.onEvent);
  const repositories = (registry: GithubRegistry) => checksIn(checks, registry).map((c) => c.reference.repository);
  await Promise.all(registries.map((registry) => client.authorize(registry, repositories(registry), 'pull', deadline.signal)));
  for (let round = 0; ; round++) {
    const due = dueChecks(checks, schedule, round);
    const tally = new RoundTally();
    await runRound(round, registries, checks, due, async (check) => {
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
    const winner = registries.find((r) => complete(checks, r));
    if (winner) return result(checks, winner);
    stopIfHopeless({ registries, checks, refused, streaks }, (r) => client.baseUrl(r));
    if (deadline.passed()) throw timeoutError(checks, registries, refused, options.timeoutMs);
    await pause(deadline, options.pollIntervalSeconds, random);
  }
}
