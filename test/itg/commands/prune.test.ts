import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { makeTestImage, skopeoDigest, type TestImage } from '../../helpers/images.ts';
import { pushTestImage } from '../../helpers/client-images.ts';
import { jsonResult, runScript, type ScriptRun } from '../../helpers/run-script.ts';
import { startGithubApiStub, type GithubApiStub, type StubVersion } from '../../../testing/github-api-stub.ts';
import { RegistryClient, MEDIA_TYPES } from '../../../lib/registry/client.ts';
import { ConfigError } from '../../../lib/support/errors.ts';
import {
  decide,
  executePlan,
  inspectRepository,
  planPrune,
  registryDeleter,
  tagKind,
  type TagInfo,
} from '../../../lib/commands/prune/index.ts';
import { parseDuration, parseKeep } from '../../../lib/cli/flags.ts';
import { GithubPackagesClient } from '../../../lib/github/packages-api.ts';
import { startHostileServer } from '../../../testing/hostile-server.ts';
import { sha256 } from '../../../testing/sample-image.ts';

const DAY = 86_400_000;
const SCRIPT = 'scripts/ci/images/prune-images.ts';
const daysAgo = (days: number, now = Date.now()) => new Date(now - days * DAY).toISOString();
const sha = (seed: string) => sha256(seed).slice(7, 47);
const image = (days: number) => makeTestImage({ created: daysAgo(days), layers: 1, layerSize: 128 });

/** The local registry, addressed as the public host of a GitHub registry (as REGISTRY_ENDPOINTS does). */
const clientFor = (registry: RegistryServer, host = 'docker.pkg.github.com') =>
  new RegistryClient({ endpoints: new Map([[host, registry.url]]), retry: { baseDelayMs: 10, maxDelayMs: 50 } });

async function push(client: RegistryClient, host: string, repository: string, img: TestImage, ...tags: string[]): Promise<void> {
  for (const tag of tags) await pushTestImage(client, img, { registry: host, repository, tag });
}

async function resolves(client: RegistryClient, host: string, repository: string, tag: string): Promise<string | undefined> {
  return client.manifestDigest({ registry: host, repository, tag });
}

function baseEnv(registry: RegistryServer, extra: Record<string, string> = {}): Record<string, string> {
  return {
    GITHUB_REPOSITORY: 'apache/airflow',
    BRANCH_NAME: 'master',
    CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8',
    GITHUB_REGISTRY: 'docker.pkg.github.com',
    REGISTRY_ENDPOINTS: `docker.pkg.github.com=${registry.url}`,
    ...extra,
  };
}

const oneErrorLine = (run: ScriptRun) => run.stderr.trim().split('\n');

// ---------------------------------------------------------------------------------------------
// Pure parts: flags and the decision
// ---------------------------------------------------------------------------------------------
const pure = suite('prune: flags and the keep/delete decision (no network)');

pure('--keep and --older-than accept what the help says and refuse the rest with ConfigError naming the flag', () => {
  assert.is(parseKeep(undefined), 10);
  assert.is(parseKeep('0'), 0);
  assert.is(parseKeep('25'), 25);
  for (const bad of ['-1', 'x', '1.5', '', ' 3']) {
    const error = (() => {
      try {
        parseKeep(bad);
      } catch (e) {
        return e;
      }
    })() as ConfigError;
    assert.instance(error, ConfigError, bad);
    assert.is(error.variable, '--keep');
  }
  const durations: [string | undefined, number][] = [
    [undefined, 14 * 86400],
    ['14d', 14 * 86400],
    ['36h', 36 * 3600],
    ['90m', 5400],
    ['2w', 14 * 86400],
    ['3600', 3600],
    ['30s', 30],
    ['0', 0],
  ];
  for (const [text, seconds] of durations) assert.is(parseDuration('--older-than', text), seconds, String(text));
  for (const bad of ['2 weeks', '14 d', '-1d', '1.5d', 'd', '14days']) {
    const error = (() => {
      try {
        parseDuration('--older-than', bad);
      } catch (e) {
        return e;
      }
    })() as ConfigError;
    assert.instance(error, ConfigError, bad);
    assert.is(error.variable, '--older-than');
  }
});

