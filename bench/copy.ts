/**
 * 4. Copy of 5-layer images (1 MB, 100 MB, 500 MB, 1 GB of random, incompressible layers) between
 * two registries: our copyImage in a child process (bench/copy-child.ts bundled like dist/, plain
 * node) against `skopeo copy docker:// docker://` with a cold cache, interleaved, each copy to a
 * freshly started registry so nothing is skipped. Whole-process wall, throughput, peak RSS (GNU
 * time %M for both) and ratios with bootstrap intervals; a memory breakdown of our child
 * (process.memoryUsage() at start, first response, peak, end); the same-registry (mount) case.
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
import {
  benchMode,
  cleanEnv,
  gnuTimeAvailable,
  ourBuild,
  removeDir,
  ROOT,
  runOk,
  Stack,
  startBenchRegistry,
  tempDir,
  type BenchRegistry,
} from './common.ts';
import {
  flatness,
  fmtBytes,
  fmtMedianCI,
  fmtMs,
  fmtRate,
  fmtRatio,
  fmtRatioCI,
  median,
  medianCI,
  p10,
  p90,
  ratioCI,
  verdict,
  type SummaryRow,
  type Table,
} from './stats.ts';
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
  readonly memory?: Record<Phase, MemorySnapshot | undefined>;
  readonly actions: string;
}

type Phase = 'start' | 'firstResponse' | 'peak' | 'end';
type MemorySnapshot = Record<'rss' | 'heapTotal' | 'heapUsed' | 'external' | 'arrayBuffers', number>;

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
    return {
      command: 'unshare',
      args: ['-m', 'sh', '-c', `mount --bind "$0" ${ROOT_CACHE} && exec "$@"`, cacheDir, 'skopeo', ...args],
      env: cleanEnv(),
    };
  }
  return { command: 'skopeo', args, env: cleanEnv(mode === 'xdg' ? { XDG_DATA_HOME: cacheDir } : {}) };
}

function describe(counts: Record<string, number>): string {
  return (
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([what, n]) => `${n} ${what}`)
      .join(', ') || 'nothing'
  );
}

async function oursCopy(source: string, target: string): Promise<CopyRun> {
  const build = await ourBuild();
  const args = benchMode.tsx ? ['--import', 'tsx', join(ROOT, 'bench/copy-child.ts')] : [build.copyChild];
  const r = await runOk(process.execPath, [...args, source, target], { env: cleanEnv(), measureRss: true });
  const doc = JSON.parse(r.stdout) as {
    ms: number;
    maxRssBytes: number;
    copyPeakRssBytes: number;
    startRssBytes: number;
    result: { blobs: Record<string, number> };
    memory: Record<Phase, MemorySnapshot | undefined>;
  };
  return {
    wallMs: r.ms,
    copyMs: doc.ms,
    maxRssBytes: r.maxRssBytes ?? doc.maxRssBytes,
    copyPeakRssBytes: doc.copyPeakRssBytes,
    startRssBytes: doc.startRssBytes,
    memory: doc.memory,
    actions: describe(doc.result.blobs),
  };
}

async function skopeoCopy(mode: CacheMode, cacheDir: string, source: string, target: string): Promise<CopyRun> {
  const cmd = skopeoCommand(mode, cacheDir, [
    '--debug',
    'copy',
    '--src-tls-verify=false',
    '--dest-tls-verify=false',
    `docker://${source}`,
    `docker://${target}`,
  ]);
  const r = await runOk(cmd.command, cmd.args, { env: cmd.env, measureRss: true });
  const blobs = (r.stdout.match(/^Copying (blob|config) /gm) ?? []).length;
  const mounted = (r.stderr.match(/\.\.\. mount OK/g) ?? []).length;
  const present = Math.max(0, (r.stderr.match(/Skipping blob .*\(already present\)/g) ?? []).length - mounted);
  return {
    wallMs: r.ms,
    maxRssBytes: r.maxRssBytes,
    actions: describe({ mounted, skipped: present, streamed: blobs - mounted - present }),
  };
}

function freeBytes(path: string): number {
  const s = statfsSync(path);
  return s.bavail * s.bsize;
}

export const COPY_TARGETS = { large: 1.1, small: 1.0, rssMiB: 80 };

export const copy: Section = {
  name: 'copy',
  title: '4. Image copy',
  async run({ quick, progress, summary }) {
    const plan: { size: number; runs: number }[] = quick
      ? [
          { size: 1 * MB, runs: 3 },
          { size: 20 * MB, runs: 2 },
        ]
      : [
          { size: 1 * MB, runs: 15 },
          { size: 100 * MB, runs: 7 },
          { size: 500 * MB, runs: 5 },
          { size: 1000 * MB, runs: 5 },
        ];
    const mountSize = quick ? 20 * MB : 100 * MB;
    const mountRuns = quick ? 1 : 3;
    const largest = plan[plan.length - 1].size;
    const needed = plan.reduce((a, p) => a + p.size, 0) + 3 * largest;
    const free = freeBytes(tmpdir());
    if (free < needed) throw new Error(`copy: needs about ${fmtBytes(needed)} free in ${tmpdir()}, only ${fmtBytes(free)} there`);
    const mode = skopeoCacheMode();
    const oursLabel = benchMode.tsx ? 'ours (--tsx: node --import tsx copy-child.ts)' : 'ours (node <tmp>/copy-child.mjs, bundled)';
    await ourBuild();
    const stack = new Stack();
    try {
      const a = await startBenchRegistry('open');
      stack.defer(() => a.stop());
      const pusher = new RegistryClient();
      const work = tempDir('layers');
      stack.defer(() => removeDir(work));
      const images = new Map<number, BigImage>();
      for (const { size } of plan) {
        progress(`copy: generating and pushing a 5-layer image of ${fmtBytes(size)}`);
        images.set(
          size,
          await pushBigImage(pusher, parseReference(`${a.host}/bench/src-${size}:1`), { layers: 5, totalBytes: size, dir: work }),
        );
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
      const coldCache = () => tempDir('skopeo-cold');
      const skopeoCold = (source: string, target: string) => {
        const c = coldCache();
        return skopeoCopy(mode, c, source, target).finally(() => removeDir(c));
      };

      // Cross-registry copies: ours and skopeo (cold) interleaved, the order alternating per run.
      const cross = new Map<number, { ours: CopyRun[]; skopeo: CopyRun[] }>();
      // One untimed copy each: page cache, first-spawn costs.
      await crossRegistry((t) => oursCopy(src(plan[0].size), t), 'ours-warmup');
      await crossRegistry((t) => skopeoCold(src(plan[0].size), t), 'skopeo-warmup');
      for (const { size, runs } of plan) {
        const entry = { ours: [] as CopyRun[], skopeo: [] as CopyRun[] };
        cross.set(size, entry);
        for (let i = 0; i < runs; i++) {
          progress(`copy: ${fmtBytes(images.get(size)!.bytes)} image across registries, run ${i + 1}/${runs}`);
          const steps: (() => Promise<void>)[] = [
            async () => void entry.ours.push(await crossRegistry((t) => oursCopy(src(size), t), 'ours')),
            async () => void entry.skopeo.push(await crossRegistry((t) => skopeoCold(src(size), t), 'skopeo')),
          ];
          if (i % 2 === 1) steps.reverse();
          for (const step of steps) await step();
        }
      }

      // Same registry, other repository: blobs can be mounted (no bytes move).
      const warmCache = tempDir('skopeo-warm');
      const mount: Record<'ours' | 'skopeo-cold' | 'skopeo-warm', CopyRun[]> = { ours: [], 'skopeo-cold': [], 'skopeo-warm': [] };
      await skopeoCopy(mode, warmCache, src(mountSize), fresh(a, 'skopeo-warmup'));
      for (let i = 0; i < mountRuns; i++) {
        progress(`copy: same registry (mounts), ${fmtBytes(images.get(mountSize)!.bytes)} image, run ${i + 1}/${mountRuns}`);
        const steps: [keyof typeof mount, () => Promise<CopyRun>][] = [
          ['ours', () => oursCopy(src(mountSize), fresh(a, 'ours'))],
          ['skopeo-cold', () => skopeoCold(src(mountSize), fresh(a, 'skopeo'))],
          ['skopeo-warm', () => skopeoCopy(mode, warmCache, src(mountSize), fresh(a, 'skopeo-warm'))],
        ];
        if (i % 2 === 1) steps.reverse();
        for (const [key, step] of steps) mount[key].push(await step());
      }

      const values = (list: CopyRun[], f: (r: CopyRun) => number | undefined) => list.map(f).filter((v): v is number => v !== undefined);
      const med = (list: CopyRun[], f: (r: CopyRun) => number | undefined) => median(values(list, f));
      const actions = (list: CopyRun[]) => [...new Set(list.map((r) => r.actions))].join(' | ');
      const wall = (r: CopyRun) => r.wallMs;
      const peakRss = (r: CopyRun) => r.maxRssBytes;
      const cacheNote = {
        namespace: `skopeo's blob-info cache: a temp dir bound over ${ROOT_CACHE} in a private mount namespace (cold: empty per run; warm: kept across runs, after one warm-up copy).`,
        xdg: `skopeo's blob-info cache: XDG_DATA_HOME set to a temp dir (cold: empty per run; warm: kept across runs, after one warm-up copy).`,
        shared: `skopeo's blob-info cache could not be isolated (not root-capable of unshare -m): "cold" and "warm" both use the machine's cache.`,
      }[mode];
      const throughputCI = (size: number) => ratioCI(values(cross.get(size)!.skopeo, wall), values(cross.get(size)!.ours, wall));
      const copyRows: string[][] = [];
      for (const { size } of plan) {
        const bytes = images.get(size)!.bytes;
        const { ours, skopeo } = cross.get(size)!;
        for (const [label, list] of [
          [oursLabel, ours],
          ['skopeo copy, cold cache', skopeo],
        ] as const) {
          const w = med(list, wall);
          const copyMs = med(list, (r) => r.copyMs);
          copyRows.push([
            `${fmtBytes(bytes)}: ${label}`,
            String(list.length),
            fmtMedianCI(values(list, wall)),
            fmtMs(p10(values(list, wall))),
            fmtMs(p90(values(list, wall))),
            fmtRate(bytes, w),
            list === ours ? fmtRatioCI(throughputCI(size)) : '1.00x',
            Number.isFinite(copyMs) ? `${fmtMs(copyMs)} (${fmtRate(bytes, copyMs)})` : '-',
            fmtBytes(med(list, peakRss)),
            actions(list),
          ]);
        }
      }
      const copyTable: Table = {
        title: '4a. Copy of a 5-layer image (random layers) to a fresh registry: whole process, ours vs skopeo (cold cache), interleaved',
        headers: [
          'image: tool',
          'runs',
          'wall median [95% CI]',
          'p10',
          'p90',
          'throughput',
          'throughput vs skopeo [bootstrap 95% CI]',
          'copy alone (excl. start-up)',
          'peak RSS (GNU time)',
          'what it did (blobs)',
        ],
        rows: copyRows,
        notes: [
          `wall = spawn -> exit of the whole process (ours: node start-up and module loading included); throughput = image bytes / wall; ` +
            `throughput vs skopeo = skopeo's median wall / ours (above 1: we are faster), percentile bootstrap, 2000 resamples, fixed seed.`,
          `each copy goes to a freshly started registry (every byte streams through the process); ours and skopeo alternate first per run, after one untimed copy each.`,
          cacheNote,
          `blobs = 5 layers + 1 config; registries on loopback, plain http; our copy streams up to 3 large blobs (over 1 MiB) and 8 small ones at a time, each as soon as its existence check answers (copyImage defaults).`,
          gnuTimeAvailable
            ? `peak RSS: whole process, GNU time (%M) for both.`
            : `peak RSS: ours from process.resourceUsage().maxRSS; skopeo n/a (no /usr/bin/time).`,
        ],
      };

      const rssRows: string[][] = [];
      for (const who of ['ours', 'skopeo'] as const) {
        for (const { size } of plan) {
          const list = cross.get(size)![who];
          const smallest = values(cross.get(plan[0].size)![who], peakRss);
          const ci = ratioCI(values(list, peakRss), smallest);
          rssRows.push([
            fmtBytes(images.get(size)!.bytes),
            who === 'ours' ? oursLabel : 'skopeo copy',
            String(list.length),
            fmtMedianCI(values(list, peakRss), fmtBytes),
            who === 'ours' ? fmtBytes(med(list, (r) => r.copyPeakRssBytes)) : '-',
            who === 'ours' ? fmtBytes(med(list, (r) => r.startRssBytes)) : '-',
            size === plan[0].size ? '1.00x' : fmtRatioCI(ci),
            size === plan[0].size ? '-' : flatness(ci),
            who === 'ours' ? fmtRatioCI(ratioCI(values(list, peakRss), values(cross.get(size)!.skopeo, peakRss))) : '-',
          ]);
        }
      }
      const rssTable: Table = {
        title: '4b. Peak RSS against image size (the copies of 4a)',
        headers: [
          'image',
          'tool',
          'runs',
          'peak RSS median [95% CI]',
          'RSS during copy (sampled)',
          'RSS before copy',
          `vs ${fmtBytes(images.get(plan[0].size)!.bytes)} image [95% CI]`,
          'flat?',
          'ours vs skopeo [95% CI]',
        ],
        rows: rssRows,
        notes: [
          'peak RSS: whole process (GNU time %M). RSS during copy: ours only, the highest RSS sampled every 10 ms while copyImage runs; before copy: modules loaded, no request sent.',
          '"flat" only when the ratio\'s bootstrap interval holds 1.00.',
        ],
      };

      const phases: [Phase, string][] = [
        ['start', 'start (modules loaded)'],
        ['firstResponse', 'first response'],
        ['peak', 'peak RSS during copy'],
        ['end', 'end (copy done)'],
      ];
      const fields = ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers'] as const;
      const breakdownSizes = [...new Set([plan[0].size, largest])];
      const memoryTable: Table = {
        title: `4d. Memory breakdown of our copy child (process.memoryUsage(), medians over the runs of 4a)`,
        headers: ['image', 'phase', ...fields, 'rss - heapTotal - external'],
        rows: breakdownSizes.flatMap((size) =>
          phases.map(([phase, label]) => {
            const list = cross.get(size)!.ours;
            const field = (f: (typeof fields)[number]) => med(list, (r) => r.memory?.[phase]?.[f]);
            return [
              fmtBytes(images.get(size)!.bytes),
              label,
              ...fields.map((f) => fmtBytes(field(f))),
              fmtBytes(
                med(list, (r) => {
                  const m = r.memory?.[phase];
                  return m ? m.rss - m.heapTotal - m.external : undefined;
                }),
              ),
            ];
          }),
        ),
        notes: [
          'rss: resident set of the process; heapTotal/heapUsed: the V8 heap (JS objects); external: memory of C++ objects bound to JS, arrayBuffers (Buffers) included; ' +
            'the last column is what none of these hold: node and V8 code, stacks, native allocations (sockets, zlib, crypto, undici), freed-but-unreturned pages.',
          'first response: the first 10 ms sample after the client had sent its second request (its first was answered); peak: the sample with the highest RSS.',
        ],
      };

      const mountBytes = images.get(mountSize)!.bytes;
      const mountPeer = values(mount['skopeo-cold'], wall);
      const mountTable: Table = {
        title: `4e. Same registry, other repository (${fmtBytes(mountBytes)} image: blobs can be mounted)`,
        headers: ['tool', 'runs', 'wall median [95% CI]', 'vs skopeo cold', 'peak RSS', 'what it did (blobs)'],
        rows: (
          [
            [oursLabel, mount.ours],
            ['skopeo copy, cold cache', mount['skopeo-cold']],
            ['skopeo copy, warm cache', mount['skopeo-warm']],
          ] as const
        ).map(([label, list]) => [
          label,
          String(list.length),
          fmtMedianCI(values(list, wall)),
          fmtRatio(med(list, wall), median(mountPeer)),
          fmtBytes(med(list, peakRss)),
          actions(list),
        ]),
        notes: ['wall = spawn -> exit; each copy to a fresh repository of the source registry; ratio of medians (few runs: no interval).'],
      };

      progress('copy: upload memory probe (one blob, three transports)');
      const probeMiB = quick ? 32 : 200;
      const probeRegistry = await startBenchRegistry('open');
      let probe: { mode: string; bytes: number; ms: number; peakArrayBuffersBytes: number }[];
      try {
        probe = [];
        for (const mode of ['fetch', 'pushBlob', 'node:http']) {
          const r = await runOk(
            process.execPath,
            ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench/upload-probe.ts'), probeRegistry.url, String(probeMiB), mode],
            { env: cleanEnv() },
          );
          probe.push(JSON.parse(r.stdout));
        }
      } finally {
        await probeRegistry.stop();
      }
      const probeTable: Table = {
        title: `4c. Diagnostic: memory held by one streamed upload of ${probeMiB} MiB, by transport (bench/upload-probe.ts)`,
        headers: ['transport', 'time', 'throughput', 'peak ArrayBuffers (forced GC every 10 ms)', 'of the blob'],
        rows: probe.map((p) => [
          {
            fetch: 'fetch(PUT, ReadableStream body, duplex half)',
            pushBlob: 'RegistryClient.pushBlob (stream body)',
            'node:http': 'node:http request + stream.pipeline',
          }[p.mode] ?? p.mode,
          fmtMs(p.ms),
          fmtRate(p.bytes, p.ms),
          fmtBytes(p.peakArrayBuffersBytes),
          `${((100 * p.peakArrayBuffersBytes) / p.bytes).toFixed(0)}%`,
        ]),
        notes: [
          `node ${process.version} (undici ${process.versions.undici ?? '?'}): the source is a pull-based stream of 1 MiB chunks; a transport with backpressure holds a few chunks; each transport in its own process (through tsx: a diagnostic, its timing excludes start-up).`,
        ],
      };

      // Summary rows.
      const sizesText = (sizes: number[]) => sizes.map((s) => `${s / MB} MB (${fmtBytes(images.get(s)!.bytes)})`).join(' / ');
      const throughputRow = (sizes: number[], target: number): SummaryRow => {
        const cis = sizes.map((s) => ({ s, ci: throughputCI(s) }));
        const verdicts = cis.map(({ s, ci }) => `${fmtBytes(images.get(s)!.bytes)}: ${verdict(ci.ratio, ci, target, '>=')}`);
        return {
          metric: `copy between registries, ${sizesText(sizes)} image, whole process, throughput vs skopeo`,
          target: `>= ${target.toFixed(1)}x skopeo throughput`,
          measured: cis.map(({ s, ci }) => `${fmtBytes(images.get(s)!.bytes)}: ${fmtRatioCI(ci)}`).join('; '),
          verdict: verdicts.join('; '),
          note: cis
            .map(
              ({ s }) =>
                `${fmtBytes(images.get(s)!.bytes)}: ours ${fmtRate(images.get(s)!.bytes, med(cross.get(s)!.ours, wall))} vs skopeo ${fmtRate(images.get(s)!.bytes, med(cross.get(s)!.skopeo, wall))}`,
            )
            .join('; '),
        };
      };
      const bigSizes = plan.map((p) => p.size).filter((s) => s >= 500 * MB);
      const smallSizes = plan
        .map((p) => p.size)
        .filter((s) => s < 500 * MB)
        .reverse();
      if (bigSizes.length) summary(throughputRow(bigSizes, COPY_TARGETS.large));
      else
        summary({
          ...throughputRow([largest], COPY_TARGETS.large),
          metric: `copy between registries, ${sizesText([largest])} image (quick: stands in for 500 MB / 1 GB), throughput vs skopeo`,
        });
      summary(throughputRow(smallSizes, COPY_TARGETS.small));
      const oursLargest = values(cross.get(largest)!.ours, peakRss);
      const mid = plan.find((p) => p.size === 100 * MB)?.size ?? plan[0].size;
      const flatMid = ratioCI(oursLargest, values(cross.get(mid)!.ours, peakRss));
      const flatSmall = ratioCI(oursLargest, values(cross.get(plan[0].size)!.ours, peakRss));
      const limit = COPY_TARGETS.rssMiB * 1024 * 1024;
      summary({
        metric: `peak RSS of our whole copy process, ${sizesText([largest])} image${largest < 1000 * MB ? ' (quick: stands in for 1 GB)' : ''}`,
        target: `<= ${COPY_TARGETS.rssMiB} MiB, flat in size`,
        measured:
          `${fmtMedianCI(oursLargest, fmtBytes)}; vs ${fmtBytes(images.get(mid)!.bytes)}: ${fmtRatioCI(flatMid)}` +
          (mid !== plan[0].size ? `; vs ${fmtBytes(images.get(plan[0].size)!.bytes)}: ${fmtRatioCI(flatSmall)}` : ''),
        verdict:
          `${verdict(median(oursLargest), medianCI(oursLargest), limit, '<=')}; size: ${flatness(flatMid)} from ${fmtBytes(images.get(mid)!.bytes)}` +
          (mid !== plan[0].size ? `, ${flatness(flatSmall)} from ${fmtBytes(images.get(plan[0].size)!.bytes)}` : ''),
        note: `skopeo: ${fmtBytes(med(cross.get(largest)!.skopeo, peakRss))}; at start (modules loaded) ours holds ${fmtBytes(med(cross.get(largest)!.ours, (r) => r.memory?.start?.rss))} (see 4d)`,
      });
      return [copyTable, rssTable, memoryTable, mountTable, probeTable];
    } finally {
      await stack.close();
    }
  },
};
