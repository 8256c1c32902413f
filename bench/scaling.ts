/**
 * 2. Scaling in the number of images: the real wait script (bundled bin) for 1, 5, 10, 20 and 50
 * images (python versions), (a) all already there when it starts, (b) all appearing at the same
 * moment while it waits (--poll-interval 1, stratified push phase as in section 1). The N values are
 * interleaved round by round (shuffled per round, seeded), so slow drifts of the machine spread
 * over every N. Wall time and requests, ratio against N = 1 with a bootstrap interval; goal: flat in
 * N. Peer: the original, whose versions are waited for one after another.
 */
import { flatness, fmtMedianCI, fmtMs, fmtNum, fmtRatio, fmtRatioCI, median, p10, p90, ratioCI, seededRandom, shuffled, verdict, type Table } from './stats.ts';
import type { Section } from './section.ts';
import { assertRun, runWait, startWaitRig, versionsFor, waitCommand, type WaitRun } from './wait-harness.ts';
import { measureCheckCosts, modelLatencies, modelPresentMs, ORIGINAL_SLEEP_MS } from './original-loop.ts';
import { stratifiedDelays } from './latency.ts';

const ALL_COUNTS = [1, 5, 10, 20, 50];
/** --quick: the ends and the summary's N = 20 only. */
const QUICK_COUNTS = [1, 20, 50];
export const SCALING_TARGET = 1.2;

export const scaling: Section = {
  name: 'scaling',
  title: '2. Scaling in the number of images',
  async run({ quick, progress, summary }) {
    const COUNTS = quick ? QUICK_COUNTS : ALL_COUNTS;
    const presentRuns = quick ? 2 : 15;
    const duringRuns = (n: number) => (quick ? 2 : n === 1 || n === 50 ? 30 : 10);
    const random = seededRandom(0x5ca1e);
    const rig = await startWaitRig();
    try {
      const command = (await waitCommand()).label;
      progress(`scaling: measuring the original's checks`);
      const costs = await measureCheckCosts(rig, quick ? 3 : 10);
      const present = new Map<number, WaitRun[]>(COUNTS.map((n) => [n, []]));
      const during = new Map<number, WaitRun[]>(COUNTS.map((n) => [n, []]));
      for (let i = 0; i < presentRuns; i++) {
        progress(`scaling 2a (present): round ${i + 1}/${presentRuns}, N = ${COUNTS.join(', ')}`);
        for (const n of shuffled(COUNTS, random)) {
          const a = await runWait(rig, { versions: versionsFor(n), push: 'present' });
          assertRun(a, `scaling N=${n}, present`);
          present.get(n)!.push(a);
        }
      }
      const delays = new Map(COUNTS.map((n) => [n, stratifiedDelays(duringRuns(n), 1000, random)]));
      const rounds = Math.max(...COUNTS.map(duringRuns));
      for (let i = 0; i < rounds; i++) {
        const here = COUNTS.filter((n) => i < duringRuns(n));
        progress(`scaling 2b (pushed while waiting): round ${i + 1}/${rounds}, N = ${here.join(', ')}`);
        for (const n of shuffled(here, random)) {
          const b = await runWait(rig, { versions: versionsFor(n), push: 'during', pollInterval: 1, pushDelayMs: delays.get(n)![i] });
          assertRun(b, `scaling N=${n}, during`);
          during.get(n)!.push(b);
        }
      }
      const walls = (n: number) => present.get(n)!.map((r) => r.wallMs);
      const presentTable: Table = {
        title: '2a. Images already there when the script starts: spawn -> exit',
        headers: ['N', 'runs', 'wall median [95% CI]', 'p10', 'p90', 'vs N=1 [bootstrap 95% CI]', 'flat?', 'original*', 'ours vs orig', 'requests', 'orig requests'],
        rows: COUNTS.map((n) => {
          const list = present.get(n)!;
          const wall = median(walls(n));
          const ci = ratioCI(walls(n), walls(1));
          const orig = modelPresentMs(costs, n);
          return [
            String(n), String(list.length), fmtMedianCI(walls(n)), fmtMs(p10(walls(n))), fmtMs(p90(walls(n))), n === 1 ? '1.00x' : fmtRatioCI(ci), n === 1 ? '-' : flatness(ci),
            fmtMs(orig), fmtRatio(wall, orig), fmtNum(median(list.map((r) => r.requests.total))), String(n * costs.ghcrRequests),
          ];
        }),
        notes: [
          `ours: ${command}, spawn -> exit (node start-up included); N values interleaved round by round in a shuffled order.`,
          `vs N=1: ratio of medians, percentile bootstrap (2000 resamples, fixed seed); "flat" only when its interval holds 1.00.`,
          `original = N found ghcr.io checks one after another (median ${fmtMs(median(costs.ghcrFoundMs))} each, skopeo inspect measured in this run), ` +
            `without the bash start-up and init script of each per-version child.`,
          `requests: HTTP requests of the script to both registries and the token service.`,
        ],
      };
      const latencies = (n: number) => during.get(n)!.map((r) => r.pushToExitMs!);
      const duringTable: Table = {
        title: '2b. N images pushed at the same moment while the script waits (--poll-interval 1): push -> exit',
        headers: ['N', 'runs', 'median [95% CI]', 'p10', 'p90', 'vs N=1 [bootstrap 95% CI]', 'flat?', 'original* median', 'ours vs orig', '1st-round req', 'req/round'],
        rows: COUNTS.map((n) => {
          const list = during.get(n)!;
          const ci = ratioCI(latencies(n), latencies(1));
          const orig = median(modelLatencies(costs, { sleepMs: ORIGINAL_SLEEP_MS, images: n, random }));
          const perRound = list.map((r) => r.afterFirstRound.total / Math.max(1, r.roundsAfterFirst));
          return [
            String(n), String(list.length), fmtMedianCI(latencies(n)), fmtMs(p10(latencies(n))), fmtMs(p90(latencies(n))),
            n === 1 ? '1.00x' : fmtRatioCI(ci), n === 1 ? '-' : flatness(ci),
            fmtMs(orig), fmtRatio(median(latencies(n)), orig), fmtNum(median(list.map((r) => r.firstRoundRequests))), fmtNum(median(perRound)),
          ];
        }),
        notes: [
          `push phase stratified over the 1 s interval as in section 1 (trial i of n at ((i + U)/n) s after the first round, shuffled); N values interleaved round by round.`,
          `original = uniform phase over its 30 s cycle (as in section 1) + one more found ghcr.io check per further version, one after another.`,
          `req/round: requests per poll round after the first (all images, both registries, token requests included).`,
        ],
      };
      const at50 = ratioCI(walls(50), walls(1));
      const at20 = ratioCI(walls(20), walls(1));
      summary({
        metric: 'N images already there: wall at N = 50 (and 20) vs N = 1',
        target: `<= ${SCALING_TARGET.toFixed(1)}x at N = 50`,
        measured: `N=50: ${fmtRatioCI(at50)}; N=20: ${fmtRatioCI(at20)} (${presentRuns} runs each)`,
        verdict: verdict(at50.ratio, at50, SCALING_TARGET, '<='),
        note: `N=1 ${fmtMs(median(walls(1)))}, N=50 ${fmtMs(median(walls(50)))}; pushed while waiting (2b) N=50 vs 1: ${fmtRatioCI(ratioCI(latencies(50), latencies(1)))}`,
      });
      return [presentTable, duringTable];
    } finally {
      await rig.stop();
    }
  },
};
