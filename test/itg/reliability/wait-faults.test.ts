/**
 * The wait keeps working while the registry misbehaves, and never reports an image that is not
 * there. A fault-injecting proxy sits in front of each real registry (ghcr.io: token auth,
 * docker.pkg.github.com: basic auth); every run gets its own tag, so its fault rules (matched on
 * that tag) touch no other run. Per fault kind: RUNS_PER_KIND randomised runs (seeded: scenario,
 * which images exist, which arrives late, fault bursts and the moment they start), in-process
 * through lib/commands/wait/; then the real script end to end through the proxies, Retry-After timing
 * from the proxy's arrival log, and a registry that refuses everything (exit 3 within seconds).
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { startFaultProxy, mulberry32, type Fault, type FaultProxy, type RuleHandle } from '../../../testing/fault-proxy.ts';
import { jsonResult, runScript, type ScriptRun } from '../../helpers/run-script.ts';
import {
  AUDIT_USER,
  FAKE_GHCR_TOKEN,
  FAKE_PACKAGES_TOKEN,
  createAudit,
  createCommandRecorder,
  leakFigure,
} from '../../helpers/secrets-audit.ts';
import { makeTestImage, pushSampleImage, type TestImage } from '../../../testing/sample-image.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';
import { GITHUB_REGISTRIES, type GithubRegistry } from '../../../lib/hosts.ts';
import { registryClient } from '../../../lib/cli/clients.ts';
import { mapLimit } from '../../../lib/support/concurrency.ts';
import { parseReference } from '../../../lib/oci/reference.ts';
import { loadConfig, type Config } from '../../../lib/config/load.ts';
import { candidateImages } from '../../../lib/images.ts';
import { waitForImages, waitTargets, WaitTimeoutError, type WaitEvent } from '../../../lib/commands/wait/index.ts';
import { AuthError } from '../../../lib/support/errors.ts';

const SEED = 0x5eed2024;
const RUNS_PER_KIND = 20;
const CONCURRENCY = 8;
const PYTHONS = ['3.7', '3.8', '3.9'] as const;
const WAIT_SCRIPT = 'scripts/ci/images/wait-for-all-ci-images.ts';
const KINDS = [
  'status-500',
  'status-502',
  'status-503',
  '429-seconds',
  '429-date',
  'reset',
  'stall',
  'truncate',
  'corrupt',
  'mixed',
] as const;
type Kind = (typeof KINDS)[number];
type Scenario = 'ghcr' | 'pkg' | 'none';
/** Per-request timeout of the client in the stall runs; the stall itself lasts much longer. */
const STALL_TIMEOUT_MS = 500;
const STALL_MS = 4000;

interface Ctx {
  ghcr: RegistryServer;
  pkg: RegistryServer;
  proxies: Record<GithubRegistry, FaultProxy>;
  home: string;
  config: Config;
  direct: RegistryClient;
  images: Record<string, TestImage>;
}

interface KindFigures {
  runs: number;
  scenarios: Record<Scenario, number>;
  imagesFound: number;
  /** (registry, image) pairs that were never pushed and were polled while the run lasted. */
  absentChecked: number;
  falsePositives: string[];
  faultsFired: number;
  ms: number;
}

const audit = createAudit('wait-faults');
const figures = new Map<Kind, KindFigures>();
const scriptFigures = { runs: 0, imagesFound: 0, falsePositives: [] as string[], faultsFired: 0 };
const timing = { retryAfterChecks: 0, authRefusals: [] as number[] };
let started = Date.now();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The manifest path of one image of a run, in either registry (`-` on ghcr.io, `/` on GitHub Packages). */
const manifestPath = (python: string, tag: string) => new RegExp(`python${escape(python)}-ci-v2/manifests/${escape(tag)}$`);

function env(ctx: Ctx, extra: Record<string, string> = {}): Record<string, string> {
  return {
    HOME: ctx.home,
    USE_GITHUB_REGISTRY: 'true',
    GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'true',
    GITHUB_REPOSITORY: 'apache/airflow',
    GITHUB_USERNAME: AUDIT_USER,
    GITHUB_TOKEN: FAKE_PACKAGES_TOKEN,
    CONTAINER_REGISTRY_TOKEN: FAKE_GHCR_TOKEN,
    CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: PYTHONS.join(' '),
    REGISTRY_ENDPOINTS: `ghcr.io=${ctx.proxies['ghcr.io'].url},docker.pkg.github.com=${ctx.proxies['docker.pkg.github.com'].url}`,
    ...extra,
  };
}

/** Tags an image already in the registry (one manifest PUT, straight to the registry, no faults). */
async function tagImage(ctx: Ctx, registry: GithubRegistry, python: string, tag: string): Promise<void> {
  const image = ctx.images[python];
  const reference = parseReference(candidateImages(ctx.config, 'ci', python, tag)[registry]);
  await ctx.direct.putManifest(reference, image.manifest, image.mediaType);
}

