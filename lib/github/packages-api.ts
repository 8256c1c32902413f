/**
 * GitHub's REST API for container package versions: ghcr.io refuses manifest DELETE on the
 * registry API, so deleting an image there means deleting its package version
 * (https://docs.github.com/rest/packages/packages, API version 2022-11-28).
 *
 * - list:   GET    {api}/orgs/{org}/packages/container/{package}/versions?per_page=100
 *           (`/users/{user}/…` when the owner is not an organisation), paginated by `Link: rel="next"`
 * - delete: DELETE {api}/orgs/{org}/packages/container/{package}/versions/{id} → 204
 *
 * The token goes only to the API's own origin and never into a message.
 */
import { nextLink } from '../support/link-header.ts';
import { AuthError, CiImagesError } from '../support/errors.ts';
import { GITHUB_API_RETRY, MAX_RETRY_AFTER_MS, parseRetryAfter, retry, type RetryOptions } from '../support/retry.ts';
import { formatBytes, KiB, MiB, readBounded } from '../support/bounded-body.ts';
import { discard, httpRequest, type HttpResponse } from '../support/http.ts';
import { displayUrl, neutralize } from '../support/network-text.ts';

/** A page of versions (100 of them weigh ~100 KiB) and an error answer: what we read at most. */
const MAX_PAGE_BYTES = 8 * MiB;
const MAX_ERROR_BYTES = 64 * KiB;

export interface PackageVersion {
  readonly id: number;
  /** For containers: the manifest digest, `sha256:…`. */
  readonly name: string;
  readonly tags: readonly string[];
  readonly createdAt?: string;
}

export interface GithubPackagesOptions {
  /** GITHUB_API_URL, e.g. `https://api.github.com`. */
  readonly apiUrl: string;
  readonly token: string;
  readonly retry?: Partial<RetryOptions>;
  /** Per request, until its body is read. */
  readonly timeoutMs?: number;
  readonly onRetry?: (message: string) => void;
}

export type OwnerKind = 'orgs' | 'users';

/** An HTTP failure of the GitHub API other than authentication. */
export class GithubApiError extends CiImagesError {
  retryable = false;
  retryAfterMs: number | undefined;
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
    this.name = 'GithubApiError';
  }
}

class RetryableGithubError extends GithubApiError {
  override retryable = true;
  constructor(message: string, status: number | undefined, retryAfterMs?: number) {
    super(message, status);
    this.retryAfterMs = retryAfterMs;
  }
}

/** `ghcr.io/<owner>/<package…>` → owner and package name (the rest of the path, as GitHub names it). */
export function ghcrPackage(repository: string): { owner: string; packageName: string } {
  const slash = repository.indexOf('/');
  if (slash <= 0 || slash === repository.length - 1) {
    throw new GithubApiError(`${repository}: a ghcr.io repository must be <owner>/<package>`, undefined);
  }
  return { owner: repository.slice(0, slash), packageName: repository.slice(slash + 1) };
}

export class GithubPackagesClient {
  /** Every HTTP request sent, for figures and tests. */
  requestCount = 0;
  private readonly apiUrl: URL;
  private readonly retryOptions: RetryOptions;
  private readonly timeoutMs: number;
  /** Whether an owner is an organisation or a user, learnt from the first 404. */
  private readonly ownerKinds = new Map<string, OwnerKind>();

