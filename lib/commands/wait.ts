/**
 * Wait for images in the GitHub registries (spec §3.1, §3.2, §4), fixed: every image is polled
 * concurrently under one deadline, with jitter; the configured GITHUB_REGISTRY every round, the
 * other one every third round until it holds something; the detected registry is the one that holds
 * all the images (ghcr.io when both do); a registry that refuses our credentials for every image
 * stops being polled.
 */
import { AuthError, CiImagesError, TimeoutError } from '../support/errors.ts';
import { candidateImages, imageKinds, type ImageChoice, type ImageKind } from '../images.ts';
import { requirePythonVersions, type Config } from '../config/load.ts';
import { GITHUB_REGISTRIES, type GithubRegistry } from '../hosts.ts';
import { parseReference, type Reference } from '../oci/reference.ts';
import { isRefused, isUnreachable, type RegistryClient } from '../registry/index.ts';
import { mapLimit } from '../support/concurrency.ts';
import { formatPlatform, type Platform } from '../oci/platform.ts';
import { hasPlatform } from './merge-platforms.ts';
import { sleep } from '../support/retry.ts';

export interface WaitTarget {
  readonly python: string;
  readonly kind: ImageKind;
  /** The same image in every registry, preferred (ghcr.io) first. */
  readonly candidates: Readonly<Record<GithubRegistry, string>>;
}

export function waitTargets(config: Config, kinds: readonly ImageKind[], pythonVersions: readonly string[], tag = config.pullImageTag): WaitTarget[] {
  return pythonVersions.flatMap((python) =>
    kinds.map((kind) => ({ python, kind, candidates: candidateImages(config, kind, python, tag) })),
  );
}

/** Waiting mode: USE_GITHUB_REGISTRY and GITHUB_REGISTRY_WAIT_FOR_IMAGE both true (the gate of the original). */
export function waitingMode(config: Pick<Config, 'useGithubRegistry' | 'waitForImage'>): boolean {
  return config.useGithubRegistry && config.waitForImage;
}

export const DEFAULT_HEARTBEAT_SECONDS = 60;

/** What a wait script waits for, and how long. */
export interface WaitRequest {
  readonly image: ImageChoice;
  /** GITHUB_REGISTRY: polled every round; the other registry every third round until it holds something. */
  readonly configuredRegistry: GithubRegistry;
  readonly timeoutSeconds: number;
  readonly pollIntervalSeconds: number;
  /** Seconds between heartbeat lines in CI logs (0: none). */
  readonly heartbeatSeconds: number;
  /** `--platform`: an image (or index) without this platform is not there yet. */
  readonly platform?: Platform;
  /** Computed when needed: an empty version list is an error only when there is something to wait for. */
  targets(): WaitTarget[];
}

/** Flags (`--timeout`, `--poll-interval`) override WAIT_FOR_IMAGE_TIMEOUT and WAIT_FOR_IMAGE_POLL_INTERVAL. */
export function waitRequest(
  config: Config, image: ImageChoice, overrides: { timeoutSeconds?: number; pollIntervalSeconds?: number; heartbeatSeconds?: number; platform?: Platform } = {},
): WaitRequest {
  return {
    image,
    configuredRegistry: config.githubRegistry,
    platform: overrides.platform,
    heartbeatSeconds: overrides.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS,
    timeoutSeconds: overrides.timeoutSeconds ?? config.waitTimeoutSeconds,
    pollIntervalSeconds: overrides.pollIntervalSeconds ?? config.pollIntervalSeconds,
    targets: () => waitTargets(config, imageKinds(config, image), requirePythonVersions(config)),
  };
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

export type CheckState = 'waiting' | 'found' | 'error' | 'refused';

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
  /** Each state change of an (image, registry) pair, for progress and logs. */
  readonly onEvent?: (event: WaitEvent) => void;
  readonly random?: () => number;
  /** An image (or index) without this platform counts as not there yet. */
  readonly platform?: Platform;
}

