/**
 * 1. Detection latency: manifest pushed -> wait script exited, for the real script as a child
 * process (the bundled bin, `node <tmp>/dist/ci-images.mjs wait-ci`), at the default poll interval
 * and at --poll-interval 1. The push phase is stratified over the poll cycle: trial i of n pushes
 * at ((i + U) / n) x interval after the script's first round is answered, the trials in a shuffled
 * order (seeded PRNG). Peer: the original loop (30 s sleep, registries one after the other),
 * computed from its check costs measured here and the 30 s constant, and validated by running the
 * loop for real with a 2 s sleep.
 */
import {
  fmtMedianCI,
  fmtMs,
  fmtNum,
  fmtRatio,
  fmtRatioCI,
  max,
  median,
  medianCI,
  min,
  p10,
  p90,
  ratioCI,
  seededRandom,
  shuffled,
  verdict,
  type Table,
} from './stats.ts';
import type { Section } from './section.ts';
import { assertRun, runWait, startWaitRig, waitCommand, type WaitRun } from './wait-harness.ts';
import { measureCheckCosts, modelLatencies, ORIGINAL_SLEEP_MS, originalRequestsPerMinute, runOriginalLoop } from './original-loop.ts';

const VALIDATION_SLEEP_MS = 2_000;
const DEFAULT_POLL_S = 5;
export const LATENCY_TARGET_MS = 2_700;

/** Push delays after the first round, stratified over one interval: ((i + U) / n) x interval, shuffled. */
export function stratifiedDelays(n: number, intervalMs: number, random: () => number): number[] {
  return shuffled(
    Array.from({ length: n }, (_, i) => ((i + random()) / n) * intervalMs),
    random,
  );
}

