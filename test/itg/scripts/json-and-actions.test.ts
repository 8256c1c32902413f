/**
 * The frame every script shares, seen from outside: the --json envelope (checked against
 * docs/json-envelope.schema.json) on success and failure, `::error` annotations, the job summary
 * of a failed wait, and the heartbeat of a long wait in CI logs. Against a real registry.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { jsonEnvelope, runScript } from '../../helpers/run-script.ts';
import { makeTestImage, pushSampleImage } from '../../../testing/sample-image.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';
import { parseReference } from '../../../lib/oci/reference.ts';

const execFileP = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');

interface Ctx {
  registry: RegistryServer;
  dir: string;
}

const SCHEMA = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../docs/json-envelope.schema.json'), 'utf8'));

/** The schema's rules, applied (a small subset of JSON Schema: the keywords this schema uses). */
function assertEnvelope(doc: Record<string, unknown>): void {
  assert.equal(Object.keys(doc).sort(), [...SCHEMA.required].sort(), 'exactly the envelope keys');
  assert.type(doc.command, 'string');
  assert.type(doc.ok, 'boolean');
  assert.ok(SCHEMA.properties.exitCode.enum.includes(doc.exitCode), `exitCode ${doc.exitCode}`);
  assert.is(doc.ok, doc.exitCode === 0);
  if (doc.error !== null) {
    const error = doc.error as Record<string, unknown>;
    assert.equal(Object.keys(error).sort(), ['message', 'type']);
    assert.type(error.message, 'string');
    assert.not.match(error.message as string, /\n/);
  }
}

const frame = suite<Ctx>('--json envelope, annotations, failure summary and heartbeat (real registry)');
frame.before(async (ctx) => {
  ctx.registry = await startRegistry({ mode: 'open' });
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-frame-'));
});
frame.after(async (ctx) => {
  await ctx.registry?.stop();
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
});

let counter = 0;
function env(ctx: Ctx, extra: Record<string, string> = {}) {
  const n = counter++;
  const output = join(ctx.dir, `output-${n}`);
  const summary = join(ctx.dir, `summary-${n}`);
  writeFileSync(output, '');
  return {
    output,
    summary,
    vars: {
      USE_GITHUB_REGISTRY: 'true',
      GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'true',
      GITHUB_REGISTRY_PULL_IMAGE_TAG: `never-${n}`,
      CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8 3.9',
      REGISTRY_ENDPOINTS: `ghcr.io=${ctx.registry.url},docker.pkg.github.com=${ctx.registry.url}`,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      CI_IMAGES_ENV_FILE: '/dev/null',
      ...extra,
    },
  };
}

