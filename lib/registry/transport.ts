/**
 * One logical registry request, as stacked layers (go-containerregistry's transport): retry with
 * backoff for temporary failures → one authentication round on 401 → the exchange itself
 * (timeouts, redirects followed by hand, every buffered body capped). Credentials go only to the
 * registry's own origin, whatever a redirect or a Location says.
 */
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Authenticator } from './auth.ts';
import type { CredentialLookup } from './credentials.ts';
import {
  isTemporaryStatus, networkError, parseErrorDetail, refusal, RegistryError, statusError, type RegistryErrorDetail, type Subject,
} from './errors.ts';
import { LIMITS, tooLarge } from './limits.ts';
import { isLoopbackHost, type Reference } from '../oci/reference.ts';
import { DEFAULT_RETRY, parseRetryAfter, retry, type RetryOptions } from '../support/retry.ts';
import { readBounded } from '../support/bounded-body.ts';
import { bufferedResponse, discard, HttpError, httpRequest, type HttpResponse } from '../support/http.ts';
import { displayUrl } from '../support/network-text.ts';

export interface RequestEvent {
  readonly method: string;
  readonly url: string;
  readonly status?: number;
  readonly error?: string;
}

export interface TransportOptions {
  /** Public host → base URL (REGISTRY_ENDPOINTS). */
  readonly endpoints?: ReadonlyMap<string, string>;
  readonly credentials?: CredentialLookup;
  /** Per request: until the response headers (and the whole body of small responses); idle time for blob streams. */
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryOptions>;
  readonly onRequest?: (event: RequestEvent) => void;
  readonly onRetry?: (message: string) => void;
  /**
   * A blob download slower than this on average over `throughputWindowMs` is abandoned (a
   * server trickling a byte now and then never trips the idle timeout). Default 1 KiB/s over 30 s;
   * 0 turns the check off.
   */
  readonly minBytesPerSecond?: number;
  readonly throughputWindowMs?: number;
}

/**
 * A stream body, made when the request is sent: a Node stream (or the promise of one, e.g. a
 * download already under way), or a web stream (converted; kept for callers that have one).
 */
export type BodySource = () => Readable | Promise<Readable> | WebReadableStream<Uint8Array> | ReadableStream<Uint8Array>;

export interface Request {
  readonly method: string;
  readonly url: string;
  readonly registry: string;
  readonly scopes: readonly string[];
  readonly what: string;
  readonly headers?: Record<string, string>;
  readonly body?: Buffer | BodySource;
  /** Keep the response body open for streaming: the timeout then stops at the headers. */
  readonly streaming?: boolean;
  readonly signal?: AbortSignal;
  /** Largest successful answer buffered (default: a manifest's limit). */
  readonly maxBytes?: number;
  /** What a bare 404 means, for the error's code. */
  readonly subject?: Subject;
}

export interface Sent {
  /** Buffered (`buffered` holds the body) unless the request was `streaming`. */
  readonly response: HttpResponse;
  /** Where the answer came from (after redirects). */
  readonly url: string;
  /** Aborts the request, its response body included (used by the watchdog of blob streams). */
  readonly abort: (reason?: unknown) => void;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const NULL_BODY = new Set([101, 204, 205, 304]);
const MAX_REDIRECTS = 5;

export const scope = (repository: string, actions: string) => `repository:${repository}:${actions}`;

export class Transport {
  /** Every HTTP request sent (token requests included), for figures and tests. */
  requestCount = 0;
  readonly auth: Authenticator;
  readonly retryOptions: RetryOptions;
  readonly timeoutMs: number;

