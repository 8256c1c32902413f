/**
 * The shapes every layer of the transport shares. A layer is an `Exchange` that wraps an inner
 * `Exchange` (go-containerregistry's `http.RoundTripper` chain): retry → authorize → redirects →
 * exchange. Each can be built and tested alone around a fake inner exchange.
 */
import type { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Subject } from '../errors.ts';
import type { CredentialSource } from '../credentials.ts';
import type { RetryOptions } from '../../support/retry.ts';
import type { HttpResponse } from '../../support/http.ts';

export interface RequestEvent {
  readonly method: string;
  readonly url: string;
  readonly status?: number;
  readonly error?: string;
}

export interface TransportOptions {
  /** Public host → base URL (REGISTRY_ENDPOINTS). */
  readonly endpoints?: ReadonlyMap<string, string>;
  /** Asked per registry host; may be asynchronous (a credential helper is a process). */
  readonly credentials?: CredentialSource;
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
  /**
   * The Authorization header the authorize layer chose. The redirects layer sends it only to the
   * registry's own origin; the exchange layer alone never sends it (only `headers` go out).
   */
  readonly authorization?: string;
  /** When the answer must be in (Date.now() ms): a chain of redirects shares one timeout. */
  readonly deadline?: number;
}

export interface Sent {
  /** Buffered (`buffered` holds the body) unless the request was `streaming`. */
  readonly response: HttpResponse;
  /** Where the answer came from (after redirects). */
  readonly url: string;
  /** Aborts the request, its response body included (used by the watchdog of blob streams). */
  readonly abort: (reason?: unknown) => void;
  /** The deadline the exchange ran under (none for stream uploads, which time out on idleness). */
  readonly deadline?: number;
}

/** One layer's interface: a logical request in, the answer out (or a RegistryError). */
export type Exchange = (request: Request) => Promise<Sent>;

/** Whether a URL is on the registry's own origin: the only place credentials and challenges count. */
export type OriginCheck = (registry: string, url: string | URL) => boolean;

/** A request with a stream body: it cannot be replayed, so neither the authorize nor the retry layer resends it. */
export function hasStreamBody(request: Pick<Request, 'body'>): boolean {
  return typeof request.body === 'function';
}
