/**
 * `docker save` of a daemon before docker 25 writes docker's own format (manifest.json,
 * `<id>.json` configs, `<layer>/layer.tar`): turned here into an OCI layout in the same directory,
 * uncompressed layers as docker keeps them (their digests are the config's diff_ids), so the
 * image's id (its config digest) is unchanged. A daemon from 25 on already writes a layout.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { link, mkdir, readFile, realpath, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { ArchiveError, blobPath, IMAGE_NAME, OCI_LAYOUT, REF_NAME, tagOf } from './layout.ts';

const LAYER_TYPE = 'application/vnd.oci.image.layer.v1.tar';
const CONFIG_TYPE = 'application/vnd.oci.image.config.v1+json';
const MANIFEST_TYPE = 'application/vnd.oci.image.manifest.v1+json';

interface LegacyEntry {
  readonly Config?: unknown;
  readonly RepoTags?: unknown;
  readonly Layers?: unknown;
}

/** Writes oci-layout, index.json and the blobs of a legacy docker save into `dir`; returns the names now present. */
export async function legacyToLayout(file: string, dir: string, entries: Map<string, string>): Promise<void> {
  const refuse = (why: string) => new ArchiveError(`${file}: ${why}`);
  if (!entries.has('manifest.json')) throw refuse('neither index.json nor manifest.json: not an image archive');
  let list: LegacyEntry[];
  try {
    list = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as LegacyEntry[];
    if (!Array.isArray(list) || list.length === 0) throw new Error();
  } catch {
    throw refuse('manifest.json is not a list of images');
  }
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
  const manifests: object[] = [];
  for (const [i, item] of list.entries()) {
    const config = await addBlob(dir, entries, item.Config, `manifest.json[${i}].Config`, refuse);
    if (!Array.isArray(item.Layers)) throw refuse(`manifest.json[${i}].Layers is not a list`);
    const layers = [];
    for (const [j, layer] of item.Layers.entries())
      layers.push(await addBlob(dir, entries, layer, `manifest.json[${i}].Layers[${j}]`, refuse));
    const body = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MANIFEST_TYPE,
        config: { mediaType: CONFIG_TYPE, ...config },
        layers: layers.map((l) => ({ mediaType: LAYER_TYPE, ...l })),
      }),
    );
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
    await writeFile(join(dir, ...blobPath(digest).split('/')), body);
    entries.set(blobPath(digest), digest);
    const tags = Array.isArray(item.RepoTags) ? item.RepoTags.filter((t): t is string => typeof t === 'string') : [];
    const names = tags.length ? tags : [undefined];
    for (const name of names) {
      const tag = tagOf(name);
      const annotations = name ? { [IMAGE_NAME]: name, ...(tag ? { [REF_NAME]: tag } : {}) } : undefined;
      manifests.push({ mediaType: MANIFEST_TYPE, digest, size: body.length, ...(annotations ? { annotations } : {}) });
    }
  }
  await writeFile(join(dir, 'oci-layout'), OCI_LAYOUT);
  await writeFile(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests }));
  entries.set('oci-layout', '').set('index.json', '');
}

/** A file named by manifest.json (an entry already extracted and checked), hashed and hard-linked into blobs/. */
async function addBlob(
  dir: string,
  entries: Map<string, string>,
  name: unknown,
  where: string,
  refuse: (why: string) => Error,
): Promise<{ digest: string; size: number }> {
  if (typeof name !== 'string' || !entries.has(name) || entries.get(name) === undefined)
    throw refuse(`${where} names no entry of the archive`);
  const path = await realpath(join(dir, ...name.split('/')));
  if (!path.startsWith(`${await realpath(dir)}/`)) throw refuse(`${where} leads outside the archive`);
  const hash = createHash('sha256');
  await pipeline(
    createReadStream(path),
    new Writable({
      write: (chunk: Buffer, _e, callback) => {
        hash.update(chunk);
        callback();
      },
    }),
  );
  const digest = `sha256:${hash.digest('hex')}`;
  const target = join(dir, ...blobPath(digest).split('/'));
  if (!entries.has(blobPath(digest))) {
    await link(path, target);
    entries.set(blobPath(digest), digest);
  }
  return { digest, size: (await stat(path)).size };
}
