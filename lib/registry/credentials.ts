/**
 * Where registry credentials come from: a lookup per registry host, chained (first match wins);
 * docker's `config.json` `auths` is one such lookup, as docker, crane and skopeo read it.
 */
import { readFileSync } from 'node:fs';
import type { CredentialLookup, Credentials } from '../support/credentials.ts';

export type { CredentialLookup, CredentialSource, Credentials } from '../support/credentials.ts';

/** `auths` of `~/.docker/config.json` (base64 `auth` field), as docker, crane and skopeo read it. */
export function dockerConfigCredentials(path: string, onSecret?: (password: string, username: string) => void): CredentialLookup {
  let auths: Record<string, { auth?: string; username?: string; password?: string }> = {};
  try {
    auths = (JSON.parse(readFileSync(path, 'utf8')) as { auths?: typeof auths }).auths ?? {};
  } catch {
    // no file, or not JSON: no credentials from it
  }
  const byHost = new Map<string, Credentials>();
  for (const [key, entry] of Object.entries(auths)) {
    const host = key.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    let username = entry.username;
    let password = entry.password;
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString();
      const colon = decoded.indexOf(':');
      if (colon > 0) {
        username = decoded.slice(0, colon);
        password = decoded.slice(colon + 1);
      }
    }
    if (username && password) {
      onSecret?.(password, username);
      byHost.set(host === 'index.docker.io' ? 'docker.io' : host, { username, password });
    }
  }
  return (registry) => byHost.get(registry);
}

/** First lookup that knows the registry wins. */
export function chainCredentials(...lookups: (CredentialLookup | undefined)[]): CredentialLookup {
  return (registry, repository) => {
    for (const lookup of lookups) {
      const found = lookup?.(registry, repository);
      if (found) return found;
    }
    return undefined;
  };
}

export function basicHeader(credentials: Credentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}
