/**
 * The rig for the wait benchmarks: "ghcr.io" (token auth, like the real one) and
 * "docker.pkg.github.com" (basic auth), each behind a counting proxy that the wait script is
 * pointed at (REGISTRY_ENDPOINTS); the bench pushes directly (as another user), so the proxies and
 * the token server's log hold only the requests of the script under test. The script under test is
 * the package's bin built fresh at bench start (`node <tmp>/dist/ci-images.mjs wait-ci`), or, with
 * `--tsx`, `node --import tsx scripts/ci/images/wait-for-all-ci-images.ts`; same flags and env.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeTestImage, type TestImage } from '../testing/sample-image.ts';
import { parseReference, type Reference } from '../lib/oci/reference.ts';
import type { RegistryClient } from '../lib/registry/client.ts';
import { startCountingProxy, type CountingProxy } from './counting-proxy.ts';
import { benchClient, benchMode, cleanEnv, ourBuild, ROOT, sleep, Stack, startBenchRegistry, type BenchRegistry } from './common.ts';

export const CI_USER = 'ci-bot';
export const GHCR_TOKEN = 'ghcr-BENCH-token-51d0c3';
export const PKG_TOKEN = 'ghp_BENCHpackagesToken92aa';
const PUSHER = 'bench-pusher';
const PUSHER_PASSWORD = 'bench-pusher-pw-7e1';
export const WAIT_SCRIPT = 'scripts/ci/images/wait-for-all-ci-images.ts';

export interface WaitRig {
  readonly ghcr: BenchRegistry;
  readonly pkg: BenchRegistry;
  readonly ghcrProxy: CountingProxy;
  readonly pkgProxy: CountingProxy;
  /** Pushes to ghcr.io as another user, straight to the registry (not counted). */
  readonly pusher: RegistryClient;
  /** Requests the script under test has sent so far: both proxies, plus its token requests. */
  requests(): { ghcr: number; token: number; pkg: number; total: number };
  resetCounts(): void;
  stop(): Promise<void>;
}

export async function startWaitRig(): Promise<WaitRig> {
  const stack = new Stack();
  try {
    const ghcr = await startBenchRegistry('token', { [CI_USER]: GHCR_TOKEN, [PUSHER]: PUSHER_PASSWORD });
    stack.defer(() => ghcr.stop());
    const pkg = await startBenchRegistry('basic', { [CI_USER]: PKG_TOKEN });
    stack.defer(() => pkg.stop());
    const ghcrProxy = await startCountingProxy(ghcr.url);
    stack.defer(() => ghcrProxy.stop());
    const pkgProxy = await startCountingProxy(pkg.url);
    stack.defer(() => pkgProxy.stop());
    let tokenBase = 0;
    const tokens = () => ghcr.tokenServer!.requests.filter((r) => r.user === CI_USER).length;
    return {
      ghcr,
      pkg,
      ghcrProxy,
      pkgProxy,
      pusher: benchClient(ghcr, 'ghcr.io', PUSHER),
      requests() {
        const r = { ghcr: ghcrProxy.log.length, token: tokens() - tokenBase, pkg: pkgProxy.log.length };
        return { ...r, total: r.ghcr + r.token + r.pkg };
      },
      resetCounts() {
        ghcrProxy.reset();
        pkgProxy.reset();
        tokenBase = tokens();
      },
      stop: () => stack.close(),
    };
  } catch (error) {
    await stack.close();
    throw error;
  }
}

let tagCounter = 0;
export const uniqueTag = () => `b${Date.now().toString(36)}${(tagCounter++).toString(36)}`;

/** The version list for N images: 3.6, 3.7, … (any N.N is accepted). */
export const versionsFor = (n: number) => Array.from({ length: n }, (_, i) => `3.${6 + i}`);

export const ghcrReference = (version: string, tag: string): Reference =>
  parseReference(`ghcr.io/apache/airflow-master-python${version}-ci-v2:${tag}`);

export interface StagedImages {
  readonly refs: readonly Reference[];
  /** PUTs every manifest at once; resolves when the last one is stored (ms, performance.now()). */
  publish(): Promise<number>;
}

/** Blobs go up now; the manifests (which make the images exist) only on publish(). */
export async function stageImages(rig: WaitRig, versions: readonly string[], tag: string): Promise<StagedImages> {
  const refs = versions.map((v) => ghcrReference(v, tag));
  const images: TestImage[] = refs.map(() => makeTestImage({ layers: 1, layerSize: 512 }));
  await Promise.all(
    refs.map(async (ref, i) => {
      for (const blob of [images[i].config, ...images[i].layers]) await rig.pusher.pushBlob(ref, blob.digest, blob.data);
    }),
  );
  return {
    refs,
    async publish() {
      await Promise.all(refs.map((ref, i) => rig.pusher.putManifest(ref, images[i].manifest, images[i].mediaType)));
      return performance.now();
    },
  };
}

export interface WaitRun {
  readonly code: number | null;
  /** Spawn → exit. */
  readonly wallMs: number;
  /** Spawn → the first round of checks answered (a `waiting` line for every image and registry). */
  readonly firstRoundMs: number;
  /** Manifests stored → exit (only when pushed while waiting). */
  readonly pushToExitMs?: number;
  /** Manifests stored → the last `found` line on stderr. */
  readonly pushToFoundMs?: number;
  readonly requests: { ghcr: number; token: number; pkg: number; total: number };
  readonly firstRoundRequests: number;
  /** The same, split: requests after the first round was answered, by destination. */
  readonly afterFirstRound: { ghcr: number; token: number; pkg: number; total: number };
  /** Rounds of checks: ghcr manifest HEADs that were not auth challenges, per image. */
  readonly rounds: number;
  /** Rounds after the first round was answered (same count, from then on). */
  readonly roundsAfterFirst: number;
  /** First round answered → exit. */
  readonly afterFirstMs: number;
  readonly stderr: string;
}

