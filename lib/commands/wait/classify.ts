/**
 * What an answer means: found, missing (not there yet, or without the wanted platform), refused,
 * unreachable or another failure; and the rules that stop a wait before its deadline.
 */
import { AuthError, CiImagesError, TimeoutError } from '../../support/errors.ts';
import type { ImageKind } from '../../images.ts';
import type { GithubRegistry } from '../../hosts.ts';
import { isRefused, isUnreachable, type RegistryClient } from '../../registry/index.ts';
import { formatPlatform, type Platform } from '../../oci/platform.ts';
import { hasPlatform } from '../merge-platforms.ts';
import { checksIn, type Check, type CheckState } from './plan.ts';

/** Checks of a registry in a row failing at the connection (refused, not resolved), after which it is given up. */
export const UNREACHABLE_ROUNDS = 3;

export type Answer =
  | { readonly kind: 'found'; readonly digest: string }
  | { readonly kind: 'missing'; readonly detail?: string }
  | { readonly kind: 'refused' | 'unreachable' | 'failed'; readonly error: Error };

/** Asks the registry for one image: its digest, and with `platform` whether the image holds it. */
export async function askRegistry(
  client: RegistryClient, check: Check, platform: Platform | undefined, signal: AbortSignal,
): Promise<Answer> {
  try {
    const digest = await client.manifestDigest(check.reference, signal);
    if (!digest) return { kind: 'missing' };
    if (platform && !(await hasPlatform(client, { ...check.reference, tag: undefined, digest }, platform))) {
      return { kind: 'missing', detail: `${digest} has no ${formatPlatform(platform)} image yet` };
    }
    return { kind: 'found', digest };
  } catch (error) {
    return classifyError(error);
  }
}

export function classifyError(error: unknown): Answer {
  if (error instanceof AuthError || isRefused(error)) return { kind: 'refused', error };
  return { kind: isUnreachable(error) ? 'unreachable' : 'failed', error: error as Error };
}

/** The failures of one round, per registry. */
export class RoundTally {
  readonly refusals = new Map<GithubRegistry, Error[]>();
  readonly unreachable = new Map<GithubRegistry, number>();

  record(registry: GithubRegistry, answer: Answer): void {
    if (answer.kind === 'refused') this.refusals.set(registry, [...(this.refusals.get(registry) ?? []), answer.error]);
    if (answer.kind === 'unreachable') this.unreachable.set(registry, (this.unreachable.get(registry) ?? 0) + 1);
  }
}

/** Rounds in a row in which every check of a registry failed at the connection. */
export function updateStreaks(
  streaks: Map<GithubRegistry, number>, registries: readonly GithubRegistry[], due: readonly Check[], tally: RoundTally,
): void {
  for (const registry of registries) {
    const checked = checksIn(due, registry).length;
    if (checked === 0) continue;
    streaks.set(registry, tally.unreachable.get(registry) === checked ? (streaks.get(registry) ?? 0) + 1 : 0);
  }
}

/** Registries that refused every check of this round, with the first refusal. */
export function newlyRefused(registries: readonly GithubRegistry[], due: readonly Check[], tally: RoundTally): [GithubRegistry, Error][] {
  return registries.flatMap((registry): [GithubRegistry, Error][] => {
    const failures = tally.refusals.get(registry) ?? [];
    const remaining = checksIn(due, registry).length;
    return remaining > 0 && failures.length === remaining ? [[registry, failures[0]]] : [];
  });
}

/** Every candidate registry is unreachable (or refused us): waiting longer changes nothing. Exit 1. */
export class UnreachableError extends CiImagesError {
  constructor(message: string) {
    super(message);
    this.name = 'UnreachableError';
  }
}

const lastErrorIn = (checks: readonly Check[], registry: GithubRegistry) => checks.find((c) => c.registry === registry)?.lastError ?? '';

export interface StopState {
  readonly registries: readonly GithubRegistry[];
  readonly checks: readonly Check[];
  readonly refused: ReadonlySet<GithubRegistry>;
  readonly streaks: ReadonlyMap<GithubRegistry, number>;
}

/**
 * Throws when the rest of the deadline would change nothing: every registry refused us or has
 * been unreachable (connection refused, name not resolved) for its last UNREACHABLE_ROUNDS checks.
 */
export function stopIfHopeless(state: StopState, baseUrl: (registry: GithubRegistry) => string): void {
  const { registries, checks, refused, streaks } = state;
  const dead = registries.filter((r) => refused.has(r) || (streaks.get(r) ?? 0) >= UNREACHABLE_ROUNDS);
  if (dead.length === registries.length && registries.some((r) => !refused.has(r))) {
    const unreachable = registries
      .filter((r) => !refused.has(r))
      .map((r) => `${r} (${baseUrl(r)}) unreachable for ${streaks.get(r)} rounds: ${lastErrorIn(checks, r)}`);
    const refusedText = refused.size ? `; ${[...refused].join(', ')} refused our credentials` : '';
    throw new UnreachableError(`stopped waiting: ${unreachable.join('; ')}${refusedText}`);
  }
  if (refused.size === registries.length) {
    const reasons = registries.map((r) => `${r}: ${checks.find((c) => c.registry === r)?.detail ?? 'refused'}`);
    throw new AuthError(`every registry refused access, stopped waiting (${reasons.join('; ')})`);
  }
}

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

export function timeoutError(
  checks: readonly Check[], registries: readonly GithubRegistry[], refused: ReadonlySet<GithubRegistry>, timeoutMs: number,
): WaitTimeoutError {
  const missing: Record<string, string[]> = {};
  for (const registry of registries) missing[registry] = checksIn(checks, registry).filter((c) => c.state !== 'found').map((c) => c.text);
  const parts = registries.map((r) =>
    refused.has(r) ? `${r} refused our credentials` : `${missing[r].length} missing in ${r}: ${missing[r].join(', ')}`,
  );
  const outcomes = checks.map((c) => ({
    registry: c.registry, reference: c.text, python: c.target.python, kind: c.target.kind,
    state: c.state ?? ('unchecked' as const), lastError: c.lastError,
  }));
  const message = `timed out after ${Math.round(timeoutMs / 1000)}s waiting for images; ${parts.join('; ')}`;
  return new WaitTimeoutError(message, missing, outcomes);
}
