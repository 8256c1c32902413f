/**
 * 4. Copy of a 5-layer image (~500 MB of random, incompressible layers) between two repositories
 * of one registry and between two registries: our copyImage (in a child process: bench/copy-child.ts)
 * against `skopeo copy docker:// docker://`. Every copy goes to a fresh repository, and every
 * cross-registry copy to a freshly started registry, so nothing is skipped. Then peak RSS of our
 * process (and skopeo's) for a small and a large image: streaming should keep it flat.
 *
 * skopeo keeps a blob-info cache of where it has seen blobs and mounts from there. A CI runner
 * starts with an empty one, so skopeo runs "cold" (an empty cache per run) and, for the
 * cross-repository case, also "warm" (a cache kept across its runs). As root the cache lives in
 * /var/lib/containers/cache, so each skopeo runs in its own mount namespace with a temp dir bound
 * there (the machine's own cache is not touched); otherwise XDG_DATA_HOME points at the temp dir.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, statfsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { RegistryClient } from '../lib/registry/client.ts';
import { parseReference } from '../lib/oci/reference.ts';
import { pushBigImage, type BigImage } from './big-image.ts';
import { cleanEnv, gnuTimeAvailable, removeDir, ROOT, runOk, Stack, startBenchRegistry, tempDir, type BenchRegistry } from './common.ts';
import { fmtBytes, fmtMs, fmtRate, fmtRatio, median, type Table } from './stats.ts';
import type { Section } from './section.ts';

const MB = 1000 * 1000;
const ROOT_CACHE = '/var/lib/containers/cache';

interface CopyRun {
  readonly wallMs: number;
  /** ours only: the copy itself, without process start-up. */
  readonly copyMs?: number;
  readonly maxRssBytes?: number;
  /** ours only: highest RSS sampled during the copy, and RSS just before it. */
  readonly copyPeakRssBytes?: number;
  readonly startRssBytes?: number;
  readonly actions: string;
}

type CacheMode = 'namespace' | 'xdg' | 'shared';

/** How skopeo's blob-info cache can be given a dir of our own on this machine. */
function skopeoCacheMode(): CacheMode {
  if (process.getuid?.() !== 0) return 'xdg';
  try {
    mkdirSync(ROOT_CACHE, { recursive: true });
    const dir = tempDir('skopeo-probe');
    const r = spawnSync('unshare', ['-m', 'sh', '-c', `mount --bind "$0" ${ROOT_CACHE}`, dir], { stdio: 'ignore' });
    removeDir(dir);
    return r.status === 0 ? 'namespace' : 'shared';
  } catch {
    return 'shared';
  }
}

function skopeoCommand(mode: CacheMode, cacheDir: string, args: string[]): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  if (mode === 'namespace') {
    return { command: 'unshare', args: ['-m', 'sh', '-c', `mount --bind "$0" ${ROOT_CACHE} && exec "$@"`, cacheDir, 'skopeo', ...args], env: cleanEnv() };
  }
  return { command: 'skopeo', args, env: cleanEnv(mode === 'xdg' ? { XDG_DATA_HOME: cacheDir } : {}) };
}

function describe(counts: Record<string, number>): string {
  return Object.entries(counts).filter(([, n]) => n > 0).map(([what, n]) => `${n} ${what}`).join(', ') || 'nothing';
}

