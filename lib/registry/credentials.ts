/**
 * The registry's view of credentials: the one type (lib/support) and the Basic header. Where they
 * come from (token variables, config.json, helpers, auth.json) is lib/credentials' chain.
 */
import type { Credentials } from '../support/credentials.ts';

export type { CredentialLookup, CredentialSource, Credentials } from '../support/credentials.ts';

export function basicHeader(credentials: Credentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}