pure('tag kinds: latest, cache, run ids (digits), shas (hex), anything else', () => {
  const cases: [string, string][] = [
    ['latest', 'latest'],
    ['cache', 'cache'],
    ['123456789', 'run-id'],
    [sha('a'), 'sha'],
    ['abc1234', 'sha'],
    ['3.8-slim-buster', 'other'],
    ['main', 'other'],
  ];
  for (const [tag, kind] of cases) assert.is(tagKind(tag), kind, tag);
});

pure('decision: latest and cache never count towards N; unknown ages and other tags are kept; shared digests protected', () => {
  const now = Date.parse('2024-06-30T00:00:00Z');
  const cutoff = now - 14 * DAY;
  const info = (tag: string, digest: string, days?: number): TagInfo =>
    days === undefined ? { tag, digest, unknownAge: 'no created date' } : { tag, digest, created: daysAgo(days, now) };
  const tags: TagInfo[] = [
    info('latest', 'sha256:L', 1),
    info('cache', 'sha256:C', 90),
    info('5', 'sha256:5', 1),
    info('4', 'sha256:4', 2),
    info('3', 'sha256:3', 20),
    info('2', 'sha256:2', 30),
    info('1', 'sha256:L', 40),
    info(sha('x'), 'sha256:2', 30),
    info('99', 'sha256:U'),
    info('weird-tag', 'sha256:W', 100),
  ];
  const { kept, deletions } = decide(tags, 2, cutoff, '14d');
  const reason = (tag: string) => kept.find((k) => k.tag === tag)?.reason ?? 'DELETED';
  assert.match(reason('latest'), /always kept/);
  assert.match(reason('cache'), /always kept/);
  assert.is(reason('5'), 'newest 1 of 2');
  assert.is(reason('4'), 'newest 2 of 2');
  assert.match(reason('1'), /shares its digest with kept tag\(s\) latest/);
  assert.match(reason('99'), /unknown age/);
  assert.match(reason('weird-tag'), /not a run-id or sha/);
  assert.equal(
    deletions.map((d) => [d.digest, [...d.tags].sort()]),
    [
      ['sha256:3', ['3']],
      ['sha256:2', ['2', sha('x')].sort()],
    ],
  );
  // A younger-than-cutoff tag beyond N is kept; ties in created: higher run id first.
  const tie = decide([info('10', 'sha256:a', 20), info('11', 'sha256:b', 20), info('12', 'sha256:c', 3)], 1, cutoff, '14d');
  assert.equal(
    tie.kept.map((k) => [k.tag, k.reason]),
    [['12', 'newest 1 of 1']],
  );
  assert.equal(
    tie.deletions.map((d) => d.tags[0]),
    ['11', '10'],
  );
  const young = decide([info('10', 'sha256:a', 5), info('11', 'sha256:b', 3)], 1, cutoff, '14d');
  assert.equal(
    young.kept.map((k) => k.reason),
    ['newest 1 of 1', 'younger than 14d'],
  );
  assert.is(young.deletions.length, 0);
});

pure.run();

// ---------------------------------------------------------------------------------------------
// The script against a real registry (docker.pkg.github.com mapped to it)
// ---------------------------------------------------------------------------------------------
interface Ctx {
  registry: RegistryServer;
  client: RegistryClient;
  dir: string;
}

const HOST = 'docker.pkg.github.com';
const CI_REPO = 'apache/airflow/master-python3.8-ci-v2';
/** Ages (days) of run ids 101…115: 12 younger than 14 days, three older; spread over 40 days. */
const RUN_AGES = [40, 35, 30, 13.5, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2];
const SHA_TAG = sha('ci-commit');

const real = suite<Ctx>('prune-images against a real registry (delete enabled)');
real.before(async (ctx) => {
  ctx.registry = await startRegistry({ mode: 'open' });
  ctx.client = clientFor(ctx.registry);
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-prune-'));
  const runs = RUN_AGES.map((days) => image(days));
  for (const [i, img] of runs.entries()) await push(ctx.client, HOST, CI_REPO, img, String(101 + i));
  await push(ctx.client, HOST, CI_REPO, runs[14], 'latest');
  await push(ctx.client, HOST, CI_REPO, image(60), 'cache');
  await push(ctx.client, HOST, CI_REPO, image(20), SHA_TAG);
});
real.after(async (ctx) => {
  await ctx.registry?.stop();
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
});

