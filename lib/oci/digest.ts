/** Content digests: computing them, and checking a stream against one while it flows. Pure. */
import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';

export const sha256Digest = (data: Uint8Array | string): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;

export type VerifyProblem = 'too-long' | 'short' | 'mismatch';

/**
 * Hashes bytes as they pass (synchronously, chunk by chunk); errors with `fail(problem, detail)`
 * when more bytes than `size` arrive, and at the end when fewer did or the digest differs (sha256
 * and sha512 are checked; other algorithms pass through unchecked).
 */
export function verifyingTransform(
  digest: string, size: number | undefined, fail: (problem: VerifyProblem, detail: string) => Error, highWaterMark?: number,
): Transform {
  const algorithm = digest.startsWith('sha256:') ? 'sha256' : digest.startsWith('sha512:') ? 'sha512' : undefined;
  const hash = algorithm ? createHash(algorithm) : undefined;
  let received = 0;
  return new Transform({
    highWaterMark,
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      if (size !== undefined && received > size) return callback(fail('too-long', `more than the ${size} bytes announced`));
      hash?.update(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      if (size !== undefined && received !== size) return callback(fail('short', `body cut short (${received} of ${size} bytes)`));
      if (hash) {
        const actual = `${algorithm}:${hash.digest('hex')}`;
        if (actual !== digest) return callback(fail('mismatch', `content digest ${actual} does not match`));
      }
      callback();
    },
  });
}
