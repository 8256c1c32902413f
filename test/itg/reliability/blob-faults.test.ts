/**
 * Blobs under faults: redirected blob downloads never carry our Authorization to the other host,
 * and copies/pushes interrupted at a random point (seeded) lose nothing: run again, they end with
 * the source digest, and no tag ever points at an incomplete image (a watcher checks the target
 * tag all along: whenever it resolves, every manifest and blob it needs must already be there).
 *
 * Interruptions: proxy faults on one random blob or manifest request (reset, truncate, stall, 503)
 * of the source download or the target upload, and SIGKILL of a child process copying or pushing
 * at a random moment (this file in child mode).
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import {
  startFaultProxy,
  startRedirectTarget,
  mulberry32,
  type Fault,
  type FaultProxy,
  type RedirectTarget,
} from '../../../testing/fault-proxy.ts';
import { skopeoDigest } from '../../helpers/images.ts';
import {
  AUDIT_USER,
  FAKE_GHCR_TOKEN,
  FAKE_PACKAGES_TOKEN,
  createAudit,
  createCommandRecorder,
  leakFigure,
} from '../../helpers/secrets-audit.ts';
import { makeTestImage, pushSampleImage, sha256, type TestImage } from '../../../testing/sample-image.ts';
import { RegistryClient, isIndex, manifestBlobs, type RegistryClientOptions } from '../../../lib/registry/client.ts';
import { copyImage } from '../../../lib/registry/copy.ts';
import { parseReference, type Reference } from '../../../lib/oci/reference.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SEED = 0xb10b5;
const LAYERS = 5;
const LAYER_SIZE = 256 * 1024;
const SRC_HOST = 'ghcr.io';
const DST_HOST = 'docker.pkg.github.com';

// ---- child mode: copy or push until killed ---------------------------------------------------------

interface SerializedImage {
  manifest: string;
  mediaType: string;
  config: { mediaType: string; digest: string; size: number; data: string };
  layers: { mediaType: string; digest: string; size: number; data: string }[];
}

function childClient(): RegistryClient {
  const endpoints = new Map(JSON.parse(process.env.RELIABILITY_ENDPOINTS!) as [string, string][]);
  return new RegistryClient({
    endpoints,
    credentials: (host) => ({
      username: AUDIT_USER,
      password: host === SRC_HOST ? process.env.CONTAINER_REGISTRY_TOKEN! : process.env.GITHUB_TOKEN!,
    }),
  });
}

if (process.env.RELIABILITY_COPY_CHILD) {
  const client = childClient();
  const target = parseReference(process.env.RELIABILITY_TARGET!);
  process.stdout.write('go\n');
  if (process.env.RELIABILITY_COPY_CHILD === 'copy') {
    await copyImage(client, parseReference(process.env.RELIABILITY_SOURCE!), target);
  } else {
    const raw = JSON.parse(readFileSync(process.env.RELIABILITY_IMAGE!, 'utf8')) as SerializedImage;
    const blob = (b: SerializedImage['config']) => ({ ...b, data: Buffer.from(b.data, 'base64') });
    const image: TestImage = {
      manifest: Buffer.from(raw.manifest, 'base64'),
      manifestDigest: sha256(Buffer.from(raw.manifest, 'base64')),
      mediaType: raw.mediaType,
      config: blob(raw.config),
      layers: raw.layers.map(blob),
    };
    await pushSampleImage(client, image, target);
  }
  process.stdout.write('done\n');
  process.exit(0);
}

// ---- the suite ---------------------------------------------------------------------------------------

interface Ctx {
  src: RegistryServer;
  dst: RegistryServer;
  pSrc: FaultProxy;
  pDst: FaultProxy;
  targets: RedirectTarget[];
  dir: string;
  image: TestImage;
  index: { body: Buffer; digest: string; children: TestImage[] };
  /** Straight to the registries, no proxy: the watcher and the checks. */
  direct: RegistryClient;
}

const audit = createAudit('blob-faults');
const figures = {
  redirectedGets: 0,
  redirectAuthHeaders: 0,
  redirectedBytes: 0,
  interrupted: { proxy: 0, kill: 0, killAfterTag: 0 },
  pushes: 0,
  copies: 0,
  resumedOk: 0,
  skippedOnResume: 0,
  incompleteTagObservations: [] as string[],
  tagChecks: 0,
  skopeoAgreed: 0,
  faults: {} as Record<string, number>,
};
let started = Date.now();