const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const int = (rng: () => number, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

/** A fault of one simple kind (`mixed` draws several of these). */
function simpleFault(kind: Exclude<Kind, 'truncate' | 'corrupt' | 'mixed'>): Fault {
  switch (kind) {
    case 'status-500':
      return { kind: 'status', status: 500, body: 'internal error' };
    case 'status-502':
      return { kind: 'status', status: 502, body: '<html>bad gateway</html>' };
    case 'status-503':
      return { kind: 'status', status: 503, body: '{"errors":[{"code":"UNAVAILABLE","message":"maintenance"}]}' };
    // Retry-After honoured at full length is timed in its own test below; here, short ones.
    case '429-seconds':
      return { kind: 'status', status: 429, headers: { 'retry-after': '0' } };
    case '429-date':
      return { kind: 'status', status: 429, headers: { 'retry-after': new Date(Date.now() - 1000).toUTCString() } };
    case 'reset':
      return { kind: 'reset' };
    case 'stall':
      return { kind: 'stall', ms: STALL_MS };
  }
}

/** A manifest that is not the image: the decoy a broken proxy or cache could serve. */
function decoyManifest(claimedDigest: string): Fault {
  const decoy = makeTestImage({ layers: 1, layerSize: 64 });
  return {
    kind: 'status',
    status: 200,
    body: decoy.manifest.toString(),
    headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json', 'docker-content-digest': claimedDigest },
  };
}

async function faultRun(ctx: Ctx, kind: Kind, index: number): Promise<void> {
  const runStarted = Date.now();
  const rng = mulberry32(SEED ^ (KINDS.indexOf(kind) * 7919 + index * 104729));
  const tag = `rel-${kind}-${index}`;
  const f = figures.get(kind)!;
  const draw = rng();
  const scenario: Scenario = draw < 0.45 ? 'ghcr' : draw < 0.88 ? 'pkg' : 'none';
  f.scenarios[scenario]++;

  // Which images exist in which registry: the complete registry has all (one of them pushed late),
  // the other misses one or two (never pushed).
  const present: Record<GithubRegistry, Set<string>> = { 'ghcr.io': new Set(), 'docker.pkg.github.com': new Set() };
  const complete: GithubRegistry | undefined = scenario === 'ghcr' ? 'ghcr.io' : scenario === 'pkg' ? 'docker.pkg.github.com' : undefined;
  for (const registry of GITHUB_REGISTRIES) {
    const versions = [...PYTHONS];
    if (registry !== complete) {
      const drop = int(rng, 1, 2);
      for (let i = 0; i < drop; i++) versions.splice(Math.floor(rng() * versions.length), 1);
    }
    for (const v of versions) present[registry].add(v);
  }
  const late = complete ? { registry: complete, python: pick(rng, PYTHONS), delay: int(rng, 20, 120), at: Infinity } : undefined;
  for (const registry of GITHUB_REGISTRIES) {
    for (const v of present[registry])
      if (!(late && late.registry === registry && late.python === v)) await tagImage(ctx, registry, v, tag);
  }

  // Each run has its own pair of proxies (seeded per run): its rules and log touch no other run.
  const proxies: Record<GithubRegistry, FaultProxy> = {
    'ghcr.io': await startFaultProxy(ctx.ghcr.url, { seed: SEED + index }),
    'docker.pkg.github.com': await startFaultProxy(ctx.pkg.url, { seed: SEED - index }),
  };
  try {
    await runThroughProxies(ctx, kind, tag, rng, f, present, complete, late, scenario, proxies);
  } finally {
    await proxies['ghcr.io'].stop();
    await proxies['docker.pkg.github.com'].stop();
  }
  f.runs++;
  f.ms += Date.now() - runStarted;
}

async function runThroughProxies(
  ctx: Ctx,
  kind: Kind,
  tag: string,
  rng: () => number,
  f: KindFigures,
  present: Record<GithubRegistry, Set<string>>,
  complete: GithubRegistry | undefined,
  late: { registry: GithubRegistry; python: string; delay: number; at: number } | undefined,
  scenario: Scenario,
  proxies: Record<GithubRegistry, FaultProxy>,
): Promise<void> {
  const config = loadConfig(
    { ...env(ctx), REGISTRY_ENDPOINTS: `ghcr.io=${proxies['ghcr.io'].url},docker.pkg.github.com=${proxies['docker.pkg.github.com'].url}` },
    { envFile: false },
  );
  // Fault bursts per (registry, image): random length, random start, in a random order for `mixed`.
  const handles: RuleHandle[] = [];
  const timers: NodeJS.Timeout[] = [];
  for (const registry of GITHUB_REGISTRIES) {
    const proxy = proxies[registry];
    for (const python of PYTHONS) {
      const path = manifestPath(python, tag);
      const bursts: { fault: Fault; times: number; method?: string }[] = [];
      if (kind === 'truncate' || kind === 'corrupt') {
        // HEAD refused: the client must GET the manifest, whose body is then cut or swapped.
        handles.push(proxy.addRule({ method: 'HEAD', path, fault: { kind: 'status', status: 405 } }));
        const claimed = ctx.images[python].manifestDigest;
        bursts.push({
          method: 'GET',
          times: int(rng, 1, 6),
          fault:
            kind === 'truncate' ? { kind: 'truncate', bytes: int(rng, 0, ctx.images[python].manifest.length - 1) } : decoyManifest(claimed),
        });
      } else if (kind === 'mixed') {
        const choices = ['status-500', 'status-502', 'status-503', '429-seconds', '429-date', 'reset', 'stall'] as const;
        let stalled = false;
        for (let i = int(rng, 2, 4); i > 0; i--) {
          const choice = pick(rng, choices);
          if (choice === 'stall' && stalled) continue;
          stalled ||= choice === 'stall';
          bursts.push({ fault: simpleFault(choice), times: choice === 'stall' ? 1 : int(rng, 1, 3) });
        }
      } else {
        bursts.push({ fault: simpleFault(kind), times: kind === 'stall' ? 1 : int(rng, 1, 8) });
      }
      const startIn = int(rng, 0, 100);
      const add = () => bursts.forEach((b) => handles.push(proxy.addRule({ method: b.method, path, fault: b.fault, times: b.times })));
      if (startIn < 20) add();
      else timers.push(setTimeout(add, startIn));
    }
  }

  const client = registryClient(config, {
    retry: { baseDelayMs: 20, maxDelayMs: 200 },
    timeoutMs: kind === 'stall' || kind === 'mixed' ? STALL_TIMEOUT_MS : 3000,
    onRetry: (message) => audit.check(`${tag} onRetry`, message),
  });
  const targets = waitTargets(config, ['ci'], [...PYTHONS], tag);
  const polledAbsent = new Set<string>();
  const onEvent = (event: WaitEvent) => {
    audit.check(`${tag} event`, event.detail);
    const {
      target: { python },
      state,
    } = event;
    const registry = event.registry as GithubRegistry;
    const isLate = late && late.registry === registry && late.python === python;
    if (state === 'found') {
      const expected = ctx.images[python].manifestDigest;
      if (!present[registry].has(python)) f.falsePositives.push(`${tag}: ${event.reference} reported found, never pushed`);
      else if (isLate && Date.now() < late.at) f.falsePositives.push(`${tag}: ${event.reference} reported found before it was pushed`);
      else if (event.digest !== expected)
        f.falsePositives.push(`${tag}: ${event.reference} found with digest ${event.digest}, pushed ${expected}`);
    } else if (!present[registry].has(python)) {
      polledAbsent.add(event.reference);
    }
  };
  const pushLate = late
    ? new Promise<void>((resolve, reject) => {
        timers.push(
          setTimeout(() => {
            late.at = Date.now();
            tagImage(ctx, late.registry, late.python, tag).then(resolve, reject);
          }, late.delay),
        );
      })
    : Promise.resolve();

  try {
    const result = await waitForImages(client, targets, {
      timeoutMs: scenario === 'none' ? 500 : 25_000,
      pollIntervalSeconds: 0.05,
      onEvent,
      random: rng,
    });
    await pushLate;
    assert.ok(complete, `${tag}: no registry holds every image, yet the wait reported ${result.registry}`);
    assert.is(result.registry, complete, `${tag}: found in ${result.registry}, expected ${complete}`);
    assert.is(result.images.length, PYTHONS.length);
    for (const image of result.images) {
      if (image.digest !== ctx.images[image.target.python].manifestDigest)
        f.falsePositives.push(`${tag}: result ${image.reference} has digest ${image.digest}`);
    }
    f.imagesFound += result.images.length;
  } catch (error) {
    audit.checkError(`${tag} error`, error);
    await pushLate;
    if (!(error instanceof WaitTimeoutError)) throw error;
    assert.is(scenario, 'none', `${tag}: timed out though ${complete} held every image: ${error.message}`);
    for (const registry of GITHUB_REGISTRIES) {
      for (const python of PYTHONS) {
        if (present[registry].has(python)) continue;
        const reference = candidateImages(ctx.config, 'ci', python, tag)[registry];
        assert.ok(error.missing[registry].includes(reference), `${tag}: ${reference} (never pushed) not reported missing`);
      }
    }
  } finally {
    timers.forEach(clearTimeout);
  }
  f.absentChecked += polledAbsent.size;
  f.faultsFired += handles.reduce((n, h) => n + h.fired, 0);
}

// ---------------------------------------------------------------------------------------------
const faults = suite<Ctx>('reliability: the wait under registry faults');

faults.before(async (ctx) => {
  started = Date.now();
  ctx.home = mkdtempSync(join(tmpdir(), 'ci-images-rel-home-'));
  ctx.ghcr = await startRegistry({ mode: 'token', username: AUDIT_USER, password: FAKE_GHCR_TOKEN });
  ctx.pkg = await startRegistry({ mode: 'basic', username: AUDIT_USER, password: FAKE_PACKAGES_TOKEN });
  ctx.proxies = {
    'ghcr.io': await startFaultProxy(ctx.ghcr.url, { seed: SEED }),
    'docker.pkg.github.com': await startFaultProxy(ctx.pkg.url, { seed: SEED + 1 }),
  };
  ctx.config = loadConfig(env(ctx), { envFile: false });
  ctx.direct = new RegistryClient({
    endpoints: new Map([
      ['ghcr.io', ctx.ghcr.url],
      ['docker.pkg.github.com', ctx.pkg.url],
    ]),
    credentials: (host) => ({ username: AUDIT_USER, password: host === 'ghcr.io' ? FAKE_GHCR_TOKEN : FAKE_PACKAGES_TOKEN }),
  });
  ctx.images = {};
  for (const python of PYTHONS) {
    const image = makeTestImage({ layers: 1, layerSize: 512, label: `python${python}` });
    ctx.images[python] = image;
    for (const registry of GITHUB_REGISTRIES) {
      await pushSampleImage(ctx.direct, image, parseReference(candidateImages(ctx.config, 'ci', python, 'base')[registry]));
    }
  }
});

faults.after(async (ctx) => {
  for (const proxy of Object.values(ctx.proxies ?? {})) await proxy.stop().catch(() => undefined);
  await ctx.ghcr?.stop();
  await ctx.pkg?.stop();
  if (ctx.home) rmSync(ctx.home, { recursive: true, force: true });
});

faults(`${RUNS_PER_KIND} seeded runs per fault kind: every image found, none that is not there`, async (ctx) => {
  const mark = audit.leaks.length;
  // The runs of all kinds in one seeded order; a few at a time (each run has its own tag and rules).
  const schedule = KINDS.flatMap((kind) => Array.from({ length: RUNS_PER_KIND }, (_, i) => ({ kind, i })));
  const shuffle = mulberry32(SEED);
  for (let i = schedule.length - 1; i > 0; i--) {
    const j = Math.floor(shuffle() * (i + 1));
    [schedule[i], schedule[j]] = [schedule[j], schedule[i]];
  }
  for (const kind of KINDS) {
    figures.set(kind, {
      runs: 0,
      scenarios: { ghcr: 0, pkg: 0, none: 0 },
      imagesFound: 0,
      absentChecked: 0,
      falsePositives: [],
      faultsFired: 0,
      ms: 0,
    });
  }
  const t0 = Date.now();
  await mapLimit(schedule, CONCURRENCY, ({ kind, i }) => faultRun(ctx, kind, i));
  if (process.env.RELIABILITY_DEBUG)
    console.log(`fault runs: ${Date.now() - t0} ms`, [...figures].map(([k, f]) => `${k}:${f.ms}`).join(' '));
  for (const [kind, f] of figures) {
    assert.is(f.runs, RUNS_PER_KIND, kind);
    assert.ok(f.faultsFired > 0, `${kind}: no fault fired`);
    assert.equal(f.falsePositives, [], `${kind}: false positives`);
    assert.ok(f.absentChecked > 0, `${kind}: absent images were polled`);
  }
  // Corrupt bodies: swapped manifests claim the very digest that was pushed, so a client that did
  // not hash the body would have reported them; truncated bodies must have failed and been retried.
  assert.ok(figures.get('corrupt')!.faultsFired >= RUNS_PER_KIND);
  audit.assertClean(mark);
});

/** 200 answers to a manifest request that are not a manifest, without a Docker-Content-Digest to check. */
const BOGUS_200: Record<string, { head: Fault; get: Fault }> = {
  'manifest content type, HTML body': {
    head: { kind: 'status', status: 405 },
    get: {
      kind: 'status',
      status: 200,
      headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
      body: '<html><body>Sign in to the proxy</body></html>',
    },
  },
  'JSON with a mediaType and nothing else': {
    head: { kind: 'status', status: 405 },
    get: {
      kind: 'status',
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"mediaType":"application/vnd.oci.image.manifest.v1+json"}',
    },
  },
  'manifest content type, empty body': {
    head: { kind: 'status', status: 405 },
    get: { kind: 'status', status: 200, headers: { 'content-type': 'application/vnd.docker.distribution.manifest.v2+json' } },
  },
  'manifest content type, half a JSON document': {
    head: { kind: 'status', status: 405 },
    get: {
      kind: 'status',
      status: 200,
      headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
      body: '{"schemaVersion":2,"config":',
    },
  },
  'HEAD 200 without digest, GET an HTML page': {
    head: { kind: 'status', status: 200, headers: { 'content-type': 'text/html' } },
    get: { kind: 'status', status: 200, headers: { 'content-type': 'text/html' }, body: '<html>portal</html>' },
  },
};
const bogusFigures = { runs: 0, falsePositives: [] as string[], wrongOutcomes: [] as string[] };

