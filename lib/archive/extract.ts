/**
 * Reading an archive safely into a private directory: compression detected from the first bytes
 * (gzip; zstd where Node's zlib has it), the expanded size capped, every entry name held to the
 * names an image archive has (no absolute paths, no `..`, no links except docker's own
 * layer-to-layer symlinks, no devices), no entry twice, documents capped, and every blob hashed
 * while written and compared with the digest its name says. Nothing is used before all of it passed.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, symlink } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import tar from 'tar-stream';
import { streamedBytes } from '../support/memory.ts';
import { ArchiveError, MAX_DOCUMENT_BYTES } from './layout.ts';

/** An entry as tar-stream yields it (a streamx Readable with its header). */
type TarEntry = Readable & { header: tar.Header };

/** What an entry name is allowed to be. */
export type EntryKind = { kind: 'blob'; digest: string } | { kind: 'document' } | { kind: 'file' } | { kind: 'directory' };

const HEX = { sha256: /^[a-f0-9]{64}$/, sha512: /^[a-f0-9]{128}$/ } as const;
const DOCUMENTS = new Set(['oci-layout', 'index.json', 'manifest.json', 'repositories']);
const LEGACY_LAYER = /^[a-f0-9]{64}\/(?:layer\.tar|json|VERSION)$/;
const LEGACY_CONFIG = /^[a-f0-9]{64}\.json$/;

/** The kind of a (normalized) name, or undefined when an image archive has no such entry. */
export function entryKind(name: string, type: string): EntryKind | undefined {
  if (type === 'directory') return /^(?:blobs|blobs\/sha256|blobs\/sha512|[a-f0-9]{64})$/.test(name) ? { kind: 'directory' } : undefined;
  if (type !== 'file' && type !== 'contiguous-file') return undefined;
  if (DOCUMENTS.has(name) || LEGACY_CONFIG.test(name)) return { kind: 'document' };
  const [root, algorithm, hex, ...rest] = name.split('/');
  if (root === 'blobs' && (algorithm === 'sha256' || algorithm === 'sha512') && rest.length === 0 && HEX[algorithm].test(hex ?? '')) {
    return { kind: 'blob', digest: `${algorithm}:${hex}` };
  }
  return LEGACY_LAYER.test(name) ? { kind: 'file' } : undefined;
}

/** `./a/b/` → `a/b`; undefined for an absolute name, a `..` or `.` segment, a backslash or a control character. */
export function normalizeName(raw: string): string | undefined {
  const name = raw.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
  if (name === '' || name.startsWith('/') || /[\\\x00-\x1f]/.test(name)) return undefined;
  if (name.split('/').some((part) => part === '..' || part === '.' || part === '')) return undefined;
  return name;
}

export interface ExtractOptions {
  /** Cap on the bytes of the tar after decompression (default: 64 GiB, and 100 × the file for a compressed one, at least 1 GiB). */
  readonly maxExpandedBytes?: number;
}

export interface Extracted {
  /** name → digest verified (blobs) or '' (other files). */
  readonly entries: ReadonlyMap<string, string>;
  readonly compression: 'none' | 'gzip' | 'zstd';
}

const GZIP = Buffer.from([0x1f, 0x8b]);
const ZSTD = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);

async function sniff(file: string): Promise<{ compression: Extracted['compression']; size: number }> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new ArchiveError(`${file}: cannot be read (${error.code ?? error.message})`);
  });
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    const size = (await handle.stat()).size;
    const compression = head.subarray(0, 2).equals(GZIP) ? 'gzip' : bytesRead === 4 && head.equals(ZSTD) ? 'zstd' : 'none';
    return { compression, size };
  } finally {
    await handle.close();
  }
}

