/**
 * `wait REF…`: wait until every plain reference exists (any registries at once), through the wait
 * machinery of the Airflow waits (lib/commands/wait/): one deadline, jitter, a heartbeat, the same
 * classification of answers; each reference is one target in its own registry, and one registry
 * given up on (refused: exit 3, unreachable: exit 1) ends the wait.
 */
import type { Config } from '../../config/load.ts';
import { formatReference, type Reference } from '../../oci/reference.ts';
import type { Platform } from '../../oci/platform.ts';
import type { RegistryClient } from '../../registry/index.ts';
import {
  DEFAULT_HEARTBEAT_SECONDS,
  waitForImages,
  type PollTarget,
  type WaitEvent,
  type WaitOverrides,
  type WaitResult,
} from '../wait/index.ts';
import type { ProducerOverrides } from '../wait/producer-target.ts';
import type { ProducerHook } from '../wait/producer-watch.ts';

export interface ReferencesWait {
  /** One target per distinct reference, labelled with it. */
  readonly targets: readonly PollTarget[];
  /** The registries the references live in, in the order first named. */
  readonly registries: readonly string[];
  readonly timeoutSeconds: number;
  readonly pollIntervalSeconds: number;
  readonly heartbeatSeconds: number;
  readonly platform?: Platform;
  /** `--producer`, `--producer-run-id`, `--grace`: the run that pushes the images, as in the Airflow waits. */
  readonly producer?: ProducerOverrides;
}

/** Flags override WAIT_FOR_IMAGE_TIMEOUT and WAIT_FOR_IMAGE_POLL_INTERVAL, as in the Airflow waits. */
export function referencesWait(
  config: Pick<Config, 'waitTimeoutSeconds' | 'pollIntervalSeconds'>,
  refs: readonly Reference[],
  overrides: WaitOverrides = {},
): ReferencesWait {
  const texts = [...new Set(refs.map(formatReference))];
  const targets = texts.map((text) => ({ label: text, candidates: { [refs.find((r) => formatReference(r) === text)!.registry]: text } }));
  return {
    targets,
    registries: [...new Set(refs.map((r) => r.registry))],
    timeoutSeconds: overrides.timeoutSeconds ?? config.waitTimeoutSeconds,
    pollIntervalSeconds: overrides.pollIntervalSeconds ?? config.pollIntervalSeconds,
    heartbeatSeconds: overrides.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS,
    platform: overrides.platform,
    producer: overrides.producer,
  };
}

export function waitForReferences(
  client: RegistryClient,
  request: ReferencesWait,
  onEvent?: (event: WaitEvent<PollTarget>) => void,
  producer?: ProducerHook,
): Promise<WaitResult<PollTarget>> {
  return waitForImages(client, request.targets, {
    timeoutMs: request.timeoutSeconds * 1000,
    pollIntervalSeconds: request.pollIntervalSeconds,
    registries: request.registries,
    everyRegistry: true,
    platform: request.platform,
    onEvent,
    producer,
  });
}
