import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { makeTestImage, pushSampleImage } from '../../../testing/sample-image.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';
import { parseReference } from '../../../lib/oci/reference.ts';
import { parseOutputFile } from '../../../lib/github/actions.ts';
import { jsonResult, runScript } from '../../helpers/run-script.ts';

const GHCR_TOKEN = 'ghcr-FAKE-token-8c1f2e9a';
const PKG_TOKEN = 'ghp_FAKEpackagesToken77b3';
const USER = 'ci-bot';

interface Ctx {
  ghcr: RegistryServer;
  pkg: RegistryServer;
  dir: string;
}

const wait = suite<Ctx>('wait-for-all-*-images against real registries');
wait.before(async (ctx) => {
  // ghcr.io: token auth (like the real one); docker.pkg.github.com: basic auth.
  ctx.ghcr = await startRegistry({ mode: 'token', username: USER, password: GHCR_TOKEN });
  ctx.pkg = await startRegistry({ mode: 'basic', username: USER, password: PKG_TOKEN });
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-wait-'));
});
wait.after(async (ctx) => {
  await ctx.ghcr?.stop();
  await ctx.pkg?.stop();
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
});

let runCounter = 1000;
function env(ctx: Ctx, extra: Record<string, string> = {}) {
  const runId = String(runCounter++);
  const output = join(ctx.dir, `output-${runId}`);
  const summary = join(ctx.dir, `summary-${runId}`);
  writeFileSync(output, '');
  return {
    runId,
    output,
    summary,
    vars: {
      USE_GITHUB_REGISTRY: 'true',
      GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'true',
      GITHUB_REPOSITORY: 'Apache/Airflow',
      GITHUB_USERNAME: USER,
      GITHUB_TOKEN: PKG_TOKEN,
      CONTAINER_REGISTRY_TOKEN: GHCR_TOKEN,
      GITHUB_REGISTRY_PULL_IMAGE_TAG: runId,
      CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.7 3.8 3.9',
      REGISTRY_ENDPOINTS: `ghcr.io=${ctx.ghcr.url},docker.pkg.github.com=${ctx.pkg.url}`,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      ...extra,
    },
  };
}

/** Pushes as the "build images" job would, under the public name, through the endpoint mapping. */
function pusher(registry: RegistryServer, publicHost: string) {
  const client = new RegistryClient({
    endpoints: new Map([[publicHost, registry.url]]),
    credentials: () => ({ username: registry.username, password: registry.password }),
  });
  return (name: string) => pushSampleImage(client, makeTestImage({ layers: 1 }), parseReference(name));
}

const noSecrets = (text: string) => {
  assert.not.ok(text.includes(GHCR_TOKEN), 'ghcr token leaked');
  assert.not.ok(text.includes(PKG_TOKEN), 'packages token leaked');
  assert.not.ok(text.includes(Buffer.from(`${USER}:${PKG_TOKEN}`).toString('base64')), 'encoded token leaked');
};

wait('images pushed while the script waits are found in ghcr.io; output, JSON and summary', async (ctx) => {
  const e = env(ctx);
  const push = pusher(ctx.ghcr, 'ghcr.io');
  const digests: Record<string, string> = {};
  const pushing = (async () => {
    for (const v of ['3.7', '3.8', '3.9']) {
      await new Promise((r) => setTimeout(r, 700));
      digests[v] = await push(`ghcr.io/apache/airflow-master-python${v}-ci-v2:${e.runId}`);
    }
  })();
  const run = await runScript(
    'scripts/ci/images/wait-for-all-ci-images.ts',
    ['--poll-interval', '0.3', '--timeout', '30', '--json'],
    e.vars,
  );
  await pushing;
  assert.is(run.code, 0, run.stderr);
  assert.is(parseOutputFile(readFileSync(e.output, 'utf8')).get('githubRegistry'), 'ghcr.io');
  const doc = jsonResult(run.stdout);
  assert.is(doc.githubRegistry, 'ghcr.io');
  assert.equal(
    doc.images.map((i: { python: string }) => i.python),
    ['3.7', '3.8', '3.9'],
  );
  for (const image of doc.images) {
    assert.is(image.kind, 'ci');
    assert.is(image.reference, `ghcr.io/apache/airflow-master-python${image.python}-ci-v2:${e.runId}`);
    assert.is(image.digest, digests[image.python]);
    assert.ok(image.waitedSeconds > 0 && image.waitedSeconds < 30);
  }
  assert.ok(doc.images[2].waitedSeconds >= doc.images[0].waitedSeconds);
  const summary = readFileSync(e.summary, 'utf8');
  assert.match(summary, /\| image \| registry \| digest \| waited \|/);
  assert.match(summary, new RegExp(`airflow-master-python3\\.9-ci-v2:${e.runId}`));
  assert.match(run.stderr, /found .*python3\.8/);
  noSecrets(run.stdout + run.stderr);
});

