/**
 * The innermost layer: one HTTP exchange over lib/support/http.ts. It owns the timeout (until the
 * headers, and the whole body of a buffered answer), the caps on every buffered body, the request
 * count and events, and THE one mapping of a failed exchange to an error: the caller's abort
 * reason when the caller aborted, a RegistryError as it is, anything else a temporary network error.
 *
 * It follows no redirect, adds no credentials and never retries: the layers around it do.
 */
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { hasStreamBody, type BodySource, type Exchange, type Request, type RequestEvent } from './types.ts';
import { networkError, parseErrorDetail, RegistryError, type RegistryErrorDetail } from '../errors.ts';
import { LIMITS, tooLarge } from '../limits.ts';
import { readBounded } from '../../support/bounded-body.ts';
import { bufferedResponse, discard, HttpError, httpRequest, type HttpResponse } from '../../support/http.ts';

const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const NULL_BODY: ReadonlySet<number> = new Set([101, 204, 205, 304]);

export interface ExchangeOptions {
  readonly timeoutMs: number;
  readonly onRequest?: (event: RequestEvent) => void;
  /** Called once per HTTP request sent (the transport's request count). */
  readonly onSend?: () => void;
  /** The HTTP client (lib/support/http.ts); a layer test gives a fake one. */
  readonly http?: typeof httpRequest;
}

/**
 * A redirect that may be followed: a redirect status with a Location, for a request without a
 * body (a body is never sent twice, so such an answer is final).
 */
export function isRedirect(response: Pick<HttpResponse, 'status' | 'headers'>, request: Pick<Request, 'body'>): boolean {
  return REDIRECTS.has(response.status) && !!response.headers.get('location') && !request.body;
}

export function httpExchange(options: ExchangeOptions): Exchange {
  const { timeoutMs, onRequest, onSend, http = httpRequest } = options;
  return async (request) => {
    const { method, url } = request;
    const streamBody = hasStreamBody(request);
    const controller = new AbortController();
    // Uploads of streams can take long: they time out on idleness instead (lib/support/http.ts).
    const deadline = streamBody ? undefined : (request.deadline ?? Date.now() + timeoutMs);
    const timer =
      deadline === undefined ? undefined : setTimeout(() => controller.abort(timeoutError(timeoutMs)), Math.max(0, deadline - Date.now()));
    const unlink = follow(request.signal, controller);
    const abort = (reason?: unknown) => controller.abort(reason);
    let streamed: HttpResponse | undefined;
    try {
      const body = request.body ? (Buffer.isBuffer(request.body) ? request.body : toReadable(await request.body())) : undefined;
      const headers: Record<string, string> = { ...request.headers };
      onSend?.();
      let response: HttpResponse;
      try {
        const idleMs = body instanceof Readable ? timeoutMs : undefined;
        response = await http(url, { method, headers, body, signal: controller.signal, timeoutMs: idleMs });
      } catch (error) {
        onRequest?.({ method, url, error: networkReason(error) });
        throw error;
      }
      onRequest?.({ method, url, status: response.status });
      if (isRedirect(response, request)) {
        // Only its Location matters to whoever follows it; the body is dropped unread.
        discard(response);
        return { response: bufferedResponse(response, Buffer.alloc(0)), url, abort, deadline };
      }
      if (request.streaming) {
        streamed = response;
        return { response, url, abort, deadline };
      }
      // Small responses: read under the same timeout, so a stalled body cannot hang us.
      return { response: await buffered(response, request), url, abort, deadline };
    } catch (error) {
      throw exchangeFailure(error, request);
    } finally {
      clearTimeout(timer);
      // A streamed body stays under the caller's signal until it is read or dropped.
      if (streamed) streamed.body.once('close', unlink);
      else unlink();
    }
  };
}

/** The one mapping of a failed exchange: the caller's abort reason, a RegistryError as is, else a network error. */
export function exchangeFailure(error: unknown, request: Pick<Request, 'signal' | 'what'>): unknown {
  if (request.signal?.aborted) return request.signal.reason;
  if (error instanceof RegistryError) return error; // e.g. the source stream failed its digest, an answer too large
  return networkError(`${request.what}: ${networkReason(error)}`, causeCode(error));
}

/** The answer with its body in memory: error bodies (and answers to stream uploads) cut at 64 KiB, others refused past their limit. */
async function buffered(response: HttpResponse, request: Request): Promise<HttpResponse> {
  if (request.method === 'HEAD' || NULL_BODY.has(response.status)) {
    response.body.resume(); // no body by definition: the socket goes back to the pool
    return bufferedResponse(response, Buffer.alloc(0));
  }
  if (response.status >= 400 || hasStreamBody(request)) {
    const body = await readBounded(response, LIMITS.errorBody, { truncate: true });
    return bufferedResponse(response, body.ok ? body.bytes : Buffer.alloc(0));
  }
  const limit = request.maxBytes ?? LIMITS.manifest;
  const body = await readBounded(response, limit);
  if (!body.ok) throw tooLarge(request.what, request.url, limit, body);
  return bufferedResponse(response, body.bytes);
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
