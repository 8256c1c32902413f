/**
 * load --run-id: a run's artifact through a stub of GitHub's REST API and a separate storage host
 * on loopback, into the real registry. The token reaches the API only (never the storage host the
 * download redirects to); the artifacts list is read across pages; a missing name, an expired
 * artifact, an unknown run and a refused token each end in one line.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { startArtifactsStub, type ArtifactsStub } from '../../../testing/github-artifacts-stub.ts';
import { makeTestImage, pushSampleImage } from '../../../testing/sample-image.ts';
import { jsonResult, runScript } from '../../helpers/run-script.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';
import { saveFromRegistry } from '../../../lib/commands/save.ts';

const TOKEN = 'ghs_FAKEartifactsToken5d1c9e7a';
const LOAD = 'scripts/ci/images/load-image.ts';

interface Ctx {
  registry: RegistryServer;
  stub: ArtifactsStub;
  client: RegistryClient;
  dir: string;
  digest: string;
}

const test = suite<Ctx>('load --run-id: artifacts via the REST API stub and a storage host (real registry)');
test.before(async (ctx) => {
  ctx.registry = await startRegistry({ mode: 'open' });
  ctx.client = new RegistryClient();
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-artifacts-'));
  const ref = { registry: ctx.registry.host, repository: 'built/app', tag: 'pr-1' };
  ctx.digest = await pushSampleImage(ctx.client, makeTestImage({ layers: 2 }), ref);
  await saveFromRegistry(ctx.client, [ref], { output: join(ctx.dir, 'app.tar'), compress: 'gzip' });
  execFileSync('zip', ['-q', '-j', join(ctx.dir, 'artifact.zip'), join(ctx.dir, 'app.tar')]);
  execFileSync('zip', ['-q', '-j', join(ctx.dir, 'logs.zip'), join(ctx.dir, 'app.tar')]);
  const zip = readFileSync(join(ctx.dir, 'artifact.zip'));
  ctx.stub = await startArtifactsStub({
    token: TOKEN,
    repository: 'org/repo',
    maxPerPage: 2,
    artifacts: [
      { id: 11, name: 'ci-image', runId: 100, zip },
      { id: 12, name: 'old-image', runId: 100, zip, expired: true },
      { id: 13, name: 'logs', runId: 100, zip: readFileSync(join(ctx.dir, 'logs.zip')) },
    ],
  });
});
test.after(async (ctx) => {
  await Promise.allSettled([ctx.registry?.stop(), ctx.stub?.stop()]);
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
});

const env = (ctx: Ctx, token = TOKEN) => ({ GITHUB_API_URL: ctx.stub.url, GITHUB_TOKEN: token, GITHUB_REPOSITORY: 'org/repo' });

test('the named artifact goes to the registry with its digest; the storage host never sees the token', async (ctx) => {
  const target = `${ctx.registry.host}/from-run/app:pr-1`;
  const run = await runScript(LOAD, ['--run-id', '100', '--artifact', 'ci-image', '--to', target, '--json'], env(ctx));
  assert.is(run.code, 0, run.stderr);
  assert.is(jsonResult(run.stdout).images[0].digest, ctx.digest);
  assert.is(await ctx.client.manifestDigest({ registry: ctx.registry.host, repository: 'from-run/app', tag: 'pr-1' }), ctx.digest);
  assert.ok(ctx.stub.storageAuthorizations.length >= 1);
  assert.equal(
    ctx.stub.storageAuthorizations.filter((a) => a !== undefined),
    [],
  );
  assert.not.match(run.stdout + run.stderr, new RegExp(TOKEN));
});

test('without --artifact, a run with several artifacts (read across pages) asks for one', async (ctx) => {
  const run = await runScript(LOAD, ['--run-id', '100', '--to', `${ctx.registry.host}/x/y:1`], env(ctx));
  assert.is(run.code, 1);
  assert.match(run.stderr, /run 100 has 2 artifacts \("ci-image", "logs"\): name one with --artifact/);
  assert.ok(
    ctx.stub.apiPaths.some((p) => /page=2/.test(p)),
    ctx.stub.apiPaths.join('\n'),
  );
});

test('a missing name, an expired artifact, an unknown run, a refused token: one line each', async (ctx) => {
  const cases: [string[], string, number, RegExp][] = [
    [
      ['--run-id', '100', '--artifact', 'nope'],
      TOKEN,
      1,
      /run 100 has no artifact named "nope" \(it has "ci-image", "old-image", "logs"\); check --artifact/,
    ],
    [['--run-id', '100', '--artifact', 'old-image'], TOKEN, 1, /artifact "old-image" of run 100 has expired/],
    [['--run-id', '999', '--artifact', 'ci-image'], TOKEN, 1, /HTTP 404: Not Found: no run 999 in org\/repo/],
    [['--run-id', '100', '--artifact', 'ci-image'], 'ghs_wrong', 3, /unauthorized: .*HTTP 401/],
  ];
  for (const [args, token, code, expected] of cases) {
    const run = await runScript(LOAD, [...args, '--to', `${ctx.registry.host}/never/app:1`], env(ctx, token));
    assert.is(run.code, code, run.stderr);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('error:'));
    assert.is(errors.length, 1, run.stderr);
    assert.match(errors[0], expected);
  }
  assert.equal(await ctx.client.listTags({ registry: ctx.registry.host, repository: 'never/app' }).catch(() => []), []);
});

test.run();