async function oursCopy(source: string, target: string): Promise<CopyRun> {
  const r = await runOk(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/copy-child.ts'), source, target], { env: cleanEnv() });
  const doc = JSON.parse(r.stdout) as {
    ms: number; maxRssBytes: number; copyPeakRssBytes: number; startRssBytes: number; result: { blobs: Record<string, number> };
  };
  return {
    wallMs: r.ms, copyMs: doc.ms, maxRssBytes: doc.maxRssBytes, copyPeakRssBytes: doc.copyPeakRssBytes, startRssBytes: doc.startRssBytes,
    actions: describe(doc.result.blobs),
  };
}

async function skopeoCopy(mode: CacheMode, cacheDir: string, source: string, target: string): Promise<CopyRun> {
  const cmd = skopeoCommand(mode, cacheDir, ['--debug', 'copy', '--src-tls-verify=false', '--dest-tls-verify=false', `docker://${source}`, `docker://${target}`]);
  const r = await runOk(cmd.command, cmd.args, { env: cmd.env, measureRss: true });
  const blobs = (r.stdout.match(/^Copying (blob|config) /gm) ?? []).length;
  const mounted = (r.stderr.match(/\.\.\. mount OK/g) ?? []).length;
  const present = Math.max(0, (r.stderr.match(/Skipping blob .*\(already present\)/g) ?? []).length - mounted);
  return { wallMs: r.ms, maxRssBytes: r.maxRssBytes, actions: describe({ mounted, skipped: present, streamed: blobs - mounted - present }) };
}

function freeBytes(path: string): number {
  const s = statfsSync(path);
  return s.bavail * s.bsize;
}

export const copy: Section = {
  name: 'copy',
  title: '4. Image copy',
  async run({ quick, progress }) {
    const mainBytes = quick ? 50 * MB : 500 * MB;
    const rssSizes = quick ? [20 * MB, 200 * MB] : [100 * MB, 1000 * MB];
    const runs = quick ? 2 : 5;
    const rssRuns = quick ? 1 : 2;
    const needed = (mainBytes + rssSizes.reduce((a, b) => a + b, 0)) * 2 + 2 * Math.max(mainBytes, ...rssSizes);
    const free = freeBytes(tmpdir());
    if (free < needed) throw new Error(`copy: needs about ${fmtBytes(needed)} free in ${tmpdir()}, only ${fmtBytes(free)} there`);
    const mode = skopeoCacheMode();
    const stack = new Stack();
    try {
      const a = await startBenchRegistry('open');
      stack.defer(() => a.stop());
      const pusher = new RegistryClient();
      const work = tempDir('layers');
      stack.defer(() => removeDir(work));
      const images = new Map<number, BigImage>();
      for (const size of [mainBytes, ...rssSizes]) {
        if (images.has(size)) continue;
        progress(`copy: generating and pushing a 5-layer image of ${fmtBytes(size)}`);
        images.set(size, await pushBigImage(pusher, parseReference(`${a.host}/bench/src-${size}:1`), { layers: 5, totalBytes: size, dir: work }));
      }
      const src = (size: number) => `${a.host}/bench/src-${size}:1`;
      let counter = 0;
      const fresh = (registry: BenchRegistry | { host: string }, who: string) => `${registry.host}/bench/${who}-${counter++}:1`;
      const crossRegistry = async (copyTo: (target: string) => Promise<CopyRun>, who: string): Promise<CopyRun> => {
        const b = await startBenchRegistry('open');
        try {
          return await copyTo(fresh(b, who));
        } finally {
          await b.stop();
        }
      };
      const warmCache = tempDir('skopeo-warm');
      const coldCache = () => tempDir('skopeo-cold');
      const results: Record<string, CopyRun[]> = {
        'repo/ours': [], 'repo/skopeo-cold': [], 'repo/skopeo-warm': [], 'registry/ours': [], 'registry/skopeo-cold': [],
      };
      // One warm-up copy fills skopeo's warm cache, as a runner that has copied before would have it.
      await skopeoCopy(mode, warmCache, src(mainBytes), fresh(a, 'skopeo-warmup'));
      for (let i = 0; i < runs; i++) {
        progress(`copy: ${fmtBytes(mainBytes)} image, run ${i + 1}/${runs}`);
        const steps: [string, () => Promise<CopyRun>][] = [
          ['repo/ours', () => oursCopy(src(mainBytes), fresh(a, 'ours'))],
          ['repo/skopeo-cold', () => { const c = coldCache(); return skopeoCopy(mode, c, src(mainBytes), fresh(a, 'skopeo')).finally(() => removeDir(c)); }],
          ['repo/skopeo-warm', () => skopeoCopy(mode, warmCache, src(mainBytes), fresh(a, 'skopeo-warm'))],
          ['registry/ours', () => crossRegistry((t) => oursCopy(src(mainBytes), t), 'ours')],
          ['registry/skopeo-cold', () => crossRegistry((t) => { const c = coldCache(); return skopeoCopy(mode, c, src(mainBytes), t).finally(() => removeDir(c)); }, 'skopeo')],
        ];
        if (i % 2 === 1) steps.reverse();
        for (const [key, step] of steps) results[key].push(await step());
      }
      const rss: { size: number; who: string; list: CopyRun[] }[] = [];
      for (const size of rssSizes) {
        const ours: CopyRun[] = [];
        const theirs: CopyRun[] = [];
        for (let i = 0; i < rssRuns; i++) {
          progress(`copy: peak RSS, ${fmtBytes(size)} image across registries, run ${i + 1}/${rssRuns}`);
          ours.push(await crossRegistry((t) => oursCopy(src(size), t), 'ours'));
          const c = coldCache();
          theirs.push(await crossRegistry((t) => skopeoCopy(mode, c, src(size), t), 'skopeo'));
          removeDir(c);
        }
        rss.push({ size, who: 'ours', list: ours }, { size, who: 'skopeo', list: theirs });
      }

      const main = images.get(mainBytes)!;
      const med = (list: CopyRun[], f: (r: CopyRun) => number | undefined) => median(list.map(f).filter((v): v is number => v !== undefined));
      const actions = (list: CopyRun[]) => [...new Set(list.map((r) => r.actions))].join(' | ');
      const peer = (scenario: string) => med(results[`${scenario}/skopeo-cold`], (r) => r.wallMs);
      const row = (scenario: string, label: string, key: string, bytes: number): string[] => {
        const list = results[key];
        const wall = med(list, (r) => r.wallMs);
        const copyMs = med(list, (r) => r.copyMs);
        return [
          `${scenario}: ${label}`, String(list.length), fmtMs(wall), fmtRate(bytes, wall), fmtRatio(wall, peer(key.split('/')[0])),
          Number.isFinite(copyMs) ? `${fmtMs(copyMs)} (${fmtRate(bytes, copyMs)})` : '-', fmtBytes(med(list, (r) => r.maxRssBytes)),
          fmtBytes(med(list, (r) => r.copyPeakRssBytes)), actions(list),
        ];
      };
      const cacheNote = {
        namespace: `skopeo's blob-info cache: a temp dir bound over ${ROOT_CACHE} in a private mount namespace (cold: empty per run; warm: kept across runs, after one warm-up copy).`,
        xdg: `skopeo's blob-info cache: XDG_DATA_HOME set to a temp dir (cold: empty per run; warm: kept across runs, after one warm-up copy).`,
        shared: `skopeo's blob-info cache could not be isolated (not root-capable of unshare -m): "cold" and "warm" both use the machine's cache.`,
      }[mode];
      const copyTable: Table = {
        title: `4a. Copy of a 5-layer image of ${fmtBytes(main.bytes)} (random layers), each to a fresh repository`,
        headers: ['scenario: tool', 'runs', 'wall median', 'throughput', 'vs skopeo cold', 'copy alone (excl. start-up)', 'peak RSS', 'RSS during copy', 'what it did (blobs)'],
        rows: [
          row('same registry, other repo', 'ours (child process)', 'repo/ours', main.bytes),
          row('same registry, other repo', 'skopeo copy, cold cache', 'repo/skopeo-cold', main.bytes),
          row('same registry, other repo', 'skopeo copy, warm cache', 'repo/skopeo-warm', main.bytes),
          row('other registry', 'ours (child process)', 'registry/ours', main.bytes),
          row('other registry', 'skopeo copy, cold cache', 'registry/skopeo-cold', main.bytes),
        ],
        notes: [
          `wall = spawn -> exit of the whole process (ours: node + tsx start-up included); throughput = image bytes / wall (for mounts: effective, no bytes move).`,
          cacheNote,
          `blobs = 5 layers + 1 config; registries on loopback, plain http; our copy runs 4 blobs at a time (copyImage default).`,
          gnuTimeAvailable ? `peak RSS: of the whole process; ours from process.resourceUsage().maxRSS in the child (includes the tsx loader's start-up peak), skopeo's from GNU time (%M).` : `peak RSS of skopeo: n/a (no /usr/bin/time).`,
          `RSS during copy: ours only, the highest RSS sampled every 10 ms while copyImage runs (the start-up peak excluded).`,
        ],
      };
      const rssTable: Table = {
        title: '4b. Peak RSS against image size (copy to a fresh registry: every byte streams through the process)',
        headers: ['image', 'tool', 'runs', 'wall median', 'throughput', 'peak RSS', 'RSS during copy', 'RSS before copy', 'vs smallest image', 'ours vs skopeo'],
        rows: rss.map(({ size, who, list }) => {
          const bytes = images.get(size)!.bytes;
          const wall = med(list, (r) => r.wallMs);
          // The memory the copy itself needs: ours sampled during copyImage, skopeo's whole-process peak.
          const copyPeak = (r: CopyRun) => r.copyPeakRssBytes ?? r.maxRssBytes;
          const peak = med(list, copyPeak);
          const smallest = med(rss.find((x) => x.who === who && x.size === rssSizes[0])!.list, copyPeak);
          const skopeoPeak = med(rss.find((x) => x.who === 'skopeo' && x.size === size)!.list, copyPeak);
          return [
            fmtBytes(bytes), who === 'ours' ? 'ours (child process)' : 'skopeo copy', String(list.length), fmtMs(wall), fmtRate(bytes, wall),
            fmtBytes(med(list, (r) => r.maxRssBytes)), who === 'ours' ? fmtBytes(peak) : '-', who === 'ours' ? fmtBytes(med(list, (r) => r.startRssBytes)) : '-',
            fmtRatio(peak, smallest), who === 'ours' ? fmtRatio(peak, skopeoPeak) : '-',
          ];
        }),
        notes: [
          'vs smallest image / ours vs skopeo: compare the memory of the copy itself (ours: RSS during copy; skopeo: its peak RSS); flat = "vs smallest image" stays near 1.00x while the image grows.',
          'peak RSS is the whole process (ours includes the tsx loader, which alone peaks at ~90-120 MiB on start-up).',
        ],
      };
      progress('copy: upload memory probe (one blob, three transports)');
      const probeMiB = quick ? 64 : 200;
      const probeRegistry = await startBenchRegistry('open');
      let probe: { mode: string; bytes: number; ms: number; peakArrayBuffersBytes: number }[];
      try {
        probe = [];
        for (const mode of ['fetch', 'pushBlob', 'node:http']) {
          const r = await runOk(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench/upload-probe.ts'), probeRegistry.url, String(probeMiB), mode], { env: cleanEnv() });
          probe.push(JSON.parse(r.stdout));
        }
      } finally {
        await probeRegistry.stop();
      }
      const probeTable: Table = {
        title: `4c. Diagnostic: memory held by one streamed upload of ${probeMiB} MiB, by transport (bench/upload-probe.ts)`,
        headers: ['transport', 'time', 'throughput', 'peak ArrayBuffers (forced GC every 10 ms)', 'of the blob'],
        rows: probe.map((p) => [
          { fetch: 'fetch(PUT, ReadableStream body, duplex half)', pushBlob: 'RegistryClient.pushBlob (stream body)', 'node:http': 'node:http request + stream.pipeline' }[p.mode] ?? p.mode,
          fmtMs(p.ms), fmtRate(p.bytes, p.ms), fmtBytes(p.peakArrayBuffersBytes), `${((100 * p.peakArrayBuffersBytes) / p.bytes).toFixed(0)}%`,
        ]),
        notes: [`node ${process.version} (undici ${process.versions.undici ?? '?'}): the source is a pull-based stream of 1 MiB chunks; a transport with backpressure holds a few chunks; each transport in its own process.`],
      };
      return [copyTable, rssTable, probeTable];
    } finally {
      await stack.close();
    }
  },
};

