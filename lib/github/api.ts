/**
 * The one GitHub REST client (API version 2022-11-28): package versions (packages-api.ts) and
 * workflow runs (runs.ts) go through it.
 *
 * - `Authorization: Bearer`, `Accept: application/vnd.github+json`, `X-GitHub-Api-Version`, a
 *   `User-Agent` (GitHub refuses requests without one);
 * - the token goes to the API's own origin only: redirects are never followed, a `Link` to
 *   another origin is not followed, and no URL of another origin is requested at all;
 * - conditional GETs (`If-None-Match` with the last ETag of that URL; a 304 does not count
 *   against the rate limit) answer from the copy kept with the ETag;
 * - `x-ratelimit-*` headers are kept (`rateLimit`) so callers can slow down; 429, 5xx and 403/429
 *   secondary limits with `retry-after` are retried within the policy, longer waits fail now and
 *   say how long (`GithubApiError.retryAfterMs`);
 * - every body is read up to a cap.
 */
import { nextLink } from '../support/link-header.ts';
import { CiImagesError } from '../support/errors.ts';
import { GITHUB_API_RETRY, MAX_RETRY_AFTER_MS, parseRetryAfter, retry, type RetryOptions } from '../support/retry.ts';
import { formatBytes, KiB, MiB, readBounded } from '../support/bounded-body.ts';
import { discard, httpRequest, type HttpResponse, type ResponseHeaders } from '../support/http.ts';
import { displayUrl, neutralize } from '../support/network-text.ts';

/** A page of the API (100 package versions weigh ~100 KiB, 100 runs ~1 MiB) and an error answer: what we read at most. */
export const MAX_PAGE_BYTES = 8 * MiB;
const MAX_ERROR_BYTES = 64 * KiB;
/** Pages followed by `getPages` at most: 100 per page, 10,000 items. */
export const MAX_PAGES = 100;
export const API_VERSION = '2022-11-28';
const USER_AGENT = 'ci-images';

export interface GithubApiOptions {
  /** GITHUB_API_URL, e.g. `https://api.github.com` or `https://ghe.example.com/api/v3`. */
  readonly apiUrl: string;
  readonly token: string;
  /** Appended to `ci-images/` in the User-Agent, e.g. `prune`. */
  readonly agentSuffix?: string;
  readonly retry?: Partial<RetryOptions>;
  /** Per request, until its body is read. */
  readonly timeoutMs?: number;
  readonly maxPages?: number;
  readonly onRetry?: (message: string) => void;
}

/** The last `x-ratelimit-*` headers seen. */
export interface RateLimit {
  readonly limit?: number;
  readonly remaining?: number;
  /** Absolute time (ms) the window resets. */
  readonly resetAtMs?: number;
}

/** An HTTP failure of the GitHub API (status undefined: the exchange itself failed). */
export class GithubApiError extends CiImagesError {
  retryable = false;
  constructor(
    message: string,
    readonly status: number | undefined,
    public retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'GithubApiError';
  }
}

export class RetryableGithubError extends GithubApiError {
  override retryable = true;
}

export interface JsonAnswer {
  readonly status: number;
  readonly data: unknown;
  /** A 304: `data` is the copy kept from the answer that carried the ETag. */
  readonly notModified: boolean;
  readonly headers: ResponseHeaders;
}

export class GithubApi {
  /** Every HTTP request sent (retries included), for figures and tests. */
  requestCount = 0;
  rateLimit: RateLimit = {};
  readonly apiUrl: URL;
  private readonly retryOptions: RetryOptions;
  private readonly timeoutMs: number;
  private readonly etags = new Map<string, { etag: string; data: unknown }>();

