/**
 * A small stand-in for GitHub's REST API for container package versions — NOT real GitHub, which
 * these machines cannot reach. It follows the documented request and response shapes
 * (https://docs.github.com/rest/packages/packages, X-GitHub-Api-Version 2022-11-28):
 *
 * - GET    /orgs/{org}/packages/container/{package}/versions?per_page=&page=   (and /users/{user}/…)
 *   → 200 `[{id, name: "sha256:…", url, created_at, updated_at, html_url, metadata: {package_type:
 *   "container", container: {tags: [...]}}}]`, newest first, with `Link: <…>; rel="next", <…>; rel="last"`
 *   pointing, as GitHub does, at `/organizations/{numeric id}/…` (served too);
 * - DELETE /orgs/{org}/packages/container/{package}/versions/{id} → 204;
 * - 404 `{"message": "Not Found", "documentation_url": …}` for an unknown owner kind, package or version;
 * - 401 `{"message": "Requires authentication", …}` without `Authorization`, `{"message": "Bad credentials", …}`
 *   with another token; 403 `Request forbidden by administrative rules…` without a `User-Agent`;
 * - workflow runs and jobs, scripted over time (github-actions-routes.ts), with `ETag` on every 200
 *   and 304 (no body, not counted against the rate limit) for a matching `If-None-Match`;
 * - `x-ratelimit-limit/-remaining/-used/-reset/-resource` on every answer, and scripted faults
 *   (e.g. 403 secondary rate limit with `retry-after`, 500) for requests matching a path.
 *
 * GitHub caps per_page at 100; the stub can cap it lower to exercise pagination with few versions.
 * Every request is recorded (method, path, headers) so tests can check what was sent.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { actionsRoute, type StubRun } from './github-actions-routes.ts';

export type { StubJob, StubRun, StubRunStep } from './github-actions-routes.ts';

export interface StubVersion {
  readonly id: number;
  /** The manifest digest. */
  readonly name: string;
  readonly tags: readonly string[];
  readonly createdAt?: string;
}

export interface StubPackage {
  readonly owner: string;
  readonly ownerKind: 'orgs' | 'users';
  readonly name: string;
  versions: StubVersion[];
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly accept: string | undefined;
  readonly apiVersion: string | undefined;
  readonly userAgent: string | undefined;
  readonly ifNoneMatch: string | undefined;
  readonly status: number;
  /** ms after the first request. */
  readonly atMs: number;
}

/** Answers `status` (with `retryAfter` seconds, GitHub's `message`) to the next `times` requests whose path matches. */
export interface StubFault {
  readonly path: RegExp;
  readonly status: number;
  times: number;
  readonly retryAfter?: number;
  readonly message?: string;
  /** Sent as x-ratelimit-remaining with the fault (a primary rate limit is `0`). */
  readonly remaining?: number;
  /** Only from this long after the start. */
  readonly afterMs?: number;
}

export interface GithubApiStub {
  /** `http://127.0.0.1:PORT` — what GITHUB_API_URL is set to. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  readonly packages: StubPackage[];
  /** Version ids deleted, in order. */
  readonly deleted: number[];
  /** Date.now() of the first request (where scripted time starts), undefined before it. */
  startedAt(): number | undefined;
  stop(): Promise<void>;
}

export interface GithubApiStubOptions {
  readonly token: string;
  readonly packages: StubPackage[];
  /** Lower than GitHub's 100, to force several pages. */
  readonly maxPerPage?: number;
  /** Status codes served once each, in order, before the real answer (e.g. 502 to exercise retries). */
  readonly failFirst?: number[];
  /** Workflow runs, scripted over time. */
  readonly runs?: StubRun[];
  readonly faults?: StubFault[];
  /** Requests left in the rate-limit window at the start (default 1000, GITHUB_TOKEN's per repository and hour). */
  readonly rateLimitRemaining?: number;
}

const DOCS = 'https://docs.github.com/rest/packages/packages';

