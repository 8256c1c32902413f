/**
 * `tag REF TAG…`: new tags for an image in its own repository: one GET of the manifest, one PUT
 * per tag, no blob moved. The image is read once, so every new tag names the same digest even
 * when REF's tag moves meanwhile.
 */
import { CiImagesError } from '../../support/errors.ts';
import { formatReference, type Reference } from '../../oci/reference.ts';
import type { RegistryClient } from '../../registry/index.ts';

export interface TagResult {
  readonly source: string;
  readonly digest: string;
  /** The references written (planned, in a dry run), each with the digest it names. */
  readonly tagged: readonly { readonly reference: string; readonly digest: string }[];
}

export interface TagOptions {
  readonly dryRun: boolean;
  readonly log: (line: string) => void;
}

export async function tagImage(client: RegistryClient, ref: Reference, tags: readonly string[], options: TagOptions): Promise<TagResult> {
  const source = formatReference(ref);
  const digest = await client.manifestDigest(ref);
  if (digest === undefined) throw new CiImagesError(`${source} does not exist: nothing to tag`);
  const manifest = options.dryRun ? undefined : await client.getManifest({ ...ref, digest });
  const tagged: { reference: string; digest: string }[] = [];
  for (const tag of tags) {
    const target: Reference = { registry: ref.registry, repository: ref.repository, tag };
    const reference = formatReference(target);
    if (!manifest) {
      options.log(`[dry-run] PUT manifest ${reference} (${digest}, from ${source})`);
      tagged.push({ reference, digest });
      continue;
    }
    const written = await client.putManifest(target, manifest.body, manifest.mediaType);
    if (written !== digest) throw new CiImagesError(`${reference}: the registry stored ${written}, not ${digest}`);
    options.log(`tagged ${reference} ${written}`);
    tagged.push({ reference, digest: written });
  }
  return { source, digest, tagged };
}
