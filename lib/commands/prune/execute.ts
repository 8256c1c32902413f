/** Performing a retention plan. */
import { mapLimit } from '../../support/concurrency.ts';
import { exitCodeFor } from '../../support/errors.ts';
import type { Writer } from '../../support/writer.ts';
import { isIndex, type RegistryClient } from '../../registry/index.ts';
import { indexChildren } from './inspect.ts';
import type { Deleter } from './delete.ts';
import type { DeletionStatus, PrunePlan } from './policy.ts';

export interface ExecuteResult {
  readonly deleted: number;
  readonly failed: number;
  readonly skipped: number;
  /** 0, or the exit code of the first failure (3 for refused credentials). */
  readonly exitCode: number;
}

/**
 * Deletes the planned digests. Just before, each repository's tags are listed again: a digest that
 * a tag outside the plan now points to (pushed or moved meanwhile) is skipped.
 */
export async function executePlan(plan: PrunePlan, client: RegistryClient, deleter: Deleter, log?: Writer): Promise<ExecuteResult> {
  let exitCode = 0;
  for (const repo of plan.repositories) {
    if (!repo.deletions.length) continue;
    const byDigest = new Map(repo.deletions.map((d) => [d.digest, d]));
    const planned = new Set(repo.deletions.flatMap((d) => d.tags));
    const now = await client.listTags(repo);
    const skip = (digest: string, detail: string) => {
      const deletion = byDigest.get(digest);
      if (deletion && deletion.status === 'planned') Object.assign(deletion, { status: 'skipped', detail });
    };
    await mapLimit(
      now.filter((t) => !planned.has(t)),
      8,
      async (tag) => {
        const ref = { registry: repo.registry, repository: repo.repository, tag };
        const digest = await client.manifestDigest(ref);
        if (!digest) return;
        skip(digest, `tag ${tag} points to it now`);
        // A kept (or new) multi-arch tag keeps every manifest its index lists.
        if (!byDigest.size) return;
        const manifest = await client.getManifest({ ...ref, tag: undefined, digest });
        if (isIndex(manifest.mediaType))
          for (const child of indexChildren(manifest.body)) skip(child, `listed by the index tag ${tag} points to`);
      },
    );
    for (const deletion of repo.deletions) {
      if (deletion.status !== 'planned') continue;
      if (exitCode === 3) {
        deletion.status = 'skipped';
        deletion.detail = 'not attempted after the credentials were refused';
        continue;
      }
      try {
        Object.assign(deletion, await deleter.delete(repo, deletion));
      } catch (error) {
        deletion.status = 'failed';
        deletion.detail = (error as Error).message;
        exitCode = exitCode || exitCodeFor(error);
        if (exitCodeFor(error) === 3) exitCode = 3;
      }
      log?.(
        `${deletion.status} ${repo.image}@${deletion.digest} (${deletion.tags.join(', ')})${deletion.detail ? `: ${deletion.detail}` : ''}`,
      );
    }
  }
  const all = plan.repositories.flatMap((r) => r.deletions);
  const count = (...s: DeletionStatus[]) => all.filter((d) => s.includes(d.status)).length;
  return { deleted: count('deleted', 'gone'), failed: count('failed'), skipped: count('skipped'), exitCode };
}