/** Extracts `file` into the (empty, private) directory `dir`; throws ArchiveError naming the first problem. */
export async function extractArchive(file: string, dir: string, options: ExtractOptions = {}): Promise<Extracted> {
  const { compression, size } = await sniff(file);
  const stages: Transform[] = [];
  if (compression === 'gzip') stages.push(zlib.createGunzip());
  if (compression === 'zstd') {
    const zstd = (zlib as unknown as { createZstdDecompress?: () => Transform }).createZstdDecompress;
    if (!zstd)
      throw new ArchiveError(
        `${file} is zstd-compressed: this Node (${process.version}) cannot read zstd; decompress it (zstd -d) or use Node ≥ 22.15`,
      );
    stages.push(zstd());
  }
  const cap = options.maxExpandedBytes ?? (compression === 'none' ? 64 * 2 ** 30 : Math.max(2 ** 30, Math.min(64 * 2 ** 30, size * 100)));
  let expanded = 0;
  stages.push(
    new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        expanded += chunk.length;
        if (expanded > cap)
          return callback(new ArchiveError(`${file} expands to more than ${cap} bytes: refused (a compression bomb, or raise the cap)`));
        callback(null, chunk);
      },
    }),
  );
  const entries = new Map<string, string>();
  const extract = tar.extract();
  extract.on('entry', (header, stream, next) => {
    extractEntry(file, dir, Object.assign(stream as unknown as Readable, { header }), entries).then(
      () => next(),
      (error: Error) => next(error),
    );
  });
  try {
    await pipeline(createReadStream(file), ...(stages as [Transform]), extract);
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    const why = (error as Error).message.split('\n')[0];
    throw new ArchiveError(`${file} is not a complete image archive (${compression === 'none' ? 'tar' : `${compression} tar`}): ${why}`);
  }
  if (entries.size === 0) throw new ArchiveError(`${file} holds no entries: not an image archive`);
  for (const [name, value] of entries) {
    const target = value.startsWith('link:') ? value.slice(5) : undefined;
    if (target !== undefined && (!entries.has(target) || entries.get(target)!.startsWith('link:'))) {
      throw new ArchiveError(
        `${file}: entry ${JSON.stringify(name)} is refused: a symlink to ${target}, which the archive does not hold as a file`,
      );
    }
  }
  return { entries, compression };
}

async function extractEntry(file: string, dir: string, entry: TarEntry, entries: Map<string, string>): Promise<void> {
  const { header } = entry;
  const type: string = header.type ?? 'file';
  const name = normalizeName(header.name);
  const shown = JSON.stringify(header.name.slice(0, 200));
  const refuse = (why: string) => new ArchiveError(`${file}: entry ${shown} is refused: ${why}`);
  if (name === undefined) throw refuse('an absolute path or a . / .. segment (path traversal)');
  if (type === 'symlink' && /^[a-f0-9]{64}\/layer\.tar$/.test(name))
    return legacyLayerLink(dir, name, header.linkname ?? '', entries, refuse, entry);
  const kind = entryKind(name, type);
  if (!kind)
    throw refuse(
      type === 'file' ? 'not a name an OCI or docker image archive has' : `a ${type} entry (only files and directories are read)`,
    );
  if (entries.has(name)) throw refuse('it appears twice');
  if (kind.kind === 'directory') {
    entry.resume();
    entries.set(name, '');
    return;
  }
  if (kind.kind === 'document' && (header.size ?? 0) > MAX_DOCUMENT_BYTES) throw refuse(`larger than ${MAX_DOCUMENT_BYTES} bytes`);
  const target = join(dir, ...name.split('/'));
  await mkdir(dirname(target), { recursive: true });
  const algorithm = kind.kind === 'blob' ? kind.digest.split(':')[0] : 'sha256';
  const hash = createHash(algorithm);
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      streamedBytes(chunk.length);
      callback(null, chunk);
    },
  });
  await pipeline(entry as Readable, hashing, createWriteStream(target, { flags: 'wx', mode: 0o600 }));
  const actual = `${algorithm}:${hash.digest('hex')}`;
  if (kind.kind === 'blob' && actual !== kind.digest)
    throw refuse(`its content digest is ${actual} (corrupted, or not what its name says)`);
  entries.set(name, actual);
}

/** docker ≤ 24 stores a layer shared by two images once and links the second copy: only to another layer.tar, kept inside. */
async function legacyLayerLink(
  dir: string,
  name: string,
  linkname: string,
  entries: Map<string, string>,
  refuse: (why: string) => Error,
  entry: TarEntry,
): Promise<void> {
  const resolved = posix.normalize(posix.join(posix.dirname(name), linkname));
  if (!/^[a-f0-9]{64}\/layer\.tar$/.test(resolved) || resolved === name) {
    throw refuse(`a symlink to ${JSON.stringify(linkname.slice(0, 200))} (only to another layer.tar of the archive)`);
  }
  if (entries.has(name)) throw refuse('it appears twice');
  entry.resume();
  await mkdir(join(dir, posix.dirname(name)), { recursive: true });
  await symlink(join(dir, ...resolved.split('/')), join(dir, ...name.split('/')));
  entries.set(name, `link:${resolved}`);
}