const CI_DELETED = ['101', '102', '103', SHA_TAG];
const CI_KEPT = ['latest', 'cache', ...Array.from({ length: 12 }, (_, i) => String(104 + i))];

real('dry run (the default) prints the plan and deletes nothing; --json gives one document', async ({ registry, client }) => {
  const before = new Map<string, string | undefined>();
  for (const tag of [...CI_DELETED, ...CI_KEPT]) before.set(tag, await resolves(client, HOST, CI_REPO, tag));
  const run = await runScript(SCRIPT, ['--keep', '10', '--older-than', '14d'], baseEnv(registry));
  assert.is(run.code, 0, run.stderr);
  assert.match(run.stdout, /Dry run \(nothing is deleted; pass --yes to delete\)/);
  assert.match(run.stdout, new RegExp(`${HOST}/${CI_REPO}: 18 tags; keep 14, would delete 4 digests`));
  for (const tag of CI_DELETED) assert.match(run.stdout, new RegExp(`would delete sha256:[0-9a-f]{64} .* tags: ${tag}\\n`), tag);
  assert.match(run.stdout, /keep +cache .*always kept/);
  assert.match(run.stdout, /keep +114 .*newest 2 of 10/);
  assert.match(run.stdout, /keep +104 .*younger than 14d/);
  assert.match(run.stdout, /master-python3.8-v2: skipped, the repository does not exist/);
  assert.match(run.stderr, /note: .*master-python3.8-build-v2 does not exist; skipped/);
  for (const [tag, digest] of before) assert.is(await resolves(client, HOST, CI_REPO, tag), digest, `${tag} still there`);

  const json = await runScript(SCRIPT, ['--json'], baseEnv(registry));
  assert.is(json.code, 0, json.stderr);
  const doc = jsonResult(json.stdout);
  assert.is(doc.dryRun, true);
  assert.is(doc.keep, 10);
  assert.is(doc.olderThan, '14d');
  assert.equal(
    doc.repositories.map((r: { image: string }) => r.image),
    [`${HOST}/${CI_REPO}`, `${HOST}/apache/airflow/master-python3.8-v2`, `${HOST}/apache/airflow/master-python3.8-build-v2`],
  );
  const ci = doc.repositories[0];
  assert.equal(ci.deletions.flatMap((d: { tags: string[] }) => d.tags).sort(), [...CI_DELETED].sort());
  assert.ok(ci.deletions.every((d: { status: string }) => d.status === 'planned'));
  assert.equal(ci.kept.map((k: { tag: string }) => k.tag).sort(), [...CI_KEPT].sort());
});

real(
  '--yes --keep 10 --older-than 14d deletes exactly the old surplus; kept tags still resolve (skopeo agrees)',
  async ({ registry, client }) => {
    const kept = new Map<string, string | undefined>();
    for (const tag of CI_KEPT) kept.set(tag, await resolves(client, HOST, CI_REPO, tag));
    const summary = join(mkdtempSync(join(tmpdir(), 'ci-images-summary-')), 'summary.md');
    const run = await runScript(
      SCRIPT,
      ['--yes', '--keep', '10', '--older-than', '14d'],
      baseEnv(registry, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary }),
    );
    assert.is(run.code, 0, run.stderr + run.stdout);
    assert.match(run.stdout, /Deleted 4 digests via registry API \(DELETE manifest by digest\); 0 skipped, 0 failed/);
    for (const tag of CI_DELETED) {
      const response = await fetch(`${registry.url}/v2/${CI_REPO}/manifests/${tag}`, {
        method: 'HEAD',
        headers: { accept: MEDIA_TYPES.ociManifest },
      });
      assert.is(response.status, 404, `${tag} deleted`);
    }
    for (const [tag, digest] of kept) {
      const response = await fetch(`${registry.url}/v2/${CI_REPO}/manifests/${tag}`, {
        method: 'HEAD',
        headers: { accept: MEDIA_TYPES.ociManifest },
      });
      assert.is(response.status, 200, `${tag} kept`);
      assert.is(response.headers.get('docker-content-digest'), digest);
    }
    assert.is(await skopeoDigest(registry, `${CI_REPO}:latest`), kept.get('latest'));
    assert.is(await skopeoDigest(registry, `${CI_REPO}:104`), kept.get('104'));
    const tagsLeft = await client.listTags({ registry: HOST, repository: CI_REPO });
    assert.equal(tagsLeft.sort(), [...CI_KEPT].sort());
    const markdown = readFileSync(summary, 'utf8');
    assert.match(markdown, /### Image retention on docker.pkg.github.com/);
    assert.match(markdown, /\| `docker.pkg.github.com\/apache\/airflow\/master-python3.8-ci-v2` \| 14 \| 4 \| .* \| deleted \|/);

    const again = await runScript(SCRIPT, ['--yes'], baseEnv(registry));
    assert.is(again.code, 0, again.stderr);
    assert.match(again.stdout, /Deleted 0 digests/);
  },
);

