/**
 * A daemonless OCI Distribution (registry v2) client over Node's fetch: manifests, blobs, tags,
 * deletes; auth from the registry's challenge; retries with backoff for transient failures;
 * redirects followed by hand so credentials never reach another host.
 */
import { createHash } from 'node:crypto';
import { parseChallenge, TokenCache, type Challenge } from './auth.ts';
import { basicHeader, type CredentialLookup } from './credentials.ts';
import {
  DigestMismatchError, errorFor, isNotFound, readErrorDetail, RegistryError, TransientError, UnauthorizedError,
} from './errors.ts';
import { isLoopbackHost, manifestKey, type Reference } from '../oci/reference.ts';
import { DEFAULT_RETRY, parseRetryAfter, retry, type RetryOptions } from '../support/retry.ts';
import { streamRequest } from './stream-upload.ts';
import { nextLink } from '../support/link-header.ts';

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const;
export const MANIFEST_ACCEPT = Object.values(MEDIA_TYPES).join(', ');
const INDEX_TYPES: readonly string[] = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList];

export interface RequestEvent {
  readonly method: string;
  readonly url: string;
  readonly status?: number;
  readonly error?: string;
}

export interface RegistryClientOptions {
  /** Public host → base URL (REGISTRY_ENDPOINTS). */
  readonly endpoints?: ReadonlyMap<string, string>;
  readonly credentials?: CredentialLookup;
  /** Per request: until the response headers (and the whole body of small responses); idle time for blob streams. */
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryOptions>;
  readonly onRequest?: (event: RequestEvent) => void;
  readonly onRetry?: (message: string) => void;
  readonly fetch?: typeof fetch;
}

export interface Manifest {
  readonly mediaType: string;
  readonly digest: string;
  readonly body: Buffer;
}

export interface Descriptor {
  readonly mediaType: string;
  readonly digest: string;
  readonly size: number;
  readonly urls?: readonly string[];
  readonly platform?: Readonly<Record<string, unknown>>;
}

interface SendOptions {
  readonly method: string;
  readonly url: string;
  readonly registry: string;
  readonly scopes: readonly string[];
  readonly what: string;
  readonly headers?: Record<string, string>;
  readonly body?: Buffer | (() => ReadableStream<Uint8Array>);
  /** Keep the response body open for streaming: the timeout then stops at the headers. */
  readonly streaming?: boolean;
  readonly signal?: AbortSignal;
}

interface Sent {
  readonly response: Response;
  /** Aborts the request (used by the idle watchdog of blob streams). */
  readonly abort: (reason?: unknown) => void;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const TRANSIENT = new Set([408, 429, 500, 502, 503, 504]);

export const sha256Digest = (data: Uint8Array | string) => `sha256:${createHash('sha256').update(data).digest('hex')}`;
export const scope = (repository: string, actions: string) => `repository:${repository}:${actions}`;

export class RegistryClient {
  readonly tokens = new TokenCache();
  /** Every HTTP request sent (token requests included), for figures and tests. */
  requestCount = 0;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  readonly retryOptions: RetryOptions;

  constructor(private readonly options: RegistryClientOptions = {}) {
    this.fetchImpl = options.fetch ?? fetch;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retryOptions = { ...DEFAULT_RETRY, ...options.retry };
  }

  /** The transport for a public host: the endpoint given for it, else https (plain http only for loopback). */
  baseUrl(registry: string): string {
    const mapped = this.options.endpoints?.get(registry.toLowerCase());
    if (mapped) return mapped;
    return `${isLoopbackHost(registry) ? 'http' : 'https'}://${registry}`;
  }

  private v2(ref: Pick<Reference, 'registry' | 'repository'>, rest: string): string {
    return `${this.baseUrl(ref.registry)}/v2/${ref.repository}/${rest}`;
  }

  // ---- manifests -------------------------------------------------------------------------------

