/** What the credential chain answers (the one `Credentials` type, lib/support), and where each answer came from. */
import type { Credentials } from '../support/credentials.ts';

export interface CredentialAnswer {
  readonly credentials: Credentials;
  /** Where it came from: `CONTAINER_REGISTRY_TOKEN`, `/home/u/.docker/config.json auths["ghcr.io"]`, `credential helper docker-credential-pass (…)`. */
  readonly source: string;
}

/** Docker Hub's names: its helpers and `auths` know it as `https://index.docker.io/v1/`. */
export const DOCKER_HUB = 'docker.io';
export const DOCKER_HUB_SERVER_URL = 'https://index.docker.io/v1/';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

/**
 * The registry host a key of `auths` / `credHelpers` names: URL forms (`https://ghcr.io`,
 * `ghcr.io/v2/`) match their host, Docker Hub's aliases are `docker.io`. Lower-cased.
 */
export function keyHost(key: string): string {
  const host = key
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  return DOCKER_HUB_ALIASES.has(host) ? DOCKER_HUB : host;
}

/** The server URL a credential helper is asked about (docker asks for Docker Hub by its v1 URL). */
export function helperServerUrl(host: string): string {
  return keyHost(host) === DOCKER_HUB ? DOCKER_HUB_SERVER_URL : host;
}

/** `auth` (base64 `user:password`) or `username`/`password`, plus the tokens; undefined when it holds nothing. */
export function decodeAuthEntry(entry: unknown): Credentials | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  const e = entry as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  let username = text(e.username);
  let password = text(e.password);
  const auth = text(e.auth);
  if (auth) {
    const decoded = Buffer.from(auth, 'base64').toString();
    const colon = decoded.indexOf(':');
    if (colon > 0) {
      username = decoded.slice(0, colon);
      password = decoded.slice(colon + 1);
    }
  }
  const identityToken = text(e.identitytoken) || undefined;
  const registryToken = text(e.registrytoken) || undefined;
  if (!(username && password) && !identityToken && !registryToken) return undefined;
  return { username, password, ...(identityToken ? { identityToken } : {}), ...(registryToken ? { registryToken } : {}) };
}