  constructor(private readonly options: GithubApiOptions) {
    this.apiUrl = new URL(options.apiUrl.replace(/\/+$/, '') + '/');
    this.retryOptions = { ...GITHUB_API_RETRY, ...options.retry };
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** A path of the API (no leading slash needed), resolved under GITHUB_API_URL (its path kept, as GHES's `/api/v3`). */
  url(path: string): URL {
    return new URL(path.replace(/^\/+/, ''), this.apiUrl);
  }

  /**
   * GET as JSON. Statuses in `accept` (default 200) are answers; anything else is thrown as
   * `failure` makes it. With `conditional`, the last ETag of the URL goes along and a 304 answers
   * with the copy kept.
   */
  async getJson(
    target: string | URL,
    what: string,
    options: { conditional?: boolean; accept?: readonly number[] } = {},
  ): Promise<JsonAnswer> {
    const url = typeof target === 'string' ? this.url(target) : target;
    const kept = options.conditional ? this.etags.get(url.href) : undefined;
    const response = await this.request('GET', url, what, kept ? { 'if-none-match': kept.etag } : {});
    if (response.status === 304 && kept) {
      discard(response);
      return { status: 304, data: kept.data, notModified: true, headers: response.headers };
    }
    if (!(options.accept ?? [200]).includes(response.status)) throw await this.failure(response, what);
    const data = await readJson(response, url, what);
    const etag = response.headers.get('etag');
    if (options.conditional && etag && response.status === 200) this.etags.set(url.href, { etag, data });
    return { status: response.status, data, notModified: false, headers: response.headers };
  }

  /** Every page of a listing (`Link: rel="next"`, same origin only, MAX_PAGES at most): the items `itemsOf` finds in each. */
  async getPages(target: string | URL, what: string, itemsOf: (page: unknown) => unknown[]): Promise<unknown[]> {
    const items: unknown[] = [];
    let url: URL | undefined = typeof target === 'string' ? this.url(target) : target;
    for (let page = 1; url; page++) {
      const answer = await this.getJson(url, what);
      items.push(...itemsOf(answer.data));
      url = this.nextPage(answer.headers, url, what);
      if (url && page >= (this.options.maxPages ?? MAX_PAGES)) {
        throw new GithubApiError(`${what}: more than ${page} pages; not reading further`, 200);
      }
    }
    return items;
  }

  /** The `rel="next"` page, if any; a next page on another origin is refused (the token would go there). */
  nextPage(headers: ResponseHeaders, current: URL, what: string): URL | undefined {
    const next = nextLink(headers.get('link'), current);
    if (next && next.origin !== this.apiUrl.origin) {
      throw new GithubApiError(
        `${what}: the next page is on another origin (${neutralize(next.origin, 100)}); not following it`,
        undefined,
      );
    }
    return next;
  }

  /** One request (redirects never followed), retried by the policy; its timeout runs until the body is read or dropped. */
  request(method: string, url: URL, what: string, headers: Record<string, string> = {}): Promise<HttpResponse> {
    if (url.origin !== this.apiUrl.origin) {
      return Promise.reject(
        new GithubApiError(`${what}: ${displayUrl(url)} is not on ${this.apiUrl.origin}; the token goes nowhere else`, undefined),
      );
    }
    return retry(() => this.attempt(method, url, what, headers), {
      ...this.retryOptions,
      onRetry: (error, attempt, delay) =>
        this.options.onRetry?.(`${this.apiUrl.host}: ${(error as Error).message}; retry ${attempt} in ${(delay / 1000).toFixed(1)}s`),
    });
  }

  private async attempt(method: string, url: URL, what: string, headers: Record<string, string>): Promise<HttpResponse> {
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
          'x-github-api-version': API_VERSION,
          'user-agent': this.options.agentSuffix ? `${USER_AGENT}-${this.options.agentSuffix}` : USER_AGENT,
          ...headers,
        },
        signal: controller.signal,
      });
    } catch (error) {
      clearTimeout(timer);
      const e = error as { message?: string; code?: unknown };
      const reason =
        typeof e?.code === 'string' ? e.code : controller.signal.aborted ? `timed out after ${this.timeoutMs} ms` : 'network error';
      throw new RetryableGithubError(`${what}: ${reason}`, undefined);
    }
    response.body.once('close', () => clearTimeout(timer));
    this.noteRateLimit(response.headers);
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    const rateLimited =
      (response.status === 403 || response.status === 429) &&
      (retryAfterMs !== undefined || response.headers.get('x-ratelimit-remaining') === '0');
    if (response.status === 429 || response.status >= 500 || rateLimited) {
      const message = await githubMessage(response);
      const resetMs =
        retryAfterMs ?? (rateLimited && this.rateLimit.resetAtMs ? Math.max(0, this.rateLimit.resetAtMs - Date.now()) : undefined);
      const said = `${what} → HTTP ${response.status}${message ? `: ${message}` : ''}`;
      // A rate limit that lifts in minutes is not worth holding the job for: fail now, say when.
      if (resetMs !== undefined && resetMs > (this.retryOptions.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS)) {
        throw new GithubApiError(`${said}; rate limited for another ${Math.ceil(resetMs / 1000)} s`, response.status, resetMs);
      }
      throw new RetryableGithubError(said, response.status, resetMs);
    }
    return response;
  }

  private noteRateLimit(headers: ResponseHeaders): void {
    const number = (name: string) => {
      const value = headers.get(name);
      return value !== null && /^\d{1,12}$/.test(value.trim()) ? Number(value) : undefined;
    };
    const remaining = number('x-ratelimit-remaining');
    if (remaining === undefined) return;
    const reset = number('x-ratelimit-reset');
    this.rateLimit = { limit: number('x-ratelimit-limit'), remaining, resetAtMs: reset === undefined ? undefined : reset * 1000 };
  }

  /**
   * The error for an answer we did not expect: a redirect is named and not followed; otherwise
   * the status and GitHub's message. `hints` adds advice per status (e.g. the scopes needed).
   */
  async failure(response: HttpResponse, what: string, hints: Readonly<Record<number, string>> = {}): Promise<GithubApiError> {
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      // Redirects are never followed: the token goes to the API's own origin and nowhere else.
      discard(response);
      const target = URL.canParse(location, this.apiUrl) ? displayUrl(new URL(location, this.apiUrl)) : 'a location that is not a URL';
      return new GithubApiError(
        `${what} → HTTP ${response.status}: redirected to ${target}; not following it (the token goes to ${this.apiUrl.origin} only)`,
        response.status,
      );
    }
    const message = await githubMessage(response);
    const hint = hints[response.status];
    return new GithubApiError(
      `${what} → HTTP ${response.status}${message ? `: ${message}` : ''}${hint ? `; ${hint}` : ''}`,
      response.status,
    );
  }
}

