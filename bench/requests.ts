/**
 * 1b. Requests while waiting, in steady state: the real wait script (bundled bin) waits for images
 * that never appear, at --poll-interval 0.2 (many rounds in a few seconds), until its --timeout.
 * Counted after its first round is answered: every request to both registries (through the counting
 * proxies) and to the token service, per round and per image; a round is one ghcr.io manifest check
 * per image. At the default interval the same count per round gives requests per minute through the
 * script's mean round period (mean pause at 5 s + the round's own check time measured here).
 */
import type { Section } from './section.ts';
import { fmtMedianCI, fmtMs, fmtNum, mean, median, medianCI, verdict, type Table } from './stats.ts';
import { runWait, startWaitRig, versionsFor, waitCommand, type WaitRun } from './wait-harness.ts';
import { pollDelay } from '../lib/commands/wait/index.ts';

/** The script's mean pause for an interval (its jitter is uniform, so the mid-point). */
const meanSleepMs = (intervalMs: number) => pollDelay(intervalMs, () => 0.5);

const POLL_S = 0.2;
const DEFAULT_POLL_S = 5;
export const REQUESTS_TARGET = 1.34;

export const requests: Section = {
  name: 'requests',
  title: '1b. Requests while waiting (images never appear), steady state after the first round',
  async run({ quick, progress, summary }) {
    const plan: { n: number; runs: number }[] = quick
      ? [
          { n: 1, runs: 1 },
          { n: 5, runs: 1 },
        ]
      : [
          { n: 1, runs: 5 },
          { n: 5, runs: 3 },
        ];
    const timeout = quick ? 3 : 7;
    const rig = await startWaitRig();
    try {
      const command = (await waitCommand()).label;
      const results = new Map<number, WaitRun[]>();
      for (const { n, runs } of plan) {
        results.set(n, []);
        for (let i = 0; i < runs; i++) {
          progress(`requests: N=${n}, run ${i + 1}/${runs} (--poll-interval ${POLL_S} --timeout ${timeout})`);
          const r = await runWait(rig, { versions: versionsFor(n), push: 'never', pollIntervalSeconds: POLL_S, timeout });
          if (r.code === 0) throw new Error(`requests: the wait script found images that were never pushed\n${r.stderr.slice(-2000)}`);
          if (!(r.roundsAfterFirst >= 3))
            throw new Error(`requests: only ${r.roundsAfterFirst} rounds after the first (exit ${r.code})\n${r.stderr.slice(-2000)}`);
          results.get(n)!.push(r);
        }
      }
      const perRound = (r: WaitRun, n: number, key: 'total' | 'ghcr' | 'pkg' | 'token') => r.afterFirstRound[key] / r.roundsAfterFirst / n;
      // A round's own time: (first round -> exit) / rounds, minus the mean sleep.
      const overheadMs = (r: WaitRun) => r.afterFirstMs / r.roundsAfterFirst - meanSleepMs(POLL_S * 1000);
      const rows = plan.map(({ n }) => {
        const list = results.get(n)!;
        const totals = list.map((r) => perRound(r, n, 'total'));
        const perMinute = list.map(
          (r) => (perRound(r, n, 'total') * 60_000) / (meanSleepMs(DEFAULT_POLL_S * 1000) + Math.max(0, overheadMs(r))),
        );
        return [
          String(n),
          String(list.length),
          fmtNum(median(list.map((r) => r.roundsAfterFirst)), 0),
          fmtMedianCI(totals, (v) => v.toFixed(2)),
          (['ghcr', 'pkg', 'token'] as const).map((k) => fmtNum(mean(list.map((r) => perRound(r, n, k))), 2)).join(' / '),
          fmtMs(median(list.map(overheadMs))),
          fmtNum(median(perMinute), 2),
        ];
      });
      const table: Table = {
        title: this.title,
        headers: [
          'N images',
          'runs',
          'rounds counted',
          'req/round/image [95% CI]',
          'ghcr / pkg / token per round/image',
          'round check time',
          `req/min/image at ${DEFAULT_POLL_S} s`,
        ],
        rows,
        notes: [
          `the script: ${command} --poll-interval ${POLL_S} --timeout ${timeout}; the images are never pushed, so it waits until its timeout (non-zero exit, expected).`,
          `counted from its first round answered (a waiting line for every image and registry) to its exit: requests through both registries' counting proxies plus its token requests; ` +
            `rounds = ghcr.io manifest checks (HEAD, not 401) / N in the same span. A round cut short by the deadline counts in both.`,
          `req/min/image at ${DEFAULT_POLL_S} s = req/round/image x 60 s / (the mean pause, ${(meanSleepMs(DEFAULT_POLL_S * 1000) / 1000).toFixed(1)} s (80-100 % of the interval at random), + the round's check time measured here).`,
          `CI over runs: order statistics of the per-run values (few runs: coverage noted).`,
        ],
      };
      const all = [...results.entries()].flatMap(([n, list]) => list.map((r) => perRound(r, n, 'total')));
      const point = median(all);
      summary({
        metric: `requests while waiting, per image per round (steady state, N = ${plan.map((p) => p.n).join(', ')})`,
        target: `<= ${REQUESTS_TARGET} per round`,
        measured: `${fmtMedianCI(all, (v) => v.toFixed(2))} over ${all.length} runs`,
        verdict: verdict(point, medianCI(all), REQUESTS_TARGET, '<='),
        note: `per N: ${rows.map((r) => `N=${r[0]}: ${r[3]}`).join('; ')}`,
      });
      return [table];
    } finally {
      await rig.stop();
    }
  },
};