faults('a 200 answer that is not a manifest (and carries no digest to check) never counts as found', async (ctx) => {
  const mark = audit.leaks.length;
  // getManifest parses the body: an HTML page from a captive portal or a broken proxy is
  // MANIFEST_INVALID, never "found".
  await Promise.all(
    Object.entries(BOGUS_200).map(async ([name, { head, get }], i) => {
      const tag = `rel-bogus-${i}`;
      const proxies = [await startFaultProxy(ctx.ghcr.url), await startFaultProxy(ctx.pkg.url)];
      try {
        for (const proxy of proxies) {
          proxy.addRule({ method: 'HEAD', path: new RegExp(`manifests/${tag}$`), fault: head });
          proxy.addRule({ method: 'GET', path: new RegExp(`manifests/${tag}$`), fault: get });
        }
        const config = loadConfig(
          { ...env(ctx), REGISTRY_ENDPOINTS: `ghcr.io=${proxies[0].url},docker.pkg.github.com=${proxies[1].url}` },
          { envFile: false },
        );
        const client = registryClient(config, { retry: { baseDelayMs: 20, maxDelayMs: 200 }, timeoutMs: 2000 });
        const found: string[] = [];
        const error = await waitForImages(client, waitTargets(config, ['ci'], [...PYTHONS], tag), {
          timeoutMs: 600,
          pollIntervalSeconds: 0.05,
          onEvent: (e) => {
            audit.check(`${tag} event`, e.detail);
            if (e.state === 'found') found.push(`${name}: ${e.reference} reported found (${e.digest}); it was never pushed`);
          },
        }).then(
          () => undefined,
          (e: unknown) => e,
        );
        bogusFigures.runs++;
        bogusFigures.falsePositives.push(...found);
        if (!(error instanceof WaitTimeoutError))
          bogusFigures.wrongOutcomes.push(`${name}: the wait ended with ${error ? String(error) : 'success'}, not a timeout`);
      } finally {
        for (const proxy of proxies) await proxy.stop();
      }
    }),
  );
  const problems = [...bogusFigures.wrongOutcomes, ...bogusFigures.falsePositives];
  assert.ok(problems.length === 0, `${bogusFigures.falsePositives.length} false positive(s):\n${problems.join('\n')}`);
  audit.assertClean(mark);
});

