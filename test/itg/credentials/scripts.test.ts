/**
 * The scripts with stored credentials only (no token variable): a developer's machine where
 * `docker login` went to a credsStore, or `podman login` wrote auth.json. Real htpasswd
 * registries, real helper programs, a stand-in docker that records its calls. The user's
 * config.json is byte-for-byte unchanged after every command.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { credentialHelpers, type CredentialHelpers } from '../../../testing/credential-helpers.ts';
import { makeTestImage, pushSampleImage } from '../../../testing/sample-image.ts';
import { jsonEnvelope, jsonResult, runScript } from '../../helpers/run-script.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';
import { parseReference } from '../../../lib/oci/reference.ts';

interface Ctx {
  ghcr: RegistryServer;
  pkg: RegistryServer;
  dir: string;
  home: string;
  docker: string;
  calls: string;
  helpers: CredentialHelpers;
}
const test = suite<Ctx>('scripts with stored credentials only');

const IMAGE = { registry: 'ghcr.io', repository: 'apache/airflow-master-python3.8-ci-v2', tag: '4242' };
const PKG_IMAGE = { registry: 'docker.pkg.github.com', repository: 'apache/airflow/master-python3.8-ci-v2' };

test.before(async (ctx) => {
  ctx.ghcr = await startRegistry({ mode: 'basic' });
  ctx.pkg = await startRegistry({ mode: 'basic', password: 'another-secret-of-pkg-77' });
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-stored-'));
  ctx.home = join(ctx.dir, 'home');
  mkdirSync(join(ctx.home, '.docker'), { recursive: true });
  ctx.calls = join(ctx.dir, 'docker-calls');
  ctx.docker = join(ctx.dir, 'docker');
  writeFileSync(ctx.docker, `#!/bin/sh\necho "$*" >> ${ctx.calls}\nexit 0\n`);
  chmodSync(ctx.docker, 0o755);
  ctx.helpers = credentialHelpers({
    desktop: {
      behaviour: 'good',
      secrets: {
        'ghcr.io': { Username: ctx.ghcr.username, Secret: ctx.ghcr.password },
        'docker.pkg.github.com': { Username: ctx.pkg.username, Secret: ctx.pkg.password },
      },
    },
    broken: { behaviour: 'failing' },
  });
  const client = new RegistryClient({
    endpoints: new Map([['ghcr.io', ctx.ghcr.url]]),
    credentials: () => ({ username: ctx.ghcr.username, password: ctx.ghcr.password }),
  });
  await pushSampleImage(client, makeTestImage({ layers: 1 }), IMAGE);
  // Old and new run-id images in docker.pkg.github.com (the registry-API delete path) for prune.
  const pkg = new RegistryClient({
    endpoints: new Map([['docker.pkg.github.com', ctx.pkg.url]]),
    credentials: () => ({ username: ctx.pkg.username, password: ctx.pkg.password }),
  });
  const at = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  for (const [tag, days] of [
    ['101', 40],
    ['102', 30],
    ['103', 1],
  ] as const) {
    await pushSampleImage(pkg, makeTestImage({ layers: 1, created: at(days) }), { ...PKG_IMAGE, tag });
  }
});
test.after(async (ctx) => {
  ctx.helpers?.remove();
  await ctx.ghcr?.stop();
  await ctx.pkg?.stop();
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
});

/** Writes the user's config.json; returns its bytes, to compare after the run. */
function userConfig(ctx: Ctx, content: unknown): string {
  const bytes = JSON.stringify(content, null, '\t') + '\n';
  writeFileSync(join(ctx.home, '.docker', 'config.json'), bytes);
  return bytes;
}
const userBytes = (ctx: Ctx) => readFileSync(join(ctx.home, '.docker', 'config.json'), 'utf8');
const env = (ctx: Ctx, extra: Record<string, string> = {}) => ({
  HOME: ctx.home,
  PATH: ctx.helpers.path,
  DOCKER: ctx.docker,
  PYTHON_MAJOR_MINOR_VERSION: '3.8',
  REGISTRY_ENDPOINTS: `ghcr.io=${ctx.ghcr.url},docker.pkg.github.com=${ctx.pkg.url}`,
  XDG_CONFIG_HOME: join(ctx.dir, 'xdg-config'),
  ...extra,
});

