/**
 * The transport: the layers stacked (retry → authorize → redirects → exchange), the registry's
 * base URL per host, the Authenticator (challenges, token cache) and the request count. The token
 * service and the first `/v2/` go through the exchange layer alone: no redirects, no retry.
 */
import { authorize } from './authorize.ts';
import { httpExchange, type ExchangeOptions } from './exchange.ts';
import { followRedirects } from './redirects.ts';
import { RepositoryHandle } from './repository.ts';
import { retrying } from './retry.ts';
import type { Exchange, Request, Sent, TransportOptions } from './types.ts';
import { Authenticator } from '../auth.ts';
import { LIMITS } from '../limits.ts';
import { isLoopbackHost, type Reference } from '../../oci/reference.ts';
import { DEFAULT_RETRY, type RetryOptions } from '../../support/retry.ts';
import { displayUrl } from '../../support/network-text.ts';

export class Transport {
  readonly auth: Authenticator;
  readonly retryOptions: RetryOptions;
  readonly timeoutMs: number;
  private sentCount = 0;
  /** One HTTP exchange, nothing around it (token requests, the first `/v2/`). */
  private readonly plain: Exchange;
  private readonly stack: Exchange;

  /** `layers.http`: the HTTP client under the exchange layer (lib/support/http.ts; a test of the whole stack gives a fake one). */
  constructor(
    readonly options: TransportOptions = {},
    layers: Pick<ExchangeOptions, 'http'> = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retryOptions = { ...DEFAULT_RETRY, ...options.retry };
    this.plain = httpExchange({ ...layers, timeoutMs: this.timeoutMs, onRequest: options.onRequest, onSend: () => void this.sentCount++ });
    this.auth = new Authenticator({
      credentials: options.credentials,
      baseUrl: (registry) => this.baseUrl(registry),
      // A body only for the OAuth2 refresh (oauth2-refresh.ts: a form POST to the realm).
      request: async (method, url, headers, what, signal, body) =>
        (await this.plain({ method, url, headers, what, signal, body, registry: '', scopes: [], maxBytes: LIMITS.token })).response,
    });
    const redirects = followRedirects(this.plain, (registry, url) => this.auth.isRegistryOrigin(registry, url));
    this.stack = retrying(authorize(redirects, this.auth), { policy: this.retryOptions, onRetry: options.onRetry });
  }

  /** Every HTTP request sent (token requests included), for figures and tests. */
  get requestCount(): number {
    return this.sentCount;
  }

  /** The transport for a public host: the endpoint given for it, else https (plain http only for loopback). */
  baseUrl(registry: string): string {
    const mapped = this.options.endpoints?.get(registry.toLowerCase());
    if (mapped) return mapped;
    return `${isLoopbackHost(registry) ? 'http' : 'https'}://${registry}`;
  }

  v2(ref: Pick<Reference, 'registry' | 'repository'>, rest: string): string {
    return `${this.baseUrl(ref.registry)}/v2/${ref.repository}/${rest}`;
  }

  /** A handle on one repository: its registry, name and base URL resolved once. */
  repository(ref: Pick<Reference, 'registry' | 'repository'>): RepositoryHandle {
    return new RepositoryHandle(this, ref.registry, ref.repository);
  }

  /** The first request to `/v2/`: learns the registry's challenge (no retry, no redirects). */
  async ping(registry: string, signal?: AbortSignal): Promise<void> {
    const url = `${this.baseUrl(registry)}/v2/`;
    const what = `GET ${displayUrl(url)}`;
    const { response } = await this.plain({ method: 'GET', url, what, signal, registry: '', scopes: [], maxBytes: LIMITS.errorBody });
    if (response.status === 401) this.auth.learn(registry, url, response.headers.get('www-authenticate'));
  }

  /** One logical request through the whole stack. */
  send(request: Request): Promise<Sent> {
    return this.stack(request);
  }
}
