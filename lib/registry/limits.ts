/** How much of a registry's answer we buffer, and the error when an answer is larger. */
import { RegistryError } from './errors.ts';
import { formatBytes, KiB, MiB, type BoundedBody } from '../support/bounded-body.ts';
import { displayUrl } from '../support/network-text.ts';

export const LIMITS = {
  /** A manifest or index (distribution's own limit is 4 MiB). */
  manifest: 4 * MiB,
  /** One page of tags/list. */
  tagsPage: 4 * MiB,
  /** An error answer: read this much, the rest is dropped. */
  errorBody: 64 * KiB,
  /** A token service's answer. */
  token: 1 * MiB,
  /** Pages of tags/list followed for one listing. */
  tagPages: 1000,
  /** All pages of one listing together: each page is capped, and so is their sum (1000 pages of 4 MiB would be GiBs). */
  tagsTotal: 64 * MiB,
  /** Pages of one referrers listing (`GET /v2/<name>/referrers/<digest>`) followed. */
  referrerPages: 100,
  /** All pages of one referrers listing together. */
  referrersTotal: 16 * MiB,
  /** Referrers of one image (all ways of finding them, all levels together): more is refused, not truncated. */
  referrers: 1000,
} as const;

/** `what: the answer from <url> is larger than 4 MiB (5 MiB announced)`; the URL without query or user. */
export function tooLarge(what: string, url: string | URL, limit: number, body: Extract<BoundedBody, { ok: false }>): RegistryError {
  const size = body.announced !== undefined ? `${formatBytes(body.announced)} announced` : `at least ${formatBytes(body.received)} sent`;
  return new RegistryError(`${what}: the answer from ${displayUrl(url)} is larger than ${formatBytes(limit)} (${size}); not reading it`, {
    code: 'TOO_LARGE',
  });
}
