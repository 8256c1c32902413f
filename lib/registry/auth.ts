/**
 * Registry authentication as registries do it: read the `WWW-Authenticate` challenge, then Basic
 * with credentials, or a Bearer token from the realm for the wanted scopes (anonymous when there
 * are no credentials). Tokens are cached per registry and scope until they expire.
 *
 * A challenge is learnt only from an answer of the registry's own origin: a redirect target that
 * answers 401 with a realm of its own never decides where our credentials go.
 */
import { basicHeader, type CredentialSource, type Credentials } from './credentials.ts';
import { exchangeRefreshToken } from './oauth2-refresh.ts';
import { RegistryError, refusal } from './errors.ts';
import { LIMITS, tooLarge } from './limits.ts';
import { parseRetryAfter } from '../support/retry.ts';
import { readBounded } from '../support/bounded-body.ts';
import { discard, type HttpResponse } from '../support/http.ts';
import { displayUrl, neutralize } from '../support/network-text.ts';

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

/** One plain request (no auth, no redirects, no retry), counted by the transport; the answer is buffered. */
export type PlainRequest = (
  method: string,
  url: string,
  headers: Record<string, string>,
  what: string,
  signal?: AbortSignal,
  body?: Buffer,
) => Promise<HttpResponse>;

export interface AuthenticatorOptions {
  /** Asked per registry; an asynchronous source (a helper process) is asked once and its answer kept. */
  readonly credentials?: CredentialSource;
  /** The registry's base URL: the one origin whose challenges count. */
  readonly baseUrl: (registry: string) => string;
  readonly request: PlainRequest;
}

/** Challenges per registry, the token cache and the token exchange; the transport asks it for headers. */
export class Authenticator {
  readonly tokens = new TokenCache();
  private readonly challenges = new Map<string, Challenge>();
  /** Token requests in flight, by registry and scopes: parallel requests that meet the same 401 share one. */
  private readonly pending = new Map<string, Promise<string>>();
  /** Answers of an asynchronous credential source, by registry and repository (a synchronous one is asked each time). */
  private readonly settled = new Map<string, Promise<Credentials | undefined>>();
  private readonly settledNow = new Map<string, Credentials | undefined>();

  constructor(private readonly options: AuthenticatorOptions) {}

  /** Whether the URL is on the registry's own origin (where credentials may go). */
  isRegistryOrigin(registry: string, url: string | URL): boolean {
    return new URL(url).origin === new URL(this.options.baseUrl(registry)).origin;
  }

  hasChallenge(registry: string): boolean {
    return this.challenges.has(registry);
  }

  /** The Authorization header already at hand for these scopes, if any. */
  cached(registry: string, scopes: readonly string[]): string | undefined {
    const challenge = this.challenges.get(registry);
    if (!challenge) return undefined;
    if (challenge.scheme === 'basic') {
      const credentials = this.credentialsAtHand(registry, repositoryOf(scopes));
      return credentials?.password ? basicHeader(credentials) : undefined;
    }
    return this.tokens.get(registry, scopes);
  }

  /** What the source says now: a synchronous answer, or an asynchronous one already settled (else nothing yet). */
  private credentialsAtHand(registry: string, repository: string | undefined): Credentials | undefined {
    const key = `${registry}|${repository ?? ''}`;
    if (this.settledNow.has(key)) return this.settledNow.get(key);
    if (this.settled.has(key)) return undefined;
    const found = this.options.credentials?.(registry, repository);
    if (!(found instanceof Promise)) return found;
    this.keep(key, found);
    return undefined;
  }

  private credentialsFor(registry: string, repository: string | undefined): Credentials | undefined | Promise<Credentials | undefined> {
    const key = `${registry}|${repository ?? ''}`;
    if (this.settledNow.has(key)) return this.settledNow.get(key);
    const kept = this.settled.get(key);
    if (kept) return kept;
    const found = this.options.credentials?.(registry, repository);
    return found instanceof Promise ? this.keep(key, found) : found;
  }

  private keep(key: string, answer: Promise<Credentials | undefined>): Promise<Credentials | undefined> {
    const kept = answer.then(
      (credentials) => {
        this.settledNow.set(key, credentials);
        return credentials;
      },
      (error: unknown) => {
        this.settled.delete(key); // a failed lookup is asked again next time
        throw error;
      },
    );
    kept.catch(() => undefined); // whoever awaits it sees the failure; an unawaited one must not crash us
    this.settled.set(key, kept);
    return kept;
  }

  /**
   * Learns the challenge of a 401 answer from `url`; only the registry's own origin is listened
   * to. Returns the challenge, or undefined when the answer holds none we can use.
   */
  learn(registry: string, url: string, header: string | null): Challenge | undefined {
    if (!this.isRegistryOrigin(registry, url)) return undefined;
    const challenge = parseChallenge(header);
    if (challenge) this.challenges.set(registry, challenge);
    return challenge;
  }

