/**
 * What a wait checks: every target (python version × image kind) in every GitHub registry, and the
 * request a wait script builds from the configuration and its flags.
 */
import { candidateImages, imageKinds, type ImageChoice, type ImageKind } from '../../images.ts';
import { requirePythonVersions, type Config } from '../../config/load.ts';
import type { GithubRegistry } from '../../hosts.ts';
import { parseReference, type Reference } from '../../oci/reference.ts';
import type { Platform } from '../../oci/platform.ts';

export interface WaitTarget {
  readonly python: string;
  readonly kind: ImageKind;
  /** The same image in every registry, preferred (ghcr.io) first. */
  readonly candidates: Readonly<Record<GithubRegistry, string>>;
}

export function waitTargets(
  config: Config, kinds: readonly ImageKind[], pythonVersions: readonly string[], tag = config.pullImageTag,
): WaitTarget[] {
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

export interface WaitOverrides {
  timeoutSeconds?: number;
  pollIntervalSeconds?: number;
  heartbeatSeconds?: number;
  platform?: Platform;
}

/** Flags (`--timeout`, `--poll-interval`) override WAIT_FOR_IMAGE_TIMEOUT and WAIT_FOR_IMAGE_POLL_INTERVAL. */
export function waitRequest(config: Config, image: ImageChoice, overrides: WaitOverrides = {}): WaitRequest {
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

export type CheckState = 'waiting' | 'found' | 'error' | 'refused';

/** One image in one registry, and what the last answer about it was. */
export interface Check {
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

/** Every target in every registry, registry by registry (the order of `registries`). */
export function planChecks(targets: readonly WaitTarget[], registries: readonly GithubRegistry[]): Check[] {
  return registries.flatMap((registry) =>
    targets.map((target) => ({
      target, registry, reference: parseReference(target.candidates[registry]), text: target.candidates[registry], state: undefined,
    })),
  );
}

export const checksIn = (checks: readonly Check[], registry: GithubRegistry): Check[] => checks.filter((c) => c.registry === registry);

/** The registry holds every image. */
export const complete = (checks: readonly Check[], registry: GithubRegistry): boolean =>
  checks.every((c) => c.registry !== registry || c.state === 'found');

/** The registry holds at least one of the images. */
export const foundIn = (checks: readonly Check[], registry: GithubRegistry): boolean =>
  checks.some((c) => c.registry === registry && c.state === 'found');
