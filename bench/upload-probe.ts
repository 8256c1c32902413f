/**
 * Diagnostic for the copy section: how much memory one streamed blob upload holds, by transport.
 * Uploads the same generated blob (1 MiB chunks) three ways and reports the peak of
 * process.memoryUsage().arrayBuffers, sampled every 10 ms after a forced GC:
 *   fetch      fetch(PUT, body: ReadableStream, duplex: 'half')   (what RegistryClient used before ba34f8a)
 *   pushBlob   RegistryClient.pushBlob with a stream body (node:http since ba34f8a: lib/registry/stream-upload.ts)
 *   node:http  http.request + stream.pipeline (socket backpressure)
 * One transport per process, so nothing one leaves behind counts against the next.
 * Usage: node --expose-gc --import tsx bench/upload-probe.ts <registry-url> <MiB> <fetch|pushBlob|node:http>; prints one JSON line.
 */
import { createHash, randomFillSync } from 'node:crypto';
import { request } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { performance } from 'node:perf_hooks';
import { RegistryClient } from '../lib/registry/client.ts';
import { parseReference } from '../lib/oci/reference.ts';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

const [registryUrl, mibText, wanted] = process.argv.slice(2);
const total = Number(mibText);
const gc = (globalThis as { gc?: () => void }).gc;
if (!registryUrl || !Number.isFinite(total) || !gc || !['fetch', 'pushBlob', 'node:http'].includes(wanted)) {
  process.stderr.write('usage: node --expose-gc --import tsx bench/upload-probe.ts <registry-url> <MiB> <fetch|pushBlob|node:http>\n');
  process.exit(2);
}
const block = randomFillSync(Buffer.alloc(1 << 20));
const source = () => {
  let i = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (i === total) return controller.close();
        block.writeUInt32BE(i++, 0);
        controller.enqueue(new Uint8Array(block));
      },
    },
    { highWaterMark: 1 },
  );
};
const hash = createHash('sha256');
for (let i = 0; i < total; i++) {
  block.writeUInt32BE(i, 0);
  hash.update(block);
}
const digest = `sha256:${hash.digest('hex')}`;

async function startUpload(repository: string): Promise<URL> {
  const post = await fetch(`${registryUrl}/v2/${repository}/blobs/uploads/`, { method: 'POST' });
  await post.body?.cancel();
  const location = new URL(post.headers.get('location')!, registryUrl);
  location.searchParams.set('digest', digest);
  return location;
}

const modes: Record<string, (repository: string) => Promise<void>> = {
  async fetch(repository) {
    const response = await fetch(await startUpload(repository), {
      method: 'PUT',
      body: source(),
      duplex: 'half',
      headers: { 'content-type': 'application/octet-stream' },
    } as RequestInit);
    await response.body?.cancel();
    if (response.status !== 201) throw new Error(`fetch PUT: HTTP ${response.status}`);
  },
  async pushBlob(repository) {
    const host = new URL(registryUrl).host;
    await new RegistryClient().pushBlob(parseReference(`${host}/${repository}:x`), digest, source);
  },
  async 'node:http'(repository) {
    const url = await startUpload(repository);
    await new Promise<void>((resolve, reject) => {
      const req = request(url, { method: 'PUT', headers: { 'content-type': 'application/octet-stream' } }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 201 ? resolve() : reject(new Error(`node:http PUT: HTTP ${res.statusCode}`))));
      });
      req.on('error', reject);
      pipeline(Readable.fromWeb(source() as WebReadableStream), req).catch(reject);
    });
  },
};

{
  const mode = wanted;
  const upload = modes[mode];
  // Warm up the transport with a tiny request, so its own start-up allocations are in the base.
  await (await fetch(`${registryUrl}/v2/`)).body?.cancel();
  gc();
  const base = process.memoryUsage().arrayBuffers;
  let peak = base;
  const timer = setInterval(() => {
    gc();
    peak = Math.max(peak, process.memoryUsage().arrayBuffers);
  }, 10);
  const started = performance.now();
  await upload(`probe/${mode.replace(/\W/g, '').toLowerCase()}`);
  const ms = performance.now() - started;
  clearInterval(timer);
  process.stdout.write(JSON.stringify({ mode, bytes: total * 2 ** 20, ms, peakArrayBuffersBytes: peak - base }) + '\n');
}