  /** Digest of a manifest by HEAD (GET when HEAD is refused); undefined when it does not exist. */
  async manifestDigest(ref: Reference, signal?: AbortSignal): Promise<string | undefined> {
    const what = `HEAD manifest ${ref.repository}:${manifestKey(ref)}`;
    const { response } = await this.send({
      method: 'HEAD', url: this.v2(ref, `manifests/${manifestKey(ref)}`), registry: ref.registry,
      scopes: [scope(ref.repository, 'pull')], what, headers: { accept: MANIFEST_ACCEPT }, signal,
    });
    if (response.status === 404) return undefined;
    const digest = response.headers.get('docker-content-digest');
    if (response.ok && digest) return digest;
    if (!response.ok && response.status !== 405 && response.status !== 400) throw errorFor(response.status, what, undefined);
    try {
      return (await this.getManifest(ref, signal)).digest;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async exists(ref: Reference, signal?: AbortSignal): Promise<boolean> {
    return (await this.manifestDigest(ref, signal)) !== undefined;
  }

  /** GET a manifest; its digest is checked against the body (and against the reference's digest). */
  async getManifest(ref: Reference, signal?: AbortSignal): Promise<Manifest> {
    const what = `GET manifest ${ref.repository}:${manifestKey(ref)}`;
    const { response } = await this.send({
      method: 'GET', url: this.v2(ref, `manifests/${manifestKey(ref)}`), registry: ref.registry,
      scopes: [scope(ref.repository, 'pull')], what, headers: { accept: MANIFEST_ACCEPT }, signal,
    });
    if (!response.ok) throw errorFor(response.status, what, await readErrorDetail(response));
    const body = Buffer.from(await response.arrayBuffer());
    const digest = sha256Digest(body);
    const claimed = ref.digest ?? response.headers.get('docker-content-digest') ?? undefined;
    if (claimed && claimed.startsWith('sha256:') && claimed !== digest) {
      throw new DigestMismatchError(`${what}: body digest ${digest} does not match ${claimed}`, response.status, 'DIGEST_INVALID');
    }
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0].trim();
    const mediaType = checkManifestBody(body, contentType, what);
    return { mediaType, digest, body };
  }

  /** PUT a manifest under a tag or digest; returns its digest (checked against the registry's). */
  async putManifest(ref: Reference, body: Buffer, mediaType: string): Promise<string> {
    const what = `PUT manifest ${ref.repository}:${manifestKey(ref)}`;
    const { response } = await this.send({
      method: 'PUT', url: this.v2(ref, `manifests/${manifestKey(ref)}`), registry: ref.registry,
      scopes: [scope(ref.repository, 'pull,push')], what, headers: { 'content-type': mediaType }, body,
    });
    if (response.status !== 201 && response.status !== 200) throw errorFor(response.status, what, await readErrorDetail(response));
    await response.body?.cancel();
    const digest = sha256Digest(body);
    const returned = response.headers.get('docker-content-digest');
    if (returned && returned !== digest) {
      throw new DigestMismatchError(`${what}: registry stored ${returned}, expected ${digest}`, response.status, 'DIGEST_INVALID');
    }
    return digest;
  }

  async deleteManifest(ref: Reference): Promise<void> {
    if (!ref.digest) throw new RegistryError(`DELETE manifest ${ref.repository}: needs a digest, not a tag`, undefined, 'DIGEST_REQUIRED');
    const what = `DELETE manifest ${ref.repository}@${ref.digest}`;
    const { response } = await this.send({
      method: 'DELETE', url: this.v2(ref, `manifests/${ref.digest}`), registry: ref.registry,
      scopes: [scope(ref.repository, 'delete')], what,
    });
    if (response.status !== 202 && response.status !== 200) throw errorFor(response.status, what, await readErrorDetail(response));
    await response.body?.cancel();
  }

  /** All tags of a repository, following `Link: <…>; rel="next"` pagination. */
  async listTags(ref: Pick<Reference, 'registry' | 'repository'>, pageSize = 100): Promise<string[]> {
    const tags: string[] = [];
    let url: string | undefined = this.v2(ref, `tags/list?n=${pageSize}`);
    while (url) {
      const what = `GET tags ${ref.repository}`;
      const { response } = await this.send({ method: 'GET', url, registry: ref.registry, scopes: [scope(ref.repository, 'pull')], what });
      if (!response.ok) throw errorFor(response.status, what, await readErrorDetail(response));
      const body = (await response.json()) as { tags?: string[] | null };
      tags.push(...(body.tags ?? []));
      url = nextLink(response.headers.get('link'), url)?.toString();
    }
    return tags;
  }

  // ---- blobs -----------------------------------------------------------------------------------

  async blobExists(ref: Pick<Reference, 'registry' | 'repository'>, digest: string): Promise<boolean> {
    const what = `HEAD blob ${ref.repository}@${digest}`;
    const { response } = await this.send({
      method: 'HEAD', url: this.v2(ref, `blobs/${digest}`), registry: ref.registry, scopes: [scope(ref.repository, 'pull')], what,
    });
    if (response.status === 404) return false;
    if (response.ok) return true;
    throw errorFor(response.status, what, undefined);
  }

  /**
   * A blob as a stream whose sha256 (and size, when given) is verified while it flows: the stream
   * errors at its end on a mismatch, and after `timeoutMs` without a byte. Never buffered.
   */
  async fetchBlob(ref: Pick<Reference, 'registry' | 'repository'>, digest: string, size?: number): Promise<ReadableStream<Uint8Array>> {
    const what = `GET blob ${ref.repository}@${digest}`;
    const { response, abort } = await this.send({
      method: 'GET', url: this.v2(ref, `blobs/${digest}`), registry: ref.registry, scopes: [scope(ref.repository, 'pull')], what, streaming: true,
    });
    if (!response.ok || !response.body) throw errorFor(response.status, what, await readErrorDetail(response));
    return response.body.pipeThrough(verifyingTransform(what, digest, size, this.timeoutMs, abort));
  }

  /**
   * Cross-repository mount (`POST …/uploads/?mount=&from=`). True when mounted; false when the
   * registry declined (it then opened an upload session, which we cancel).
   */
  async mountBlob(target: Pick<Reference, 'registry' | 'repository'>, digest: string, fromRepository: string): Promise<boolean> {
    const what = `mount blob ${digest} from ${fromRepository} into ${target.repository}`;
    const query = new URLSearchParams({ mount: digest, from: fromRepository });
    const { response } = await this.send({
      method: 'POST', url: this.v2(target, `blobs/uploads/?${query}`), registry: target.registry,
      scopes: [scope(target.repository, 'pull,push'), scope(fromRepository, 'pull')], what, headers: { 'content-length': '0' },
    });
    await response.body?.cancel();
    if (response.status === 201) return true;
    if (response.status === 202) {
      const location = response.headers.get('location');
      if (location) await this.cancelUpload(target, new URL(location, this.baseUrl(target.registry)).toString());
      return false;
    }
    throw errorFor(response.status, what, undefined);
  }

  /**
   * Upload a blob: monolithic (POST then PUT with the bytes), or chunked (PATCH pieces of
   * `chunkSize`) when the data is a buffer larger than `chunkSize`. A stream body is never
   * buffered; the registry checks the digest and refuses bytes that do not match it.
   */
  async pushBlob(
    ref: Pick<Reference, 'registry' | 'repository'>,
    digest: string,
    data: Buffer | (() => ReadableStream<Uint8Array>),
    options: { size?: number; chunkSize?: number } = {},
  ): Promise<void> {
    const scopes = [scope(ref.repository, 'pull,push')];
    const what = `upload blob ${ref.repository}@${digest}`;
    const { response: started } = await this.send({
      method: 'POST', url: this.v2(ref, 'blobs/uploads/'), registry: ref.registry, scopes, what, headers: { 'content-length': '0' },
    });
    await started.body?.cancel();
    if (started.status !== 202) throw errorFor(started.status, what, undefined);
    let location = this.location(started, ref.registry, what);
    if (Buffer.isBuffer(data) && options.chunkSize && data.length > options.chunkSize) {
      for (let offset = 0; offset < data.length; offset += options.chunkSize) {
        const chunk = data.subarray(offset, Math.min(data.length, offset + options.chunkSize));
        const { response } = await this.send({
          method: 'PATCH', url: location, registry: ref.registry, scopes, what, body: chunk,
          headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${offset + chunk.length - 1}`, 'content-length': String(chunk.length) },
        });
        await response.body?.cancel();
        if (response.status !== 202) throw errorFor(response.status, what, undefined);
        location = this.location(response, ref.registry, what);
      }
      data = Buffer.alloc(0);
    }
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
    if (Buffer.isBuffer(data)) headers['content-length'] = String(data.length);
    else if (options.size !== undefined) headers['content-length'] = String(options.size);
    const { response } = await this.send({ method: 'PUT', url: url.toString(), registry: ref.registry, scopes, what, headers, body: data });
    if (response.status !== 201) {
      const detail = await readErrorDetail(response);
      throw errorFor(response.status, what, detail);
    }
    await response.body?.cancel();
  }

  private async cancelUpload(ref: Pick<Reference, 'registry' | 'repository'>, location: string): Promise<void> {
    try {
      const { response } = await this.send({
        method: 'DELETE', url: location, registry: ref.registry, scopes: [scope(ref.repository, 'pull,push')], what: 'cancel upload',
      });
      await response.body?.cancel();
    } catch {
      // an abandoned upload session expires on its own
    }
  }

  private location(response: Response, registry: string, what: string): string {
    const location = response.headers.get('location');
    if (!location) throw new RegistryError(`${what}: the registry sent no upload Location`, response.status, 'BLOB_UPLOAD_INVALID');
    return new URL(location, this.baseUrl(registry) + '/').toString();
  }

  /**
   * Authenticate once for many repositories: learn the registry's challenge (one `GET /v2/`) and,
   * for Bearer, fetch one token with every scope. Polling N images then costs N requests per round
   * from the first round on, instead of a challenge and a token per image. Failures are left for
   * the requests themselves to report.
   */
  async authorize(registry: string, repositories: readonly string[], actions = 'pull', signal?: AbortSignal): Promise<void> {
    const scopes = [...new Set(repositories)].map((r) => scope(r, actions));
    if (scopes.length === 0 || scopes.every((s) => this.cachedAuthorization(registry, [s]))) return;
    try {
      let challenge = this.tokens.challenges.get(registry);
      if (!challenge) {
        const ping = await this.fetchOnce('GET', `${this.baseUrl(registry)}/v2/`, {}, undefined, AbortSignal.timeout(this.timeoutMs), signal);
        await ping.body?.cancel();
        challenge = ping.status === 401 ? parseChallenge(ping.headers.get('www-authenticate')) : undefined;
        if (!challenge) return;
        this.tokens.challenges.set(registry, challenge);
      }
      if (challenge.scheme === 'basic') return;
      await this.authenticate({ method: 'GET', url: '', registry, scopes, what: `authorize ${registry}`, signal }, challenge);
    } catch {
      // the checks that follow meet the same problem and report it in their own words
    }
  }

  // ---- transport -------------------------------------------------------------------------------

  /**
   * One logical request: transient failures retried with backoff (honouring Retry-After), one
   * authentication round on 401, typed errors for what will not get better by retrying.
   */
  private send(request: SendOptions): Promise<Sent> {
    return retry(() => this.sendOnce(request), {
      ...this.retryOptions,
      // A stream cannot be replayed: whoever made it retries the whole transfer.
      attempts: typeof request.body === 'function' ? 1 : this.retryOptions.attempts,
      signal: request.signal,
      onRetry: (error, attempt, delay) =>
        this.options.onRetry?.(`${(error as Error).message}; retry ${attempt} in ${(delay / 1000).toFixed(1)}s`),
    });
  }

  private async sendOnce(request: SendOptions): Promise<Sent> {
    const cached = this.cachedAuthorization(request.registry, request.scopes);
    let sent = await this.fetchFollowingRedirects(request, cached);
    if (sent.response.status === 401) {
      const challenge = parseChallenge(sent.response.headers.get('www-authenticate'));
      await sent.response.body?.cancel();
      if (typeof request.body === 'function') {
        // A stream cannot be sent twice: authenticate now, let the caller's retry resend it.
        await this.authenticate(request, challenge);
        throw Object.assign(new TransientError(`${request.what}: authenticated, resending`, 401), { retryAfterMs: 0 });
      }
      const authorization = await this.authenticate(request, challenge);
      sent = await this.fetchFollowingRedirects(request, authorization);
      if (sent.response.status === 401) {
        throw errorFor(401, request.what, await readErrorDetail(sent.response));
      }
    }
    const { status } = sent.response;
    if (status === 403) throw errorFor(403, request.what, await readErrorDetail(sent.response));
    if (TRANSIENT.has(status)) {
      const retryAfterMs = parseRetryAfter(sent.response.headers.get('retry-after'));
      const detail = await readErrorDetail(sent.response);
      throw new TransientError(`${request.what} → HTTP ${status}${detail ? `: ${detail.code}` : ''}`, status, retryAfterMs);
    }
    return sent;
  }

  private cachedAuthorization(registry: string, scopes: readonly string[]): string | undefined {
    const challenge = this.tokens.challenges.get(registry);
    if (!challenge) return undefined;
    if (challenge.scheme === 'basic') {
      const credentials = this.options.credentials?.(registry);
      return credentials ? basicHeader(credentials) : undefined;
    }
    return this.tokens.get(registry, scopes);
  }

  /** Answers a challenge: Basic with credentials, or a Bearer token from the realm for the scopes. */
  private async authenticate(request: SendOptions, challenge: Challenge | undefined): Promise<string> {
    const { registry, scopes, what } = request;
    if (!challenge) throw new UnauthorizedError(`unauthorized: ${what} → HTTP 401 without a usable WWW-Authenticate challenge`);
    this.tokens.challenges.set(registry, challenge);
    const credentials = this.options.credentials?.(registry);
    if (challenge.scheme === 'basic') {
      if (!credentials) throw new UnauthorizedError(`unauthorized: ${what} needs credentials for ${registry} and none are configured`);
      return basicHeader(credentials);
    }
    const realm = challenge.params.realm;
    if (!realm) throw new UnauthorizedError(`unauthorized: ${what}: the Bearer challenge has no realm`);
    const url = new URL(realm);
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
    for (const s of scopes) url.searchParams.append('scope', s);
    const headers: Record<string, string> = {};
    if (credentials) headers.authorization = basicHeader(credentials);
    const response = await this.fetchOnce('GET', url.toString(), headers, undefined, AbortSignal.timeout(this.timeoutMs), request.signal);
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw new UnauthorizedError(`unauthorized: the token service of ${registry} refused ${credentials ? `the credentials of ${credentials.username}` : 'anonymous access'} (HTTP ${response.status})`);
    }
    if (TRANSIENT.has(response.status)) {
      await response.body?.cancel();
      throw new TransientError(`token for ${registry} → HTTP ${response.status}`, response.status, parseRetryAfter(response.headers.get('retry-after')));
    }
    if (!response.ok) throw new UnauthorizedError(`unauthorized: the token service of ${registry} answered HTTP ${response.status}`);
    const body = (await response.json()) as { token?: string; access_token?: string; expires_in?: number };
    const token = body.token ?? body.access_token;
    if (!token) throw new UnauthorizedError(`unauthorized: the token service of ${registry} sent no token`);
    const header = `Bearer ${token}`;
    // Tokens without expires_in live 60 s (the distribution spec's default). A token for several
    // scopes serves each of them alone too.
    const lifetime = body.expires_in && body.expires_in > 0 ? body.expires_in : 60;
    this.tokens.set(registry, scopes, header, lifetime);
    if (scopes.length > 1) for (const s of scopes) this.tokens.set(registry, [s], header, lifetime);
    return header;
  }

  /** Follows redirects by hand; the Authorization header only goes to the registry's own origin. */
  private async fetchFollowingRedirects(request: SendOptions, authorization: string | undefined): Promise<Sent> {
    const controller = new AbortController();
    // Uploads of streams can take long: they time out on idleness instead (stream-upload.ts).
    const timer = typeof request.body === 'function'
      ? undefined
      : setTimeout(() => controller.abort(new Error(`timed out after ${this.timeoutMs} ms`)), this.timeoutMs);
    const abort = (reason?: unknown) => controller.abort(reason);
    const origin = new URL(request.url).origin;
    let url = request.url;
    let method = request.method;
    try {
      for (let hop = 0; hop <= 5; hop++) {
        const headers: Record<string, string> = { ...request.headers };
        if (authorization && new URL(url).origin === origin) headers.authorization = authorization;
        const body = (hop === 0 && request.body ? (Buffer.isBuffer(request.body) ? request.body : request.body()) : undefined) as BodyInit | undefined;
        const response = await this.fetchOnce(method, url, headers, body, controller.signal, request.signal, request.what);
        const location = response.headers.get('location');
        if (!REDIRECTS.has(response.status) || !location || request.body) {
          if (!request.streaming) {
            // Small responses: read under the same timeout, so a stalled body cannot hang us.
            const noBody = method === 'HEAD' || [101, 204, 205, 304].includes(response.status);
            const buffered = new Response(noBody ? null : await response.arrayBuffer(), response);
            return { response: buffered, abort };
          }
          return { response, abort };
        }
        await response.body?.cancel();
        url = new URL(location, url).toString();
        if (response.status === 303) method = 'GET';
      }
      throw new RegistryError(`${request.what}: too many redirects`, undefined, 'TOO_MANY_REDIRECTS');
    } catch (error) {
      if (error instanceof RegistryError || error instanceof UnauthorizedError) throw error;
      throw new TransientError(`${request.what}: ${networkReason(error)}`, undefined);
    } finally {
      clearTimeout(timer);
    }
  }

  private async fetchOnce(
    method: string, url: string, headers: Record<string, string>, body: BodyInit | undefined,
    timeout: AbortSignal, external?: AbortSignal, what = `${method} ${url}`,
  ): Promise<Response> {
    this.requestCount++;
    const signal = external ? AbortSignal.any([timeout, external]) : timeout;
    try {
      const response = body instanceof ReadableStream
        ? await streamRequest(method, url, headers, body, this.timeoutMs, signal)
        : await this.fetchImpl(url, { method, headers, body, redirect: 'manual', signal });
      this.options.onRequest?.({ method, url, status: response.status });
      return response;
    } catch (error) {
      this.options.onRequest?.({ method, url, error: networkReason(error) });
      if (external?.aborted) throw external.reason;
      if (error instanceof RegistryError) throw error; // e.g. the source stream failed its digest
      throw new TransientError(`${what}: ${networkReason(error)}`, undefined);
    }
  }
}

function networkReason(error: unknown): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.cause?.code) return `network error (${e.cause.code})`;
  if (e?.name === 'AbortError' || e?.name === 'TimeoutError') return `timed out (${e.message ?? 'aborted'})`;
  return `network error (${e?.cause?.message ?? e?.message ?? String(error)})`;
}

/**
 * A 200 answer is a manifest only if its body is one: a captive portal's HTML or a proxy's half
 * page must never count as "found". Returns the media type (from the header, else the body).
 */
function checkManifestBody(body: Buffer, contentType: string, what: string): string {
  const invalid = (why: string) => new RegistryError(`${what}: the answer is not a manifest (${why})`, 200, 'MANIFEST_INVALID');
  let parsed: { schemaVersion?: unknown; mediaType?: unknown; manifests?: unknown; config?: { digest?: unknown }; layers?: unknown };
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw invalid(`not JSON, content type ${JSON.stringify(contentType)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || parsed.schemaVersion !== 2) throw invalid('no schemaVersion 2');
  const known = (type: unknown): type is string => Object.values(MEDIA_TYPES).includes(type as never);
  const mediaType = known(contentType)
    ? contentType
    : known(parsed.mediaType)
      ? parsed.mediaType
      : Array.isArray(parsed.manifests) ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest;
  if (isIndex(mediaType) ? !Array.isArray(parsed.manifests) : typeof parsed.config?.digest !== 'string' || !Array.isArray(parsed.layers)) {
    throw invalid(isIndex(mediaType) ? 'an index without manifests' : 'an image manifest without config and layers');
  }
  return mediaType;
}

export function isIndex(mediaType: string): boolean {
  return INDEX_TYPES.includes(mediaType);
}

/** Hashes bytes as they pass; errors at the end if digest or size differ, or after idleMs without data. */
function verifyingTransform(
  what: string, digest: string, size: number | undefined, idleMs: number, abort: (reason?: unknown) => void,
): TransformStream<Uint8Array, Uint8Array> {
  const hash = createHash('sha256');
  let received = 0;
  let idle: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(idle);
    idle = setTimeout(() => abort(new TransientError(`${what}: no data for ${idleMs} ms`, undefined)), idleMs);
  };
  arm();
  return new TransformStream({
    transform(chunk, controller) {
      arm();
      hash.update(chunk);
      received += chunk.length;
      if (size !== undefined && received > size) {
        clearTimeout(idle);
        controller.error(new DigestMismatchError(`${what}: more than the ${size} bytes announced`, undefined, 'SIZE_INVALID'));
        return;
      }
      controller.enqueue(chunk);
    },
    flush() {
      clearTimeout(idle);
      if (size !== undefined && received !== size) {
        throw new TransientError(`${what}: body cut short (${received} of ${size} bytes)`, undefined);
      }
      const actual = `sha256:${hash.digest('hex')}`;
      if (digest.startsWith('sha256:') && actual !== digest) {
        throw new DigestMismatchError(`${what}: content digest ${actual} does not match`, undefined, 'DIGEST_INVALID');
      }
    },
  });
}