const credentials = (host: string) => ({ username: AUDIT_USER, password: host === SRC_HOST ? FAKE_GHCR_TOKEN : FAKE_PACKAGES_TOKEN });

function proxiedClient(ctx: Ctx, options: Partial<RegistryClientOptions> = {}): RegistryClient {
  return new RegistryClient({
    endpoints: new Map([
      [SRC_HOST, ctx.pSrc.url],
      [DST_HOST, ctx.pDst.url],
    ]),
    credentials,
    retry: { attempts: 3, baseDelayMs: 20, maxDelayMs: 200 },
    timeoutMs: 1500,
    onRetry: (message) => audit.check('onRetry', message),
    ...options,
  });
}

/** The blobs and manifests a reference needs, all present? (undefined when the tag does not exist) */
async function completeness(client: RegistryClient, ref: Reference): Promise<{ digest: string; missing: string[] } | undefined> {
  const digest = await client.manifestDigest(ref);
  if (!digest) return undefined;
  const missing: string[] = [];
  const top = await client.getManifest({ ...ref, tag: undefined, digest });
  const singles = isIndex(top.mediaType)
    ? (JSON.parse(top.body.toString()) as { manifests: { digest: string }[] }).manifests.map((m) => m.digest)
    : [digest];
  for (const child of singles) {
    const manifest = child === digest ? top : await client.getManifest({ ...ref, tag: undefined, digest: child }).catch(() => undefined);
    if (!manifest) {
      missing.push(`manifest ${child}`);
      continue;
    }
    for (const blob of manifestBlobs(manifest.body)) if (!(await client.blobExists(ref, blob.digest))) missing.push(`blob ${blob.digest}`);
  }
  return { digest, missing };
}

/** Polls the target tag until stopped; records every time it resolves to an incomplete image. */
function watchTag(ctx: Ctx, ref: Reference, label: string): () => Promise<void> {
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const state = await completeness(ctx.direct, ref);
        figures.tagChecks++;
        if (state && state.missing.length)
          figures.incompleteTagObservations.push(`${label}: tag → ${state.digest} missing ${state.missing.join(', ')}`);
      } catch (error) {
        audit.checkError(`${label} watcher`, error);
      }
      await new Promise((ok) => setTimeout(ok, 15));
    }
  })();
  return async () => {
    running = false;
    await loop;
  };
}

async function bearerFor(registry: RegistryServer, repositories: string[]): Promise<string> {
  const url = new URL(registry.tokenServer!.realm);
  url.searchParams.set('service', 'ci-images-registry');
  for (const r of repositories) url.searchParams.append('scope', `repository:${r}:pull`);
  const response = await fetch(url, {
    headers: { authorization: `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}` },
  });
  const body = (await response.json()) as { token: string };
  return `Bearer ${body.token}`;
}

async function drain(stream: Readable): Promise<number> {
  let n = 0;
  for await (const chunk of stream) n += chunk.length;
  return n;
}

/** Verifies the copy with skopeo (the reference client) through a recording PATH shim. */
async function skopeoAgrees(ctx: Ctx, repository: string, tag: string, expected: string): Promise<void> {
  const recorder = createCommandRecorder({ passthrough: true, commands: ['skopeo'] });
  const path = process.env.PATH;
  process.env.PATH = recorder.path(path);
  try {
    assert.is(await skopeoDigest(ctx.dst, `${repository}:${tag}`), expected, 'skopeo inspect agrees');
    figures.skopeoAgreed++;
  } finally {
    process.env.PATH = path;
    const calls = recorder.calls();
    assert.ok(calls.length > 0 && calls.every((c) => c.command === 'skopeo'), 'skopeo ran through the recorder');
    for (const call of calls) audit.check('skopeo argv', call.argv.join(' '));
    recorder.cleanup();
  }
}

const blobs = suite<Ctx>('reliability: blob redirects and interrupted copies and pushes');