/** Thrown when the deadline passes: names what is still missing in each registry. */
/** The last state of one image in one registry, for the report of a failed wait. */
export interface CheckOutcome {
  readonly registry: GithubRegistry;
  readonly reference: string;
  readonly python: string;
  readonly kind: ImageKind;
  readonly state: CheckState | 'unchecked';
  /** The last error seen for it, if any. */
  readonly lastError?: string;
}

/** Thrown when the deadline passes: names what is still missing in each registry. */
export class WaitTimeoutError extends TimeoutError {
  constructor(
    message: string,
    readonly missing: Readonly<Record<string, readonly string[]>>,
    readonly outcomes: readonly CheckOutcome[] = [],
  ) {
    super(message);
    this.name = 'WaitTimeoutError';
  }
}

/** Checks of a registry in a row failing at the connection (refused, not resolved), after which it is given up. */
export const UNREACHABLE_ROUNDS = 3;
/** Checks in flight at once per registry host. */
export const CHECKS_PER_HOST = 16;

/** Every candidate registry is unreachable (or refused us): waiting longer changes nothing. Exit 1. */
export class UnreachableError extends CiImagesError {
  constructor(message: string) {
    super(message);
    this.name = 'UnreachableError';
  }
}

/** A registry other than the configured one, holding none of the images, is polled every this many rounds. */
export const LAGGING_EVERY = 3;

/**
 * The pause before the next round: the poll interval at most, 80–100 % of it at random, so jobs
 * started together drift apart and a push is seen at most one interval later (median half of it).
 */
export function pollDelay(intervalMs: number, random: () => number): number {
  return intervalMs * (0.8 + 0.2 * random());
}

interface Check {
  readonly target: WaitTarget;
  readonly registry: GithubRegistry;
  readonly reference: Reference;
  readonly text: string;
  state: CheckState | undefined;
  detail?: string;
  lastError?: string;
  digest?: string;
  foundAtMs?: number;
}

