/**
 * 1. Detection latency: manifest pushed → wait script exited, for the real script as a child
 * process, at the default poll interval and at --poll-interval 1; the push comes at a uniform
 * random phase of the poll cycle. Peer: the original loop (30 s sleep, registries one after the
 * other), computed from its check costs measured here and the 30 s constant, and validated by
 * running the loop for real with a 2 s sleep.
 */
import { fmtMs, fmtNum, fmtRatio, max, median, min, p90, type Table } from './stats.ts';
import type { Section } from './section.ts';
import { assertRun, runWait, startWaitRig, type WaitRun } from './wait-harness.ts';
import { measureCheckCosts, modelLatencies, ORIGINAL_SLEEP_MS, originalRequestsPerMinute, runOriginalLoop } from './original-loop.ts';

const VALIDATION_SLEEP_MS = 2_000;

export const latency: Section = {
  name: 'latency',
  title: '1. Detection latency (manifest pushed -> wait script exited), 1 image',
  async run({ quick, progress }) {
    const runs = quick ? 3 : 10;
    const rig = await startWaitRig();
    try {
      progress(`latency: measuring the original's checks (${runs} x skopeo + curl)`);
      const costs = await measureCheckCosts(rig, runs);
      const ours: Record<'default' | 'poll1', WaitRun[]> = { default: [], poll1: [] };
      for (let i = 0; i < runs; i++) {
        progress(`latency: run ${i + 1}/${runs} (default poll interval, then --poll-interval 1)`);
        const d = await runWait(rig, { versions: ['3.8'], push: 'during' });
        assertRun(d, 'latency, default');
        ours.default.push(d);
        const p = await runWait(rig, { versions: ['3.8'], push: 'during', pollInterval: 1 });
        assertRun(p, 'latency, --poll-interval 1');
        ours.poll1.push(p);
      }
      const estimatedCycle = median(costs.ghcrMissMs) + median(costs.pkgMissMs) + VALIDATION_SLEEP_MS;
      const real: number[] = [];
      for (let i = 0; i < runs; i++) {
        progress(`latency: original loop for real with sleep ${VALIDATION_SLEEP_MS / 1000} s, run ${i + 1}/${runs}`);
        real.push(await runOriginalLoop(rig, VALIDATION_SLEEP_MS, estimatedCycle));
      }
      const model30 = modelLatencies(costs, { sleepMs: ORIGINAL_SLEEP_MS, images: 1 });
      const model2 = modelLatencies(costs, { sleepMs: VALIDATION_SLEEP_MS, images: 1 });
      const peerMedian = median(model30);
      const peerP90 = p90(model30);
      const perMinute = (r: WaitRun) => ((r.requests.total - r.firstRoundRequests) * 60_000) / (r.wallMs - r.firstRoundMs);
      const row = (name: string, values: number[], n: string, rpm: string): string[] => [
        name, n, fmtMs(median(values)), fmtMs(p90(values)), fmtMs(min(values)), fmtMs(max(values)),
        fmtRatio(median(values), peerMedian), fmtRatio(p90(values), peerP90), rpm,
      ];
      const oursRow = (name: string, list: WaitRun[]) =>
        row(name, list.map((r) => r.pushToExitMs!), String(list.length), fmtNum(median(list.map(perMinute)), 0));
      const exitPart = (list: WaitRun[]) => fmtMs(median(list.map((r) => r.pushToExitMs! - r.pushToFoundMs!)));
      const table: Table = {
        title: this.title,
        headers: ['who / setting', 'runs', 'median', 'p90', 'min', 'max', 'median vs orig', 'p90 vs orig', 'req/min waiting'],
        rows: [
          oursRow('ours, default (--poll-interval 5, +-20% jitter)', ours.default),
          oursRow('ours, --poll-interval 1', ours.poll1),
          row(`original, sleep 30 s (computed*)`, model30, 'model', fmtNum(originalRequestsPerMinute(costs), 1)),
          row(`original, sleep ${VALIDATION_SLEEP_MS / 1000} s, run for real (check of the model)`, real, String(real.length), '-'),
          row(`original, sleep ${VALIDATION_SLEEP_MS / 1000} s (computed*, same model)`, model2, 'model', '-'),
        ],
        notes: [
          `computed = uniform push phase over the original's cycle (ghcr.io check + packages check + sleep), check costs measured in this run: ` +
            `ghcr.io check (skopeo inspect --raw for docker manifest inspect) median ${fmtMs(median(costs.ghcrMissMs))} missing / ${fmtMs(median(costs.ghcrFoundMs))} found, ` +
            `${costs.ghcrRequests} HTTP requests + ${costs.ghcrTlsAttempts} TLS attempt; packages check (curl GET, basic auth) median ${fmtMs(median(costs.pkgMissMs))}, ${costs.pkgRequests} request; 20000 draws.`,
          `ours: the real script as a child (node --import tsx), push at a uniform random phase after its first round of checks; of the latency, detection -> process exit is ${exitPart(ours.default)} (default) / ${exitPart(ours.poll1)} (poll 1) median.`,
          `req/min waiting: requests of the script (both registries, token requests included) per minute after its first round; the original's from its per-cycle count.`,
          `ratios are ours / original (below 1: we are faster).`,
        ],
      };
      return [table];
    } finally {
      await rig.stop();
    }
  },
};
