/**
 * Reading a response body into memory, never more than a limit: the announced Content-Length is
 * checked first, then bytes are counted as they come and the read is abandoned past the limit.
 */
import type { Readable } from 'node:stream';
import { discard, type HttpResponse } from './http.ts';

export const KiB = 1024;
export const MiB = 1024 * KiB;

export type BoundedBody =
  | { readonly ok: true; readonly bytes: Buffer; readonly truncated: boolean }
  | { readonly ok: false; readonly announced?: number; readonly received: number };

/**
 * The body of `response` up to `limit` bytes. Over the limit: `{ ok: false }` (the rest is not
 * read, the connection is closed), or with `truncate`, the first `limit` bytes.
 */
export async function readBounded(response: HttpResponse, limit: number, options: { truncate?: boolean } = {}): Promise<BoundedBody> {
  const header = response.headers.get('content-length');
  const announced = header !== null && /^\d+$/.test(header.trim()) ? Number(header) : undefined;
  if (announced !== undefined && announced > limit && !options.truncate) {
    discard(response);
    return { ok: false, announced, received: 0 };
  }
  if (response.buffered) return cut(response.buffered, limit, options, announced);
  const body = await readStreamBounded(response.body, limit, options);
  return body.ok ? body : { ok: false, announced, received: body.received };
}

/**
 * A stream read into memory, never more than `limit` bytes: past it the stream is destroyed and
 * `{ ok: false }` returned (or, with `truncate`, the first `limit` bytes).
 */
export async function readStreamBounded(stream: Readable, limit: number, options: { truncate?: boolean } = {}): Promise<BoundedBody> {
  const chunks: Buffer[] = [];
  let received = 0;
  try {
    for await (const chunk of stream) {
      const piece = chunk as Buffer;
      received += piece.length;
      if (received > limit) {
        if (!options.truncate) return { ok: false, received };
        chunks.push(piece.subarray(0, piece.length - (received - limit)));
        return { ok: true, bytes: Buffer.concat(chunks), truncated: true };
      }
      chunks.push(piece);
    }
  } finally {
    // Leaving the loop early destroys the stream; so does this for a stream that failed.
    if (!stream.readableEnded) stream.destroy();
  }
  return { ok: true, bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), truncated: false };
}

function cut(bytes: Buffer, limit: number, options: { truncate?: boolean }, announced: number | undefined): BoundedBody {
  if (bytes.length <= limit) return { ok: true, bytes, truncated: false };
  if (!options.truncate) return { ok: false, announced, received: bytes.length };
  return { ok: true, bytes: bytes.subarray(0, limit), truncated: true };
}

/** `5.0 MiB`, `64 KiB`, `300 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (bytes >= KiB) return `${(bytes / KiB).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${bytes} bytes`;
}
