/**
 * Reading a response body into memory, never more than a limit: the announced Content-Length is
 * checked first, then bytes are counted as they come and the read is abandoned past the limit.
 */

export const KiB = 1024;
export const MiB = 1024 * KiB;

export type BoundedBody =
  | { readonly ok: true; readonly bytes: Buffer; readonly truncated: boolean }
  | { readonly ok: false; readonly announced?: number; readonly received: number };

/**
 * The body of `response` up to `limit` bytes. Over the limit: `{ ok: false }` (the rest is not
 * read, the connection is released), or with `truncate`, the first `limit` bytes.
 */
export async function readBounded(response: Response, limit: number, options: { truncate?: boolean } = {}): Promise<BoundedBody> {
  const header = response.headers.get('content-length');
  const announced = header !== null && /^\d+$/.test(header.trim()) ? Number(header) : undefined;
  if (announced !== undefined && announced > limit && !options.truncate) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, announced, received: 0 };
  }
  if (!response.body) return { ok: true, bytes: Buffer.alloc(0), truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.length;
      if (received > limit) {
        await reader.cancel().catch(() => undefined);
        if (!options.truncate) return { ok: false, announced, received };
        chunks.push(value.subarray(0, value.length - (received - limit)));
        return { ok: true, bytes: Buffer.concat(chunks), truncated: true };
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  return { ok: true, bytes: Buffer.concat(chunks), truncated: false };
}

/** `5.0 MiB`, `64 KiB`, `300 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (bytes >= KiB) return `${(bytes / KiB).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${bytes} bytes`;
}