export async function startGithubApiStub(options: GithubApiStubOptions): Promise<GithubApiStub> {
  const requests: RecordedRequest[] = [];
  const deleted: number[] = [];
  const failures = [...(options.failFirst ?? [])];
  const ownerIds = new Map<string, number>();
  const ownerId = (owner: string) => {
    if (!ownerIds.has(owner)) ownerIds.set(owner, 1000 + ownerIds.size);
    return ownerIds.get(owner)!;
  };
  let base = '';
  // Scripted time starts with the first request: a wait's start-up (seconds under load) does not eat the script.
  let started: number | undefined;
  const limit = 1000;
  let remaining = options.rateLimitRemaining ?? limit;
  const resetAt = Math.floor(Date.now() / 1000) + 3600;

  const handle = (req: IncomingMessage, res: ServerResponse): number => {
    const url = new URL(req.url ?? '/', base);
    started ??= Date.now();
    const elapsedMs = Date.now() - started;
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      const json = body === undefined ? undefined : JSON.stringify(body);
      const etag =
        status === 200 && json !== undefined && req.method === 'GET' ? `W/"${createHash('sha1').update(json).digest('hex')}"` : undefined;
      const notModified = etag !== undefined && req.headers['if-none-match'] === etag;
      if (!notModified) remaining = Math.max(0, remaining - 1);
      res.writeHead(notModified ? 304 : status, {
        'x-github-api-version-selected': '2022-11-28',
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(remaining),
        'x-ratelimit-used': String(limit - remaining),
        'x-ratelimit-reset': String(resetAt),
        'x-ratelimit-resource': 'core',
        ...(etag ? { etag } : {}),
        ...(json === undefined || notModified ? {} : { 'content-type': 'application/json; charset=utf-8' }),
        ...headers,
      });
      res.end(notModified ? undefined : json);
      return notModified ? 304 : status;
    };
    const failure = failures.shift();
    if (failure) return send(failure, { message: 'Server Error' });
    const fault = options.faults?.find((f) => f.times > 0 && f.path.test(url.pathname) && elapsedMs >= (f.afterMs ?? 0));
    if (fault) {
      fault.times--;
      if (fault.remaining !== undefined) remaining = fault.remaining + 1;
      return send(
        fault.status,
        { message: fault.message ?? 'Server Error', documentation_url: DOCS },
        fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) },
      );
    }
    if (!req.headers['user-agent']) {
      return send(403, {
        message:
          'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). Check https://developer.github.com for other possible causes.',
      });
    }
    if (req.headers.authorization !== `Bearer ${options.token}`) {
      const message = req.headers.authorization ? 'Bad credentials' : 'Requires authentication';
      return send(401, { message, documentation_url: 'https://docs.github.com/rest' });
    }
    const actions = actionsRoute(options.runs ?? [], base, url, elapsedMs, options.maxPerPage ?? 100);
    if (actions && req.method === 'GET') return send(actions.status, actions.body, actions.headers);
    const match = /^\/(orgs|users|organizations)\/([^/]+)\/packages\/container\/([^/]+)\/versions(?:\/(\d+))?$/.exec(url.pathname);
    if (!match) return send(404, { message: 'Not Found', documentation_url: DOCS });
    const [, kind, ownerPart, packagePart, idPart] = match;
    const packageName = decodeURIComponent(packagePart);
    const pkg = options.packages.find(
      (p) =>
        p.name === packageName &&
        (kind === 'organizations'
          ? String(ownerId(p.owner)) === ownerPart && p.ownerKind === 'orgs'
          : p.owner === ownerPart && p.ownerKind === kind),
    );
    if (!pkg) return send(404, { message: 'Package not found.', documentation_url: DOCS });
    const versionUrl = (v: StubVersion) =>
      `${base}/${pkg.ownerKind}/${pkg.owner}/packages/container/${encodeURIComponent(pkg.name)}/versions/${v.id}`;

    if (req.method === 'GET' && !idPart) {
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100, options.maxPerPage ?? 100);
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
      const ordered = [...pkg.versions].sort((a, b) => b.id - a.id);
      const items = ordered.slice((page - 1) * perPage, page * perPage).map((v) => ({
        id: v.id,
        name: v.name,
        url: versionUrl(v),
        package_html_url: `https://github.com/orgs/${pkg.owner}/packages/container/package/${pkg.name}`,
        created_at: v.createdAt ?? '2021-01-01T00:00:00Z',
        updated_at: v.createdAt ?? '2021-01-01T00:00:00Z',
        html_url: `https://github.com/orgs/${pkg.owner}/packages/container/${pkg.name}/${v.id}`,
        metadata: { package_type: 'container', container: { tags: [...v.tags] } },
      }));
      const last = Math.max(1, Math.ceil(ordered.length / perPage));
      const pageUrl = (n: number) => {
        const owner = pkg.ownerKind === 'orgs' ? `organizations/${ownerId(pkg.owner)}` : `users/${pkg.owner}`;
        return `${base}/${owner}/packages/container/${encodeURIComponent(pkg.name)}/versions?per_page=${perPage}&page=${n}`;
      };
      const links: string[] = [];
      if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`, `<${pageUrl(1)}>; rel="first"`);
      if (page < last) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
      return send(200, items, links.length ? { link: links.join(', ') } : {});
    }
    if (req.method === 'DELETE' && idPart) {
      const index = pkg.versions.findIndex((v) => v.id === Number(idPart));
      if (index < 0) return send(404, { message: 'Not Found', documentation_url: DOCS });
      pkg.versions.splice(index, 1);
      deleted.push(Number(idPart));
      return send(204);
    }
    return send(404, { message: 'Not Found', documentation_url: DOCS });
  };

  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const status = handle(req, res);
      requests.push({
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization,
        accept: req.headers.accept,
        apiVersion: req.headers['x-github-api-version'] as string | undefined,
        userAgent: req.headers['user-agent'],
        ifNoneMatch: req.headers['if-none-match'] as string | undefined,
        status,
        atMs: Date.now() - (started ?? Date.now()),
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    packages: options.packages,
    deleted,
    startedAt: () => started,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