faults('Retry-After in seconds: the next request comes no earlier than announced', async (ctx) => {
  const proxy = ctx.proxies['ghcr.io'];
  await Promise.all(
    [0, 1, 2].map(async (run) => {
      const tag = `rel-retry-after-s-${run}`;
      await tagImage(ctx, 'ghcr.io', '3.8', tag);
      const path = manifestPath('3.8', tag);
      const rule = proxy.addRule({
        method: 'HEAD',
        path,
        fault: { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
        times: 1,
      });
      const client = registryClient(ctx.config, { retry: { baseDelayMs: 20, maxDelayMs: 200 } });
      const digest = await client.manifestDigest(parseReference(candidateImages(ctx.config, 'ci', '3.8', tag)['ghcr.io']));
      assert.is(digest, ctx.images['3.8'].manifestDigest);
      assert.is(rule.fired, 1);
      const hits = proxy.log.filter((e) => path.test(e.path));
      const limited = hits.findIndex((e) => e.fault === 'status:429');
      assert.ok(limited >= 0 && hits.length > limited + 1, JSON.stringify(hits));
      const gap = hits[limited + 1].time - hits[limited].time;
      assert.ok(gap >= 1000, `next request ${gap} ms after a 429 with Retry-After: 1`);
      assert.ok(gap < 2500, `next request ${gap} ms after a 429 with Retry-After: 1 (too late)`);
      timing.retryAfterChecks++;
    }),
  );
});

faults('Retry-After as an HTTP date: the next request comes no earlier than that date', async (ctx) => {
  const proxy = ctx.proxies['docker.pkg.github.com'];
  await Promise.all(
    [0, 1].map(async (run) => {
      const tag = `rel-retry-after-d-${run}`;
      await tagImage(ctx, 'docker.pkg.github.com', '3.9', tag);
      const path = manifestPath('3.9', tag);
      // A whole second (HTTP dates have no fraction), about two seconds ahead.
      const until = Math.ceil(Date.now() / 1000) * 1000 + 2000;
      proxy.addRule({
        method: 'HEAD',
        path,
        fault: { kind: 'status', status: 429, headers: { 'retry-after': new Date(until).toUTCString() } },
        times: 1,
      });
      const client = registryClient(ctx.config, { retry: { baseDelayMs: 20, maxDelayMs: 200 } });
      // Through the wait itself this time.
      const targets = waitTargets(ctx.config, ['ci'], ['3.9'], tag);
      const result = await waitForImages(client, targets, {
        timeoutMs: 15_000,
        pollIntervalSeconds: 0.05,
        registries: ['docker.pkg.github.com'],
      });
      assert.is(result.images[0].digest, ctx.images['3.9'].manifestDigest);
      const hits = proxy.log.filter((e) => path.test(e.path));
      const limited = hits.findIndex((e) => e.fault === 'status:429');
      assert.ok(limited >= 0 && hits.length > limited + 1, JSON.stringify(hits));
      const next = hits[limited + 1].time;
      assert.ok(next >= until, `next request at ${next}, ${until - next} ms before the Retry-After date`);
      assert.ok(next - hits[limited].time >= 1000, 'at least a second after the 429');
      assert.ok(next < until + 1500, `next request ${next - until} ms after the date (too late)`);
      timing.retryAfterChecks++;
    }),
  );
});

faults('the real script finds every image through fault bursts on both proxies', async (ctx) => {
  const mark = audit.leaks.length;
  const recorder = createCommandRecorder();
  try {
    const cases: { tag: string; complete: GithubRegistry; setup: (tag: string) => RuleHandle[] }[] = [
      {
        tag: 'rel-script-1',
        complete: 'ghcr.io',
        setup: (tag) => [
          ctx.proxies['ghcr.io'].addRule({ path: manifestPath('3.7', tag), fault: { kind: 'status', status: 503 }, times: 3 }),
          ctx.proxies['ghcr.io'].addRule({ path: manifestPath('3.8', tag), fault: { kind: 'reset' }, times: 2 }),
          ctx.proxies['ghcr.io'].addRule({
            path: manifestPath('3.9', tag),
            fault: { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
            times: 1,
          }),
          ctx.proxies['docker.pkg.github.com'].addRule({
            path: /manifests\/rel-script-1$/,
            fault: { kind: 'status', status: 502 },
            times: 4,
          }),
        ],
      },
      {
        tag: 'rel-script-2',
        complete: 'docker.pkg.github.com',
        setup: (tag) => [
          ctx.proxies['docker.pkg.github.com'].addRule({
            method: 'HEAD',
            path: new RegExp(`manifests/${tag}$`),
            fault: { kind: 'status', status: 405 },
          }),
          ctx.proxies['docker.pkg.github.com'].addRule({
            method: 'GET',
            path: manifestPath('3.7', tag),
            fault: { kind: 'truncate', bytes: 40 },
            times: 2,
          }),
          ctx.proxies['docker.pkg.github.com'].addRule({
            method: 'GET',
            path: manifestPath('3.8', tag),
            fault: decoyManifest(ctx.images['3.8'].manifestDigest),
            times: 2,
          }),
          ctx.proxies['docker.pkg.github.com'].addRule({
            method: 'GET',
            path: manifestPath('3.9', tag),
            fault: { kind: 'status', status: 500 },
            times: 2,
          }),
          // ghcr.io misses 3.9 and serves decoys for it: it must not count as complete.
          ctx.proxies['ghcr.io'].addRule({ method: 'HEAD', path: manifestPath('3.9', tag), fault: { kind: 'status', status: 405 } }),
          ctx.proxies['ghcr.io'].addRule({
            method: 'GET',
            path: manifestPath('3.9', tag),
            fault: decoyManifest(ctx.images['3.9'].manifestDigest),
            times: 3,
          }),
        ],
      },
    ];
    for (const { tag, complete, setup } of cases) {
      for (const python of PYTHONS) await tagImage(ctx, complete, python, tag);
      const other = complete === 'ghcr.io' ? 'docker.pkg.github.com' : 'ghcr.io';
      await tagImage(ctx, other, '3.7', tag);
      const handles = setup(tag);
      const run = await runScript(WAIT_SCRIPT, ['--json', '--timeout', '30', '--poll-interval', '0.2'], {
        ...env(ctx, { GITHUB_REGISTRY_PULL_IMAGE_TAG: tag }),
        PATH: recorder.path(),
      });
      scriptFigures.runs++;
      scriptFigures.faultsFired += handles.reduce((n, h) => n + h.fired, 0);
      audit.check(`${tag} stdout`, run.stdout);
      audit.check(`${tag} stderr`, run.stderr);
      assert.is(run.code, 0, run.stderr);
      const doc = jsonResult(run.stdout) as { githubRegistry: string; images: { python: string; digest: string; reference: string }[] };
      assert.is(doc.githubRegistry, complete);
      for (const image of doc.images) {
        if (image.digest !== ctx.images[image.python].manifestDigest)
          scriptFigures.falsePositives.push(`${image.reference} ${image.digest}`);
      }
      scriptFigures.imagesFound += doc.images.length;
      for (const line of run.stderr.split('\n').filter((l) => / found /.test(l))) {
        const python = /python(3\.\d+)/.exec(line)?.[1] ?? '';
        const registry = line.includes('ghcr.io/') ? 'ghcr.io' : 'docker.pkg.github.com';
        const there = registry === complete || python === '3.7';
        if (!there || !line.includes(ctx.images[python].manifestDigest)) scriptFigures.falsePositives.push(line);
      }
      assert.ok(
        handles.every((h) => h.fired > 0 || (h.rule.fault.kind === 'status' && h.rule.fault.status === 405)),
        'every burst fired',
      );
    }
    // Retry-After: 1 on ghcr.io 3.9 in the first run: the script's next request waited for it.
    const hits = ctx.proxies['ghcr.io'].log.filter((e) => manifestPath('3.9', 'rel-script-1').test(e.path));
    const limited = hits.findIndex((e) => e.fault === 'status:429');
    assert.ok(hits[limited + 1].time - hits[limited].time >= 1000, 'the script honours Retry-After');
    assert.equal(scriptFigures.falsePositives, []);
    assert.equal(recorder.calls(), [], 'the wait runs no docker or skopeo command');
  } finally {
    recorder.cleanup();
    for (const proxy of Object.values(ctx.proxies)) proxy.clearRules();
  }
  audit.assertClean(mark);
});

faults('the real script: an image never pushed is reported missing (exit 1), never found, through faults', async (ctx) => {
  const mark = audit.leaks.length;
  const tag = 'rel-script-missing';
  await tagImage(ctx, 'ghcr.io', '3.7', tag);
  await tagImage(ctx, 'ghcr.io', '3.8', tag);
  const handles = [
    ctx.proxies['ghcr.io'].addRule({ method: 'HEAD', path: manifestPath('3.9', tag), fault: { kind: 'status', status: 405 } }),
    ctx.proxies['ghcr.io'].addRule({
      method: 'GET',
      path: manifestPath('3.9', tag),
      fault: decoyManifest(ctx.images['3.9'].manifestDigest),
      times: 4,
    }),
    ctx.proxies['docker.pkg.github.com'].addRule({
      path: new RegExp(`manifests/${tag}$`),
      fault: { kind: 'status', status: 502 },
      times: 6,
    }),
  ];
  try {
    const run = await runScript(
      WAIT_SCRIPT,
      ['--timeout', '3', '--poll-interval', '0.2'],
      env(ctx, { GITHUB_REGISTRY_PULL_IMAGE_TAG: tag }),
    );
    scriptFigures.runs++;
    scriptFigures.faultsFired += handles.reduce((n, h) => n + h.fired, 0);
    audit.check(`${tag} stdout`, run.stdout);
    audit.check(`${tag} stderr`, run.stderr);
    assert.is(run.code, 1, run.stderr);
    assert.match(run.stderr, new RegExp(`missing in ghcr\\.io: ghcr\\.io/apache/airflow-master-python3\\.9-ci-v2:${tag}`));
    for (const line of run.stderr.split('\n').filter((l) => / found /.test(l))) {
      if (line.includes('python3.9') || line.includes('docker.pkg.github.com')) scriptFigures.falsePositives.push(line);
    }
    assert.equal(scriptFigures.falsePositives, []);
    assert.ok(handles[1].fired > 0, 'decoys were served');
  } finally {
    for (const proxy of Object.values(ctx.proxies)) proxy.clearRules();
  }
  audit.assertClean(mark);
});

faults('a registry that always answers 401 or 403 ends the wait with exit 3 within seconds', async (ctx) => {
  const mark = audit.leaks.length;
  const variants: [string, Fault, Fault][] = [
    [
      '401 Basic / 401 Basic',
      { kind: 'status', status: 401, headers: { 'www-authenticate': 'Basic realm="x"' } },
      { kind: 'status', status: 401, headers: { 'www-authenticate': 'Basic realm="x"' } },
    ],
    [
      '403 / 403',
      { kind: 'status', status: 403, body: '{"errors":[{"code":"DENIED","message":"denied"}]}' },
      { kind: 'status', status: 403 },
    ],
    [
      '401 Basic / 403',
      { kind: 'status', status: 401, headers: { 'www-authenticate': 'Basic realm="x"' } },
      { kind: 'status', status: 403 },
    ],
    // The Bearer realm is the refusing proxy itself: the token service refuses the credentials too.
    [
      '401 without challenge / 401 Bearer',
      { kind: 'status', status: 401 },
      { kind: 'status', status: 401, headers: { 'www-authenticate': 'Bearer realm="PROXY/token",service="x"' } },
    ],
  ];
  for (const [name, ghcrFault, rawPkgFault] of variants) {
    const ghcrProxy = await startFaultProxy(ctx.ghcr.url);
    const pkgProxy = await startFaultProxy(ctx.pkg.url);
    const pkgFault: Fault =
      rawPkgFault.kind === 'status' && rawPkgFault.headers
        ? {
            ...rawPkgFault,
            headers: Object.fromEntries(Object.entries(rawPkgFault.headers).map(([k, v]) => [k, v.replace('PROXY', pkgProxy.url)])),
          }
        : rawPkgFault;
    try {
      ghcrProxy.addRule({ path: /.*/, fault: ghcrFault });
      pkgProxy.addRule({ path: /.*/, fault: pkgFault });
      const run: ScriptRun = await runScript(
        WAIT_SCRIPT,
        ['--timeout', '120'],
        {
          ...env(ctx),
          REGISTRY_ENDPOINTS: `ghcr.io=${ghcrProxy.url},docker.pkg.github.com=${pkgProxy.url}`,
        },
        { timeoutMs: 30_000 },
      );
      audit.check(`${name} stdout`, run.stdout);
      audit.check(`${name} stderr`, run.stderr);
      assert.is(run.code, 3, `${name}: ${run.stderr}`);
      assert.ok(run.durationMs < 5000, `${name}: took ${run.durationMs} ms`);
      assert.match(run.stderr, /^error: .*refused/m);
      timing.authRefusals.push(run.durationMs);
    } finally {
      await ghcrProxy.stop();
      await pkgProxy.stop();
    }
  }
  // In process too: the typed error, after one round.
  const refusing = await startFaultProxy(ctx.ghcr.url);
  try {
    refusing.addRule({ path: /.*/, fault: { kind: 'status', status: 403 } });
    const config = loadConfig(
      { ...env(ctx), REGISTRY_ENDPOINTS: `ghcr.io=${refusing.url},docker.pkg.github.com=${refusing.url}` },
      { envFile: false },
    );
    const t0 = Date.now();
    const error = await waitForImages(registryClient(config), waitTargets(config, ['ci'], [...PYTHONS], 'x'), {
      timeoutMs: 60_000,
      pollIntervalSeconds: 0.05,
    }).catch((e) => e);
    assert.instance(error, AuthError);
    assert.ok(Date.now() - t0 < 2000);
    audit.checkError('403 in process', error);
  } finally {
    await refusing.stop();
  }
  audit.assertClean(mark);
});

faults('figures', () => {
  const perKind = [...figures].map(([kind, f]) => `${kind}=${f.runs}`).join(' ');
  const found = [...figures.values()].reduce((n, f) => n + f.imagesFound, 0) + scriptFigures.imagesFound;
  const absent = [...figures.values()].reduce((n, f) => n + f.absentChecked, 0);
  const randomFp = [...figures.values()].reduce((n, f) => n + f.falsePositives.length, 0);
  const fp = randomFp + scriptFigures.falsePositives.length + bogusFigures.falsePositives.length;
  const fired = [...figures.values()].reduce((n, f) => n + f.faultsFired, 0) + scriptFigures.faultsFired;
  console.log(
    `[reliability:wait-faults] runs per fault kind: ${perKind} (+${scriptFigures.runs} script runs, seed ${SEED}); ` +
      `faults injected=${fired}; images found=${found}; never-pushed images polled=${absent}; false positives=${fp} (seeded runs ${randomFp}, script runs ${scriptFigures.falsePositives.length}, bogus-200 runs ${bogusFigures.falsePositives.length}, in ${bogusFigures.wrongOutcomes.length} of ${bogusFigures.runs} runs); ` +
      `Retry-After checks=${timing.retryAfterChecks}; 401/403 exit 3 in ${timing.authRefusals.map((ms) => (ms / 1000).toFixed(1) + 's').join('/')}; ` +
      `${leakFigure([audit])}; ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );
  assert.is(fp, 0);
  assert.is(audit.leaks.length, 0);
});

faults.run();