  constructor(readonly options: TransportOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retryOptions = { ...DEFAULT_RETRY, ...options.retry };
    this.auth = new Authenticator({
      credentials: options.credentials,
      baseUrl: (registry) => this.baseUrl(registry),
      request: (method, url, headers, what, signal, body) => this.plain(method, url, headers, what, LIMITS.token, signal, body),
    });
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

  /** The first request to `/v2/`: learns the registry's challenge (no retry, no redirects). */
  async ping(registry: string, signal?: AbortSignal): Promise<void> {
    const url = `${this.baseUrl(registry)}/v2/`;
    const ping = await this.plain('GET', url, {}, `GET ${displayUrl(url)}`, LIMITS.errorBody, signal);
    if (ping.status === 401) this.auth.learn(registry, url, ping.headers.get('www-authenticate'));
  }

  /** One logical request: temporary failures retried with backoff (honouring Retry-After). */
  send(request: Request): Promise<Sent> {
    return retry(() => this.sendOnce(request), {
      ...this.retryOptions,
      // A stream cannot be replayed: whoever made it retries the whole transfer.
      attempts: typeof request.body === 'function' ? 1 : this.retryOptions.attempts,
      signal: request.signal,
      onRetry: (error, attempt, delay) =>
        this.options.onRetry?.(`${request.registry}: ${(error as Error).message}; retry ${attempt} in ${(delay / 1000).toFixed(1)}s`),
    });
  }

  /** One authentication round on 401; errors for refusals and temporary statuses. */
  private async sendOnce(request: Request): Promise<Sent> {
    const { registry, scopes, what, signal } = request;
    let sent = await this.exchange(request, this.auth.cached(registry, scopes));
    if (sent.response.status === 401) {
      discard(sent.response);
      if (!this.auth.isRegistryOrigin(registry, sent.url)) {
        throw new RegistryError(
          `${what} → HTTP 401 from ${displayUrl(sent.url)}, which is not the registry's origin: its challenge is ignored and no credentials go there`,
          { status: 401, code: 'UNAUTHORIZED', refused: false },
        );
      }
      if (!this.auth.learn(registry, sent.url, sent.response.headers.get('www-authenticate'))) {
        throw refusal(`${what} → HTTP 401 without a usable WWW-Authenticate challenge`);
      }
      const authorization = await this.auth.authenticate(registry, scopes, what, signal);
      if (typeof request.body === 'function') {
        // A stream cannot be sent twice: authenticated now, the caller's retry resends it.
        throw new RegistryError(`${what}: authenticated, resending`, { status: 401, temporary: true, refused: false, retryAfterMs: 0 });
      }
      sent = await this.exchange(request, authorization);
      if (sent.response.status === 401) throw statusError(401, what, await errorDetail(sent.response));
    }
    const { status } = sent.response;
    if (status === 403) throw statusError(403, what, await errorDetail(sent.response));
    if (isTemporaryStatus(status)) {
      const retryAfterMs = parseRetryAfter(sent.response.headers.get('retry-after'));
      throw statusError(status, what, await errorDetail(sent.response), request.subject, retryAfterMs);
    }
    return sent;
  }

  /** Follows redirects by hand; the Authorization header only goes to the registry's own origin. */
  private async exchange(request: Request, authorization: string | undefined): Promise<Sent> {
    const streamBody = typeof request.body === 'function';
    const controller = new AbortController();
    // Uploads of streams can take long: they time out on idleness instead (lib/support/http.ts).
    const timer = streamBody ? undefined : setTimeout(() => controller.abort(timeoutError(this.timeoutMs)), this.timeoutMs);
    const unlink = follow(request.signal, controller);
    const abort = (reason?: unknown) => controller.abort(reason);
    let url = request.url;
    let method = request.method;
    let streamed: HttpResponse | undefined;
    try {
      for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        const headers: Record<string, string> = { ...request.headers };
        if (authorization && this.auth.isRegistryOrigin(request.registry, url)) headers.authorization = authorization;
        const body = hop === 0 && request.body ? (Buffer.isBuffer(request.body) ? request.body : toReadable(await request.body())) : undefined;
        const response = await this.requestOnce(method, url, headers, body, controller.signal, request.signal, request.what);
        const location = response.headers.get('location');
        if (!REDIRECTS.has(response.status) || !location || request.body) {
          if (request.streaming) {
            streamed = response;
            return { response, url, abort };
          }
          // Small responses: read under the same timeout, so a stalled body cannot hang us.
          return { response: await this.buffered(response, method, url, request), url, abort };
        }
        discard(response);
        const next = URL.canParse(location, url) ? new URL(location, url) : undefined;
        if (!next || !/^https?:$/.test(next.protocol)) {
          throw new RegistryError(`${request.what}: redirected to something that is not an http(s) URL`, { code: 'REDIRECT_REFUSED' });
        }
        if (new URL(url).protocol === 'https:' && next.protocol !== 'https:') {
          throw new RegistryError(`${request.what}: refusing a redirect from https to ${displayUrl(next)}`, { code: 'REDIRECT_REFUSED' });
        }
        url = next.toString();
        if (response.status === 303) method = 'GET';
      }
      throw new RegistryError(`${request.what}: too many redirects`, { code: 'TOO_MANY_REDIRECTS' });
    } catch (error) {
      if (request.signal?.aborted) throw request.signal.reason;
      if (error instanceof RegistryError) throw error;
      throw networkError(`${request.what}: ${networkReason(error)}`, causeCode(error));
    } finally {
      clearTimeout(timer);
      // A streamed body stays under the caller's signal until it is read or dropped.
      if (streamed) streamed.body.once('close', unlink);
      else unlink();
    }
  }

