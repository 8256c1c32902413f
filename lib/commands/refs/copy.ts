/**
 * `copy SRC DST…`: the whole image (an index with every child) to each destination, digest
 * unchanged: blobs already there are skipped, blobs in the same registry mounted, the rest
 * streamed; the tag is written last (lib/registry/copy.ts). SRC is resolved to its digest once,
 * so every destination gets the same image even if SRC's tag moves meanwhile.
 */
import { CiImagesError, ConfigError } from '../../support/errors.ts';
import { formatReference, parseImageReference, type Reference } from '../../oci/reference.ts';
import { copyImage, type RegistryClient } from '../../registry/index.ts';

export interface CopiedImage {
  readonly reference: string;
  readonly digest: string;
  /** Absent in a dry run. */
  readonly blobs?: { readonly skipped: number; readonly mounted: number; readonly streamed: number; readonly foreign: number };
  readonly bytesStreamed?: number;
}

export interface CopyResult {
  readonly source: string;
  readonly digest: string;
  readonly copies: readonly CopiedImage[];
}

export interface CopyRefsOptions {
  readonly dryRun: boolean;
  readonly log: (line: string) => void;
}

/** `SRC DST…`: SRC (`:latest` when it names neither tag nor digest) and where each DST puts it. */
export function copyArguments(texts: readonly string[]): { source: Reference; targets: Reference[] } {
  if (texts.length === 0) throw new ConfigError('SRC', 'SRC is required: copy SRC DST... (see --help)');
  if (texts.length === 1) throw new ConfigError('DST', `DST is required: copy ${texts[0]} DST... names where the image goes (see --help)`);
  const parsed = parseImageReference(texts[0], { what: 'SRC', defaultTag: false });
  const source = parsed.tag || parsed.digest ? parsed : { ...parsed, tag: 'latest' };
  const targets = texts
    .slice(1)
    .map((text) => copyDestination(source, parseImageReference(text, { what: 'DST', defaultTag: false }), text));
  return { source, targets };
}

/** Where DST puts the image: its own tag, else SRC's tag, else (SRC by digest only) the digest alone. */
export function copyDestination(source: Reference, destination: Reference, text = formatReference(destination)): Reference {
  if (destination.digest) {
    throw new ConfigError(
      'DST',
      `DST ${JSON.stringify(text)} is not valid: a destination takes a tag, not a digest (the digest is the source's)`,
    );
  }
  const target = { registry: destination.registry, repository: destination.repository, tag: destination.tag ?? source.tag };
  if (target.registry === source.registry && target.repository === source.repository && target.tag === source.tag) {
    throw new ConfigError('DST', `DST ${JSON.stringify(text)} is SRC itself: name another repository or registry (tag adds tags in place)`);
  }
  return target;
}

export async function copyReferences(
  client: RegistryClient,
  source: Reference,
  destinations: readonly Reference[],
  options: CopyRefsOptions,
): Promise<CopyResult> {
  const sourceText = formatReference(source);
  const digest = await client.manifestDigest(source);
  if (digest === undefined) throw new CiImagesError(`${sourceText} does not exist: nothing to copy`);
  const pinned: Reference = { ...source, digest };
  const copies: CopiedImage[] = [];
  for (const destination of destinations) {
    const target: Reference = destination.tag ? destination : { ...destination, digest };
    const reference = formatReference(target);
    const line = `copy ${sourceText}@${digest} -> ${reference}`;
    if (options.dryRun) {
      options.log(`[dry-run] ${line}`);
      copies.push({ reference, digest });
      continue;
    }
    options.log(line);
    const copied = await copyImage(client, pinned, target);
    if (copied.digest !== digest) throw new CiImagesError(`${reference}: the registry stored ${copied.digest}, not ${digest}`);
    const { skipped, mounted, streamed } = copied.blobs;
    options.log(
      `copied ${reference} ${copied.digest}: ${streamed} blob(s) streamed (${copied.bytesStreamed} bytes), ${mounted} mounted, ${skipped} already there`,
    );
    copies.push({ reference, digest: copied.digest, blobs: copied.blobs, bytesStreamed: copied.bytesStreamed });
  }
  return { source: sourceText, digest, copies };
}
