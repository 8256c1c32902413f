/**
 * Our copy in its own process, so its peak RSS is its own: copies <source> to <target> with
 * copyImage and prints one JSON line:
 *   ms                the copy alone, after start-up
 *   maxRssBytes       process.resourceUsage().maxRSS: the whole process lifetime
 *   copyPeakRssBytes  the highest RSS sampled every 10 ms during the copy; startRssBytes: RSS just before it
 *   memory            process.memoryUsage() (rss, heapTotal, heapUsed, external, arrayBuffers) at
 *                     `start` (modules loaded, before any request), `firstResponse` (the first sample
 *                     after the client has sent its second request, i.e. its first was answered),
 *                     `peak` (the sample with the highest RSS during the copy) and `end` (copy done)
 * The bench runs it bundled (esbuild, like dist/) with plain node: node <tmp>/copy-child.mjs <source-ref> <target-ref>;
 * or through tsx (--tsx): node --import tsx bench/copy-child.ts … (loopback registries, no auth).
 */
import { performance } from 'node:perf_hooks';
import { RegistryClient } from '../lib/registry/client.ts';
import { copyImage } from '../lib/registry/copy.ts';
import { parseReference } from '../lib/oci/reference.ts';

const [source, target] = process.argv.slice(2);
if (!source || !target) {
  process.stderr.write('usage: copy-child.ts <source-ref> <target-ref>\n');
  process.exit(2);
}
const snapshot = () => {
  const m = process.memoryUsage();
  return { rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers };
};
const memory: Record<'start' | 'firstResponse' | 'peak' | 'end', ReturnType<typeof snapshot> | undefined> = {
  start: snapshot(),
  firstResponse: undefined,
  peak: undefined,
  end: undefined,
};
const client = new RegistryClient();
const startRssBytes = memory.start!.rss;
let copyPeakRssBytes = startRssBytes;
memory.peak = memory.start;
const sample = () => {
  const rss = process.memoryUsage.rss();
  if (!memory.firstResponse && client.requestCount >= 2) memory.firstResponse = snapshot();
  if (rss > copyPeakRssBytes) {
    copyPeakRssBytes = rss;
    memory.peak = snapshot();
  }
};
const sampler = setInterval(sample, 10);
const started = performance.now();
const result = await copyImage(client, parseReference(source), parseReference(target));
const ms = performance.now() - started;
clearInterval(sampler);
sample();
memory.end = snapshot();
process.stdout.write(
  JSON.stringify({
    ms,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    copyPeakRssBytes,
    startRssBytes,
    requests: client.requestCount,
    memory,
    result,
  }) + '\n',
);