  /** The answer with its body in memory: error bodies (and answers to stream uploads) cut at 64 KiB, others refused past their limit. */
  private async buffered(response: HttpResponse, method: string, url: string, request: Request): Promise<HttpResponse> {
    if (method === 'HEAD' || NULL_BODY.has(response.status)) {
      response.body.resume(); // no body by definition: the socket goes back to the pool
      return bufferedResponse(response, Buffer.alloc(0));
    }
    if (response.status >= 400 || typeof request.body === 'function') {
      const body = await readBounded(response, LIMITS.errorBody, { truncate: true });
      return bufferedResponse(response, body.ok ? body.bytes : Buffer.alloc(0));
    }
    const limit = request.maxBytes ?? LIMITS.manifest;
    const body = await readBounded(response, limit);
    if (!body.ok) throw tooLarge(request.what, url, limit, body);
    return bufferedResponse(response, body.bytes);
  }

  /**
   * A request outside the registry protocol (a token service, the first `/v2/`): no redirects, no
   * retry, the answer buffered under the timeout (successes up to `maxBytes`, errors cut at 64 KiB).
   */
  private async plain(
    method: string, url: string, headers: Record<string, string>, what: string, maxBytes: number, signal?: AbortSignal, body?: Buffer,
  ): Promise<HttpResponse> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(timeoutError(this.timeoutMs)), this.timeoutMs);
    const unlink = follow(signal, controller);
    try {
      const response = await this.requestOnce(method, url, headers, body, controller.signal, signal, what);
      return await this.buffered(response, method, url, { method, url, registry: '', scopes: [], what, maxBytes });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (error instanceof RegistryError) throw error;
      throw networkError(`${what}: ${networkReason(error)}`, causeCode(error));
    } finally {
      clearTimeout(timer);
      unlink();
    }
  }

  /** One HTTP request, counted and reported; network failures become temporary errors. */
  private async requestOnce(
    method: string, url: string, headers: Record<string, string>, body: Buffer | Readable | undefined,
    signal: AbortSignal, external: AbortSignal | undefined, what: string,
  ): Promise<HttpResponse> {
    this.requestCount++;
    try {
      const response = await httpRequest(url, { method, headers, body, signal, timeoutMs: body instanceof Readable ? this.timeoutMs : undefined });
      this.options.onRequest?.({ method, url, status: response.status });
      return response;
    } catch (error) {
      this.options.onRequest?.({ method, url, error: networkReason(error) });
      if (external?.aborted) throw external.reason;
      if (error instanceof RegistryError) throw error; // e.g. the source stream failed its digest
      throw networkError(`${what}: ${networkReason(error)}`, causeCode(error));
    }
  }
}

/** The registry's `{"errors":[…]}` of an answer (at most 64 KiB of it is read). */
export async function errorDetail(response: HttpResponse): Promise<RegistryErrorDetail | undefined> {
  try {
    const body = await readBounded(response, LIMITS.errorBody, { truncate: true });
    return body.ok ? parseErrorDetail(body.bytes) : undefined;
  } catch {
    return undefined;
  }
}

/** A stream body as a Node stream (web streams are converted, with backpressure). */
function toReadable(source: Awaited<ReturnType<BodySource>>): Readable {
  return source instanceof Readable ? source : Readable.fromWeb(source as WebReadableStream<Uint8Array>);
}

function timeoutError(ms: number): HttpError {
  return new HttpError(`timed out after ${ms} ms`, 'ETIMEDOUT');
}

/** Aborts `controller` when `signal` aborts; returns the unlinking function. */
function follow(signal: AbortSignal | undefined, controller: AbortController): () => void {
  if (!signal) return () => undefined;
  if (signal.aborted) {
    controller.abort(signal.reason);
    return () => undefined;
  }
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  return () => signal.removeEventListener('abort', onAbort);
}

function causeCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: string } };
  return typeof e?.code === 'string' ? e.code : e?.cause?.code;
}

function networkReason(error: unknown): string {
  const e = error as { name?: string; message?: string; code?: string; cause?: { code?: string; message?: string } };
  if (e?.code === 'ETIMEDOUT' && e.message?.startsWith('timed out')) return e.message;
  const code = causeCode(error);
  if (code) return `network error (${code})`;
  if (e?.name === 'AbortError' || e?.name === 'TimeoutError') return `timed out (${e.message ?? 'aborted'})`;
  return `network error (${e?.cause?.message ?? e?.message ?? String(error)})`;
}