blobs.before(async (ctx) => {
  started = Date.now();
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-blob-faults-'));
  ctx.targets = [];
  ctx.src = await startRegistry({ mode: 'token', username: AUDIT_USER, password: FAKE_GHCR_TOKEN });
  ctx.dst = await startRegistry({ mode: 'basic', username: AUDIT_USER, password: FAKE_PACKAGES_TOKEN });
  ctx.pSrc = await startFaultProxy(ctx.src.url, { seed: SEED });
  ctx.pDst = await startFaultProxy(ctx.dst.url, { seed: SEED + 1 });
  ctx.direct = new RegistryClient({
    endpoints: new Map([
      [SRC_HOST, ctx.src.url],
      [DST_HOST, ctx.dst.url],
    ]),
    credentials,
  });
  ctx.image = makeTestImage({ layers: LAYERS, layerSize: LAYER_SIZE, label: 'reliability-copy' });
  await pushSampleImage(ctx.direct, ctx.image, parseReference(`${SRC_HOST}/apache/airflow-master-python3.8-ci-v2:source`));
  // A two-platform index, for copies that put manifests by digest before the tag.
  const children = [makeTestImage({ layers: 2, layerSize: 128 * 1024 }), makeTestImage({ layers: 2, layerSize: 128 * 1024 })];
  const indexRepo = `${SRC_HOST}/apache/airflow-master-python3.9-ci-v2`;
  for (const child of children) await pushSampleImage(ctx.direct, child, parseReference(`${indexRepo}@${child.manifestDigest}`));
  const body = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: children.map((c, i) => ({
        mediaType: c.mediaType,
        digest: c.manifestDigest,
        size: c.manifest.length,
        platform: { os: 'linux', architecture: i ? 'arm64' : 'amd64' },
      })),
    }),
  );
  await ctx.direct.putManifest(parseReference(`${indexRepo}:source`), body, 'application/vnd.oci.image.index.v1+json');
  ctx.index = { body, digest: sha256(body), children };
});

blobs.after(async (ctx) => {
  for (const target of ctx.targets ?? []) await target.stop().catch(() => undefined);
  await ctx.pSrc?.stop().catch(() => undefined);
  await ctx.pDst?.stop().catch(() => undefined);
  await ctx.src?.stop();
  await ctx.dst?.stop();
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
});

blobs('redirected blob GETs (token and basic registries) never carry our Authorization to the other host', async (ctx) => {
  const mark = audit.leaks.length;
  const srcRepo = 'apache/airflow-master-python3.8-ci-v2';
  const srcTarget = await startRedirectTarget(ctx.src.url, { upstreamAuthorization: await bearerFor(ctx.src, [srcRepo]) });
  ctx.targets.push(srcTarget);
  const dstTarget = await startRedirectTarget(ctx.dst.url, {
    upstreamAuthorization: `Basic ${Buffer.from(`${AUDIT_USER}:${FAKE_PACKAGES_TOKEN}`).toString('base64')}`,
  });
  ctx.targets.push(dstTarget);
  try {
    ctx.pSrc.addRule({ method: 'GET', path: /\/blobs\/sha256:/, fault: { kind: 'redirect', to: srcTarget.url } });
    ctx.pDst.addRule({ method: 'GET', path: /\/blobs\/sha256:/, fault: { kind: 'redirect', to: dstTarget.url } });
    const client = proxiedClient(ctx);
    const source = parseReference(`${SRC_HOST}/${srcRepo}:source`);
    // The client holds a token (the manifest GET got it) when the blob GETs are redirected.
    const manifest = await client.getManifest(source);
    for (const blob of manifestBlobs(manifest.body)) {
      const n = await drain(await client.fetchBlob(source, blob.digest, blob.size)); // the stream verifies the digest
      assert.is(n, blob.size);
      figures.redirectedBytes += n;
    }
    // A whole copy whose source blobs all come through the redirect, into the basic-auth registry…
    const target = parseReference(`${DST_HOST}/apache/airflow/redirected:copy`);
    const copied = await copyImage(client, source, target);
    assert.is(copied.digest, ctx.image.manifestDigest);
    // …and back out of it, redirected too (Basic credentials this time).
    for (const blob of manifestBlobs(manifest.body)) {
      assert.is(await drain(await client.fetchBlob(target, blob.digest, blob.size)), blob.size);
    }
    figures.redirectedGets += srcTarget.requests + dstTarget.requests;
    figures.redirectAuthHeaders += srcTarget.authorizationHeaders.length + dstTarget.authorizationHeaders.length;
    assert.ok(srcTarget.requests >= 2 * (LAYERS + 1), `source redirect host served ${srcTarget.requests} requests`);
    assert.ok(dstTarget.requests >= LAYERS + 1, `target redirect host served ${dstTarget.requests} requests`);
    assert.equal(srcTarget.authorizationHeaders, [], 'no Authorization header reached the source redirect host');
    assert.equal(dstTarget.authorizationHeaders, [], 'no Authorization header reached the target redirect host');
    for (const path of [...srcTarget.paths, ...dstTarget.paths]) audit.check('redirect host path', path);
    // The proxy did see our credentials on its own origin (so they were there to leak).
    assert.ok(ctx.pSrc.log.some((e) => e.fault === 'redirect'));
  } finally {
    ctx.pSrc.clearRules();
    ctx.pDst.clearRules();
  }
  audit.assertClean(mark);
});