  constructor(private readonly options: GithubPackagesOptions) {
    this.apiUrl = new URL(options.apiUrl.replace(/\/+$/, '') + '/');
    this.retryOptions = { ...GITHUB_API_RETRY, ...options.retry };
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  private versionsUrl(kind: OwnerKind, owner: string, packageName: string, rest = ''): URL {
    return new URL(`${kind}/${encodeURIComponent(owner)}/packages/container/${encodeURIComponent(packageName)}/versions${rest}`, this.apiUrl);
  }

  /** All versions of a container package (every page). */
  async listVersions(owner: string, packageName: string): Promise<PackageVersion[]> {
    const kinds: OwnerKind[] = this.ownerKinds.has(owner) ? [this.ownerKinds.get(owner)!] : ['orgs', 'users'];
    for (const kind of kinds) {
      const first = this.versionsUrl(kind, owner, packageName, '?per_page=100&page=1');
      const versions: PackageVersion[] = [];
      let url: URL | undefined = first;
      let found = true;
      while (url) {
        const what: string = `GET package versions of ${owner}/${packageName}`;
        const response = await this.request('GET', url, what);
        if (response.status === 404 && url === first) {
          discard(response);
          found = false;
          break;
        }
        if (response.status !== 200) throw await this.failure(response, what);
        const body = await readPage(response, url, what);
        if (!Array.isArray(body)) throw new GithubApiError(`${what}: expected a JSON array of versions`, 200);
        for (const item of body as RawVersion[]) versions.push(toVersion(item));
        url = this.nextPage(response.headers.get('link'), url, what);
      }
      if (found) {
        this.ownerKinds.set(owner, kind);
        return versions;
      }
    }
    throw new GithubApiError(
      `GET package versions of ${owner}/${packageName} → HTTP 404: no container package ${packageName} for the organisation or user ${owner} (or the token cannot see it)`,
      404,
    );
  }

  /** Deletes one version; true when deleted, false when it was already gone (404). */
  async deleteVersion(owner: string, packageName: string, id: number): Promise<boolean> {
    if (!this.ownerKinds.has(owner)) await this.listVersions(owner, packageName);
    const kind = this.ownerKinds.get(owner)!;
    const what = `DELETE package version ${id} of ${owner}/${packageName}`;
    const response = await this.request('DELETE', this.versionsUrl(kind, owner, packageName, `/${id}`), what);
    if (response.status === 204 || response.status === 200) {
      discard(response);
      return true;
    }
    if (response.status === 404) {
      discard(response);
      return false;
    }
    throw await this.failure(response, what);
  }

  /** `Link: <…>; rel="next"`, followed only on the API's own origin (the token goes nowhere else). */
  private nextPage(link: string | null, current: URL, what: string): URL | undefined {
    const next = nextLink(link, current);
    if (next && next.origin !== this.apiUrl.origin) {
      throw new GithubApiError(`${what}: the next page is on another origin (${neutralize(next.origin, 100)}); not following it`, undefined);
    }
    return next;
  }

  /** One request (redirects never followed), retried; its timeout runs until the body is read or dropped. */
  private request(method: string, url: URL, what: string): Promise<HttpResponse> {
    return retry(
      async () => {
        this.requestCount++;
        let response: HttpResponse;
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(new Error(`timed out after ${this.timeoutMs} ms`)), this.timeoutMs).unref();
        try {
          response = await httpRequest(url, {
            method,
            headers: {
              accept: 'application/vnd.github+json',
              authorization: `Bearer ${this.options.token}`,
              'x-github-api-version': '2022-11-28',
              'user-agent': 'ci-images-prune',
            },
            signal: controller.signal,
          });
        } catch (error) {
          clearTimeout(timer);
          const e = error as { message?: string; code?: unknown };
          const reason = typeof e?.code === 'string' ? e.code : controller.signal.aborted ? `timed out after ${this.timeoutMs} ms` : 'network error';
          throw new RetryableGithubError(`${what}: ${reason}`, undefined);
        }
        response.body.once('close', () => clearTimeout(timer));
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
        const rateLimited =
          (response.status === 403 || response.status === 429) &&
          (retryAfterMs !== undefined || response.headers.get('x-ratelimit-remaining') === '0');
        if (response.status === 429 || response.status >= 500 || rateLimited) {
          const message = await githubMessage(response);
          const reset = Number(response.headers.get('x-ratelimit-reset'));
          const resetMs = retryAfterMs ?? (rateLimited && reset > 0 ? Math.max(0, reset * 1000 - Date.now()) : undefined);
          const said = `${what} → HTTP ${response.status}${message ? `: ${message}` : ''}`;
          // A rate limit that lifts in minutes is not worth holding the job for: fail now, say when.
          if (resetMs !== undefined && resetMs > MAX_RETRY_AFTER_MS) {
            throw new GithubApiError(`${said}; rate limited for another ${Math.ceil(resetMs / 1000)} s`, response.status);
          }
          throw new RetryableGithubError(said, response.status, resetMs);
        }
        return response;
      },
      {
        ...this.retryOptions,
        onRetry: (error, attempt, delay) =>
          this.options.onRetry?.(`${this.apiUrl.host}: ${(error as Error).message}; retry ${attempt} in ${(delay / 1000).toFixed(1)}s`),
      },
    );
  }