/** A body as JSON, read up to MAX_PAGE_BYTES. */
export async function readJson(response: HttpResponse, url: URL, what: string): Promise<unknown> {
  const body = await readBounded(response, MAX_PAGE_BYTES);
  if (!body.ok) {
    const size = body.announced !== undefined ? `${formatBytes(body.announced)} announced` : `at least ${formatBytes(body.received)} sent`;
    throw new GithubApiError(
      `${what}: the answer from ${displayUrl(url)} is larger than ${formatBytes(MAX_PAGE_BYTES)} (${size}); not reading it`,
      response.status,
    );
  }
  try {
    return JSON.parse(body.bytes.toString('utf8')) as unknown;
  } catch {
    const type = neutralize(response.headers.get('content-type') ?? 'no content type', 80);
    throw new GithubApiError(`${what}: the answer from ${displayUrl(url)} is ${type}, not JSON`, response.status);
  }
}

/** GitHub errors are `{"message": "...", "documentation_url": "..."}`: the message, neutralized, from at most 64 KiB. */
export async function githubMessage(response: HttpResponse): Promise<string | undefined> {
  try {
    const body = await readBounded(response, MAX_ERROR_BYTES, { truncate: true });
    const parsed = JSON.parse(body.ok ? body.bytes.toString('utf8') : '') as { message?: unknown };
    return typeof parsed.message === 'string' ? neutralize(parsed.message, 200) : undefined;
  } catch {
    return undefined;
  }
}