test('pull --run-id with credentials in a credsStore only: found in ghcr.io, pulled; config.json unchanged', async (ctx) => {
  const bytes = userConfig(ctx, { auths: { 'ghcr.io': {} }, credsStore: 'desktop' });
  rmSync(ctx.calls, { force: true });
  const run = await runScript('scripts/ci/images/pull-image.ts', ['--run-id', '4242', '--json'], env(ctx));
  assert.is(run.code, 0, run.stderr);
  assert.is(jsonResult(run.stdout).registry, 'ghcr.io');
  assert.match(readFileSync(ctx.calls, 'utf8'), `pull ${ctx.ghcr.host}/${IMAGE.repository}:4242`);
  assert.is(userBytes(ctx), bytes);
  assert.not.ok((run.stdout + run.stderr).includes(ctx.ghcr.password), 'the secret was printed');
});

test('pull --run-id with a wrong run id and credentials for ghcr.io only: the run id may be wrong (exit 1), not a refusal', async (ctx) => {
  userConfig(ctx, { auths: { 'ghcr.io': {} }, credsStore: 'desktop' });
  const run = await runScript('scripts/ci/images/pull-image.ts', ['--run-id', '999'], env(ctx));
  assert.is(run.code, 1, run.stderr);
  assert.match(run.stderr, /^error: run 999: no image in ghcr\.io .*is the run id right/m);
});

test('pull --run-id from auth.json (XDG_CONFIG_HOME/containers/auth.json) only', async (ctx) => {
  const bytes = userConfig(ctx, {});
  const authFile = join(ctx.dir, 'xdg-config', 'containers', 'auth.json');
  mkdirSync(join(authFile, '..'), { recursive: true });
  const auth = Buffer.from(`${ctx.ghcr.username}:${ctx.ghcr.password}`).toString('base64');
  writeFileSync(authFile, JSON.stringify({ auths: { [`ghcr.io/${IMAGE.repository}`]: { auth } } }));
  const run = await runScript('scripts/ci/images/pull-image.ts', ['--run-id', '4242', '--json'], env(ctx));
  rmSync(authFile);
  assert.is(run.code, 0, run.stderr);
  assert.is(userBytes(ctx), bytes);
});

test('auth HOST: the source and the user, never the secret; --check accepted', async (ctx) => {
  const path = join(ctx.home, '.docker', 'config.json');
  const bytes = userConfig(ctx, { auths: { 'ghcr.io': {} }, credsStore: 'desktop' });
  const plain = await runScript('scripts/ci/images/auth.ts', ['ghcr.io', '--check'], env(ctx));
  assert.is(plain.code, 0, plain.stderr);
  assert.equal(plain.stdout.trim().split('\n'), [
    `ghcr.io: user ${ctx.ghcr.username} from credential helper docker-credential-desktop (credsStore in ${path})`,
    'ghcr.io accepted them',
  ]);
  const json = await runScript('scripts/ci/images/auth.ts', ['ghcr.io', '--json'], env(ctx));
  assert.is(json.code, 0, json.stderr);
  const result = jsonResult(json.stdout);
  assert.equal([result.found, result.username, result.kind], [true, ctx.ghcr.username, 'password']);
  for (const run of [plain, json]) assert.not.ok((run.stdout + run.stderr).includes(ctx.ghcr.password), 'the secret was printed');
  assert.is(userBytes(ctx), bytes);
});

test('auth HOST: token variables keep precedence; none found says where it looked', async (ctx) => {
  userConfig(ctx, { auths: { 'ghcr.io': {} }, credsStore: 'desktop' });
  const variable = await runScript(
    'scripts/ci/images/auth.ts',
    ['ghcr.io'],
    env(ctx, { CONTAINER_REGISTRY_TOKEN: 'token-from-the-variable-1' }),
  );
  assert.is(variable.code, 0, variable.stderr);
  assert.equal(variable.stdout.trim(), 'ghcr.io: user apache from CONTAINER_REGISTRY_TOKEN');
  const none = await runScript(
    'scripts/ci/images/auth.ts',
    ['quay.io', '--check'],
    env(ctx, { REGISTRY_AUTH_FILE: join(ctx.dir, 'none.json') }),
  );
  assert.is(none.code, 3, none.stderr);
  assert.match(
    none.stderr,
    `no credentials for quay.io (looked in: ${join(ctx.home, '.docker', 'config.json')}, ${join(ctx.dir, 'none.json')})`,
  );
});

