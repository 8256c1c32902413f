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
 * - 401 `{"message": "Requires authentication", …}` without `Authorization: Bearer <token>`.
 *
 * GitHub caps per_page at 100; the stub can cap it lower to exercise pagination with few versions.
 * Every request is recorded (method, path, headers) so tests can check what was sent.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

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
  readonly status: number;
}

export interface GithubApiStub {
  /** `http://127.0.0.1:PORT` — what GITHUB_API_URL is set to. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  readonly packages: StubPackage[];
  /** Version ids deleted, in order. */
  readonly deleted: number[];
  stop(): Promise<void>;
}

export interface GithubApiStubOptions {
  readonly token: string;
  readonly packages: StubPackage[];
  /** Lower than GitHub's 100, to force several pages. */
  readonly maxPerPage?: number;
  /** Status codes served once each, in order, before the real answer (e.g. 502 to exercise retries). */
  readonly failFirst?: number[];
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

  const handle = (req: IncomingMessage, res: ServerResponse): number => {
    const url = new URL(req.url ?? '/', base);
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'x-github-api-version-selected': '2022-11-28', ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }), ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
      return status;
    };
    const failure = failures.shift();
    if (failure) return send(failure, { message: 'Server Error' });
    if (req.headers.authorization !== `Bearer ${options.token}`) {
      return send(401, { message: 'Requires authentication', documentation_url: DOCS });
    }
    const match = /^\/(orgs|users|organizations)\/([^/]+)\/packages\/container\/([^/]+)\/versions(?:\/(\d+))?$/.exec(url.pathname);
    if (!match) return send(404, { message: 'Not Found', documentation_url: DOCS });
    const [, kind, ownerPart, packagePart, idPart] = match;
    const packageName = decodeURIComponent(packagePart);
    const pkg = options.packages.find((p) =>
      p.name === packageName && (kind === 'organizations' ? String(ownerId(p.owner)) === ownerPart && p.ownerKind === 'orgs' : p.owner === ownerPart && p.ownerKind === kind),
    );
    if (!pkg) return send(404, { message: 'Package not found.', documentation_url: DOCS });
    const versionUrl = (v: StubVersion) => `${base}/${pkg.ownerKind}/${pkg.owner}/packages/container/${encodeURIComponent(pkg.name)}/versions/${v.id}`;

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
        status,
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
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
