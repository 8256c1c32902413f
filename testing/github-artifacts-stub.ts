/**
 * A stand-in for GitHub's REST API for workflow-run artifacts — NOT real GitHub. It follows the
 * documented shapes (https://docs.github.com/rest/actions/artifacts, X-GitHub-Api-Version 2022-11-28):
 *
 * - GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts?per_page=&page=&name= → 200
 *   `{total_count, artifacts: [{id, node_id, name, size_in_bytes, url, archive_download_url,
 *   expired, created_at, expires_at, updated_at, workflow_run: {id}}]}` with `Link: rel="next"`;
 *   404 `{"message": "Not Found"}` for an unknown run;
 * - GET /repos/{owner}/{repo}/actions/artifacts/{id}/zip → 302 `Location:` a signed URL on a
 *   separate storage host (another loopback port), or 410 `{"message": "Artifact has expired"}`;
 * - 401 without `Authorization: Bearer <token>`.
 *
 * The storage host serves the zip to whoever holds the signed URL and records the Authorization
 * header of every request it gets, so a test can show the token never reached it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubArtifact {
  readonly id: number;
  readonly name: string;
  readonly runId: number;
  readonly expired?: boolean;
  readonly zip: Buffer;
}

export interface ArtifactsStub {
  readonly url: string;
  readonly storageUrl: string;
  /** Authorization headers the storage host received (undefined when none was sent). */
  readonly storageAuthorizations: (string | undefined)[];
  readonly apiPaths: string[];
  stop(): Promise<void>;
}

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

export async function startArtifactsStub(options: {
  token: string;
  repository: string;
  artifacts: StubArtifact[];
  maxPerPage?: number;
}): Promise<ArtifactsStub> {
  const storageAuthorizations: (string | undefined)[] = [];
  const apiPaths: string[] = [];
  const storage = createServer((req: IncomingMessage, res: ServerResponse) => {
    storageAuthorizations.push(req.headers.authorization);
    const url = new URL(req.url ?? '/', 'http://storage');
    const artifact = options.artifacts.find((a) => `/blob/${a.id}` === url.pathname && url.searchParams.get('sig') === `signed-${a.id}`);
    if (!artifact) return json(res, 403, { message: 'signature invalid' });
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(artifact.zip.length) });
    res.end(artifact.zip);
  });
  const storageUrl = await listen(storage);
  let base = '';
  const api = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', base);
    apiPaths.push(url.pathname + url.search);
    if (req.headers.authorization !== `Bearer ${options.token}`) return json(res, 401, { message: 'Requires authentication' });
    const prefix = `/repos/${options.repository}/actions`;
    const list = new RegExp(`^${prefix}/runs/(\\d+)/artifacts$`).exec(url.pathname);
    if (list) {
      const runId = Number(list[1]);
      const ofRun = options.artifacts.filter((a) => a.runId === runId);
      if (ofRun.length === 0) return json(res, 404, { message: 'Not Found' });
      const name = url.searchParams.get('name');
      const matching = ofRun.filter((a) => !name || a.name === name);
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100, options.maxPerPage ?? 100);
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
      const items = matching.slice((page - 1) * perPage, page * perPage).map((a) => ({
        id: a.id,
        node_id: `A_${a.id}`,
        name: a.name,
        size_in_bytes: a.zip.length,
        url: `${base}${prefix}/artifacts/${a.id}`,
        archive_download_url: `${base}${prefix}/artifacts/${a.id}/zip`,
        expired: a.expired === true,
        created_at: '2026-01-01T00:00:00Z',
        expires_at: '2026-04-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
        workflow_run: { id: a.runId },
      }));
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(perPage));
      const headers: Record<string, string> = page * perPage < matching.length ? { link: `<${next.href}>; rel="next"` } : {};
      return json(res, 200, { total_count: matching.length, artifacts: items }, headers);
    }
    const zip = new RegExp(`^${prefix}/artifacts/(\\d+)/zip$`).exec(url.pathname);
    const artifact = zip && options.artifacts.find((a) => a.id === Number(zip[1]));
    if (artifact) {
      if (artifact.expired) return json(res, 410, { message: 'Artifact has expired' });
      res.writeHead(302, { location: `${storageUrl}/blob/${artifact.id}?sig=signed-${artifact.id}` });
      return res.end();
    }
    return json(res, 404, { message: 'Not Found' });
  });
  base = await listen(api);
  const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));
  return {
    url: base,
    storageUrl,
    storageAuthorizations,
    apiPaths,
    stop: async () => void (await Promise.all([close(api), close(storage)])),
  };
}