real(
  'two tags on one digest: an old run-id tag that latest shares is never deleted; two old tags on one digest go with one DELETE',
  async ({ registry, client }) => {
    const branch = 'shared-digests';
    const repo = `apache/airflow/${branch}-python3.9-v2`;
    const shared = image(40);
    const old = image(30);
    await push(client, HOST, repo, shared, '201', 'latest');
    await push(client, HOST, repo, old, '202', sha('prod-commit'));
    for (let i = 0; i < 3; i++) await push(client, HOST, repo, image(1 + i), String(210 + i));
    const env = baseEnv(registry, { BRANCH_NAME: branch, CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.9' });
    const dry = await runScript(SCRIPT, ['--keep', '1', '--older-than', '14d', '--json'], env);
    assert.is(dry.code, 0, dry.stderr);
    const plan = jsonResult(dry.stdout).repositories.find((r: { image: string }) => r.image === `${HOST}/${repo}`);
    assert.equal(
      plan.deletions.map((d: { digest: string; tags: string[] }) => [d.digest, d.tags.sort()]),
      [[old.manifestDigest, ['202', sha('prod-commit')].sort()]],
    );
    assert.match(plan.kept.find((k: { tag: string }) => k.tag === '201').reason, /shares its digest with kept tag\(s\) latest/);

    const run = await runScript(SCRIPT, ['--yes', '--keep', '1', '--older-than', '14d'], env);
    assert.is(run.code, 0, run.stderr);
    assert.match(run.stdout, /Deleted 1 digests/);
    assert.is(await resolves(client, HOST, repo, 'latest'), shared.manifestDigest);
    assert.is(await resolves(client, HOST, repo, '201'), shared.manifestDigest);
    assert.is(await resolves(client, HOST, repo, '202'), undefined);
    assert.is(await resolves(client, HOST, repo, sha('prod-commit')), undefined);
    for (let i = 0; i < 3; i++) assert.ok(await resolves(client, HOST, repo, String(210 + i)));
  },
);

real(
  'bad flags: --keep -1, --keep x, --older-than "2 weeks", --yes with --dry-run → exit 2 and one line naming the flag',
  async ({ registry }) => {
    const cases: [string[], string][] = [
      [['--keep', '-1'], '--keep'],
      [['--keep=-1'], '--keep'],
      [['--keep', 'x'], '--keep'],
      [['--older-than', '2 weeks'], '--older-than'],
      [['--registry', 'quay.io'], '--registry'],
      [['--yes', '--dry-run'], '--yes'],
    ];
    for (const [args, flag] of cases) {
      const run = await runScript(SCRIPT, args, baseEnv(registry));
      assert.is(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      const lines = oneErrorLine(run);
      assert.is(lines.length, 1, run.stderr);
      assert.ok(lines[0].startsWith('error: ') && lines[0].includes(flag), `${args.join(' ')}: ${lines[0]}`);
      assert.is(run.stdout, '');
    }
    const empty = await runScript(SCRIPT, [], baseEnv(registry, { CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '' }));
    assert.is(empty.code, 2);
    assert.match(empty.stderr, /CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING is empty/);
  },
);

real('lib: an image index is dated by its first platform; a config without created is kept as unknown age', async ({ client }) => {
  const repo = 'apache/airflow/lib-ages';
  const child = image(30);
  await pushTestImage(client, child, { registry: HOST, repository: repo, digest: child.manifestDigest });
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [
        {
          mediaType: child.mediaType,
          digest: child.manifestDigest,
          size: child.manifest.length,
          platform: { architecture: 'amd64', os: 'linux' },
        },
      ],
    }),
  );
  await client.putManifest({ registry: HOST, repository: repo, tag: '301' }, index, MEDIA_TYPES.ociIndex);
  const undated = makeTestImage({ layers: 1 });
  const config = JSON.parse(undated.config.data.toString());
  delete config.created;
  const configData = Buffer.from(JSON.stringify(config));
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: { mediaType: undated.config.mediaType, digest: sha256(configData), size: configData.length },
      layers: undated.layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size })),
    }),
  );
  await client.pushBlob({ registry: HOST, repository: repo }, sha256(configData), configData);
  for (const layer of undated.layers) await client.pushBlob({ registry: HOST, repository: repo }, layer.digest, layer.data);
  await client.putManifest({ registry: HOST, repository: repo, tag: '302' }, manifest, MEDIA_TYPES.ociManifest);

  const tags = await inspectRepository(client, { registry: HOST, repository: repo });
  const byTag = new Map(tags!.map((t) => [t.tag, t]));
  assert.is(byTag.get('301')!.digest, sha256(index));
  assert.is(byTag.get('301')!.created, JSON.parse(child.config.data.toString()).created);
  assert.is(byTag.get('302')!.created, undefined);
  assert.match(byTag.get('302')!.unknownAge!, /no valid created date/);
  const plan = await planPrune(client, [{ image: `${HOST}/${repo}`, registry: HOST, repository: repo }], { keep: 0, olderThanSeconds: 0 });
  assert.equal(
    plan.repositories[0].deletions.map((d) => d.tags),
    [['301']],
  );
  assert.match(plan.repositories[0].kept[0].reason, /unknown age .*kept to be safe/);
  assert.is(await inspectRepository(client, { registry: HOST, repository: 'apache/airflow/never-pushed' }), undefined);
});