type FaultKind =
  | 'reset-src-get'
  | 'truncate-src-get'
  | 'reset-dst-put'
  | 'stall-dst-put'
  | '503-upload-start'
  | '503-manifest-put'
  | 'reset-platform-manifest-put';

interface Interruption {
  readonly where: 'src' | 'dst';
  readonly method: string;
  readonly path: RegExp;
  readonly fault: Fault;
  readonly label: string;
}

/** One fault on one request class; which blob (and where a truncation cuts) is drawn from the seed. */
function interruption(
  kind: FaultKind,
  rng: () => number,
  blobsOf: readonly TestImage['config'][],
  targetRepo: string,
  index: Ctx['index'],
): Interruption {
  const blob = blobsOf[Math.floor(rng() * blobsOf.length)];
  const hex = blob.digest.slice(7);
  const upload = new RegExp(`digest=sha256%3A${hex}`);
  switch (kind) {
    case 'reset-src-get':
      return {
        where: 'src',
        method: 'GET',
        path: new RegExp(`/blobs/sha256:${hex}$`),
        fault: { kind: 'reset' },
        label: 'reset source blob GET',
      };
    case 'truncate-src-get':
      return {
        where: 'src',
        method: 'GET',
        path: new RegExp(`/blobs/sha256:${hex}$`),
        fault: { kind: 'truncate', bytes: Math.floor(rng() * blob.size) },
        label: 'truncated source blob',
      };
    case 'reset-dst-put':
      return { where: 'dst', method: 'PUT', path: upload, fault: { kind: 'reset' }, label: 'reset blob upload PUT' };
    case 'stall-dst-put':
      return { where: 'dst', method: 'PUT', path: upload, fault: { kind: 'stall', ms: 5000 }, label: 'stalled blob upload PUT' };
    case '503-upload-start':
      return {
        where: 'dst',
        method: 'POST',
        path: new RegExp(`${targetRepo}/blobs/uploads/`),
        fault: { kind: 'status', status: 503 },
        label: '503 upload start',
      };
    case '503-manifest-put':
      return {
        where: 'dst',
        method: 'PUT',
        path: new RegExp(`${targetRepo}/manifests/[^/]+$`),
        fault: { kind: 'status', status: 503 },
        label: '503 manifest PUT',
      };
    case 'reset-platform-manifest-put': {
      const child = index.children[Math.floor(rng() * index.children.length)];
      return {
        where: 'dst',
        method: 'PUT',
        path: new RegExp(`/manifests/${child.manifestDigest}$`),
        fault: { kind: 'reset' },
        label: 'reset platform manifest PUT',
      };
    }
  }
}

/** Every fault kind at least once; pushes only upload, index copies put platform manifests by digest first. */
const PLAN: readonly { mode: 'copy' | 'push'; index: boolean; kind: FaultKind }[] = [
  { mode: 'copy', index: false, kind: 'reset-src-get' },
  { mode: 'push', index: false, kind: 'reset-dst-put' },
  { mode: 'copy', index: false, kind: 'truncate-src-get' },
  { mode: 'copy', index: true, kind: 'reset-platform-manifest-put' },
  { mode: 'push', index: false, kind: '503-upload-start' },
  { mode: 'copy', index: false, kind: 'stall-dst-put' },
  { mode: 'copy', index: false, kind: '503-manifest-put' },
  { mode: 'copy', index: true, kind: 'truncate-src-get' },
  { mode: 'push', index: false, kind: '503-manifest-put' },
];