export const latency: Section = {
  name: 'latency',
  title: '1. Detection latency (manifest pushed -> wait script exited), 1 image',
  async run({ quick, progress, summary }) {
    const trials = quick ? 3 : 30;
    const peerRuns = quick ? 2 : 10;
    const random = seededRandom(0x1a7e);
    const rig = await startWaitRig();
    try {
      const command = (await waitCommand()).label;
      progress(`latency: measuring the original's checks (${peerRuns} x skopeo + curl)`);
      const costs = await measureCheckCosts(rig, peerRuns);
      const ours: Record<'default' | 'poll1', WaitRun[]> = { default: [], poll1: [] };
      const delays = { default: stratifiedDelays(trials, DEFAULT_POLL_S * 1000, random), poll1: stratifiedDelays(trials, 1000, random) };
      for (let i = 0; i < trials; i++) {
        progress(`latency: trial ${i + 1}/${trials} (default poll interval, then --poll-interval 1)`);
        const d = await runWait(rig, { versions: ['3.8'], push: 'during', pushDelayMs: delays.default[i] });
        assertRun(d, 'latency, default');
        ours.default.push(d);
        const p = await runWait(rig, { versions: ['3.8'], push: 'during', pollIntervalSeconds: 1, pushDelayMs: delays.poll1[i] });
        assertRun(p, 'latency, --poll-interval 1');
        ours.poll1.push(p);
      }
      const estimatedCycle = median(costs.ghcrMissMs) + median(costs.pkgMissMs) + VALIDATION_SLEEP_MS;
      const real: number[] = [];
      for (let i = 0; i < peerRuns; i++) {
        progress(`latency: original loop for real with sleep ${VALIDATION_SLEEP_MS / 1000} s, run ${i + 1}/${peerRuns}`);
        real.push(await runOriginalLoop(rig, VALIDATION_SLEEP_MS, estimatedCycle, random));
      }
      const model30 = modelLatencies(costs, { sleepMs: ORIGINAL_SLEEP_MS, images: 1, random });
      const model2 = modelLatencies(costs, { sleepMs: VALIDATION_SLEEP_MS, images: 1, random });
      const peerMedian = median(model30);
      const perMinute = (r: WaitRun) => (r.afterFirstRound.total * 60_000) / r.afterFirstMs;
      const row = (name: string, values: number[], n: string, rpm: string, found = '-'): string[] => [
        name,
        n,
        fmtMedianCI(values),
        fmtMs(p10(values)),
        fmtMs(p90(values)),
        fmtMs(min(values)),
        fmtMs(max(values)),
        fmtRatio(median(values), peerMedian),
        found,
        rpm,
      ];
      const latencies = (list: WaitRun[]) => list.map((r) => r.pushToExitMs!);
      const oursRow = (name: string, list: WaitRun[]) =>
        row(
          name,
          latencies(list),
          String(list.length),
          fmtNum(median(list.map(perMinute)), 0),
          fmtMs(median(list.map((r) => r.pushToFoundMs!))),
        );
      const exitPart = (list: WaitRun[]) => fmtMs(median(list.map((r) => r.pushToExitMs! - r.pushToFoundMs!)));
      const table: Table = {
        title: this.title,
        headers: [
          'who / setting',
          'runs',
          'median [95% CI]',
          'p10',
          'p90',
          'min',
          'max',
          'median vs orig',
          'push->found median',
          'req/min waiting',
        ],
        rows: [
          oursRow(`ours, default (--poll-interval ${DEFAULT_POLL_S}: pauses of 80-100 % of it)`, ours.default),
          oursRow('ours, --poll-interval 1', ours.poll1),
          row(`original, sleep 30 s (computed*)`, model30, 'model', fmtNum(originalRequestsPerMinute(costs), 1)),
          row(`original, sleep ${VALIDATION_SLEEP_MS / 1000} s, run for real (check of the model)`, real, String(real.length), '-'),
          row(`original, sleep ${VALIDATION_SLEEP_MS / 1000} s (computed*, same model)`, model2, 'model', '-'),
        ],
        notes: [
          `ours: the real script as a child (${command}); the push phase is stratified over the poll cycle: trial i of ${trials} pushes at ((i + U)/${trials}) x interval ` +
            `(5 s, or 1 s) after the script's first round of checks is answered, trials in a shuffled order (seeded PRNG). Each push phase is still uniform over the interval, ` +
            `so the median is unbiased; stratifying only lowers its variance. The script's own jitter (pause = interval x U(0.8, 1.0)) stays random.`,
          `median [95% CI]: distribution-free interval of the median (order statistics, binomial; its coverage in parentheses when n is too small for 95 %). ` +
            `It assumes independent draws; with the stratified push phase the median varies less than that, so the interval is conservative (wider than needed).`,
          `of the latency, detection (the 'found' line) -> process exit is ${exitPart(ours.default)} (default) / ${exitPart(ours.poll1)} (poll 1) median.`,
          `computed = uniform push phase over the original's cycle (ghcr.io check + packages check + sleep), check costs measured in this run: ` +
            `ghcr.io check (skopeo inspect --raw for docker manifest inspect) median ${fmtMs(median(costs.ghcrMissMs))} missing / ${fmtMs(median(costs.ghcrFoundMs))} found, ` +
            `${costs.ghcrRequests} HTTP requests + ${costs.ghcrTlsAttempts} TLS attempt; packages check (curl GET, basic auth) median ${fmtMs(median(costs.pkgMissMs))}, ${costs.pkgRequests} request; 20000 draws.`,
          `req/min waiting: requests of the script (both registries, token requests included) per minute after its first round, over the whole wait (see section 1b for the steady state).`,
          `ratios are ours / original (below 1: we are faster).`,
        ],
      };
      const values = latencies(ours.default);
      const ci = medianCI(values);
      const spread = `p10 ${fmtMs(p10(values))}, p90 ${fmtMs(p90(values))}`;
      summary({
        metric: `push -> detected (exit), default poll (${DEFAULT_POLL_S} s, jittered), ${values.length} trials`,
        target: `median <= ${fmtMs(LATENCY_TARGET_MS)}, >= 30 trials`,
        measured: `${fmtMedianCI(values)}; ${spread}`,
        verdict:
          values.length >= 30
            ? verdict(median(values), ci, LATENCY_TARGET_MS, '<=')
            : `${verdict(median(values), ci, LATENCY_TARGET_MS, '<=')}; only ${values.length} trials`,
        note: `vs original (30 s sleep, computed) ${fmtRatioCI(ratioCI(values, model30.slice(0, 2000)))}; poll 1 s: ${fmtMedianCI(latencies(ours.poll1))}`,
      });
      return [table];
    } finally {
      await rig.stop();
    }
  },
};