export interface WaitRunOptions {
  readonly versions: readonly string[];
  /** Seconds; the script's default (5) when undefined. */
  readonly pollIntervalSeconds?: number;
  /** Seconds; 300 when undefined. */
  readonly timeout?: number;
  /**
   * `present`: the images exist before the script starts; `during`: pushed while it waits, at
   * `pushDelayMs` after its first round is answered (uniform over one poll interval when not given);
   * `never`: never pushed (the script times out).
   */
  readonly push: 'present' | 'during' | 'never';
  readonly pushDelayMs?: number;
  readonly random?: () => number;
}

/** How the wait script is started: the bundled bin (default), or through tsx (`--tsx`). */
export async function waitCommand(): Promise<{ args: string[]; label: string }> {
  if (benchMode.tsx) return { args: ['--import', 'tsx', join(ROOT, WAIT_SCRIPT)], label: `node --import tsx ${WAIT_SCRIPT}` };
  const build = await ourBuild();
  return { args: [build.bin, 'wait-ci'], label: 'node <tmp>/dist/ci-images.mjs wait-ci' };
}

/** One run of the real wait script as a child process, against the rig. */
export async function runWait(rig: WaitRig, options: WaitRunOptions): Promise<WaitRun> {
  const tag = uniqueTag();
  const staged = await stageImages(rig, options.versions, tag);
  if (options.push === 'present') await staged.publish();
  const pollIntervalSeconds = options.pollIntervalSeconds ?? 5;
  const args = [...(await waitCommand()).args, '--json', '--timeout', String(options.timeout ?? 300)];
  if (options.pollIntervalSeconds !== undefined) args.push('--poll-interval', String(options.pollIntervalSeconds));
  const env = cleanEnv({
    USE_GITHUB_REGISTRY: 'true',
    GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'true',
    // The images land in the configured registry, as in the workflows (push jobs push to GITHUB_REGISTRY).
    GITHUB_REGISTRY: 'ghcr.io',
    GITHUB_REPOSITORY: 'apache/airflow',
    GITHUB_USERNAME: CI_USER,
    GITHUB_TOKEN: PKG_TOKEN,
    CONTAINER_REGISTRY_TOKEN: GHCR_TOKEN,
    GITHUB_REGISTRY_PULL_IMAGE_TAG: tag,
    CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: options.versions.join(' '),
    REGISTRY_ENDPOINTS: `ghcr.io=${rig.ghcrProxy.url},docker.pkg.github.com=${rig.pkgProxy.url}`,
  });
  rig.resetCounts();
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const timer = setTimeout(() => child.kill('SIGKILL'), ((options.timeout ?? 300) + 20) * 1000);
  let stderr = '';
  let waiting = 0;
  let firstRoundAt = NaN;
  let firstRoundRequests = { ghcr: NaN, token: NaN, pkg: NaN, total: NaN };
  let lastFoundAt = NaN;
  let pushedAt: number | undefined;
  let pushing: Promise<void> | undefined;
  const expectedWaiting = options.versions.length * 2;
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => {
    child.on('exit', (code) => resolve({ code, at: performance.now() }));
  });
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderr += line + '\n';
    if (/\]\s+(waiting|error)\s/.test(line) && ++waiting === expectedWaiting) {
      firstRoundAt = performance.now();
      firstRoundRequests = rig.requests();
      if (options.push === 'during') {
        const offset = options.pushDelayMs ?? (options.random ?? Math.random)() * pollIntervalSeconds * 1000;
        pushing = sleep(offset).then(async () => {
          pushedAt = await staged.publish();
        });
      }
    }
    if (/\]\s+found\s/.test(line)) lastFoundAt = performance.now();
  });
  child.stdout.resume();
  const { code, at: exitAt } = await exited;
  await closed;
  clearTimeout(timer);
  await pushing;
  const requests = rig.requests();
  const isCheck = (r: { method: string; path: string; status?: number }) =>
    r.method === 'HEAD' && /\/manifests\//.test(r.path) && r.status !== 401;
  const manifestChecks = rig.ghcrProxy.log.filter(isCheck);
  const n = options.versions.length;
  return {
    code,
    wallMs: exitAt - started,
    firstRoundMs: firstRoundAt - started,
    pushToExitMs: pushedAt !== undefined ? exitAt - pushedAt : undefined,
    pushToFoundMs: pushedAt !== undefined ? lastFoundAt - pushedAt : undefined,
    requests,
    firstRoundRequests: firstRoundRequests.total,
    afterFirstRound: {
      ghcr: requests.ghcr - firstRoundRequests.ghcr,
      token: requests.token - firstRoundRequests.token,
      pkg: requests.pkg - firstRoundRequests.pkg,
      total: requests.total - firstRoundRequests.total,
    },
    rounds: manifestChecks.length / n,
    roundsAfterFirst: manifestChecks.filter((r) => r.at > firstRoundAt).length / n,
    afterFirstMs: exitAt - firstRoundAt,
    stderr,
  };
}

export function assertRun(run: WaitRun, what: string): void {
  if (run.code !== 0) throw new Error(`${what}: the wait script exited with ${run.code}\n${run.stderr.slice(-3000)}`);
}