wait('only docker.pkg.github.com holds them: githubRegistry=docker.pkg.github.com (plain stdout without GITHUB_OUTPUT)', async (ctx) => {
  const e = env(ctx, { GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '', CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8' });
  await pusher(ctx.pkg, 'docker.pkg.github.com')(`docker.pkg.github.com/apache/airflow/master-python3.8-ci-v2:${e.runId}`);
  const run = await runScript('scripts/ci/images/wait-for-all-ci-images.ts', ['--poll-interval', '0.3', '--timeout', '20'], e.vars);
  assert.is(run.code, 0, run.stderr);
  assert.match(run.stdout, /^githubRegistry=docker\.pkg\.github\.com$/m);
  assert.match(run.stdout, /All 1 image\(s\) found in docker\.pkg\.github\.com/);
  assert.is(readFileSync(e.output, 'utf8'), '', 'nothing written to a GITHUB_OUTPUT that is not set');
});

wait('both registries hold them: ghcr.io wins', async (ctx) => {
  const e = env(ctx, { CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.6' });
  await pusher(ctx.pkg, 'docker.pkg.github.com')(`docker.pkg.github.com/apache/airflow/master-python3.6-ci-v2:${e.runId}`);
  await pusher(ctx.ghcr, 'ghcr.io')(`ghcr.io/apache/airflow-master-python3.6-ci-v2:${e.runId}`);
  const run = await runScript('scripts/ci/images/wait-for-all-ci-images.ts', ['--timeout', '20'], e.vars);
  assert.is(run.code, 0, run.stderr);
  assert.is(parseOutputFile(readFileSync(e.output, 'utf8')).get('githubRegistry'), 'ghcr.io');
});

wait('PROD with WAIT_FOR_PROD_BUILD_IMAGE waits for the -build images too', async (ctx) => {
  const e = env(ctx, { CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8', WAIT_FOR_PROD_BUILD_IMAGE: 'true' });
  const push = pusher(ctx.ghcr, 'ghcr.io');
  await push(`ghcr.io/apache/airflow-master-python3.8-v2:${e.runId}`);
  const first = await runScript('scripts/ci/images/wait-for-all-prod-images.ts', ['--timeout', '1.5', '--poll-interval', '0.3'], e.vars);
  assert.is(first.code, 1, 'the -build image is still missing');
  assert.match(first.stderr, new RegExp(`missing in ghcr\\.io: ghcr\\.io/apache/airflow-master-python3\\.8-build-v2:${e.runId}`));
  await push(`ghcr.io/apache/airflow-master-python3.8-build-v2:${e.runId}`);
  const second = await runScript('scripts/ci/images/wait-for-all-prod-images.ts', ['--timeout', '10', '--json'], e.vars);
  assert.is(second.code, 0, second.stderr);
  assert.equal(
    jsonResult(second.stdout).images.map((i: { kind: string }) => i.kind),
    ['prod', 'prod-build'],
  );
});

wait('an image never pushed: exit 1 after --timeout, naming the missing reference in each registry', async (ctx) => {
  const e = env(ctx, { CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.10' });
  const run = await runScript('scripts/ci/images/wait-for-all-ci-images.ts', ['--timeout', '2', '--poll-interval', '0.5'], e.vars);
  assert.is(run.code, 1);
  assert.ok(run.durationMs >= 2000 && run.durationMs < 12000, `took ${run.durationMs} ms`);
  assert.match(run.stderr, new RegExp(`missing in ghcr\\.io: ghcr\\.io/apache/airflow-master-python3\\.10-ci-v2:${e.runId}`));
  assert.match(
    run.stderr,
    new RegExp(`missing in docker\\.pkg\\.github\\.com: docker\\.pkg\\.github\\.com/apache/airflow/master-python3\\.10-ci-v2:${e.runId}`),
  );
  assert.match(run.stderr, /error: timed out after 2s/);
  assert.is(readFileSync(e.output, 'utf8'), '', 'no registry reported when nothing was found');
});

wait('wrong credentials for both registries: exit 3 within seconds, no secret printed', async (ctx) => {
  const e = env(ctx, { GITHUB_TOKEN: 'ghp_WRONGtoken000000', CONTAINER_REGISTRY_TOKEN: 'ghcr-WRONG-token-0000' });
  const run = await runScript('scripts/ci/images/wait-for-all-ci-images.ts', ['--timeout', '120'], e.vars);
  assert.is(run.code, 3, run.stderr);
  assert.ok(run.durationMs < 10000, `took ${run.durationMs} ms`);
  assert.match(run.stderr, /refused/);
  // The refusal names what to set: each host's token variable and the package permission.
  assert.match(
    run.stderr,
    /^error: .*\(set CONTAINER_REGISTRY_TOKEN for ghcr\.io, GITHUB_TOKEN for docker\.pkg\.github\.com; a GitHub token needs read:packages/m,
  );
  assert.not.ok((run.stdout + run.stderr).includes('WRONG'), 'the wrong tokens are secrets too');
});

wait('in GitHub Actions: tokens are masked first, log group, no ::set-output', async (ctx) => {
  const e = env(ctx, { GITHUB_ACTIONS: 'true', CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.6' });
  await pusher(ctx.ghcr, 'ghcr.io')(`ghcr.io/apache/airflow-master-python3.6-ci-v2:${e.runId}`);
  const run = await runScript('scripts/ci/images/wait-for-all-ci-images.ts', ['--timeout', '20'], e.vars);
  assert.is(run.code, 0, run.stderr);
  const lines = run.stdout.split('\n');
  assert.ok(lines[0].startsWith('::add-mask::'), lines[0]);
  assert.ok(lines.includes(`::add-mask::${GHCR_TOKEN}`) && lines.includes(`::add-mask::${PKG_TOKEN}`));
  assert.match(run.stderr, /^::group::Waiting for 1 CI image/m);
  assert.match(run.stderr, /^::endgroup::$/m);
  assert.not.match(run.stdout + run.stderr, /::set-output/);
  noSecrets(
    run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n') + run.stderr,
  );
});

wait('in GitHub Actions with --json: stdout is one JSON document, the masks go to stderr first', async (ctx) => {
  const e = env(ctx, { GITHUB_ACTIONS: 'true', CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.6' });
  await pusher(ctx.ghcr, 'ghcr.io')(`ghcr.io/apache/airflow-master-python3.6-ci-v2:${e.runId}`);
  const run = await runScript('scripts/ci/images/wait-for-all-ci-images.ts', ['--timeout', '20', '--json'], e.vars);
  assert.is(run.code, 0, run.stderr);
  assert.is(jsonResult(run.stdout).githubRegistry, 'ghcr.io');
  assert.ok(run.stderr.startsWith('::add-mask::'), run.stderr.slice(0, 80));
  assert.ok(run.stderr.includes(`::add-mask::${GHCR_TOKEN}\n`));
});

wait('--dry-run --json: the names of the spec, no network', async (ctx) => {
  const run = await runScript('scripts/ci/images/wait-for-all-ci-images.ts', ['--dry-run', '--json'], {
    GITHUB_REGISTRY_PULL_IMAGE_TAG: '123456789',
    CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8',
    REGISTRY_ENDPOINTS: 'ghcr.io=http://127.0.0.1:2,docker.pkg.github.com=http://127.0.0.1:2',
  });
  assert.is(run.code, 0, run.stderr);
  assert.equal(jsonResult(run.stdout), {
    images: [
      {
        python: '3.8',
        kind: 'ci',
        candidates: [
          'ghcr.io/apache/airflow-master-python3.8-ci-v2:123456789',
          'docker.pkg.github.com/apache/airflow/master-python3.8-ci-v2:123456789',
        ],
      },
    ],
  });
  const prod = await runScript('scripts/ci/images/wait-for-all-prod-images.ts', ['--dry-run', '--json'], {
    CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8',
    WAIT_FOR_PROD_BUILD_IMAGE: 'true',
  });
  assert.equal(
    jsonResult(prod.stdout).images.map((i: { candidates: string[] }) => i.candidates[0]),
    ['ghcr.io/apache/airflow-master-python3.8-v2:latest', 'ghcr.io/apache/airflow-master-python3.8-build-v2:latest'],
  );
  void ctx;
});

wait('the gate: without USE_GITHUB_REGISTRY and GITHUB_REGISTRY_WAIT_FOR_IMAGE both true, exit 0 at once', async (ctx) => {
  const e = env(ctx, {
    GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'false',
    REGISTRY_ENDPOINTS: 'ghcr.io=http://127.0.0.1:2,docker.pkg.github.com=http://127.0.0.1:2',
  });
  const run = await runScript('scripts/ci/images/wait-for-all-ci-images.ts', [], e.vars);
  assert.is(run.code, 0);
  assert.match(run.stderr, /^Not waiting: USE_GITHUB_REGISTRY=true and GITHUB_REGISTRY_WAIT_FOR_IMAGE=false/m);
  assert.is(run.stderr.trim().split('\n').length, 1, 'one line');
  assert.is(parseOutputFile(readFileSync(e.output, 'utf8')).get('githubRegistry'), 'docker.pkg.github.com');
});

const badInput: [string, string[], Record<string, string>, RegExp][] = [
  ['GITHUB_REGISTRY not a GitHub registry', [], { GITHUB_REGISTRY: 'quay.io' }, /GITHUB_REGISTRY="quay.io" is not valid/],
  [
    'python version not N.N',
    [],
    { CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8 three' },
    /CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING/,
  ],
  [
    'empty version list',
    [],
    { CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '' },
    /CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING is empty/,
  ],
  ['--timeout not a number', ['--timeout', 'soon'], {}, /--timeout="soon" is not valid/],
  ['--poll-interval zero', ['--poll-interval', '0'], {}, /--poll-interval="0" is not valid/],
  ['unknown flag', ['--wait'], {}, /--wait/],
  ['malformed REGISTRY_ENDPOINTS', [], { REGISTRY_ENDPOINTS: 'ghcr.io' }, /REGISTRY_ENDPOINTS/],
  ['boolean not true/false', [], { USE_GITHUB_REGISTRY: 'yes' }, /USE_GITHUB_REGISTRY="yes" is not valid: expected true or false/],
];
for (const [name, args, vars, pattern] of badInput) {
  wait(`bad input exits 2 with one line naming it: ${name}`, async (ctx) => {
    const e = env(ctx, vars);
    const run = await runScript('scripts/ci/images/wait-for-all-ci-images.ts', args, e.vars);
    assert.is(run.code, 2, run.stderr);
    assert.match(run.stderr, pattern);
    assert.is(run.stderr.trim().split('\n').length, 1, run.stderr);
  });
}

wait.run();
