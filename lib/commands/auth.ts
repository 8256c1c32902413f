/**
 * `auth HOST`: where the credentials for a registry host come from (a token variable, a file and
 * its key, a credential helper) and the user, never the secret; with `check`, whether the registry
 * accepts them (one authenticated request; a refusal is exit 3).
 */
import type { CredentialChain } from '../credentials/index.ts';
import { refusal } from '../registry/errors.ts';
import type { RegistryClient } from '../registry/index.ts';
import { ConfigError } from '../support/errors.ts';

export interface AuthResult {
  readonly host: string;
  readonly found: boolean;
  /** Where the answer came from; absent when nothing answered. */
  readonly source?: string;
  readonly username?: string;
  readonly kind?: 'password' | 'identity token' | 'registry token';
  /** Where the chain looks for this host, in order. */
  readonly lookedIn: readonly string[];
  /** Helpers or files that failed (one line each). */
  readonly notices: readonly string[];
  /** With --check: the registry accepted them. */
  readonly accepted?: boolean;
}

/** A registry host as docker names them: `ghcr.io`, `127.0.0.1:5000`; not a URL or an image name. */
export function parseHostArgument(value: string | undefined): string {
  const accepted = 'expected a registry host such as ghcr.io or 127.0.0.1:5000';
  if (!value) throw new ConfigError('HOST', `auth needs a registry HOST: ${accepted}`);
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d{1,5})?$/.test(value)) throw ConfigError.invalid('HOST', value, accepted);
  return value.toLowerCase();
}

export async function describeCredentials(
  chain: CredentialChain,
  host: string,
  options: { readonly check?: RegistryClient; readonly signal?: AbortSignal } = {},
): Promise<AuthResult> {
  const answer = await chain.lookup(host);
  const base = { host, lookedIn: chain.lookedIn(host) };
  const notices = () => chain.notices(host);
  if (!answer) {
    if (options.check) throw refusal(chain.explainMissing(host) ?? `no credentials for ${host}`);
    return { ...base, found: false, notices: notices() };
  }
  const { credentials } = answer;
  const kind = credentials.registryToken ? 'registry token' : credentials.identityToken ? 'identity token' : 'password';
  const found = { ...base, found: true, source: answer.source, username: credentials.username || undefined, kind } as const;
  if (!options.check) return { ...found, notices: notices() };
  await options.check.checkCredentials(host, options.signal);
  return { ...found, notices: notices(), accepted: true };
}