real('lib: a digest that a new tag points to between plan and delete is skipped, not deleted', async ({ client }) => {
  const repo = 'apache/airflow/lib-race';
  const old = image(30);
  await push(client, HOST, repo, old, '401');
  await push(client, HOST, repo, image(1), '402');
  const plan = await planPrune(client, [{ image: `${HOST}/${repo}`, registry: HOST, repository: repo }], {
    keep: 1,
    olderThanSeconds: 86400,
  });
  assert.equal(
    plan.repositories[0].deletions.map((d) => d.tags),
    [['401']],
  );
  await push(client, HOST, repo, old, 'latest');
  const result = await executePlan(plan, client, registryDeleter(client));
  assert.equal({ deleted: result.deleted, skipped: result.skipped, exitCode: result.exitCode }, { deleted: 0, skipped: 1, exitCode: 0 });
  assert.match(plan.repositories[0].deletions[0].detail!, /tag latest points to it now/);
  assert.is(await resolves(client, HOST, repo, '401'), old.manifestDigest);
});

real.run();

// ---------------------------------------------------------------------------------------------
// ghcr.io: deletion through GitHub's REST API — a stub server, not real GitHub
// ---------------------------------------------------------------------------------------------
interface GhcrCtx {
  registry: RegistryServer;
  client: RegistryClient;
}

const GHCR = 'ghcr.io';
const TOKEN = 'ghp_FAKEstubToken_3f9a1c77e2';
const ghcr = suite<GhcrCtx>(
  "ghcr.io deletion through the GitHub REST API (stub server following GitHub's documented shapes, not real GitHub)",
);
ghcr.before(async (ctx) => {
  ctx.registry = await startRegistry({ mode: 'open' });
  ctx.client = clientFor(ctx.registry, GHCR);
});
ghcr.after(async (ctx) => {
  await ctx.registry?.stop();
});

/** Pushes the images of a ghcr repository and returns the stub's versions for them (plus untagged ones). */
async function seedGhcr(client: RegistryClient, repo: string, images: [TestImage, string[]][], firstId: number): Promise<StubVersion[]> {
  const versions: StubVersion[] = [];
  let id = firstId;
  for (const [img, tags] of images) {
    await push(client, GHCR, repo, img, ...tags);
    versions.push({ id: id++, name: img.manifestDigest, tags });
  }
  for (let i = 0; i < 3; i++) versions.push({ id: id++, name: sha256(`untagged-${repo}-${i}`), tags: [] });
  return versions;
}

