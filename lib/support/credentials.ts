/**
 * The one `Credentials` type (a login for one registry host) and the shape of a source of them.
 * Here, below every room, so the registry client, the docker driver and the credential chain
 * (lib/credentials) all speak it without importing each other.
 */

/**
 * A login for one registry. `identityToken` is an OAuth2 refresh token (docker's `identitytoken`,
 * exchanged at the realm: lib/registry/oauth2-refresh.ts); `registryToken` (docker's
 * `registrytoken`) is sent as a Bearer token as it is. Either may come without a password.
 */
export interface Credentials {
  readonly username: string;
  readonly password: string;
  readonly identityToken?: string;
  readonly registryToken?: string;
  /** Where they came from (a variable, a file and key, a helper), for messages; never the secret. */
  readonly source?: string;
}

/** Credentials for a registry host, found at once (a table, a parsed file). */
export type CredentialLookup = (registry: string, repository?: string) => Credentials | undefined;

/**
 * Credentials for a registry host (and the repository asked about: containers' auth.json has
 * repository keys), possibly found later (a `docker-credential-*` helper is a process).
 * `explainMissing` says, for a refusal's message, where the source looked and what failed.
 */
export type CredentialSource = ((registry: string, repository?: string) => Credentials | undefined | Promise<Credentials | undefined>) & {
  readonly explainMissing?: (registry: string) => string | undefined;
};
