/**
 * 2. Scaling in the number of images: the real wait script for 1, 5, 10 and 20 images (python
 * versions), (a) all already there when it starts, (b) all appearing at the same moment while it
 * waits (--poll-interval 1, uniform phase). Wall time and requests; goal: flat in N. Peer: the
 * original, whose versions are waited for one after another.
 */
import { fmtMs, fmtNum, fmtRatio, median, p90, type Table } from './stats.ts';
import type { Section } from './section.ts';
import { assertRun, runWait, startWaitRig, versionsFor, type WaitRun } from './wait-harness.ts';
import { measureCheckCosts, modelLatencies, modelPresentMs, ORIGINAL_SLEEP_MS } from './original-loop.ts';

const COUNTS = [1, 5, 10, 20];

export const scaling: Section = {
  name: 'scaling',
  title: '2. Scaling in the number of images',
  async run({ quick, progress }) {
    const runs = quick ? 2 : 7;
    const rig = await startWaitRig();
    try {
      progress(`scaling: measuring the original's checks`);
      const costs = await measureCheckCosts(rig, quick ? 3 : 10);
      const present = new Map<number, WaitRun[]>();
      const during = new Map<number, WaitRun[]>();
      for (const n of COUNTS) {
        present.set(n, []);
        during.set(n, []);
        for (let i = 0; i < runs; i++) {
          progress(`scaling: N=${n}, run ${i + 1}/${runs}`);
          const a = await runWait(rig, { versions: versionsFor(n), push: 'present' });
          assertRun(a, `scaling N=${n}, present`);
          present.get(n)!.push(a);
          const b = await runWait(rig, { versions: versionsFor(n), push: 'during', pollInterval: 1 });
          assertRun(b, `scaling N=${n}, during`);
          during.get(n)!.push(b);
        }
      }
      const wall1 = median(present.get(1)!.map((r) => r.wallMs));
      const presentTable: Table = {
        title: '2a. Images already there when the script starts: spawn -> exit',
        headers: ['N', 'runs', 'wall median', 'vs N=1', 'original*', 'ours vs orig', 'requests', 'orig requests'],
        rows: COUNTS.map((n) => {
          const list = present.get(n)!;
          const wall = median(list.map((r) => r.wallMs));
          const orig = modelPresentMs(costs, n);
          return [
            String(n), String(list.length), fmtMs(wall), fmtRatio(wall, wall1), fmtMs(orig), fmtRatio(wall, orig),
            fmtNum(median(list.map((r) => r.requests.total))), String(n * costs.ghcrRequests),
          ];
        }),
        notes: [
          `original = N found ghcr.io checks one after another (median ${fmtMs(median(costs.ghcrFoundMs))} each, skopeo inspect measured in this run), ` +
            `without the bash start-up and init script of each per-version child; ours includes node + tsx start-up (see section 5).`,
          `requests: HTTP requests of the script to both registries and the token service (first contact: one GET /v2/ per registry and one token for all images on ghcr.io, then a HEAD per image: 2N + 3).`,
        ],
      };
      const during1 = median(during.get(1)!.map((r) => r.pushToExitMs!));
      const duringTable: Table = {
        title: '2b. N images pushed at the same moment while the script waits (--poll-interval 1): push -> exit',
        headers: ['N', 'runs', 'median', 'p90', 'vs N=1', 'original* median', 'ours vs orig', '1st-round req', 'req/round', 'orig req/cycle'],
        rows: COUNTS.map((n) => {
          const list = during.get(n)!;
          const latencies = list.map((r) => r.pushToExitMs!);
          const orig = median(modelLatencies(costs, { sleepMs: ORIGINAL_SLEEP_MS, images: n }));
          const perRound = list.map((r) => (r.requests.total - r.firstRoundRequests) / Math.max(1, r.rounds - 1));
          return [
            String(n), String(list.length), fmtMs(median(latencies)), fmtMs(p90(latencies)), fmtRatio(median(latencies), during1),
            fmtMs(orig), fmtRatio(median(latencies), orig), fmtNum(median(list.map((r) => r.firstRoundRequests))),
            fmtNum(median(perRound)), String(costs.ghcrRequests + costs.pkgRequests),
          ];
        }),
        notes: [
          `original = uniform phase over its 30 s cycle (as in section 1) + one more found ghcr.io check per further version, one after another.`,
          `req/round: requests per poll round after the first (every image, both registries, at once); the original sends its per-cycle count every ~30 s, ours every poll interval (5 s by default).`,
        ],
      };
      return [presentTable, duringTable];
    } finally {
      await rig.stop();
    }
  },
};
