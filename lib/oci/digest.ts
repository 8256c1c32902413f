/** Content digests: computing them, and checking a stream against one while it flows. Pure. */
import { createHash } from 'node:crypto';

export const sha256Digest = (data: Uint8Array | string): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;

export type VerifyProblem = 'too-long' | 'short' | 'mismatch';

/**
 * Hashes bytes as they pass; errors with `fail(problem, detail)` when more bytes than `size`
 * arrive, and at the end when fewer did or the digest differs (sha256 and sha512 are checked;
 * other algorithms pass through unchecked).
 */
export function verifyingTransform(
  digest: string, size: number | undefined, fail: (problem: VerifyProblem, detail: string) => Error,
): TransformStream<Uint8Array, Uint8Array> {
  const algorithm = digest.startsWith('sha256:') ? 'sha256' : digest.startsWith('sha512:') ? 'sha512' : undefined;
  const hash = algorithm ? createHash(algorithm) : undefined;
  let received = 0;
  return new TransformStream({
    transform(chunk, controller) {
      hash?.update(chunk);
      received += chunk.length;
      if (size !== undefined && received > size) {
        controller.error(fail('too-long', `more than the ${size} bytes announced`));
        return;
      }
      controller.enqueue(chunk);
    },
    flush() {
      if (size !== undefined && received !== size) throw fail('short', `body cut short (${received} of ${size} bytes)`);
      if (hash) {
        const actual = `${algorithm}:${hash.digest('hex')}`;
        if (actual !== digest) throw fail('mismatch', `content digest ${actual} does not match`);
      }
    },
  });
}
