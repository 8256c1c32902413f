/** `ls REPO`: a repository's tags, every page followed (on the registry's own origin only). */
import { CiImagesError } from '../../support/errors.ts';
import type { Reference } from '../../oci/reference.ts';
import { isNotFound, type RegistryClient } from '../../registry/index.ts';

export interface TagList {
  readonly repository: string;
  readonly tags: readonly string[];
  /** Names the registry listed that are not valid tags (dropped, never printed as tags). */
  readonly dropped: readonly string[];
}

export async function listRepositoryTags(client: RegistryClient, repo: Pick<Reference, 'registry' | 'repository'>): Promise<TagList> {
  const repository = `${repo.registry}/${repo.repository}`;
  let dropped: readonly string[] = [];
  try {
    const tags = await client.listTags(repo, 100, { onDropped: (names) => (dropped = names) });
    return { repository, tags, dropped };
  } catch (error) {
    if (isNotFound(error)) throw new CiImagesError(`${repository} does not exist: ${(error as Error).message}`);
    throw error;
  }
}
