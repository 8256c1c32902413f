/**
 * Streamed request bodies over node:http(s). Node 20's fetch (undici 6) reads a ReadableStream
 * request body as fast as the source gives it, without backpressure, so a 1 GB layer upload held
 * up to 1 GB in memory (bench/upload-probe.ts measured 100 % of a 200 MiB blob). `pipeline` into
 * an http request holds a few chunks. The answer comes back as a fetch `Response`.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { LIMITS } from './limits.ts';

const NULL_BODY = new Set([101, 204, 205, 304]);

/**
 * Sends `body` to `url` and resolves with the response (its body cut at 64 KiB). The request fails when no byte moves for
 * `idleMs` (while uploading) or no answer comes `idleMs` after the last byte; a failure of the
 * source stream (e.g. a digest mismatch found while streaming) is the error thrown.
 */
export async function streamRequest(
  method: string, url: string, headers: Record<string, string>, body: ReadableStream<Uint8Array>, idleMs: number, signal: AbortSignal,
): Promise<Response> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const request = send(target, { method, headers, signal });
  let idle: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(idle);
    idle = setTimeout(() => request.destroy(new Error(`no progress for ${idleMs} ms`)), idleMs);
  };
  const answered = new Promise<IncomingMessage>((resolve, reject) => {
    request.once('response', resolve);
    request.once('error', reject);
  });
  const progress = new Transform({
    transform(chunk, _encoding, callback) {
      arm();
      callback(null, chunk);
    },
  });
  arm();
  const source = Readable.fromWeb(body as WebReadableStream<Uint8Array>);
  const uploaded = pipeline(source, progress, request).then(
    () => {
      arm(); // now waiting for the answer
      return undefined;
    },
    (error: unknown) => error,
  );
  try {
    const response = await Promise.race([
      answered,
      // A source failure before the answer is the real cause; a clean end keeps waiting for it.
      uploaded.then((error) => (error ? Promise.reject(error) : new Promise<never>(() => undefined))),
    ]);
    // The answer to an upload is small (an empty 201 or an error document): at most 64 KiB is kept.
    const chunks: Buffer[] = [];
    let kept = 0;
    for await (const chunk of response) {
      chunks.push((chunk as Buffer).subarray(0, LIMITS.errorBody - kept));
      kept += chunks[chunks.length - 1].length;
      if (kept >= LIMITS.errorBody) break;
    }
    const status = response.statusCode ?? 0;
    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    return new Response(NULL_BODY.has(status) ? null : Buffer.concat(chunks), { status, headers: responseHeaders });
  } finally {
    clearTimeout(idle);
    source.destroy();
  }
}