blobs('copies and pushes interrupted by proxy faults: resumed, same digest, never a tag on an incomplete image', async (ctx) => {
  const mark = audit.leaks.length;
  for (const [seed, plan] of PLAN.entries()) {
    const rng = mulberry32(SEED + seed);
    const { mode, index: useIndex } = plan;
    const repo = `apache/airflow/interrupted-${mode}-${seed}`;
    const target = parseReference(`${DST_HOST}/${repo}:${seed}`);
    const source = parseReference(`${SRC_HOST}/apache/airflow-master-python${useIndex ? '3.9' : '3.8'}-ci-v2:source`);
    const expected = useIndex ? ctx.index.digest : ctx.image.manifestDigest;
    const blobsOf = useIndex ? ctx.index.children.flatMap((c) => [c.config, ...c.layers]) : [ctx.image.config, ...ctx.image.layers];
    const effective = interruption(plan.kind, rng, blobsOf, repo, ctx.index);
    const proxy = effective.where === 'src' ? ctx.pSrc : ctx.pDst;
    const rule = proxy.addRule({ method: effective.method, path: effective.path, fault: effective.fault });
    const label = `seed ${seed} ${mode}${useIndex ? ' index' : ''} (${effective.label})`;
    const stopWatching = watchTag(ctx, target, label);
    try {
      const client = proxiedClient(ctx, plan.kind === 'stall-dst-put' ? { timeoutMs: 800 } : {});
      const attempt = mode === 'copy' ? copyImage(client, source, target) : pushSampleImage(client, ctx.image, target);
      const error = await attempt.then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.ok(
        error,
        `${label}: expected the interrupted ${mode} to fail; ${effective.path} fired ${rule.fired}; ${proxy.log
          .slice(-30)
          .map((e) => `${e.method} ${e.path.slice(0, 90)} ${e.fault ?? ''} ${e.status ?? ''}`)
          .join('\n')}`,
      );
      assert.ok(rule.fired > 0, `${label}: the fault fired`);
      audit.checkError(label, error);
      figures.interrupted.proxy++;
      figures.faults[effective.label] = (figures.faults[effective.label] ?? 0) + 1;
      const after = await completeness(ctx.direct, target);
      assert.ok(after === undefined || after.digest === expected, `${label}: after the failure the tag points at ${after?.digest}`);
      proxy.clearRules();
      // Run again, no faults: the same digest as the source, and what was already there is kept.
      const again = proxiedClient(ctx);
      let skipped = 0;
      if (mode === 'copy') {
        const result = await copyImage(again, source, target);
        assert.is(result.digest, expected, label);
        skipped = result.blobs.skipped;
        figures.copies++;
      } else {
        assert.is(await pushSampleImage(again, ctx.image, target), expected, label);
        figures.pushes++;
      }
      figures.skippedOnResume += skipped;
      const final = await completeness(ctx.direct, target);
      assert.is(final?.digest, expected, `${label}: final tag digest`);
      assert.equal(final?.missing, [], `${label}: complete`);
      await skopeoAgrees(ctx, repo, String(seed), expected);
      figures.resumedOk++;
    } finally {
      proxy.clearRules();
      await stopWatching();
    }
  }
  assert.equal(figures.incompleteTagObservations, []);
  audit.assertClean(mark);
});

async function killRun(ctx: Ctx, mode: 'copy' | 'push', target: string, killAfterMs: number): Promise<{ killed: boolean; output: string }> {
  const imageFile = join(ctx.dir, 'image.json');
  if (mode === 'push') {
    const ser = (b: TestImage['config']) => ({ mediaType: b.mediaType, digest: b.digest, size: b.size, data: b.data.toString('base64') });
    const raw: SerializedImage = {
      manifest: ctx.image.manifest.toString('base64'),
      mediaType: ctx.image.mediaType,
      config: ser(ctx.image.config),
      layers: ctx.image.layers.map(ser),
    };
    writeFileSync(imageFile, JSON.stringify(raw));
  }
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/itg/reliability/blob-faults.test.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: ctx.dir,
      RELIABILITY_COPY_CHILD: mode,
      RELIABILITY_TARGET: target,
      RELIABILITY_IMAGE: imageFile,
      RELIABILITY_SOURCE: `${SRC_HOST}/apache/airflow-master-python3.8-ci-v2:source`,
      RELIABILITY_ENDPOINTS: JSON.stringify([
        [SRC_HOST, ctx.src.url],
        [DST_HOST, ctx.dst.url],
      ]),
      CONTAINER_REGISTRY_TOKEN: FAKE_GHCR_TOKEN,
      GITHUB_TOKEN: FAKE_PACKAGES_TOKEN,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let killed = false;
  const closed = new Promise<void>((ok) => child.on('close', () => ok()));
  const safety = setTimeout(() => child.kill('SIGKILL'), 30_000);
  child.stderr.on('data', (d) => (output += d));
  await new Promise<void>((ok) => {
    child.stdout.on('data', (d: Buffer) => {
      output += d;
      if (output.includes('go\n')) ok();
    });
    void closed.then(ok);
  });
  setTimeout(() => {
    if (child.exitCode === null && child.signalCode === null) {
      killed = true;
      child.kill('SIGKILL');
    }
  }, killAfterMs);
  await closed;
  clearTimeout(safety);
  return { killed, output };
}

