/**
 * A daemonless OCI Distribution (registry v2) client over node:http (lib/support/http.ts): manifests, blobs, tags,
 * deletes; auth from the registry's challenge; retries with backoff for temporary failures;
 * redirects followed by hand so credentials never reach another origin. This is the façade: the
 * work is in transport/ (the stacked layers), auth.ts, manifests.ts, blobs.ts, tags.ts and referrers.ts.
 */
import type { Authenticator } from './auth.ts';
import * as blobs from './blobs.ts';
import * as manifests from './manifests.ts';
import { findReferrers, type ReferrersListing, type ReferrersOptions } from './referrers.ts';
import { listTags, type ListTagsOptions } from './tags.ts';
import { scope, Transport, type BodySource, type TransportOptions } from './transport/index.ts';
import type { Readable } from 'node:stream';
import type { Reference } from '../oci/reference.ts';
import type { RetryOptions } from '../support/retry.ts';
import { RegistryError } from './errors.ts';

export { MEDIA_TYPES, MANIFEST_ACCEPT, isIndex, manifestBlobs, type Descriptor } from '../oci/media-types.ts';
export { sha256Digest } from '../oci/digest.ts';
export type { Manifest } from './manifests.ts';
export type { ListTagsOptions } from './tags.ts';
export type { FoundBy, Referrer, ReferrersListing, ReferrersOptions } from './referrers.ts';
export { scope, type BodySource, type RequestEvent } from './transport/index.ts';

export type RegistryClientOptions = TransportOptions;
type Repository = Pick<Reference, 'registry' | 'repository'>;

export class RegistryClient {
  private readonly transport: Transport;

  constructor(options: RegistryClientOptions = {}) {
    this.transport = new Transport(options);
  }

  /** Every HTTP request sent (token requests included), for figures and tests. */
  get requestCount(): number {
    return this.transport.requestCount;
  }

  get retryOptions(): RetryOptions {
    return this.transport.retryOptions;
  }

  /** Challenges and the token cache. */
  get auth(): Authenticator {
    return this.transport.auth;
  }

  /** The transport for a public host: the endpoint given for it, else https (plain http only for loopback). */
  baseUrl(registry: string): string {
    return this.transport.baseUrl(registry);
  }

  /** Digest of a manifest by HEAD (GET when HEAD is refused or its digest is none); undefined when it does not exist. */
  manifestDigest(ref: Reference, signal?: AbortSignal): Promise<string | undefined> {
    return manifests.manifestDigest(this.transport.repository(ref), ref, signal);
  }

  async exists(ref: Reference, signal?: AbortSignal): Promise<boolean> {
    return (await this.manifestDigest(ref, signal)) !== undefined;
  }

  getManifest(ref: Reference, signal?: AbortSignal): Promise<manifests.Manifest> {
    return manifests.getManifest(this.transport.repository(ref), ref, signal);
  }

  putManifest(ref: Reference, body: Buffer, mediaType: string, signal?: AbortSignal): Promise<string> {
    return manifests.putManifest(this.transport.repository(ref), ref, body, mediaType, signal);
  }

  deleteManifest(ref: Reference): Promise<void> {
    return manifests.deleteManifest(this.transport.repository(ref), ref);
  }

  /** All (valid) tags of a repository, following `Link: <…>; rel="next"` pagination on the registry's origin. */
  listTags(ref: Repository, pageSize = 100, options: ListTagsOptions = {}): Promise<string[]> {
    return listTags(this.transport.repository(ref), pageSize, options);
  }

  /** What belongs to a digest: the referrers API (else the fallback tag `sha256-<hex>`) and cosign's `.sig`/`.att`/`.sbom` tags. */
  referrers(ref: Repository, digest: string, options: ReferrersOptions = {}): Promise<ReferrersListing> {
    return findReferrers(this.transport.repository(ref), digest, options);
  }

  blobExists(ref: Repository, digest: string, signal?: AbortSignal): Promise<boolean> {
    return blobs.blobExists(this.transport.repository(ref), digest, signal);
  }

  /** The blob as a Node stream, verified (digest, size) while it flows; it errors when the transfer stalls or trickles. */
  fetchBlob(ref: Repository, digest: string, size?: number, signal?: AbortSignal): Promise<Readable> {
    return blobs.fetchBlob(this.transport.repository(ref), digest, size, signal);
  }

  mountBlob(target: Repository, digest: string, fromRepository: string, signal?: AbortSignal): Promise<boolean> {
    return blobs.mountBlob(this.transport.repository(target), digest, fromRepository, signal);
  }

  /** Uploads a buffer, or a stream made by `data()` (a Node stream; web streams are accepted too), never buffered. */
  pushBlob(
    ref: Repository,
    digest: string,
    data: Buffer | BodySource,
    options: { size?: number; chunkSize?: number; signal?: AbortSignal } = {},
  ): Promise<void> {
    return blobs.pushBlob(this.transport.repository(ref), digest, data, options);
  }

  /**
   * Whether the registry accepts our credentials: one authenticated `GET /v2/` (after the challenge
   * and, for Bearer, a token without scopes, as `docker login` checks). Throws the refusal (exit 3).
   */
  async checkCredentials(registry: string, signal?: AbortSignal): Promise<void> {
    const url = `${this.transport.baseUrl(registry)}/v2/`;
    const sent = await this.transport.send({
      method: 'GET',
      url,
      registry,
      scopes: [],
      what: `GET /v2/ of ${registry}`,
      signal,
      maxBytes: 64 * 1024,
    });
    if (!sent.response.ok)
      throw new RegistryError(`GET /v2/ of ${registry} → HTTP ${sent.response.status}`, { status: sent.response.status });
  }

  /**
   * Authenticate once for many repositories: learn the registry's challenge (one `GET /v2/`) and,
   * for Bearer, fetch one token with every scope. Polling N images then costs N requests per round
   * from the first round on, instead of a challenge and a token per image. Failures are left for
   * the requests themselves to report.
   */
  async authorize(registry: string, repositories: readonly string[], actions = 'pull', signal?: AbortSignal): Promise<void> {
    const { auth } = this.transport;
    const scopes = [...new Set(repositories)].map((r) => scope(r, actions));
    if (scopes.length === 0 || scopes.every((s) => auth.cached(registry, [s]))) return;
    try {
      if (!auth.hasChallenge(registry)) await this.transport.ping(registry, signal);
      if (!auth.hasChallenge(registry)) return;
      await auth.authenticate(registry, scopes, `authorize ${registry}`, signal);
    } catch {
      // the checks that follow meet the same problem and report it in their own words
    }
  }
}