  private async failure(response: HttpResponse, what: string): Promise<Error> {
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      // Redirects are never followed: the token goes to the API's own origin and nowhere else.
      discard(response);
      const target = URL.canParse(location, this.apiUrl) ? displayUrl(new URL(location, this.apiUrl)) : 'a location that is not a URL';
      return new GithubApiError(`${what} → HTTP ${response.status}: redirected to ${target}; not following it (the token goes to ${this.apiUrl.origin} only)`, response.status);
    }
    const message = await githubMessage(response);
    const said = `${what} → HTTP ${response.status}${message ? `: ${message}` : ''}`;
    if (response.status === 401) return new AuthError(`unauthorized: ${said}; check CONTAINER_REGISTRY_TOKEN (or GITHUB_TOKEN)`);
    if (response.status === 403) return new AuthError(`denied: ${said}; the token needs the read:packages and delete:packages scopes and admin access to the package`);
    return new GithubApiError(said, response.status);
  }
}

interface RawVersion {
  id?: unknown;
  name?: unknown;
  created_at?: unknown;
  metadata?: { package_type?: unknown; container?: { tags?: unknown } };
}

function toVersion(item: RawVersion): PackageVersion {
  if (typeof item?.id !== 'number' || typeof item.name !== 'string') {
    throw new GithubApiError('package version without a numeric id and a name', 200);
  }
  const tags = Array.isArray(item.metadata?.container?.tags) ? (item.metadata!.container!.tags as unknown[]).filter((t): t is string => typeof t === 'string') : [];
  return { id: item.id, name: item.name, tags, createdAt: typeof item.created_at === 'string' ? item.created_at : undefined };
}

/** A page of the API as JSON, read up to MAX_PAGE_BYTES. */
async function readPage(response: HttpResponse, url: URL, what: string): Promise<unknown> {
  const body = await readBounded(response, MAX_PAGE_BYTES);
  if (!body.ok) {
    const size = body.announced !== undefined ? `${formatBytes(body.announced)} announced` : `at least ${formatBytes(body.received)} sent`;
    throw new GithubApiError(`${what}: the answer from ${displayUrl(url)} is larger than ${formatBytes(MAX_PAGE_BYTES)} (${size}); not reading it`, 200);
  }
  try {
    return JSON.parse(body.bytes.toString('utf8')) as unknown;
  } catch {
    const type = neutralize(response.headers.get('content-type') ?? 'no content type', 80);
    throw new GithubApiError(`${what}: the answer from ${displayUrl(url)} is ${type}, not JSON`, 200);
  }
}

/** GitHub errors are `{"message": "...", "documentation_url": "..."}`: the message, neutralized, from at most 64 KiB. */
async function githubMessage(response: HttpResponse): Promise<string | undefined> {
  try {
    const body = await readBounded(response, MAX_ERROR_BYTES, { truncate: true });
    const parsed = JSON.parse(body.ok ? body.bytes.toString('utf8') : '') as { message?: unknown };
    return typeof parsed.message === 'string' ? neutralize(parsed.message, 200) : undefined;
  } catch {
    return undefined;
  }
}
