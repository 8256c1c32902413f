/**
 * The one HTTP client of the toolkit: node:http(s) with keep-alive agents, nothing else. Node's
 * fetch (undici) costs ~50–60 ms and ~15 MiB of RSS on first use, and in Node 20 reads a stream
 * request body without backpressure; a CI step that copies an image or checks that one exists
 * pays neither here. Bodies are Node streams both ways, so a blob flows from one socket to the
 * other holding a few chunks.
 *
 * What this layer does not do, on purpose: follow redirects, add credentials, retry. The callers
 * (lib/registry/transport/, lib/github/packages-api.ts) decide those, origin by origin.
 */
import { Agent as HttpAgent, request as sendHttp, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Sockets kept per origin: enough for a copy's parallel blobs and checks, few enough to be polite. */
const MAX_SOCKETS_PER_ORIGIN = 16;
/** Read size of response sockets and stream bodies: big chunks mean fewer callbacks per GB. */
export const STREAM_CHUNK = 256 * 1024;
/** Bodies this small (or announced this small) are read to their end to keep the socket; larger ones close it. */
const DRAIN_LIMIT = 64 * 1024;
const DRAIN_DEADLINE_MS = 5_000;

const agentOptions = {
  keepAlive: true,
  maxSockets: MAX_SOCKETS_PER_ORIGIN,
  maxFreeSockets: MAX_SOCKETS_PER_ORIGIN,
  scheduling: 'lifo' as const,
};
interface Stack {
  readonly send: typeof sendHttp;
  readonly agent: HttpAgent;
}
let http: Stack | undefined;
let https: Promise<Stack> | undefined;
/**
 * The stack for a protocol, made on first use. node:https (and with it tls) is loaded only when
 * an https URL is met: a copy between plain-http registries never pays for it.
 */
function stackFor(protocol: string): Stack | Promise<Stack> {
  if (protocol !== 'https:') return (http ??= { send: sendHttp, agent: new HttpAgent(agentOptions) });
  return (https ??= import('node:https').then((m) => ({ send: m.request as typeof sendHttp, agent: new m.Agent(agentOptions) })));
}

/** Response header lookup by name, case-insensitive (repeated headers joined with `, `). */
export class ResponseHeaders {
  constructor(private readonly raw: IncomingHttpHeaders) {}

  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }
}

export interface HttpResponse {
  readonly status: number;
  /** 2xx. */
  readonly ok: boolean;
  readonly headers: ResponseHeaders;
  /** The body as it comes off the socket (or from memory once buffered). */
  readonly body: Readable;
  /** The whole body, when it was read into memory (a small answer); undefined while it streams. */
  readonly buffered?: Buffer;
}

/** An answer whose body is already in memory. */
export function bufferedResponse(response: Pick<HttpResponse, 'status' | 'headers'>, bytes: Buffer): HttpResponse {
  let body: Readable | undefined;
  return {
    status: response.status,
    ok: response.status >= 200 && response.status < 300,
    headers: response.headers,
    buffered: bytes,
    // Made on demand: most buffered answers are read through `buffered`.
    get body() {
      return (body ??= Readable.from(bytes.length ? [bytes] : []));
    },
  };
}

export interface HttpRequestOptions {
  readonly method: string;
  readonly headers?: Record<string, string>;
  /** A buffer, or a stream sent with backpressure (never read ahead of the socket). */
  readonly body?: Buffer | Readable;
  /** Aborts the exchange, the response body included; the error is the signal's reason. */
  readonly signal?: AbortSignal;
  /**
   * Without a stream body: the longest wait for the response head. With one: the longest time no
   * byte of it moves, and then the longest wait for the answer after its last byte.
   */
  readonly timeoutMs?: number;
}

/** A failure of the exchange itself (connection, timeout): `code` as Node names it, e.g. ECONNREFUSED. */
export class HttpError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/**
 * One HTTP exchange; resolves at the response head with the body still flowing. A failure of a
 * stream body (e.g. a digest mismatch found while it flows) is the error thrown.
 */
export async function httpRequest(url: string | URL, options: HttpRequestOptions): Promise<HttpResponse> {
  const target = typeof url === 'string' ? new URL(url) : url;
  const { method, signal, timeoutMs } = options;
  const { send, agent } = await stackFor(target.protocol);
  return new Promise<HttpResponse>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const headers: Record<string, string> = { ...options.headers };
    if (Buffer.isBuffer(options.body) && !hasHeader(headers, 'content-length')) headers['content-length'] = String(options.body.length);
    const request = send(target, { method, headers, agent });
    let response: IncomingMessage | undefined;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const fail = (error: unknown) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (settled) return;
      settled = true;
      reject(error);
    };
    const onAbort = () => {
      const reason = signal!.reason;
      clearTimeout(timer);
      request.destroy(reason);
      response?.destroy(reason);
      fail(reason);
    };
    const arm = () => {
      if (!timeoutMs || settled) return;
      // Called per chunk of a stream body: one timer, pushed back.
      if (timer) return void timer.refresh();
      timer = setTimeout(() => {
        const error = new HttpError(`timed out after ${timeoutMs} ms`, 'ETIMEDOUT');
        request.destroy(error);
        fail(error);
      }, timeoutMs);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    // `on`, not `once`: a socket can report more than one error (after the answer too).
    request.on('error', (error) => fail(toHttpError(error)));
    request.once('response', (answer) => {
      clearTimeout(timer);
      response = answer;
      if (options.body instanceof Readable) options.body.off('data', arm);
      if (settled) return void answer.destroy();
      settled = true;
      // The signal keeps watching the body until it is read or dropped.
      answer.once('close', () => signal?.removeEventListener('abort', onAbort));
      answer.on('error', () => undefined); // whoever reads the body sees its error; an unread one must not crash us
      resolve({
        status: answer.statusCode ?? 0,
        ok: (answer.statusCode ?? 0) >= 200 && (answer.statusCode ?? 0) < 300,
        headers: new ResponseHeaders(answer.headers),
        body: answer,
      });
    });
    arm();
    const body = options.body;
    if (body instanceof Readable) {
      // Idle time: every chunk that leaves re-arms the timer, and so does the end (then waiting for the answer).
      body.on('data', arm);
      pipeline(body, request).then(arm, (error: unknown) => {
        // The source's own failure is the real cause, not the request torn down after it.
        body.off('data', arm);
        fail(error);
        request.destroy();
      });
    } else {
      request.end(body);
    }
  });
}

/** Drops a body we do not want: a small one is read to its end (the socket is kept), a large one closes the socket. */
export function discard(response: HttpResponse): void {
  const { body } = response;
  if (response.buffered || body.readableEnded || body.destroyed) return;
  const header = response.headers.get('content-length');
  const small = header !== null && /^\d+$/.test(header.trim()) && Number(header) <= DRAIN_LIMIT;
  if (!(body as Partial<IncomingMessage>).complete && !small) return void body.destroy();
  // Read to the end to keep the socket, but never wait long for a server that holds the rest back.
  const deadline = setTimeout(() => body.destroy(), DRAIN_DEADLINE_MS).unref();
  body.once('close', () => clearTimeout(deadline));
  body.resume();
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

function toHttpError(error: unknown): unknown {
  if (error instanceof HttpError) return error;
  const e = error as NodeJS.ErrnoException;
  if (e?.code && typeof e.code === 'string')
    return new HttpError(`${e.code}${e.message && !e.message.includes(e.code) ? `: ${e.message}` : ''}`, e.code);
  return error;
}
