/**
 * The rig for the wait benchmarks: "ghcr.io" (token auth, like the real one) and
 * "docker.pkg.github.com" (basic auth), each behind a counting proxy that the wait script is
 * pointed at (REGISTRY_ENDPOINTS); the bench pushes directly (as another user), so the proxies and
 * the token server's log hold only the requests of the script under test.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeTestImage, type TestImage } from '../testing/sample-image.ts';
import { parseReference, type Reference } from '../lib/oci/reference.ts';
import type { RegistryClient } from '../lib/registry/client.ts';
import { startCountingProxy, type CountingProxy } from './counting-proxy.ts';
import { benchClient, cleanEnv, ROOT, sleep, Stack, startBenchRegistry, type BenchRegistry } from './common.ts';

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
      ghcr, pkg, ghcrProxy, pkgProxy,
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
  await Promise.all(refs.map(async (ref, i) => {
    for (const blob of [images[i].config, ...images[i].layers]) await rig.pusher.pushBlob(ref, blob.digest, blob.data);
  }));
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
  /** Rounds of checks: ghcr manifest HEADs that were not auth challenges, per image. */
  readonly rounds: number;
  readonly stderr: string;
}

export interface WaitRunOptions {
  readonly versions: readonly string[];
  /** Seconds; the script's default (5) when undefined. */
  readonly pollInterval?: number;
  /** `present`: the images exist before the script starts; `during`: pushed at a random phase. */
  readonly push: 'present' | 'during';
  readonly random?: () => number;
}

/** One run of the real wait script as a child process, against the rig. */
export async function runWait(rig: WaitRig, options: WaitRunOptions): Promise<WaitRun> {
  const tag = uniqueTag();
  const staged = await stageImages(rig, options.versions, tag);
  if (options.push === 'present') await staged.publish();
  const pollSeconds = options.pollInterval ?? 5;
  const args = ['--import', 'tsx', join(ROOT, WAIT_SCRIPT), '--json', '--timeout', '300'];
  if (options.pollInterval !== undefined) args.push('--poll-interval', String(options.pollInterval));
  const env = cleanEnv({
    USE_GITHUB_REGISTRY: 'true',
    GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'true',
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
  const timer = setTimeout(() => child.kill('SIGKILL'), 320_000);
  let stderr = '';
  let waiting = 0;
  let firstRoundAt = NaN;
  let firstRoundRequests = NaN;
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
      firstRoundRequests = rig.requests().total;
      if (options.push === 'during') {
        const offset = (options.random ?? Math.random)() * pollSeconds * 1000;
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
  const manifestChecks = rig.ghcrProxy.log.filter((r) => r.method === 'HEAD' && /\/manifests\//.test(r.path) && r.status !== 401).length;
  return {
    code,
    wallMs: exitAt - started,
    firstRoundMs: firstRoundAt - started,
    pushToExitMs: pushedAt !== undefined ? exitAt - pushedAt : undefined,
    pushToFoundMs: pushedAt !== undefined ? lastFoundAt - pushedAt : undefined,
    requests,
    firstRoundRequests,
    rounds: manifestChecks / options.versions.length,
    stderr,
  };
}

export function assertRun(run: WaitRun, what: string): void {
  if (run.code !== 0) throw new Error(`${what}: the wait script exited with ${run.code}\n${run.stderr.slice(-3000)}`);
}
