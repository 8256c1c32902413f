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
import { AuthError } from '../support/errors.ts';
import type { RetryOptions } from '../support/retry.ts';
import { discard, type HttpResponse } from '../support/http.ts';
import { GithubApi, GithubApiError, readJson } from './api.ts';

export { GithubApiError } from './api.ts';

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

/** `ghcr.io/<owner>/<package…>` → owner and package name (the rest of the path, as GitHub names it). */
export function ghcrPackage(repository: string): { owner: string; packageName: string } {
  const slash = repository.indexOf('/');
  if (slash <= 0 || slash === repository.length - 1) {
    throw new GithubApiError(`${repository}: a ghcr.io repository must be <owner>/<package>`, undefined);
  }
  return { owner: repository.slice(0, slash), packageName: repository.slice(slash + 1) };
}

export class GithubPackagesClient {
  private readonly api: GithubApi;
  /** Whether an owner is an organisation or a user, learnt from the first 404. */
  private readonly ownerKinds = new Map<string, OwnerKind>();

  constructor(options: GithubPackagesOptions) {
    this.api = new GithubApi({ ...options, agentSuffix: 'prune' });
  }

  /** Every HTTP request sent, for figures and tests. */
  get requestCount(): number {
    return this.api.requestCount;
  }

  private versionsUrl(kind: OwnerKind, owner: string, packageName: string, rest = ''): URL {
    return this.api.url(`${kind}/${encodeURIComponent(owner)}/packages/container/${encodeURIComponent(packageName)}/versions${rest}`);
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
        const response = await this.api.request('GET', url, what);
        if (response.status === 404 && url === first) {
          discard(response);
          found = false;
          break;
        }
        if (response.status !== 200) throw await this.failure(response, what);
        const body = await readJson(response, url, what);
        if (!Array.isArray(body)) throw new GithubApiError(`${what}: expected a JSON array of versions`, 200);
        for (const item of body as RawVersion[]) versions.push(toVersion(item));
        url = this.api.nextPage(response.headers, url, what);
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
    const response = await this.api.request('DELETE', this.versionsUrl(kind, owner, packageName, `/${id}`), what);
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

  private async failure(response: HttpResponse, what: string): Promise<Error> {
    const error = await this.api.failure(response, what);
    if (response.status === 401) return new AuthError(`unauthorized: ${error.message}; check CONTAINER_REGISTRY_TOKEN (or GITHUB_TOKEN)`);
    if (response.status === 403 && !response.headers.get('location')) {
      return new AuthError(
        `denied: ${error.message}; the token needs the read:packages and delete:packages scopes and admin access to the package`,
      );
    }
    return error;
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
  const tags = Array.isArray(item.metadata?.container?.tags)
    ? (item.metadata!.container!.tags as unknown[]).filter((t): t is string => typeof t === 'string')
    : [];
  return { id: item.id, name: item.name, tags, createdAt: typeof item.created_at === 'string' ? item.created_at : undefined };
}
