/**
 * load: an archive file (ours, skopeo's oci-archive, or docker save's) read into a private temp
 * dir and verified whole — every name, blob digest and declared size — before anything leaves the
 * machine; then each image pushed to its `--to` reference keeping every digest, or, without --to,
 * given to the local daemon with `docker load` (from a file this tool rewrote from the verified
 * layout, so docker never reads the original bytes).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DockerRunner } from '../docker/runner.ts';
import { extractArchive, type ExtractOptions } from '../archive/extract.ts';
import { legacyToLayout } from '../archive/docker-archive.ts';
import { readLayout } from '../archive/read.ts';
import { pushArchiveImage, type ArchiveRegistry, type PushEvent } from '../archive/registry.ts';
import { writeArchive } from '../archive/write.ts';
import { ConfigError } from '../support/errors.ts';
import { formatReference, type Reference } from '../oci/reference.ts';

export interface LoadedImage {
  readonly name?: string;
  readonly digest: string;
  readonly mediaType: string;
  readonly children: number;
  /** Where it was pushed (with --to); undefined when it went to the daemon. */
  readonly reference?: string;
}

export interface LoadResult {
  readonly path: string;
  readonly compression: string;
  readonly destination: 'registry' | 'docker';
  readonly images: readonly LoadedImage[];
  readonly blobs: { pushed: number; skipped: number };
  /** `docker load` said, e.g. `Loaded image: repo:tag` lines. */
  readonly dockerOutput?: readonly string[];
}

export interface LoadOptions extends ExtractOptions {
  readonly file: string;
  readonly targets: readonly Reference[];
  readonly registry?: () => ArchiveRegistry;
  readonly docker?: () => DockerRunner;
  readonly dryRun?: boolean;
  readonly log?: (line: string) => void;
}

export async function loadArchive(options: LoadOptions): Promise<LoadResult> {
  const { file, targets, log } = options;
  const dir = await mkdtemp(join(tmpdir(), 'ci-images-load-'));
  try {
    const layoutDir = join(dir, 'layout');
    log?.(`reading and verifying ${file}`);
    const extracted = await extractArchive(file, layoutDir, options);
    const entries = new Map(extracted.entries);
    if (!entries.has('index.json')) await legacyToLayout(file, layoutDir, entries);
    const layout = await readLayout(file, layoutDir, entries);
    const base = { path: file, compression: extracted.compression };
    const images = layout.images.map((i) => ({
      name: i.name,
      digest: i.top.digest,
      mediaType: i.top.mediaType,
      children: i.children.length,
    }));
    if (targets.length > 0) {
      if (targets.length !== layout.images.length) {
        const names = layout.images.map((i) => i.name ?? i.top.digest).join(', ');
        throw new ConfigError(
          '--to',
          `--to is given ${targets.length} time(s) but ${file} holds ${layout.images.length} image(s) (${names}): ` +
            'one --to per image, in that order',
        );
      }
      const blobs = { pushed: 0, skipped: 0 };
      const onBlob = (event: PushEvent) => blobs[event.action]++;
      const pushed: LoadedImage[] = [];
      for (const [i, image] of layout.images.entries()) {
        const reference = formatReference(targets[i]);
        if (options.dryRun) {
          log?.(`[dry-run] would push ${image.top.digest} (${image.children.length} child manifest(s)) to ${reference}`);
        } else {
          log?.(`pushing ${image.top.digest} to ${reference}`);
          await pushArchiveImage(options.registry!(), image, layout.open, targets[i], onBlob);
        }
        pushed.push({ ...images[i], reference });
      }
      return { ...base, destination: 'registry', images: pushed, blobs };
    }
    const docker = options.docker!();
    const rewritten = join(dir, 'load.tar');
    if (!options.dryRun) await writeArchive(rewritten, [...layout.images], layout.open);
    const out = await docker.run(['load', '-i', rewritten]);
    const dockerOutput = out.stdout
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(0, 100);
    return { ...base, destination: 'docker', images, blobs: { pushed: 0, skipped: 0 }, dockerOutput };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
