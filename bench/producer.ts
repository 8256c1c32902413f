/**
 * 5. The producer watch (issue 23): the real wait script (bundled bin) follows a workflow run on
 * the GitHub API stub (testing/github-api-stub.ts, documented shapes, scripted over time).
 *
 * - time to fail: the producer fails 3 s after the wait's first API request; the wait runs with
 *   the defaults (--poll-interval 5, the run read every 15 s, --timeout 600). Measured: from the
 *   failure to the wait's exit. Target (issue 23): at most the poll interval + 15 s.
 * - API requests: the producer stays in_progress and the images never come, with the API interval
 *   scaled down 15x (WAIT_FOR_IMAGE_API_INTERVAL=1): N seconds stand for 15 N seconds at the
 *   default. Counted: requests per round, those GitHub counts against the rate limit (not 304),
 *   and per minute at the default interval.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { Section } from './section.ts';
import { fmtMs, fmtNum, median, verdict, type Table } from './stats.ts';
import { cleanEnv, ROOT } from './common.ts';
import { CI_USER, GHCR_TOKEN, PKG_TOKEN, startWaitRig, uniqueTag, waitCommand, type WaitRig } from './wait-harness.ts';
import { startGithubApiStub, type GithubApiStub, type StubRun } from '../testing/github-api-stub.ts';

const SHA = '5e1b0c7d9a2f4e6b8c0d1e3f5a7b9c1d3e5f7a9b';
const FAIL_AT_MS = 3000;
const DEFAULT_POLL_S = 5;
const DEFAULT_API_S = 15;
export const TIME_TO_FAIL_TARGET_MS = (DEFAULT_POLL_S + DEFAULT_API_S) * 1000;

const producerRun = (timeline: StubRun['timeline']): StubRun => ({
  id: 31337,
  owner: 'apache',
  repo: 'airflow',
  workflowFile: 'build-images.yml',
  workflowId: 77,
  name: 'Build images',
  headSha: SHA,
  timeline,
});

async function waitFor(
  rig: WaitRig,
  stub: GithubApiStub,
  args: string[],
  extra: Record<string, string>,
): Promise<{ code: number | null; exitAt: number; stderr: string }> {
  const env = cleanEnv({
    USE_GITHUB_REGISTRY: 'true',
    GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'true',
    GITHUB_REGISTRY: 'ghcr.io',
    GITHUB_REPOSITORY: 'apache/airflow',
    GITHUB_USERNAME: CI_USER,
    GITHUB_TOKEN: PKG_TOKEN,
    CONTAINER_REGISTRY_TOKEN: GHCR_TOKEN,
    GITHUB_REGISTRY_PULL_IMAGE_TAG: uniqueTag(),
    CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8',
    REGISTRY_ENDPOINTS: `ghcr.io=${rig.ghcrProxy.url},docker.pkg.github.com=${rig.pkgProxy.url}`,
    GITHUB_API_URL: stub.url,
    GITHUB_SHA: SHA,
    WAIT_FOR_IMAGE_PRODUCER: 'build-images.yml',
    ...extra,
  });
  const child = spawn(process.execPath, [...(await waitCommand()).args, ...args], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), 700_000);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, exitAt: Date.now(), stderr });
    }),
  );
}

export const producer: Section = {
  name: 'producer',
  title: '5. The producer watch: time to fail after a failed producer run, API requests of a wait',
  async run({ quick, progress, summary }) {
    const rig = await startWaitRig();
    try {
      const trials = quick ? 1 : 3;
      const failTimes: number[] = [];
      for (let i = 0; i < trials; i++) {
        progress(`producer: time to fail, run ${i + 1}/${trials} (defaults: poll 5 s, API every 15 s)`);
        const stub = await startGithubApiStub({
          token: PKG_TOKEN,
          packages: [],
          runs: [
            producerRun([
              { atMs: 0, status: 'in_progress' },
              {
                atMs: FAIL_AT_MS,
                status: 'completed',
                conclusion: 'failure',
                jobs: [{ name: 'Build CI images (3.8)', conclusion: 'failure' }],
              },
            ]),
          ],
        });
        try {
          const r = await waitFor(rig, stub, ['--timeout', '600'], {});
          if (r.code !== 1 || !r.stderr.includes('ended failure'))
            throw new Error(`producer: expected exit 1 naming the failure, got ${r.code}\n${r.stderr.slice(-2000)}`);
          failTimes.push(r.exitAt - (stub.startedAt()! + FAIL_AT_MS));
        } finally {
          await stub.stop();
        }
      }
      const scaledSeconds = quick ? 10 : 40;
      progress(
        `producer: API requests over ${scaledSeconds} s at a 1 s API interval (= ${(scaledSeconds * DEFAULT_API_S) / 60} min at 15 s)`,
      );
      const stub = await startGithubApiStub({ token: PKG_TOKEN, packages: [], runs: [producerRun([{ atMs: 0, status: 'in_progress' }])] });
      let counted: { total: number; counted: number; notModified: number; jobs: number };
      try {
        const started = performance.now();
        await waitFor(rig, stub, ['--timeout', String(scaledSeconds), '--poll-interval', '1'], { WAIT_FOR_IMAGE_API_INTERVAL: '1' });
        const seconds = (performance.now() - started) / 1000;
        const notModified = stub.requests.filter((r) => r.status === 304).length;
        counted = {
          total: stub.requests.length,
          notModified,
          counted: stub.requests.length - notModified,
          jobs: stub.requests.filter((r) => r.path.includes('/jobs')).length,
        };
        progress(`producer: ${counted.total} requests in ${seconds.toFixed(1)} s`);
      } finally {
        await stub.stop();
      }
      const rounds = counted.total;
      // One round per (scaled) second stands for one per 15 s: requests per minute at the default.
      const perMinuteAtDefault = (rounds / scaledSeconds) * (60 / DEFAULT_API_S);
      const median_ = median(failTimes);
      summary({
        metric: 'time to fail after a failed producer run',
        target: `<= ${fmtMs(TIME_TO_FAIL_TARGET_MS)} (poll interval + 15 s)`,
        measured: `${fmtMs(median_)} median of ${failTimes.length}`,
        verdict: verdict(median_, { lo: Math.min(...failTimes), hi: Math.max(...failTimes) }, TIME_TO_FAIL_TARGET_MS, '<='),
      });
      summary({
        metric: 'producer watch API requests per minute (default 15 s)',
        target: '<= 4',
        measured: `${fmtNum(perMinuteAtDefault, 2)} (${counted.notModified} of ${counted.total} are 304s)`,
        verdict: perMinuteAtDefault <= 4 ? 'met' : 'not met',
      });
      const tables: Table[] = [
        {
          title: this.title,
          headers: ['measure', 'value'],
          rows: [
            ['time to fail (failure -> exit), each run', failTimes.map(fmtMs).join(', ')],
            ['time to fail, median', fmtMs(median_)],
            [`API requests in ${scaledSeconds} s at 1 s (= ${(scaledSeconds * DEFAULT_API_S) / 60} min at 15 s)`, String(counted.total)],
            ['of which 304 Not Modified (not counted by GitHub)', String(counted.notModified)],
            ['of which counted against the rate limit', String(counted.counted)],
            ['jobs listings', String(counted.jobs)],
            ['requests per minute at the default 15 s', fmtNum(perMinuteAtDefault, 2)],
          ],
          notes: [
            `time to fail: the wait script (${(await waitCommand()).label}) with its defaults, --timeout 600; the producer fails ${FAIL_AT_MS / 1000} s after the wait's first API request (the stub's clock).`,
            'API requests: the run stays in_progress, the images never come; WAIT_FOR_IMAGE_API_INTERVAL=1 scales time 15x (one round per second stands for one per 15 s).',
          ],
        },
      ];
      return tables;
    } finally {
      await rig.stop();
    }
  },
};
