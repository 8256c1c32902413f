/**
 * dist/action.mjs as the runner starts it: `node dist/action.mjs` with the INPUT_* variables (input
 * name upper-cased, hyphens kept), GITHUB_ACTIONS, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { parseOutputFile } from '../../../lib/github/actions.ts';
import { ghcrCandidates, pushImages, ROOT, run } from './helpers.ts';

interface Ctx {
  dir: string;
  registry?: RegistryServer;
}

const action = suite<Ctx>('node dist/action.mjs with the inputs a runner sets');
action.before(async (ctx) => {
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-action-'));
  ctx.registry = await startRegistry({ mode: 'open' });
});
action.after(async (ctx) => {
  await ctx.registry?.stop();
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
});

const TOKEN = 'ghs_FAKEactionInputToken91x';
let step = 0;

/** A step: the runner's variables, the inputs as `INPUT_<NAME>`, fresh output and summary files. */
function stepEnv(ctx: Ctx, inputs: Record<string, string>) {
  step++;
  const output = join(ctx.dir, `output-${step}`);
  const summary = join(ctx.dir, `summary-${step}`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: ctx.dir,
    CI_IMAGES_ENV_FILE: '/dev/null',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_REPOSITORY: 'apache/airflow',
    GITHUB_ACTOR: 'ci-bot',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return { env, output, summary };
}

const runAction = (ctx: Ctx, env: Record<string, string | undefined>) =>
  run(process.execPath, [join(ROOT, 'dist/action.mjs')], { cwd: ctx.dir, env });

const waitInputs = (ctx: Ctx, tag: string) => ({
  command: 'wait-ci',
  'use-github-registry': 'true',
  'wait-for-image': 'true',
  'pull-tag': tag,
  'python-versions': '3.8 3.9',
  'registry-endpoints': `ghcr.io=${ctx.registry!.url},docker.pkg.github.com=${ctx.registry!.url}`,
  'poll-interval': '1',
  'github-token': TOKEN,
  // What the runner sets for an input left at its default "false"/empty.
  yes: 'false',
  python: '',
});

action('wait-ci: images present → exit 0, githubRegistry in $GITHUB_OUTPUT, summary table, token masked first', async (ctx) => {
  const plan = stepEnv(ctx, { ...waitInputs(ctx, '5151'), args: '--dry-run --json' });
  const planned = await runAction(ctx, plan.env);
  assert.is(planned.code, 0, planned.stderr);
  await pushImages(ctx.registry!, ghcrCandidates(planned.stdout));

  const { env, output, summary } = stepEnv(ctx, { ...waitInputs(ctx, '5151'), timeout: '30' });
  const r = await runAction(ctx, env);
  assert.is(r.code, 0, r.stdout + r.stderr);
  assert.is(parseOutputFile(readFileSync(output, 'utf8')).get('githubRegistry'), 'ghcr.io');
  const table = readFileSync(summary, 'utf8');
  assert.match(table, /\|/);
  assert.match(table, /3\.8/);
  assert.match(table, /3\.9/);
  const all = r.stdout + r.stderr;
  assert.ok(all.includes(`::add-mask::${TOKEN}`), 'the input token is masked');
  assert.is(all.split(TOKEN).length - 1, all.split(`::add-mask::${TOKEN}`).length - 1, 'the token appears only in mask commands');
  const firstMask = Math.min(...[r.stdout, r.stderr].map((s) => (s.includes('::add-mask::') ? 0 : Infinity)));
  assert.is(firstMask, 0);
  assert.ok(r.stderr.startsWith('::add-mask::'), 'the mask comes before anything else on stderr');
});

action('wait-ci: an image never pushed with timeout 2 → exit 1, the error line and an ::error:: annotation', async (ctx) => {
  const { env, output } = stepEnv(ctx, { ...waitInputs(ctx, 'never-pushed-1'), timeout: '2' });
  const started = Date.now();
  const r = await runAction(ctx, env);
  assert.is(r.code, 1, r.stdout + r.stderr);
  assert.ok(Date.now() - started < 20_000, 'the deadline holds');
  const errorLine = /^error: (.+)$/m.exec(r.stderr)?.[1];
  assert.ok(errorLine, `one error line on stderr:\n${r.stderr}`);
  assert.match(errorLine!, /never-pushed-1/);
  assert.match(r.stdout, /^::error title=wait-for-all-ci-images failed::timed out/m);
  assert.not.ok(parseOutputFile(readFileSync(output, 'utf8')).has('githubRegistry'));
});

action('bad inputs exit 2 with one line naming the input', async (ctx) => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ command: '' }, /input command is required: one of wait-ci, wait-prod, prepare, push, promote, copy, prune/],
    [{ command: 'build' }, /input command="build" is not valid/],
    [{ command: 'push', images: 'alpine' }, /input images does not apply to command push \(only to copy, wait, tag, digest, ls\)/],
    [{ command: 'copy', images: 'alpine\nquay.io/a/b', 'copy-to': 'ghcr.io' }, /inputs copy-to and images contradict each other/],
    [{ command: 'wiat-ci' }, /input command="wiat-ci" is not valid: expected one of .*; did you mean wait-ci\?/],
    [{ command: 'push', 'run-id': '1' }, /input run-id does not apply to command push \(only to pull\)/],
    [{ command: 'wait-ci', python: '3.8' }, /input python does not apply to command wait-ci/],
    [{ command: 'promote' }, /input from-tag is required with command promote/],
    [{ command: 'prune', 'copy-to': 'ghcr.io' }, /input copy-to applies only to command copy, not prune/],
    [{ command: 'prune', yes: 'yes' }, /input yes="yes" is not valid: expected true or false/],
  ];
  for (const [inputs, message] of cases) {
    const r = await runAction(ctx, stepEnv(ctx, inputs).env);
    assert.is(r.code, 2, `${JSON.stringify(inputs)}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.match(r.stdout, /^::error title=ci-images::/m);
  }
  // A recipe's own validation keeps its exit code and message.
  const r = await runAction(
    ctx,
    stepEnv(ctx, { command: 'wait-ci', timeout: 'soon', 'use-github-registry': 'true', 'wait-for-image': 'true', 'python-versions': '3.8' })
      .env,
  );
  assert.is(r.code, 2, r.stderr);
  assert.match(r.stderr, /--timeout/);
});

action('timeout reaches the deadline of push, pull, prune; run-id reaches pull', async (ctx) => {
  for (const command of ['push', 'pull', 'prune', 'merge-platforms']) {
    const r = await runAction(ctx, stepEnv(ctx, { command, timeout: 'soon', 'run-id': command === 'pull' ? '1' : '' }).env);
    assert.is(r.code, 2, `${command}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, /--timeout/, command);
  }
  const { env } = stepEnv(ctx, { command: 'pull', 'run-id': '31337', timeout: '60', python: '3.9', args: '--dry-run' });
  const pull = await runAction(ctx, env);
  assert.is(pull.code, 0, pull.stdout + pull.stderr);
  assert.match(pull.stdout, /\[dry-run\] docker pull \S+master-python3\.9-ci-v2:31337$/m);
  const missing = await runAction(ctx, stepEnv(ctx, { command: 'pull', args: '--dry-run' }).env);
  assert.is(missing.code, 2, missing.stderr);
  assert.match(missing.stderr, /--run-id is required/);
});

action('prune routes to prune-images; promote re-tags the run-id image as latest: imageReference, imageDigest', async (ctx) => {
  const prune = await runAction(ctx, stepEnv(ctx, { command: 'prune', keep: 'x', 'python-versions': '3.8' }).env);
  assert.is(prune.code, 2, prune.stderr);
  assert.match(prune.stderr, /--keep/);
  // The images of run 5151 were pushed by the first test.
  const { env, output } = stepEnv(ctx, {
    command: 'promote',
    'from-tag': '5151',
    'push-tag': 'latest',
    python: '3.8',
    image: 'ci',
    'use-github-registry': 'true',
    registry: 'ghcr.io',
    'registry-endpoints': `ghcr.io=${ctx.registry!.url}`,
  });
  const promote = await runAction(ctx, env);
  assert.is(promote.code, 0, promote.stdout + promote.stderr);
  const outputs = parseOutputFile(readFileSync(output, 'utf8'));
  assert.match(outputs.get('imageReference') ?? '', /^ghcr\.io\/apache\/airflow-master-python3\.8-ci-v2:latest$/);
  assert.match(outputs.get('imageDigest') ?? '', /^sha256:[0-9a-f]{64}$/);
});

action.run();
