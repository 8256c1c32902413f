/**
 * What a wait checks: every target (python version × image kind) in every GitHub registry, and the
 * request a wait script builds from the configuration and its flags.
 */
import { candidateImages, imageKinds, type ImageChoice, type ImageKind } from '../../images.ts';
import { requirePythonVersions, type Config } from '../../config/load.ts';
import type { GithubRegistry } from '../../hosts.ts';
import { parseReference, type Reference } from '../../oci/reference.ts';
import type { Platform } from '../../oci/platform.ts';
import type { ProducerOverrides } from './producer-target.ts';

/**
 * What the loop polls: one image, under its name in each registry it may be in. A plain reference
 * has one candidate, in its own registry, and its label; a target is checked only in the
 * registries it names.
 */
export interface PollTarget {
  readonly python?: string;
  readonly kind?: ImageKind;
  /** How progress and summaries name a target without python/kind (a plain reference: the reference). */
  readonly label?: string;
  readonly candidates: Readonly<Partial<Record<string, string>>>;
}

/** The Airflow preset's target: a python version and an image kind, in both GitHub registries. */
export interface WaitTarget extends PollTarget {
  readonly python: string;
  readonly kind: ImageKind;
  /** The same image in every registry, preferred (ghcr.io) first. */
  readonly candidates: Readonly<Record<GithubRegistry, string>>;
}

/** `python 3.8 ci`, or the target's label. */
export function targetLabel(target: PollTarget): string {
  return target.label ?? `python ${target.python} ${target.kind}`;
}

export function waitTargets(
  config: Config,
  kinds: readonly ImageKind[],
  pythonVersions: readonly string[],
  tag = config.pullImageTag,
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
  /** `--producer`, `--producer-run-id`, `--grace` (issue 23): which run pushes the images. */
  readonly producer?: ProducerOverrides;
  /** Computed when needed: an empty version list is an error only when there is something to wait for. */
  targets(): WaitTarget[];
}

export interface WaitOverrides {
  timeoutSeconds?: number;
  pollIntervalSeconds?: number;
  heartbeatSeconds?: number;
  platform?: Platform;
  producer?: ProducerOverrides;
}

/** Flags (`--timeout`, `--poll-interval`) override WAIT_FOR_IMAGE_TIMEOUT and WAIT_FOR_IMAGE_POLL_INTERVAL. */
export function waitRequest(config: Config, image: ImageChoice, overrides: WaitOverrides = {}): WaitRequest {
  return {
    image,
    configuredRegistry: config.githubRegistry,
    platform: overrides.platform,
    producer: overrides.producer,
    heartbeatSeconds: overrides.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS,
    timeoutSeconds: overrides.timeoutSeconds ?? config.waitTimeoutSeconds,
    pollIntervalSeconds: overrides.pollIntervalSeconds ?? config.pollIntervalSeconds,
    targets: () => waitTargets(config, imageKinds(config, image), requirePythonVersions(config)),
  };
}

export type CheckState = 'waiting' | 'found' | 'error' | 'refused';

/** One image in one registry, and what the last answer about it was. */
export interface Check<T extends PollTarget = PollTarget> {
  readonly target: T;
  readonly registry: string;
  readonly reference: Reference;
  readonly text: string;
  state: CheckState | undefined;
  detail?: string;
  lastError?: string;
  digest?: string;
  foundAtMs?: number;
}

/** Every target in every registry it names, registry by registry (the order of `registries`). */
export function planChecks<T extends PollTarget>(targets: readonly T[], registries: readonly string[]): Check<T>[] {
  return registries.flatMap((registry) =>
    targets.flatMap((target) => {
      const text = target.candidates[registry];
      return text === undefined ? [] : [{ target, registry, reference: parseReference(text), text, state: undefined } as Check<T>];
    }),
  );
}

export const checksIn = <C extends Check>(checks: readonly C[], registry: string): C[] => checks.filter((c) => c.registry === registry);

/** The registry holds every image. */
export const complete = (checks: readonly Check[], registry: string): boolean =>
  checks.every((c) => c.registry !== registry || c.state === 'found');

/** The registry holds at least one of the images. */
export const foundIn = (checks: readonly Check[], registry: string): boolean =>
  checks.some((c) => c.registry === registry && c.state === 'found');
