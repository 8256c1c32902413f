/**
 * Registry authentication as registries do it: read the `WWW-Authenticate` challenge, then Basic
 * with credentials, or a Bearer token from the realm for the wanted scope (anonymous when there
 * are no credentials). Tokens are cached per registry and scope until they expire.
 */

export interface Challenge {
  readonly scheme: 'basic' | 'bearer';
  readonly params: Readonly<Record<string, string>>;
}

/** Parses `Bearer realm="…",service="…",scope="…"` (quoted values may hold commas). */
export function parseChallenge(header: string | null): Challenge | undefined {
  if (!header) return undefined;
  const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (!match) return undefined;
  const scheme = match[1].toLowerCase();
  if (scheme !== 'basic' && scheme !== 'bearer') return undefined;
  const params: Record<string, string> = {};
  for (const m of match[2].matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
    params[m[1].toLowerCase()] = (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1');
  }
  return { scheme, params };
}

interface CachedToken {
  readonly header: string;
  readonly expiresAt: number;
}

/** Per-client token cache, keyed by registry and the sorted scope list. */
export class TokenCache {
  private readonly tokens = new Map<string, CachedToken>();
  /** The last challenge each registry sent, so later scopes fetch a token without a 401 first. */
  readonly challenges = new Map<string, Challenge>();

  private key(registry: string, scopes: readonly string[]): string {
    return `${registry}|${[...scopes].sort().join(' ')}`;
  }

  get(registry: string, scopes: readonly string[], now = Date.now()): string | undefined {
    const cached = this.tokens.get(this.key(registry, scopes));
    if (cached && cached.expiresAt > now) return cached.header;
    return undefined;
  }

  set(registry: string, scopes: readonly string[], header: string, lifetimeSeconds: number, now = Date.now()): void {
    // Expire a little early so a token never lapses between our check and the registry's.
    const margin = Math.min(30, lifetimeSeconds / 10);
    this.tokens.set(this.key(registry, scopes), { header, expiresAt: now + (lifetimeSeconds - margin) * 1000 });
  }
}
