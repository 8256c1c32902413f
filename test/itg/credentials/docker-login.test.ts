/**
 * One round trip with the real docker CLI (Debian's /usr/bin/docker, on the test dockerd):
 * `docker login` with a credsStore helper of the fixtures that implements `store`; then our chain
 * reads the stored credentials back through the same helper, and the registry accepts them.
 * Then a push of the scripts with a token variable: the user's config.json (and the helper's
 * store) stay exactly as they were.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DOCKER_UNAVAILABLE, dockerAvailable, startDockerd, type Dockerd } from '../../../testing/dockerd.ts';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { credentialHelpers, type CredentialHelpers } from '../../../testing/credential-helpers.ts';
import { runScript } from '../../helpers/run-script.ts';
import { CredentialChain } from '../../../lib/credentials/index.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';
import { parseReference } from '../../../lib/oci/reference.ts';

const execFileP = promisify(execFile);
const REPOSITORY = 'apache/airflow-master-python3.8-ci-v2';
/** Chosen explicitly: the CLI that drives this dockerd's API version. */
const DOCKER_CLI = '/usr/bin/docker';

interface Ctx {
  dockerd?: Dockerd;
  registry?: RegistryServer;
  helpers?: CredentialHelpers;
  dir?: string;
  error?: unknown;
}
const test = suite<Ctx>('docker login with a credsStore, read back by our chain');

if (!dockerAvailable()) console.log(`docker-login: ${DOCKER_UNAVAILABLE}`);
const t = dockerAvailable() ? test : test.skip;

test.before(async (ctx) => {
  if (!dockerAvailable()) return;
  try {
    ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-login-'));
    ctx.helpers = credentialHelpers({ teststore: { behaviour: 'good' } });
    [ctx.dockerd, ctx.registry] = await Promise.all([startDockerd(), startRegistry({ mode: 'basic' })]);
  } catch (error) {
    ctx.error = error;
  }
});
test.after(async (ctx) => {
  await Promise.allSettled([ctx.dockerd?.stop(), ctx.registry?.stop()]);
  ctx.helpers?.remove();
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
});

t(
  'docker login stores through the helper; our chain reads it back; the scripts own login and pull leave config.json alone',
  async (ctx) => {
    const { dockerd, registry, helpers, dir } = ctx as Required<Ctx>;
    const dockerConfig = join(dir, 'docker');
    mkdirSync(dockerConfig);
    writeFileSync(join(dockerConfig, 'config.json'), JSON.stringify({ credsStore: 'teststore' }));
    const dockerEnv = { ...process.env, PATH: helpers.path, DOCKER_CONFIG: dockerConfig, DOCKER_HOST: dockerd.dockerHost };
    const login = execFileP(DOCKER_CLI, ['login', '--username', registry.username, '--password-stdin', registry.host], { env: dockerEnv });
    login.child.stdin!.end(registry.password);
    await login;
    assert.equal(helpers.stored('teststore'), { [registry.host]: { Username: registry.username, Secret: registry.password } });
    const written = readFileSync(join(dockerConfig, 'config.json'), 'utf8');
    assert.equal(
      Object.keys(JSON.parse(written).auths ?? {}),
      [registry.host],
      'docker lists the host in auths, the secret is in the store',
    );
    assert.not.match(written, registry.password);

    // docker itself pushes with the stored login (the helper's `get`), so the image is real for the pull below.
    const image = `${registry.host}/${REPOSITORY}:77`;
    await execFileP(DOCKER_CLI, ['build', '-t', image, join(import.meta.dirname, '../../../testing/fixtures/scratch')], {
      env: { ...dockerEnv, DOCKER_BUILDKIT: '0' },
    });
    await execFileP(DOCKER_CLI, ['push', image], { env: dockerEnv });
    await execFileP(DOCKER_CLI, ['rmi', image], { env: dockerEnv });
    const savedPath = process.env.PATH;
    process.env.PATH = helpers.path;
    try {
      const chain = new CredentialChain({ dockerConfigPath: join(dockerConfig, 'config.json') });
      const answer = await chain.lookup(registry.host);
      assert.is(answer?.source, `credential helper docker-credential-teststore (credsStore in ${join(dockerConfig, 'config.json')})`);
      const client = new RegistryClient({ credentials: async (host) => (await chain.lookup(host))?.credentials });
      assert.is(await client.exists(parseReference(`${registry.host}/${REPOSITORY}:77`)), true);
    } finally {
      process.env.PATH = savedPath;
    }

    // The scripts' own login (a token variable) and pull, through the real CLI: the user's files stay as they are.
    const storeBefore = JSON.stringify(helpers.stored('teststore'));
    const run = await runScript(
      'scripts/ci/images/pull-image.ts',
      ['--run-id', '77'],
      {
        PATH: helpers.path,
        DOCKER: DOCKER_CLI,
        DOCKER_HOST: dockerd.dockerHost,
        DOCKER_CONFIG: dockerConfig,
        PYTHON_MAJOR_MINOR_VERSION: '3.8',
        REGISTRY_ENDPOINTS: `ghcr.io=${registry.url},docker.pkg.github.com=${registry.url}`,
        CONTAINER_REGISTRY_TOKEN: registry.password,
        GITHUB_USERNAME: registry.username,
      },
      { timeoutMs: 120_000 },
    );
    assert.is(run.code, 0, run.stderr);
    assert.match(run.stderr, `docker login --username ${registry.username} --password-stdin ${registry.host}`);
    assert.match(run.stderr, `docker logout ${registry.host}`);
    assert.is(readFileSync(join(dockerConfig, 'config.json'), 'utf8'), written, "the user's config.json is byte-for-byte unchanged");
    assert.is(JSON.stringify(helpers.stored('teststore')), storeBefore, "the user's credential store is unchanged");
  },
);

test.run();