export async function waitForImages(client: RegistryClient, targets: readonly WaitTarget[], options: WaitOptions): Promise<WaitResult> {
  const registries = options.registries ?? GITHUB_REGISTRIES;
  const random = options.random ?? Math.random;
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  const deadlineSignal = AbortSignal.timeout(options.timeoutMs);
  const checks: Check[] = registries.flatMap((registry) =>
    targets.map((target) => ({ target, registry, reference: parseReference(target.candidates[registry]), text: target.candidates[registry], state: undefined })),
  );
  const refused = new Set<GithubRegistry>();
  const unreachableRounds = new Map<GithubRegistry, number>();
  await Promise.all(
    registries.map((registry) =>
      client.authorize(registry, checks.filter((c) => c.registry === registry).map((c) => c.reference.repository), 'pull', deadlineSignal),
    ),
  );

  const report = (check: Check, state: CheckState, detail?: string) => {
    if (check.state === state && check.detail === detail) return;
    check.state = state;
    check.detail = detail;
    if (detail !== undefined) check.lastError = detail;
    options.onEvent?.({
      target: check.target, registry: check.registry, reference: check.text, state, elapsedMs: Date.now() - started, digest: check.digest, detail,
    });
  };

  const complete = (registry: GithubRegistry) => checks.every((c) => c.registry !== registry || c.state === 'found');
  const foundIn = (registry: GithubRegistry) => checks.some((c) => c.registry === registry && c.state === 'found');
  // Images go to one registry. A registry other than the configured one that holds none of them is
  // checked every third round (requests per image and round: 1 + 1/3, not 2); the configured one
  // every round, even while the other already holds some (the bash probed ghcr.io first).
  const lagging = (registry: GithubRegistry) => !foundIn(registry) && registries.some((other) => other !== registry && foundIn(other));
  const everyRound = (registry: GithubRegistry) =>
    options.configuredRegistry === undefined ? !lagging(registry) : registry === options.configuredRegistry || foundIn(registry);
  for (let round = 0; ; round++) {
    const pending = checks.filter(
      (c) => c.state !== 'found' && !refused.has(c.registry) && (round % LAGGING_EVERY === 0 || everyRound(c.registry)),
    );
    const authFailures = new Map<GithubRegistry, AuthError[]>();
    const unreachable = new Map<GithubRegistry, number>();
    // At most CHECKS_PER_HOST requests at once per registry: 50 python versions must not open
    // 100 sockets to one host.
    const checkOne = async (check: Check) => {
        try {
          const digest = await client.manifestDigest(check.reference, deadlineSignal);
          const platform = options.platform;
          if (digest && platform && !(await hasPlatform(client, { ...check.reference, tag: undefined, digest }, platform))) {
            report(check, 'waiting', `${digest} has no ${formatPlatform(platform)} image yet`);
          } else if (digest) {
            check.digest = digest;
            check.foundAtMs = Date.now() - started;
            report(check, 'found');
          } else {
            report(check, 'waiting');
          }
        } catch (error) {
          if (deadlineSignal.aborted) return;
          if (error instanceof AuthError || isRefused(error)) {
            authFailures.set(check.registry, [...(authFailures.get(check.registry) ?? []), error]);
            report(check, 'error', error.message);
          } else {
            if (isUnreachable(error)) unreachable.set(check.registry, (unreachable.get(check.registry) ?? 0) + 1);
            report(check, 'error', (error as Error).message);
          }
        }
    };
    const checkRegistry = (registry: GithubRegistry) => mapLimit(pending.filter((c) => c.registry === registry), CHECKS_PER_HOST, checkOne);
    if (round === 0) {
      // The bash's order: ghcr.io first, then docker.pkg.github.com, and the first that holds every
      // image wins. Images already there cost N requests, not 2N.
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
        for (const check of remaining) report(check, 'refused', failures[0].message);
      }
    }

    const winner = registries.find(complete);
    if (winner) {
      return {
        registry: winner,
        images: checks
          .filter((c) => c.registry === winner)
          .map((c) => ({ target: c.target, reference: c.text, digest: c.digest!, waitedSeconds: Math.round(c.foundAtMs! / 100) / 10 })),
      };
    }
    // Every registry refused us or has been unreachable (connection refused, name not resolved)
    // for its last UNREACHABLE_ROUNDS checks: the rest of the deadline would change nothing.
    const dead = registries.filter((r) => refused.has(r) || (unreachableRounds.get(r) ?? 0) >= UNREACHABLE_ROUNDS);
    if (dead.length === registries.length && registries.some((r) => !refused.has(r))) {
      throw new UnreachableError(
        `stopped waiting: ${registries
          .filter((r) => !refused.has(r))
          .map((r) => `${r} (${client.baseUrl(r)}) unreachable for ${unreachableRounds.get(r)} rounds: ${checks.find((c) => c.registry === r)?.lastError ?? ''}`)
          .join('; ')}${refused.size ? `; ${[...refused].join(', ')} refused our credentials` : ''}`,
      );
    }
    if (refused.size === registries.length) {
      const reasons = registries.map((r) => `${r}: ${checks.find((c) => c.registry === r)?.detail ?? 'refused'}`);
      throw new AuthError(`every registry refused access, stopped waiting (${reasons.join('; ')})`);
    }
    const remainingMs = deadline - Date.now();
    if (remainingMs <= 0 || deadlineSignal.aborted) throw timeoutError(checks, registries, refused, options.timeoutMs);
    await sleep(Math.min(remainingMs, pollDelay(options.pollIntervalSeconds * 1000, random)));
  }
}

function timeoutError(checks: Check[], registries: readonly GithubRegistry[], refused: Set<GithubRegistry>, timeoutMs: number): WaitTimeoutError {
  const missing: Record<string, string[]> = {};
  for (const registry of registries) {
    missing[registry] = checks.filter((c) => c.registry === registry && c.state !== 'found').map((c) => c.text);
  }
  const parts = registries.map((r) =>
    refused.has(r) ? `${r} refused our credentials` : `${missing[r].length} missing in ${r}: ${missing[r].join(', ')}`,
  );
  const outcomes = checks.map((c) => ({
    registry: c.registry, reference: c.text, python: c.target.python, kind: c.target.kind, state: c.state ?? 'unchecked' as const, lastError: c.lastError,
  }));
  return new WaitTimeoutError(`timed out after ${Math.round(timeoutMs / 1000)}s waiting for images; ${parts.join('; ')}`, missing, outcomes);
}
