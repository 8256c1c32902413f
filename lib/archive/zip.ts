/**
 * The image archive inside a workflow artifact's zip (actions/upload-artifact zips what it is
 * given), read with yauzl: the one tar entry streamed to a file of ours (the entry name is never
 * used as a path), its size held to what the zip declares and to a cap.
 */
import { createWriteStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { ArchiveError } from './layout.ts';

const TAR = /\.(?:tar|tar\.gz|tgz|tar\.zst|oci)$/i;

/** Writes the single archive entry of `zipPath` to `outPath`; returns the entry's name. */
export async function archiveFromZip(zipPath: string, outPath: string, what: string, maxBytes: number): Promise<string> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zipPath, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true }, (error, file) =>
      error ? reject(error) : resolve(file),
    ),
  ).catch((error: Error) => {
    throw new ArchiveError(`${what} is not a zip file (${error.message.split('\n')[0]})`);
  });
  try {
    const entries: yauzl.Entry[] = [];
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('/')) entries.push(entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', reject);
      zip.readEntry();
    }).catch((error: Error) => {
      throw new ArchiveError(`${what}: the zip is damaged (${error.message.split('\n')[0]})`);
    });
    const tars = entries.length === 1 ? entries : entries.filter((e) => TAR.test(e.fileName));
    const names = entries
      .map((e) => JSON.stringify(e.fileName.slice(0, 100)))
      .slice(0, 10)
      .join(', ');
    if (tars.length !== 1)
      throw new ArchiveError(
        `${what} holds ${tars.length === 0 ? 'no' : 'more than one'} image archive (.tar, .tar.gz): ${names || 'no files'}`,
      );
    const [entry] = tars;
    if (entry.uncompressedSize > maxBytes)
      throw new ArchiveError(`${what}: ${entry.fileName} declares ${entry.uncompressedSize} bytes, more than the ${maxBytes} allowed`);
    const stream = await new Promise<Readable>((resolve, reject) =>
      zip.openReadStream(entry, (error, s) => (error ? reject(error) : resolve(s))),
    );
    let received = 0;
    const cap = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        if (received > maxBytes) return callback(new ArchiveError(`${what}: ${entry.fileName} expands past ${maxBytes} bytes; refused`));
        callback(null, chunk);
      },
    });
    await pipeline(stream, cap, createWriteStream(outPath, { mode: 0o600 })).catch((error: Error) => {
      throw error instanceof ArchiveError
        ? error
        : new ArchiveError(`${what}: ${entry.fileName} cannot be read (${error.message.split('\n')[0]})`);
    });
    return entry.fileName;
  } finally {
    zip.close();
  }
}
