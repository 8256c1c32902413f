/**
 * Our copy in its own process, so its peak RSS is its own: copies <source> to <target> with
 * copyImage and prints {"ms":…,"maxRssBytes":…,"copyPeakRssBytes":…,"startRssBytes":…,"requests":…,"result":{…}}
 * ms: the copy alone, after start-up; maxRssBytes: process.resourceUsage().maxRSS, the whole
 * process lifetime (the tsx loader's start-up peak included); copyPeakRssBytes: the highest RSS
 * sampled every 10 ms during the copy; startRssBytes: RSS just before it.
 * Usage: node --import tsx bench/copy-child.ts <source-ref> <target-ref>  (loopback registries, no auth)
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
const client = new RegistryClient();
const startRssBytes = process.memoryUsage.rss();
let copyPeakRssBytes = startRssBytes;
const sampler = setInterval(() => (copyPeakRssBytes = Math.max(copyPeakRssBytes, process.memoryUsage.rss())), 10);
const started = performance.now();
const result = await copyImage(client, parseReference(source), parseReference(target));
const ms = performance.now() - started;
clearInterval(sampler);
copyPeakRssBytes = Math.max(copyPeakRssBytes, process.memoryUsage.rss());
process.stdout.write(JSON.stringify({
  ms, maxRssBytes: process.resourceUsage().maxRSS * 1024, copyPeakRssBytes, startRssBytes, requests: client.requestCount, result,
}) + '\n');
