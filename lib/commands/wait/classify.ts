/**
 * What an answer means: found, missing (not there yet, or without the wanted platform), refused,
 * unreachable or another failure; and the rules that stop a wait before its deadline.
 */
import { AuthError, CiImagesError, TimeoutError } from '../../support/errors.ts';
import type { ImageKind } from '../../images.ts';
import { isRefused, isUnreachable, type RegistryClient } from '../../registry/index.ts';
import { formatPlatform, type Platform } from '../../oci/platform.ts';
import { hasPlatform } from '../merge-platforms.ts';
import { checksIn, targetLabel, type Check, type CheckState } from './plan.ts';

/** Checks of a registry in a row failing at the connection (refused, not resolved), after which it is given up. */
export const UNREACHABLE_ROUNDS = 3;

export type Answer =
  | { readonly kind: 'found'; readonly digest: string }
  | { readonly kind: 'missing'; readonly detail?: string }
  | { readonly kind: 'refused' | 'unreachable' | 'failed'; readonly error: Error };

/** Asks the registry for one image: its digest, and with `platform` whether the image holds it. */
export async function askRegistry(
  client: RegistryClient,
  check: Check,
  platform: Platform | undefined,
  signal: AbortSignal,
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
  readonly refusals = new Map<string, Error[]>();
  readonly unreachable = new Map<string, number>();

  record(registry: string, answer: Answer): void {
    if (answer.kind === 'refused') this.refusals.set(registry, [...(this.refusals.get(registry) ?? []), answer.error]);
    if (answer.kind === 'unreachable') this.unreachable.set(registry, (this.unreachable.get(registry) ?? 0) + 1);
  }
}

/** Rounds in a row in which every check of a registry failed at the connection. */
export function updateStreaks(streaks: Map<string, number>, registries: readonly string[], due: readonly Check[], tally: RoundTally): void {
  for (const registry of registries) {
    const checked = checksIn(due, registry).length;
    if (checked === 0) continue;
    streaks.set(registry, tally.unreachable.get(registry) === checked ? (streaks.get(registry) ?? 0) + 1 : 0);
  }
}

/** Registries that refused every check of this round, with the first refusal. */
export function newlyRefused(registries: readonly string[], due: readonly Check[], tally: RoundTally): [string, Error][] {
  return registries.flatMap((registry): [string, Error][] => {
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

const lastErrorIn = (checks: readonly Check[], registry: string) => checks.find((c) => c.registry === registry)?.lastError ?? '';

export interface StopState {
  readonly registries: readonly string[];
  readonly checks: readonly Check[];
  readonly refused: ReadonlySet<string>;
  readonly streaks: ReadonlyMap<string, number>;
  /** Plain references: one registry given up on ends the wait (its images can never all be found). */
  readonly every?: boolean;
}

/**
 * Throws when the rest of the deadline would change nothing: every registry refused us or has
 * been unreachable (connection refused, name not resolved) for its last UNREACHABLE_ROUNDS checks.
 */
export function stopIfHopeless(state: StopState, baseUrl: (registry: string) => string): void {
  const { checks, refused, streaks } = state;
  const dead = state.registries.filter((r) => refused.has(r) || (streaks.get(r) ?? 0) >= UNREACHABLE_ROUNDS);
  // The registries that end the wait: all of them given up on, or (plain references) any one.
  const registries = state.every ? dead : dead.length === state.registries.length ? state.registries : [];
  if (registries.length === 0) return;
  if (registries.some((r) => !refused.has(r))) {
    const unreachable = registries
      .filter((r) => !refused.has(r))
      .map((r) => `${r} (${baseUrl(r)}) unreachable for ${streaks.get(r)} rounds: ${lastErrorIn(checks, r)}`);
    const refusedText = refused.size ? `; ${[...refused].join(', ')} refused our credentials` : '';
    throw new UnreachableError(`stopped waiting: ${unreachable.join('; ')}${refusedText}`);
  }
  if (registries.every((r) => refused.has(r))) {
    const reasons = registries.map((r) => `${r}: ${checks.find((c) => c.registry === r)?.detail ?? 'refused'}`);
    const who = registries.length === state.registries.length ? 'every registry' : registries.join(', ');
    throw new AuthError(`${who} refused access, stopped waiting (${reasons.join('; ')})`);
  }
}

/** The last state of one image in one registry, for the report of a failed wait. */
export interface CheckOutcome {
  readonly registry: string;
  readonly reference: string;
  readonly python?: string;
  readonly kind?: ImageKind;
  /** How the summary names the target (`python 3.8 ci`, or the reference). */
  readonly label?: string;
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
  checks: readonly Check[],
  registries: readonly string[],
  refused: ReadonlySet<string>,
  timeoutMs: number,
): WaitTimeoutError {
  const missing: Record<string, string[]> = {};
  for (const registry of registries)
    missing[registry] = checksIn(checks, registry)
      .filter((c) => c.state !== 'found')
      .map((c) => c.text);
  const parts = registries.map((r) =>
    refused.has(r) ? `${r} refused our credentials` : `${missing[r].length} missing in ${r}: ${missing[r].join(', ')}`,
  );
  const outcomes = checks.map((c) => ({
    registry: c.registry,
    reference: c.text,
    python: c.target.python,
    kind: c.target.kind,
    label: targetLabel(c.target),
    state: c.state ?? ('unchecked' as const),
    lastError: c.lastError,
  }));
  const message = `timed out after ${Math.round(timeoutMs / 1000)}s waiting for images; ${parts.join('; ')}`;
  return new WaitTimeoutError(message, missing, outcomes);
}