frame(
  'a wait that times out: envelope ok=false exitCode 1 with what is missing; ::error annotation; summary per registry; heartbeat lines',
  async (ctx) => {
    const e = env(ctx, { GITHUB_ACTIONS: 'true' });
    const run = await runScript(
      'scripts/ci/images/wait-for-all-ci-images.ts',
      ['--json', '--timeout', '2.5', '--poll-interval', '0.5', '--heartbeat', '1'],
      e.vars,
    );
    assert.is(run.code, 1, run.stderr);
    const doc = jsonEnvelope(run.stdout);
    assertEnvelope(doc);
    assert.is(doc.command, 'wait-for-all-ci-images');
    assert.is(doc.exitCode, 1);
    assert.is(doc.error?.type, 'WaitTimeoutError');
    assert.match(doc.error!.message, /timed out after 3s|timed out after 2s/);
    assert.is(doc.result.missing['ghcr.io'].length, 2);
    assert.is(doc.result.outcomes.length, 4);
    // The annotation goes to stderr with --json (stdout is the envelope), as one line.
    const annotation = run.stderr.split('\n').find((l) => l.startsWith('::error '));
    assert.ok(annotation, run.stderr);
    assert.match(annotation!, /^::error title=wait-for-all-ci-images failed::timed out/);
    const summary = readFileSync(e.summary, 'utf8');
    assert.match(summary, /### Wait timed out/);
    assert.match(summary, /\| python 3\.8 ci \| ghcr\.io \| missing \|/);
    assert.match(summary, /\| python 3\.9 ci \| docker\.pkg\.github\.com \| missing \|/);
    const heartbeats = run.stderr.split('\n').filter((l) => /still waiting: ghcr\.io 0\/2, docker\.pkg\.github\.com 0\/2 found/.test(l));
    assert.ok(heartbeats.length >= 1, `heartbeat lines in:\n${run.stderr}`);
  },
);

frame('not waiting (gate closed): envelope ok=true, result says waited=false and the registry', async (ctx) => {
  const e = env(ctx, { GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'false', GITHUB_REGISTRY: 'ghcr.io' });
  const run = await runScript('scripts/ci/images/wait-for-all-prod-images.ts', ['--json'], e.vars);
  assert.is(run.code, 0, run.stderr);
  const doc = jsonEnvelope(run.stdout);
  assertEnvelope(doc);
  assert.equal(doc.result, { githubRegistry: 'ghcr.io', waited: false });
  assert.is(doc.error, null);
});

frame(
  'bad input with --json: exit 2, one envelope naming the variable, the one error line on stderr; annotation in Actions',
  async (ctx) => {
    for (const script of [
      'wait-for-all-ci-images',
      'prepare-ci-image',
      'push-images',
      'prune-images',
      'verify-ci-image',
      'verify-prod-image',
    ]) {
      const e = env(ctx, { GITHUB_ACTIONS: 'true', WAIT_FOR_IMAGE_POLL_INTERVAL: 'soon' });
      const run = await runScript(`scripts/ci/images/${script}.ts`, ['--json'], e.vars);
      assert.is(run.code, 2, `${script}: ${run.stderr}`);
      const doc = jsonEnvelope(run.stdout);
      assertEnvelope(doc);
      assert.is(doc.command, script);
      assert.is(doc.error?.type, 'ConfigError');
      assert.match(doc.error!.message, /^WAIT_FOR_IMAGE_POLL_INTERVAL="soon" is not valid/);
      assert.is(doc.result, null);
      assert.match(run.stderr, /^error: WAIT_FOR_IMAGE_POLL_INTERVAL="soon" is not valid/m);
      assert.match(run.stderr, /^::error title=.* failed::WAIT_FOR_IMAGE_POLL_INTERVAL="soon" is not valid/m);
    }
  },
);

frame('--dry-run --json of every script is one envelope with a result', async (ctx) => {
  const e = env(ctx, { GITHUB_REGISTRY_PUSH_IMAGE_TAG: '777' });
  for (const [script, args] of [
    ['wait-for-all-ci-images', []],
    ['push-images', ['--promote', '776']],
  ] as const) {
    const run = await runScript(`scripts/ci/images/${script}.ts`, ['--dry-run', '--json', ...args], e.vars);
    assert.is(run.code, 0, `${script}: ${run.stderr}`);
    const doc = jsonEnvelope(run.stdout);
    assertEnvelope(doc);
    assert.ok(doc.result !== null, script);
  }
});

frame('--format env: `eval "$(… --format env)"` in a real bash sets GITHUB_REGISTRY, as sourcing the bash functions did', async (ctx) => {
  const e = env(ctx, { GITHUB_REGISTRY_PULL_IMAGE_TAG: '4242', CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8' });
  const client = new RegistryClient({ endpoints: new Map([['ghcr.io', ctx.registry.url]]) });
  await pushSampleImage(client, makeTestImage({ layers: 1 }), parseReference('ghcr.io/apache/airflow-master-python3.8-ci-v2:4242'));
  const script = 'scripts/ci/images/wait-for-all-ci-images.ts';
  const bash = `set -e; GITHUB_REGISTRY=docker.pkg.github.com; eval "$(node --import tsx ${script} --format env --timeout 20 --poll-interval 0.3)"; echo "now=$GITHUB_REGISTRY"`;
  const { stdout } = await execFileP('bash', ['-c', bash], {
    cwd: ROOT,
    env: { ...process.env, ...e.vars, GITHUB_OUTPUT: '' },
    timeout: 60_000,
  });
  assert.is(stdout.trim(), 'now=ghcr.io');
  // Only the NAME=value lines are on stdout; the report went to stderr.
  const direct = await runScript(script, ['--format', 'env', '--timeout', '20'], e.vars);
  assert.is(direct.code, 0, direct.stderr);
  assert.is(direct.stdout, 'GITHUB_REGISTRY=ghcr.io\n');
  assert.match(direct.stderr, /All 1 image\(s\) found in ghcr\.io/);
  // Gate closed ("not waiting"): the configured registry comes back, as the bash left it.
  const closed = await runScript('scripts/ci/images/wait-for-all-prod-images.ts', ['--format', 'env'], {
    ...e.vars,
    GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'false',
  });
  assert.is(closed.stdout, 'GITHUB_REGISTRY=docker.pkg.github.com\n');
  // A failed run prints nothing to eval, and --format with --json is refused.
  const bad = await runScript(script, ['--format', 'env'], { ...e.vars, WAIT_FOR_IMAGE_TIMEOUT: 'soon' });
  assert.is(bad.code, 2);
  assert.is(bad.stdout, '');
  const both = await runScript(script, ['--format', 'env', '--json'], e.vars);
  assert.is(both.code, 2);
  assert.match(both.stderr, /--json and --format env contradict each other/);
});

frame.run();