blobs('copies and pushes killed (SIGKILL) at a random moment: resumed, same digest, never a tag on an incomplete image', async (ctx) => {
  const mark = audit.leaks.length;
  // How long a whole copy takes here, to pick kill moments inside it.
  const probe = parseReference(`${DST_HOST}/apache/airflow/kill-probe:1`);
  const t0 = Date.now();
  await copyImage(ctx.direct, parseReference(`${SRC_HOST}/apache/airflow-master-python3.8-ci-v2:source`), probe);
  const copyMs = Math.max(50, Date.now() - t0);
  const KILLS = 6;
  for (let seed = 0; seed < KILLS; seed++) {
    const rng = mulberry32(SEED * 31 + seed);
    const mode = seed % 2 ? 'push' : 'copy';
    const repo = `apache/airflow/killed-${mode}-${seed}`;
    const target = parseReference(`${DST_HOST}/${repo}:${seed}`);
    // The child is slower than this process (cold start): aim anywhere in twice the copy time.
    const killAfterMs = Math.floor(rng() * copyMs * 2);
    const label = `kill ${seed} ${mode} after ${killAfterMs} ms`;
    const stopWatching = watchTag(ctx, target, label);
    try {
      const run = await killRun(ctx, mode, `${DST_HOST}/${repo}:${seed}`, killAfterMs);
      audit.check(`${label} output`, run.output);
      if (run.killed) figures.interrupted.kill++;
      const after = await completeness(ctx.direct, target);
      if (run.killed && after) figures.interrupted.killAfterTag++;
      assert.ok(after === undefined || after.digest === ctx.image.manifestDigest, `${label}: tag points at ${after?.digest}`);
      assert.equal(after?.missing ?? [], [], `${label}: a tag on an incomplete image`);
      const again = proxiedClient(ctx);
      const digest =
        mode === 'copy'
          ? (await copyImage(again, parseReference(`${SRC_HOST}/apache/airflow-master-python3.8-ci-v2:source`), target)).digest
          : await pushSampleImage(again, ctx.image, target);
      assert.is(digest, ctx.image.manifestDigest, label);
      if (mode === 'copy') figures.copies++;
      else figures.pushes++;
      const final = await completeness(ctx.direct, target);
      assert.is(final?.digest, ctx.image.manifestDigest);
      assert.equal(final?.missing, []);
      await skopeoAgrees(ctx, repo, String(seed), ctx.image.manifestDigest);
      figures.resumedOk++;
    } finally {
      await stopWatching();
    }
  }
  assert.ok(figures.interrupted.kill >= KILLS / 2, `only ${figures.interrupted.kill} of ${KILLS} children were killed mid-way`);
  assert.equal(figures.incompleteTagObservations, []);
  audit.assertClean(mark);
});

blobs('figures', () => {
  const interrupted = figures.interrupted.proxy + figures.interrupted.kill;
  console.log(
    `[reliability:blob-faults] redirected blob requests=${figures.redirectedGets} (${(figures.redirectedBytes / 1048576).toFixed(1)} MiB verified), ` +
      `Authorization headers at the redirect hosts=${figures.redirectAuthHeaders}; interrupted=${interrupted} ` +
      `(proxy faults ${figures.interrupted.proxy}: ${Object.entries(figures.faults)
        .map(([k, v]) => `${k}×${v}`)
        .join(', ')}; ` +
      `SIGKILL ${figures.interrupted.kill}, ${figures.interrupted.killAfterTag} after the tag landed); ` +
      `resumed with the source digest=${figures.resumedOk} (${figures.copies} copies, ${figures.pushes} pushes; ${figures.skippedOnResume} blobs kept from the interrupted run); ` +
      `skopeo agreed=${figures.skopeoAgreed}; tag checks=${figures.tagChecks}, tags on incomplete images=${figures.incompleteTagObservations.length}; ` +
      `${leakFigure([audit])}; ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );
  assert.is(figures.redirectAuthHeaders, 0);
  assert.is(figures.incompleteTagObservations.length, 0);
  assert.is(audit.leaks.length, 0);
});

blobs.run();
