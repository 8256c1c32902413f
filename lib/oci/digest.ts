/** Content digests: computing them, and checking a stream against one while it flows. Pure. */
import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';

export const sha256Digest = (data: Uint8Array | string): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;

export type VerifyProblem = 'too-long' | 'short' | 'mismatch' | 'unsupported';

/** The algorithms whose bytes we can check; a digest of any other is refused, never streamed unverified. */
const ALGORITHMS = ['sha256', 'sha512'] as const;
type Algorithm = (typeof ALGORITHMS)[number];

/** The algorithm of a digest we can verify, or undefined. */
export function digestAlgorithm(digest: string): Algorithm | undefined {
  return ALGORITHMS.find((algorithm) => digest.startsWith(`${algorithm}:`));
}

/** The digest of `data` in the algorithm of `like` (sha256 when that is not one we know). */
export function digestLike(like: string, data: Uint8Array | string): string {
  const algorithm = digestAlgorithm(like) ?? 'sha256';
  return `${algorithm}:${createHash(algorithm).update(data).digest('hex')}`;
}

/**
 * Hashes bytes as they pass (synchronously, chunk by chunk); errors with `fail(problem, detail)`
 * when more bytes than `size` arrive, and at the end when fewer did or the digest differs (sha256
 * and sha512 are checked; a digest of any other algorithm fails at the first byte: `unsupported`).
 */
export function verifyingTransform(
  digest: string,
  size: number | undefined,
  fail: (problem: VerifyProblem, detail: string) => Error,
  highWaterMark?: number,
): Transform {
  const algorithm = digestAlgorithm(digest);
  const hash = algorithm ? createHash(algorithm) : undefined;
  let received = 0;
  return new Transform({
    highWaterMark,
    transform(chunk: Buffer, _encoding, callback) {
      if (!hash)
        return callback(
          fail('unsupported', `digest algorithm of ${JSON.stringify(digest.slice(0, 80))} cannot be verified (sha256, sha512)`),
        );
      received += chunk.length;
      if (size !== undefined && received > size) return callback(fail('too-long', `more than the ${size} bytes announced`));
      hash?.update(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      if (!hash)
        return callback(
          fail('unsupported', `digest algorithm of ${JSON.stringify(digest.slice(0, 80))} cannot be verified (sha256, sha512)`),
        );
      if (size !== undefined && received !== size) return callback(fail('short', `body cut short (${received} of ${size} bytes)`));
      const actual = `${algorithm}:${hash.digest('hex')}`;
      if (actual !== digest) return callback(fail('mismatch', `content digest ${actual} does not match`));
      callback();
    },
  });
}
