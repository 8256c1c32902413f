/**
 * The one `Credentials` type (a username and a secret for one registry host) and the shape of a
 * source of them. Here, below every room, so the registry client, the docker driver and the
 * credential chain all speak it without importing each other.
 */

export interface Credentials {
  readonly username: string;
  readonly password: string;
}

/** Credentials for a registry host, found at once (a table, a parsed file). */
export type CredentialLookup = (registry: string) => Credentials | undefined;

/** Credentials for a registry host, possibly found later (a `docker-credential-*` helper is a process). */
export type CredentialSource = (registry: string) => Credentials | undefined | Promise<Credentials | undefined>;
