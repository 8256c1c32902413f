/**
 * A workflow run's artifacts through GitHub's REST API (API version 2022-11-28), the minimum load
 * needs until the shared client (lib/github/api.ts) lands:
 *
 * - GET {api}/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts?per_page=100[&name=NAME] → 200
 *   `{total_count, artifacts: [{id, name, size_in_bytes, expired, archive_download_url, …}]}`,
 *   paginated by `Link: rel="next"` (followed on the API's origin only);
 * - GET archive_download_url → 302 to storage on another host; the redirect is followed WITHOUT
 *   the Authorization header (the token goes to the API's origin only), the zip streamed to a file.
 */
import { createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AuthError, CiImagesError } from '../support/errors.ts';
import { KiB, MiB, readBounded } from '../support/bounded-body.ts';
import { discard, httpRequest, type HttpResponse } from '../support/http.ts';
import { nextLink } from '../support/link-header.ts';
import { displayUrl, neutralize } from '../support/network-text.ts';

export interface Artifact {
  readonly id: number;
  readonly name: string;
  readonly sizeInBytes: number;
  readonly expired: boolean;
  readonly downloadUrl: string;
}

export interface ArtifactsOptions {
  readonly apiUrl: string;
  readonly token: string;
  /** owner/name */
  readonly repository: string;
  readonly timeoutMs?: number;
}

const MAX_PAGE_BYTES = 8 * MiB;
const MAX_REDIRECTS = 3;

export class ArtifactError extends CiImagesError {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ArtifactError';
  }
}

export class ArtifactsClient {
  private readonly apiUrl: URL;
  constructor(private readonly options: ArtifactsOptions) {
    this.apiUrl = new URL(options.apiUrl.replace(/\/+$/, '') + '/');
  }

  private headers(url: URL): Record<string, string> {
    const base = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': 'ci-images-load' };
    // The token only ever goes to the API's own origin.
    return url.origin === this.apiUrl.origin && this.options.token ? { ...base, authorization: `Bearer ${this.options.token}` } : base;
  }

  private async get(url: URL, what: string): Promise<HttpResponse> {
    const signal = AbortSignal.timeout(this.options.timeoutMs ?? 60_000);
    try {
      return await httpRequest(url, { method: 'GET', headers: this.headers(url), signal, timeoutMs: this.options.timeoutMs ?? 60_000 });
    } catch (error) {
      throw new ArtifactError(`${what}: ${(error as { code?: string }).code ?? (error as Error).message}`);
    }
  }

  /** The artifacts of a run (every page), those named `name` when given. */
  async list(runId: string, name?: string): Promise<Artifact[]> {
    const what = `GET artifacts of run ${runId} in ${this.options.repository}`;
    let url: URL | undefined = new URL(
      `repos/${this.options.repository}/actions/runs/${runId}/artifacts?per_page=100${name ? `&name=${encodeURIComponent(name)}` : ''}`,
      this.apiUrl,
    );
    const artifacts: Artifact[] = [];
    while (url) {
      const response = await this.get(url, what);
      if (response.status !== 200) throw await failure(response, what, runId, this.options.repository);
      const body = await readBounded(response, MAX_PAGE_BYTES);
      if (!body.ok) throw new ArtifactError(`${what}: the answer is larger than ${MAX_PAGE_BYTES} bytes`);
      let page: { artifacts?: unknown };
      try {
        page = JSON.parse(body.bytes.toString('utf8')) as { artifacts?: unknown };
      } catch {
        throw new ArtifactError(`${what}: the answer is not JSON`);
      }
      if (!Array.isArray(page.artifacts)) throw new ArtifactError(`${what}: the answer has no artifacts list`);
      for (const raw of page.artifacts as Record<string, unknown>[]) {
        if (typeof raw?.id !== 'number' || typeof raw.name !== 'string' || typeof raw.archive_download_url !== 'string') continue;
        artifacts.push({
          id: raw.id,
          name: raw.name,
          sizeInBytes: Number(raw.size_in_bytes) || 0,
          expired: raw.expired === true,
          downloadUrl: raw.archive_download_url,
        });
      }
      const next = nextLink(response.headers.get('link'), url);
      if (next && next.origin !== this.apiUrl.origin)
        throw new ArtifactError(`${what}: the next page is on another origin (${neutralize(next.origin, 100)}); not following it`);
      url = next;
    }
    return name ? artifacts.filter((a) => a.name === name) : artifacts;
  }

  /** Streams the artifact's zip to `path`, at most `maxBytes`; redirects followed, credentials never to another origin. */
  async download(artifact: Artifact, path: string, maxBytes: number): Promise<void> {
    const what = `GET artifact ${JSON.stringify(neutralize(artifact.name, 100))}`;
    let url = new URL(artifact.downloadUrl, this.apiUrl);
    if (url.origin !== this.apiUrl.origin)
      throw new ArtifactError(`${what}: archive_download_url is not on ${this.apiUrl.origin}; not sending the token there`);
    for (let hop = 0; ; hop++) {
      const response = await this.get(url, what);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        discard(response);
        if (hop >= MAX_REDIRECTS) throw new ArtifactError(`${what}: more than ${MAX_REDIRECTS} redirects`);
        if (!URL.canParse(location, url)) throw new ArtifactError(`${what}: redirected to a location that is not a URL`);
        url = new URL(location, url);
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
          throw new ArtifactError(`${what}: redirected to ${neutralize(url.protocol, 20)}, not http(s)`);
        continue;
      }
      if (response.status === 410)
        throw new ArtifactError(`${what} → HTTP 410: the artifact has expired; re-run the producing workflow`, 410);
      if (response.status !== 200) throw await failure(response, what, undefined, this.options.repository);
      let received = 0;
      const cap = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          received += chunk.length;
          if (received > maxBytes)
            return callback(new ArtifactError(`${what}: ${displayUrl(url)} sent more than ${maxBytes} bytes; refused`));
          callback(null, chunk);
        },
      });
      await pipeline(response.body, cap, createWriteStream(path, { mode: 0o600 }));
      return;
    }
  }
}

async function failure(response: HttpResponse, what: string, runId: string | undefined, repository: string): Promise<Error> {
  const body = await readBounded(response, 64 * KiB, { truncate: true }).catch(() => undefined);
  let message = '';
  try {
    const parsed = JSON.parse(body?.ok ? body.bytes.toString('utf8') : '') as { message?: unknown };
    if (typeof parsed.message === 'string') message = `: ${neutralize(parsed.message, 200)}`;
  } catch {
    // not a GitHub error document: the status says enough
  }
  const said = `${what} → HTTP ${response.status}${message}`;
  if (response.status === 401)
    return new AuthError(`unauthorized: ${said}; set GITHUB_TOKEN to a token that can read ${repository}'s actions`);
  if (response.status === 403) return new AuthError(`denied: ${said}; the token needs actions: read on ${repository}`);
  if (response.status === 404 && runId)
    return new ArtifactError(
      `${said}: no run ${runId} in ${repository} (or the token cannot see it); check --run-id and GITHUB_REPOSITORY`,
      404,
    );
  return new ArtifactError(said, response.status);
}
