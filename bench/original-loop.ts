/**
 * The peer of the wait benchmarks: the original bash loop (spec §3.1, §4), per python version one
 * after another:
 *
 *     while true; do
 *       docker manifest inspect ghcr.io/<repo>-<name>:<tag> && break     # ghcr.io check
 *       curl -X GET -u user:token https://docker.pkg.github.com/v2/<repo>/<name>/manifests/<tag> → 200 && break
 *       sleep 30
 *     done
 *
 * The checks run for real against the same registries as our script (`skopeo inspect --raw`
 * stands in for `docker manifest inspect`, which needs a Docker CLI; the curl call is the
 * original's, with the credentials on stdin instead of argv). Latency at the real 30 s sleep is
 * computed from the check costs measured in the same run and the 30 s constant; the loop is also
 * run for real with a shortened sleep, to check the model against the real thing.
 */
import { performance } from 'node:perf_hooks';
import { median } from './stats.ts';
import { run, sleep, tempDir, writeAuthFile } from './common.ts';
import { CI_USER, GHCR_TOKEN, PKG_TOKEN, stageImages, uniqueTag, type WaitRig } from './wait-harness.ts';

export const ORIGINAL_SLEEP_MS = 30_000;

export interface OriginalChecker {
  /** `docker manifest inspect` on ghcr.io (here: skopeo inspect --raw): true when found. */
  ghcr(version: string, tag: string): Promise<{ found: boolean; ms: number }>;
  /** The curl GET on docker.pkg.github.com with basic auth: true on HTTP 200. */
  pkg(version: string, tag: string): Promise<{ found: boolean; ms: number }>;
}

export function originalChecker(rig: WaitRig): OriginalChecker {
  const authFile = writeAuthFile(tempDir('auth'), rig.ghcrProxy.host, CI_USER, GHCR_TOKEN);
  return {
    async ghcr(version, tag) {
      const ref = `docker://${rig.ghcrProxy.host}/apache/airflow-master-python${version}-ci-v2:${tag}`;
      const r = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', '--authfile', authFile, ref]);
      return { found: r.code === 0, ms: r.ms };
    },
    async pkg(version, tag) {
      const url = `${rig.pkgProxy.url}/v2/apache/airflow/master-python${version}-ci-v2/manifests/${tag}`;
      const r = await run(
        'curl',
        [
          '--silent',
          '--output',
          '/dev/null',
          '--write-out',
          '%{http_code}',
          '--connect-timeout',
          '60',
          '--max-time',
          '60',
          '-X',
          'GET',
          url,
          '-K',
          '-',
        ],
        { input: `user = "${CI_USER}:${PKG_TOKEN}"\n` },
      );
      return { found: r.stdout.trim() === '200', ms: r.ms };
    },
  };
}

export interface CheckCosts {
  /** ghcr.io check of an image that is not there yet / that is there. */
  readonly ghcrMissMs: number[];
  readonly ghcrFoundMs: number[];
  readonly pkgMissMs: number[];
  /** HTTP requests per check (token requests included); TLS attempts on the plain-http port apart. */
  readonly ghcrRequests: number;
  readonly ghcrTlsAttempts: number;
  readonly pkgRequests: number;
}

/** Times the original's two checks `runs` times each against the rig, and counts their requests. */
export async function measureCheckCosts(rig: WaitRig, runs: number): Promise<CheckCosts> {
  const check = originalChecker(rig);
  const present = uniqueTag();
  await (await stageImages(rig, ['3.8'], present)).publish();
  const missing = uniqueTag();
  const costs = {
    ghcrMissMs: [] as number[],
    ghcrFoundMs: [] as number[],
    pkgMissMs: [] as number[],
    ghcrRequests: 0,
    ghcrTlsAttempts: 0,
    pkgRequests: 0,
  };
  for (let i = 0; i < runs; i++) {
    rig.resetCounts();
    const miss = await check.ghcr('3.8', missing);
    const counted = rig.requests();
    costs.ghcrRequests = counted.ghcr + counted.token;
    costs.ghcrTlsAttempts = rig.ghcrProxy.nonHttp;
    rig.resetCounts();
    const pkg = await check.pkg('3.8', missing);
    costs.pkgRequests = rig.requests().pkg;
    const found = await check.ghcr('3.8', present);
    if (miss.found || pkg.found || !found.found) throw new Error('original-loop checks: unexpected result (is skopeo/curl working?)');
    costs.ghcrMissMs.push(miss.ms);
    costs.pkgMissMs.push(pkg.ms);
    costs.ghcrFoundMs.push(found.ms);
  }
  return costs;
}

export interface ModelOptions {
  readonly sleepMs: number;
  /** Images (python versions) that appear at the same moment. */
  readonly images: number;
  readonly draws?: number;
  readonly random?: () => number;
}

/**
 * Latencies (push → loop exit) of the original loop, by Monte Carlo over the measured check costs:
 * the ghcr.io check sees the image if the push completed before its manifest request, which comes
 * at the end of the check; consecutive ghcr.io requests are T = ghcr check + packages check + sleep
 * apart, so with the push at a uniform phase the latency is uniform over (0, T]. Each further
 * python version then costs one more (found) ghcr.io check, one after another. The bash start-up
 * and `source _initialization.sh` of each per-version child are not counted (the peer is favoured).
 */
export function modelLatencies(costs: CheckCosts, options: ModelOptions): number[] {
  const random = options.random ?? Math.random;
  const pick = (samples: number[]) => samples[Math.floor(random() * samples.length)];
  return Array.from({ length: options.draws ?? 20_000 }, () => {
    const cycle = pick(costs.ghcrFoundMs) + pick(costs.pkgMissMs) + options.sleepMs;
    let latency = random() * cycle;
    for (let i = 1; i < options.images; i++) latency += pick(costs.ghcrFoundMs);
    return latency;
  });
}

/** The original with all images already there: one found ghcr.io check per version, in sequence. */
export function modelPresentMs(costs: CheckCosts, images: number): number {
  return images * median(costs.ghcrFoundMs);
}

/** Requests per minute of the original while it waits: one ghcr.io and one packages check per cycle. */
export function originalRequestsPerMinute(costs: CheckCosts, sleepMs = ORIGINAL_SLEEP_MS): number {
  const cycle = median(costs.ghcrMissMs) + median(costs.pkgMissMs) + sleepMs;
  return ((costs.ghcrRequests + costs.pkgRequests) * 60_000) / cycle;
}

/**
 * The original loop run for real (one python version) with a shortened sleep; the image is pushed
 * at a uniform phase of its cycle. Returns push → loop exit.
 */
export async function runOriginalLoop(rig: WaitRig, sleepMs: number, estimatedCycleMs: number, random = Math.random): Promise<number> {
  const check = originalChecker(rig);
  const tag = uniqueTag();
  const staged = await stageImages(rig, ['3.8'], tag);
  let firstCheckDone!: () => void;
  const firstCheck = new Promise<void>((resolve) => (firstCheckDone = resolve));
  const loop = (async () => {
    for (;;) {
      const ghcr = await check.ghcr('3.8', tag);
      if (ghcr.found) break;
      firstCheckDone();
      if ((await check.pkg('3.8', tag)).found) break;
      await sleep(sleepMs);
    }
    return performance.now();
  })();
  await firstCheck;
  await sleep(random() * estimatedCycleMs);
  const pushedAt = await staged.publish();
  const exitAt = await loop;
  return exitAt - pushedAt;
}
