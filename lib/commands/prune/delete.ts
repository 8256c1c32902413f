/**
 * How a registry deletes one digest: the registry API (`DELETE /v2/<name>/manifests/<digest>`),
 * or, where the host's profile says so (ghcr.io refuses manifest DELETE), the package version
 * through GitHub's REST API. Decided by the public host even when REGISTRY_ENDPOINTS sends the
 * registry traffic elsewhere.
 */
import { ConfigError } from '../../support/errors.ts';
import { ghcrPackage, type GithubPackagesClient, type PackageVersion } from '../../github/packages-api.ts';
import type { Config } from '../../config/load.ts';
import { hostProfile, tokenValue } from '../../hosts.ts';
import { isNotFound, type RegistryClient } from '../../registry/index.ts';
import type { Deletion, RepositoryPlan } from './policy.ts';

export interface DeleteOutcome {
  readonly status: 'deleted' | 'gone' | 'skipped';
  readonly detail?: string;
  readonly versionId?: number;
}

/** How a registry deletes one digest. */
export interface Deleter {
  readonly method: string;
  delete(repo: RepositoryPlan, deletion: Deletion): Promise<DeleteOutcome>;
}

/** The registry API: `DELETE /v2/<name>/manifests/<digest>`. */
export function registryDeleter(client: RegistryClient): Deleter {
  return {
    method: 'registry API (DELETE manifest by digest)',
    async delete(repo, deletion) {
      try {
        await client.deleteManifest({ registry: repo.registry, repository: repo.repository, digest: deletion.digest });
        return { status: 'deleted' };
      } catch (error) {
        if (isNotFound(error)) return { status: 'gone', detail: 'already gone' };
        throw error;
      }
    },
  };
}

/** ghcr.io: the package version whose name is the digest, through GitHub's REST API. */
export function githubPackagesDeleter(api: GithubPackagesClient): Deleter {
  const versions = new Map<string, Promise<Map<string, PackageVersion>>>();
  return {
    method: 'GitHub REST API (DELETE package version)',
    async delete(repo, deletion) {
      const { owner, packageName } = ghcrPackage(repo.repository);
      let byDigest = versions.get(repo.repository);
      if (!byDigest) {
        byDigest = api.listVersions(owner, packageName).then((list) => new Map(list.map((v) => [v.name, v])));
        versions.set(repo.repository, byDigest);
        byDigest.catch(() => versions.delete(repo.repository));
      }
      const version = (await byDigest).get(deletion.digest);
      if (!version) return { status: 'skipped', detail: `no package version of ${owner}/${packageName} has this digest` };
      const keptTags = new Set(repo.kept.map((k) => k.tag));
      const protectedTags = version.tags.filter((t) => keptTags.has(t) || !deletion.tags.includes(t));
      if (protectedTags.length) {
        return {
          status: 'skipped',
          detail: `package version ${version.id} also carries tag(s) ${protectedTags.join(', ')}`,
          versionId: version.id,
        };
      }
      const deleted = await api.deleteVersion(owner, packageName, version.id);
      return { status: deleted ? 'deleted' : 'gone', versionId: version.id, ...(deleted ? {} : { detail: 'already gone' }) };
    },
  };
}

/** The deleter for a registry, by its public host's profile; `packagesClient` builds the REST client (lib/cli/clients.ts). */
export function deleterFor(
  config: Config,
  registry: string,
  client: RegistryClient,
  packagesClient: (token: string) => GithubPackagesClient,
): Deleter {
  const method = hostProfile(registry).deleteMethod;
  if (method.kind === 'registry-api') return registryDeleter(client);
  const token = method.tokenVariables.map((variable) => tokenValue(config, variable)).find(Boolean);
  if (!token) {
    const [first, ...others] = method.tokenVariables;
    throw new ConfigError(
      first,
      `deleting from ${registry} goes through the GitHub REST API and needs ${first}${others.length ? ` (or ${others.join(', ')})` : ''} with the delete:packages scope`,
    );
  }
  return githubPackagesDeleter(packagesClient(token));
}