function ghcrEnv(registry: RegistryServer, stub: GithubApiStub, extra: Record<string, string> = {}): Record<string, string> {
  return {
    GITHUB_REPOSITORY: 'apache/airflow',
    BRANCH_NAME: 'master',
    CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8',
    GITHUB_REGISTRY: GHCR,
    REGISTRY_ENDPOINTS: `${GHCR}=${registry.url}`,
    GITHUB_API_URL: stub.url,
    CONTAINER_REGISTRY_TOKEN: TOKEN,
    ...extra,
  };
}

ghcr(
  'organisation package: paginated version list, the right version ids deleted, no registry DELETE, token never printed',
  async ({ registry, client }) => {
    const repo = 'apache/airflow-master-python3.8-ci-v2';
    const imgs = [image(30), image(25), image(20), image(3), image(2), image(1)];
    const versions = await seedGhcr(
      client,
      repo,
      [
        [imgs[0], ['301']],
        [imgs[1], ['302']],
        [imgs[2], ['303']],
        [imgs[3], ['304']],
        [imgs[4], ['305']],
        [imgs[5], ['306', 'latest']],
      ],
      9001,
    );
    // GitHub's metadata knows a tag the registry listing did not show (pushed meanwhile): that version is not deleted.
    versions[2] = { ...versions[2], tags: ['303', 'pinned-elsewhere'] };
    const stub = await startGithubApiStub({
      token: TOKEN,
      maxPerPage: 2,
      failFirst: [502],
      packages: [{ owner: 'apache', ownerKind: 'orgs', name: 'airflow-master-python3.8-ci-v2', versions }],
    });
    try {
      const run = await runScript(SCRIPT, ['--yes', '--keep', '3', '--older-than', '14d'], ghcrEnv(registry, stub));
      assert.is(run.code, 0, run.stderr + run.stdout);
      assert.match(run.stdout, /Deleted 2 digests via GitHub REST API \(DELETE package version\); 1 skipped, 0 failed/);
      assert.match(run.stdout, /skipped .*\(303\): package version 9003 also carries tag\(s\) pinned-elsewhere/);
      assert.equal(stub.deleted.sort(), [9001, 9002]);
      const deletes = stub.requests.filter((r) => r.method === 'DELETE');
      assert.equal(
        deletes.map((r) => r.path).sort(),
        [9001, 9002].map((id) => `/orgs/apache/packages/container/airflow-master-python3.8-ci-v2/versions/${id}`),
      );
      const gets = stub.requests.filter((r) => r.method === 'GET' && r.status === 200);
      assert.ok(gets.length >= 5, `paginated: ${gets.length} pages`);
      assert.ok(
        gets.some((r) => r.path.startsWith('/organizations/')),
        'followed the Link rel="next" GitHub sends',
      );
      assert.ok(
        stub.requests.some((r) => r.status === 502),
        'a 502 was retried',
      );
      for (const r of stub.requests) {
        assert.is(r.authorization, `Bearer ${TOKEN}`);
        assert.is(r.accept, 'application/vnd.github+json');
        assert.is(r.apiVersion, '2022-11-28');
      }
      // The registry API was not asked to delete anything: every tag still resolves in the registry.
      for (const [i, img] of imgs.entries()) assert.is(await resolves(client, GHCR, repo, String(301 + i)), img.manifestDigest);
      assert.not.ok((run.stdout + run.stderr).includes(TOKEN), 'token printed');
    } finally {
      await stub.stop();
    }
  },
);

ghcr('user-owned package: /orgs answers 404, the /users endpoints list and delete', async ({ registry, client }) => {
  const repo = 'octo-user/airflow-master-python3.8-v2';
  const imgs = [image(40), image(1)];
  const versions = await seedGhcr(
    client,
    repo,
    [
      [imgs[0], ['501']],
      [imgs[1], ['502', 'latest']],
    ],
    7001,
  );
  const stub = await startGithubApiStub({
    token: TOKEN,
    packages: [{ owner: 'octo-user', ownerKind: 'users', name: 'airflow-master-python3.8-v2', versions }],
  });
  try {
    const run = await runScript(
      SCRIPT,
      ['--yes', '--keep', '0', '--older-than', '7d'],
      ghcrEnv(registry, stub, { GITHUB_REPOSITORY: 'Octo-User/airflow' }),
    );
    assert.is(run.code, 0, run.stderr + run.stdout);
    assert.equal(stub.deleted, [7001]);
    assert.ok(stub.requests.some((r) => r.path.startsWith('/orgs/octo-user/') && r.status === 404));
    assert.ok(
      stub.requests.some(
        (r) => r.method === 'DELETE' && r.path === '/users/octo-user/packages/container/airflow-master-python3.8-v2/versions/7001',
      ),
    );
    assert.not.ok((run.stdout + run.stderr).includes(TOKEN), 'token printed');
  } finally {
    await stub.stop();
  }
});