test('a failing credsStore: one warning line, anonymous, and the line in the exit-3 message', async (ctx) => {
  const path = join(ctx.home, '.docker', 'config.json');
  const bytes = userConfig(ctx, { auths: { 'ghcr.io': {} }, credsStore: 'broken' });
  const run = await runScript('scripts/ci/images/pull-image.ts', ['--run-id', '4242', '--json'], env(ctx));
  assert.is(run.code, 3, run.stderr);
  const line = `credential helper docker-credential-broken (credsStore in ${path}) exited with status 4: the keychain is locked`;
  assert.is(run.stderr.split('\n').filter((l) => l === `warning: ${line}; going on without it`).length, 1, run.stderr);
  assert.match(jsonEnvelope(run.stdout).error!.message, line);
  assert.match(jsonEnvelope(run.stdout).error!.message, 'no credentials for ghcr.io');
  assert.is(userBytes(ctx), bytes);
});

test('the wait with credentials in a credsStore only: found in ghcr.io; config.json unchanged', async (ctx) => {
  const bytes = userConfig(ctx, { auths: { 'ghcr.io': {} }, credsStore: 'desktop' });
  const run = await runScript(
    'scripts/ci/images/wait-for-all-ci-images.ts',
    ['--timeout', '20', '--poll-interval', '0.3', '--json'],
    env(ctx, {
      USE_GITHUB_REGISTRY: 'true',
      GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'true',
      GITHUB_REGISTRY_PULL_IMAGE_TAG: '4242',
      CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8',
    }),
  );
  assert.is(run.code, 0, run.stderr);
  assert.is(jsonResult(run.stdout).githubRegistry, 'ghcr.io');
  assert.is(userBytes(ctx), bytes);
});

test('promote (a registry-side push) with credHelpers for ghcr.io only: the new tag lands; config.json unchanged', async (ctx) => {
  const bytes = userConfig(ctx, { credHelpers: { 'ghcr.io': 'desktop' } });
  const run = await runScript(
    'scripts/ci/images/push-images.ts',
    ['--promote', '4242', '--json'],
    env(ctx, {
      USE_GITHUB_REGISTRY: 'true',
      GITHUB_REGISTRY: 'ghcr.io',
      GITHUB_REGISTRY_PUSH_IMAGE_TAG: 'promoted-1',
    }),
  );
  assert.is(run.code, 0, run.stderr);
  const client = new RegistryClient({
    endpoints: new Map([['ghcr.io', ctx.ghcr.url]]),
    credentials: () => ({ username: ctx.ghcr.username, password: ctx.ghcr.password }),
  });
  assert.ok(await client.exists(parseReference(`ghcr.io/${IMAGE.repository}:promoted-1`)), run.stderr);
  assert.is(userBytes(ctx), bytes);
});

test('prune --yes with a credsStore only: the old run-id images are deleted, the newest kept; config.json unchanged', async (ctx) => {
  const bytes = userConfig(ctx, { auths: { 'docker.pkg.github.com': {} }, credsStore: 'desktop' });
  const run = await runScript(
    'scripts/ci/images/prune-images.ts',
    ['--yes', '--keep', '1', '--older-than', '7d', '--json'],
    env(ctx, {
      GITHUB_REGISTRY: 'docker.pkg.github.com',
      GITHUB_REPOSITORY: 'apache/airflow',
      BRANCH_NAME: 'master',
      CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8',
    }),
  );
  assert.is(run.code, 0, run.stderr);
  const ci = jsonResult(run.stdout).repositories[0];
  assert.equal(ci.deletions.flatMap((d: { tags: string[] }) => d.tags).sort(), ['101', '102']);
  const pkg = new RegistryClient({
    endpoints: new Map([['docker.pkg.github.com', ctx.pkg.url]]),
    credentials: () => ({ username: ctx.pkg.username, password: ctx.pkg.password }),
  });
  assert.not.ok(await pkg.exists(parseReference(`docker.pkg.github.com/${PKG_IMAGE.repository}:101`)), 'deleted');
  assert.ok(await pkg.exists(parseReference(`docker.pkg.github.com/${PKG_IMAGE.repository}:103`)), 'the newest is kept');
  assert.is(userBytes(ctx), bytes);
});

test('auth: bad HOST is exit 2 naming it', async (ctx) => {
  for (const args of [[], ['https://ghcr.io/x'], ['a', 'b']]) {
    const run = await runScript('scripts/ci/images/auth.ts', args, env(ctx));
    assert.is(run.code, 2, `${args}: ${run.stderr}`);
    assert.match(run.stderr, /^error: .*HOST/m);
  }
});

test.run();