  /** Answers the registry's challenge: Basic with credentials, or a Bearer token for the scopes. */
  authenticate(registry: string, scopes: readonly string[], what: string, signal?: AbortSignal): Promise<string> {
    // A caller with a signal of its own gets its own request: another's abort must not fail it.
    if (signal) return this.answer(registry, scopes, what, signal);
    const key = `${registry}|${[...scopes].sort().join(' ')}`;
    let token = this.pending.get(key);
    if (!token) {
      token = this.answer(registry, scopes, what).finally(() => this.pending.delete(key));
      this.pending.set(key, token);
    }
    return token;
  }

  private async answer(registry: string, scopes: readonly string[], what: string, signal?: AbortSignal): Promise<string> {
    const challenge = this.challenges.get(registry);
    if (!challenge) throw refusal(`${what} → HTTP 401 without a usable WWW-Authenticate challenge`);
    const credentials = await this.credentialsFor(registry, repositoryOf(scopes));
    const missing = () => this.options.credentials?.explainMissing?.(registry);
    if (challenge.scheme === 'basic') {
      if (!credentials?.password) {
        const why = missing();
        throw refusal(`${what} needs credentials for ${registry}${why ? `: ${why}` : ' and none are configured'}`);
      }
      return basicHeader(credentials);
    }
    // docker's `registrytoken` is the Bearer token itself.
    if (credentials?.registryToken) return `Bearer ${credentials.registryToken}`;
    const realm = this.realm(registry, challenge, what);
    const url = new URL(realm);
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
    for (const s of scopes) url.searchParams.append('scope', s);
    const headers: Record<string, string> = {};
    if (credentials?.password) headers.authorization = basicHeader(credentials);
    const response = credentials?.identityToken
      ? await exchangeRefreshToken(
          this.options.request,
          {
            realm,
            tokenUrl: url,
            service: challenge.params.service,
            scopes,
            credentials: { ...credentials, identityToken: credentials.identityToken },
          },
          `token for ${registry}`,
          signal,
        )
      : await this.options.request('GET', url.toString(), headers, `token for ${registry}`, signal);
    const from = `the token service of ${registry} (${displayUrl(url)})`;
    if (response.status === 401 || response.status === 403) {
      discard(response);
      const whose = credentials ? `the credentials of ${describe(credentials)}` : `anonymous access (${missing() ?? 'no credentials'})`;
      throw refusal(`${from} refused ${whose} (HTTP ${response.status})`);
    }
    if (!response.ok) {
      discard(response);
      throw new RegistryError(`token for ${registry} → HTTP ${response.status} from ${from}`, {
        status: response.status,
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
        refused: response.status < 500 && response.status !== 408 && response.status !== 429,
      });
    }
    const body = await readBounded(response, LIMITS.token);
    if (!body.ok) throw tooLarge(`token for ${registry}`, url, LIMITS.token, body);
    let parsed: { token?: unknown; access_token?: unknown; expires_in?: unknown };
    try {
      parsed = JSON.parse(body.bytes.toString('utf8'));
    } catch {
      const type = neutralize(response.headers.get('content-type') ?? 'no content type', 80);
      throw new RegistryError(`token for ${registry}: ${from} answered HTTP ${response.status} with ${type}, not a JSON token`, {
        code: 'TOKEN_INVALID',
      });
    }
    const token =
      typeof parsed?.token === 'string' && parsed.token
        ? parsed.token
        : typeof parsed?.access_token === 'string'
          ? parsed.access_token
          : '';
    if (!token) throw refusal(`${from} sent no token`);
    const header = `Bearer ${token}`;
    // Tokens without expires_in live 60 s (the distribution spec's default). A token for several
    // scopes serves each of them alone too.
    const lifetime = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : 60;
    this.tokens.set(registry, scopes, header, lifetime);
    if (scopes.length > 1) for (const s of scopes) this.tokens.set(registry, [s], header, lifetime);
    return header;
  }

  /** The realm of a Bearer challenge; never plain http when the registry itself is https. */
  private realm(registry: string, challenge: Challenge, what: string): URL {
    let url: URL;
    try {
      url = new URL(challenge.params.realm ?? '');
    } catch {
      throw refusal(`${what}: the Bearer challenge has no usable realm`);
    }
    const base = new URL(this.options.baseUrl(registry));
    if (base.protocol === 'https:' && url.protocol !== 'https:') {
      throw refusal(
        `${what}: the Bearer challenge names a realm over ${neutralize(url.protocol, 20)} (${displayUrl(url)}); not sending credentials there`,
      );
    }
    return url;
  }
}

/** `repository:a/b:pull` → `a/b` (the first repository scope): auth.json may hold repository keys. */
function repositoryOf(scopes: readonly string[]): string | undefined {
  const first = scopes.find((s) => s.startsWith('repository:'));
  return first?.slice('repository:'.length, first.lastIndexOf(':'));
}

function describe(credentials: Credentials): string {
  const user = credentials.username || (credentials.identityToken ? 'an identity token' : 'the token');
  return credentials.source ? `${user} (from ${credentials.source})` : user;
}