ghcr(
  'refusals: no token → exit 2 before anything is deleted; a token GitHub refuses → exit 3, token not printed',
  async ({ registry, client }) => {
    const repo = 'apache/airflow-master-python3.7-ci-v2';
    const versions = await seedGhcr(
      client,
      repo,
      [
        [image(40), ['601']],
        [image(1), ['602']],
      ],
      8001,
    );
    const stub = await startGithubApiStub({
      token: 'the-right-token',
      packages: [{ owner: 'apache', ownerKind: 'orgs', name: 'airflow-master-python3.7-ci-v2', versions }],
    });
    try {
      const env = ghcrEnv(registry, stub, { CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.7' });
      const none = await runScript(SCRIPT, ['--yes', '--keep', '0'], { ...env, CONTAINER_REGISTRY_TOKEN: '' });
      assert.is(none.code, 2, none.stderr);
      assert.match(none.stderr, /CONTAINER_REGISTRY_TOKEN \(or GITHUB_TOKEN\)/);
      const refused = await runScript(SCRIPT, ['--yes', '--keep', '0'], env);
      assert.is(refused.code, 3, refused.stderr + refused.stdout);
      assert.match(refused.stdout, /failed .*unauthorized: .*HTTP 401: Bad credentials/);
      assert.not.ok((refused.stdout + refused.stderr).includes(TOKEN), 'token printed');
      assert.is(stub.deleted.length, 0);
      assert.ok(await resolves(client, GHCR, repo, '601'));
    } finally {
      await stub.stop();
    }
  },
);

ghcr('lib: GithubPackagesClient never follows a next page to another origin (the token stays with the API)', async () => {
  const server = await startHostileServer();
  try {
    server.script(() => ({
      status: 200,
      body: '[]',
      headers: { link: '<http://evil.example/orgs/x/packages/container/y/versions?page=2>; rel="next"' },
    }));
    const api = new GithubPackagesClient({ apiUrl: server.url, token: TOKEN, retry: { attempts: 1 } });
    const error = await api.listVersions('x', 'y').catch((e) => e);
    assert.match(String(error), /another origin/);
    assert.is(server.requests.length, 1);
  } finally {
    await server.stop();
  }
});

ghcr('lib: GithubPackagesClient retries 429 with Retry-After, and fails fast on a rate limit that lasts long', async () => {
  const server = await startHostileServer();
  try {
    server.script((_request, n) =>
      n === 1
        ? { status: 429, headers: { 'retry-after': '0' }, body: '{"message":"slow down"}' }
        : { status: 200, body: '[{"id":1,"name":"sha256:aa","metadata":{"package_type":"container","container":{"tags":["7"]}}}]' },
    );
    const api = new GithubPackagesClient({ apiUrl: `${server.url}/`, token: TOKEN, retry: { baseDelayMs: 1, maxDelayMs: 2 } });
    assert.equal(await api.listVersions('x', 'y'), [{ id: 1, name: 'sha256:aa', tags: ['7'], createdAt: undefined }]);
    assert.is(api.requestCount, 2);
    server.reset();
    server.script(() => ({
      status: 403,
      body: '{"message":"API rate limit exceeded"}',
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) },
    }));
    const limited = new GithubPackagesClient({ apiUrl: server.url, token: TOKEN });
    const error = await limited.listVersions('x', 'y').catch((e) => e);
    assert.match(String(error), /HTTP 403: API rate limit exceeded; rate limited for another \d+ s/);
    assert.is(limited.requestCount, 1);
    assert.is(server.requests.length, 1);
    assert.not.ok(String(error).includes(TOKEN));
  } finally {
    await server.stop();
  }
});

ghcr.run();
