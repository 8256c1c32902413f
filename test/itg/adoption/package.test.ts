/**
 * The package as a consumer gets it: `npm pack`, installed offline into a temp project (the bundles
 * need no dependency), its bins run with plain node from another directory, against a real registry.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { parseOutputFile } from '../../../lib/github/actions.ts';
import { ghcrCandidates, pushImages, ROOT, run } from './helpers.ts';
import { commandNames } from '../../../lib/action/commands.ts';

interface Ctx {
  dir: string;
  project: string;
  caller: string;
  bin: string;
  registry?: RegistryServer;
}

const pkg = suite<Ctx>('npm pack → install → ci-images bins');

pkg.before(async (ctx) => {
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-pack-'));
  ctx.project = join(ctx.dir, 'project');
  ctx.caller = join(ctx.dir, 'elsewhere');
  mkdirSync(ctx.project);
  mkdirSync(ctx.caller);
  ctx.registry = await startRegistry({ mode: 'open' });
});
pkg.after(async (ctx) => {
  await ctx.registry?.stop();
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
});

/** npm without the machine's cache: what installs here installs offline anywhere. */
const npmEnv = (ctx: Ctx) => ({
  PATH: process.env.PATH,
  HOME: ctx.dir,
  npm_config_cache: join(ctx.dir, 'npm-cache'),
  npm_config_update_notifier: 'false',
});

/** What a caller's job would set; HOME without docker credentials. */
function callerEnv(ctx: Ctx, extra: Record<string, string> = {}): Record<string, string | undefined> {
  return { PATH: process.env.PATH, HOME: ctx.dir, CI_IMAGES_ENV_FILE: '/dev/null', ...extra };
}

pkg('npm pack holds dist/, docs/, action.yml and README.md, and no TypeScript source', async (ctx) => {
  const packed = await run('npm', ['pack', '--json', '--pack-destination', ctx.dir], { cwd: ROOT, env: npmEnv(ctx) });
  assert.is(packed.code, 0, packed.stderr);
  const [info] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
  const paths = info.files.map((f) => f.path);
  // docs/ too: the README links to docs/credentials.md, docs/buildkit.md and the others.
  for (const path of ['action.yml', 'README.md', 'package.json', 'dist/action.mjs', 'dist/ci-images.mjs', 'docs/credentials.md'])
    assert.ok(paths.includes(path), `${path} packed`);
  assert.not.ok(
    paths.some((p) => p.endsWith('.ts')),
    `no .ts file packed: ${paths.filter((p) => p.endsWith('.ts'))}`,
  );
  writeFileSync(join(ctx.project, 'package.json'), '{ "name": "consumer", "version": "1.0.0", "private": true }\n');
  const installed = await run('npm', ['install', '--offline', '--no-save', '--no-audit', '--no-fund', join(ctx.dir, info.filename)], {
    cwd: ctx.project,
    env: npmEnv(ctx),
    timeoutMs: 120_000,
  });
  assert.is(installed.code, 0, installed.stdout + installed.stderr);
  ctx.bin = join(ctx.project, 'node_modules/.bin');
  assert.ok(existsSync(join(ctx.bin, 'ci-images')), 'ci-images bin linked');
  for (const name of Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: object }).bin)) {
    assert.ok(existsSync(join(ctx.bin, name)), `${name} bin linked`);
  }
  for (const name of ['ci-images-wait-ci', 'ci-images-pull', 'ci-images-merge-platforms'])
    assert.ok(existsSync(join(ctx.bin, name)), `${name} bin linked`);
  // Nothing else came with it: the bundles carry zx and dotenv.
  assert.not.ok(existsSync(join(ctx.project, 'node_modules/zx')), 'zx not installed');
  assert.not.ok(existsSync(join(ctx.project, 'node_modules/tsx')), 'tsx not installed');
});

pkg('ci-images --help lists every command; --version; unknown command exits 2', async (ctx) => {
  const help = await run(join(ctx.bin, 'ci-images'), ['--help'], { cwd: ctx.caller, env: callerEnv(ctx) });
  assert.is(help.code, 0, help.stderr);
  for (const command of commandNames()) assert.match(help.stdout, new RegExp(`^  ${command} `, 'm'));
  assert.ok(commandNames().includes('pull') && commandNames().includes('merge-platforms'));
  const version = await run(join(ctx.bin, 'ci-images'), ['--version'], { cwd: ctx.caller, env: callerEnv(ctx) });
  assert.is(version.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  const bad = await run(join(ctx.bin, 'ci-images'), ['build'], { cwd: ctx.caller, env: callerEnv(ctx) });
  assert.is(bad.code, 2);
  assert.match(bad.stderr, /unknown command "build": expected one of wait-ci/);
  // wait is a command (on plain references): without one it names what it needs.
  const noRef = await run(join(ctx.bin, 'ci-images-wait'), [], { cwd: ctx.caller, env: callerEnv(ctx) });
  assert.is(noRef.code, 2, noRef.stderr);
  assert.match(noRef.stderr, /^error: REF is required/m);
  const promoteHelp = await run(join(ctx.bin, 'ci-images-promote'), ['--help'], { cwd: ctx.caller, env: callerEnv(ctx) });
  assert.is(promoteHelp.code, 0, promoteHelp.stderr);
  assert.match(promoteHelp.stdout, /--promote FROM_TAG/);
  // The usage names what the user typed, not a source path absent from the package.
  assert.match(promoteHelp.stdout, /^Usage: ci-images push /);
  for (const [bin, args, usage] of [
    ['ci-images-pull', ['--help'], 'pull --run-id'],
    ['ci-images', ['merge-platforms', '--help'], 'merge-platforms'],
    ['ci-images-wait-ci', ['-h'], 'wait-ci'],
  ] as const) {
    const r = await run(join(ctx.bin, bin), [...args], { cwd: ctx.caller, env: callerEnv(ctx) });
    assert.is(r.code, 0, `${bin}: ${r.stderr}`);
    assert.ok(r.stdout.startsWith(`Usage: ci-images ${usage}`), `${bin} ${args.join(' ')}: ${r.stdout.split('\n')[0]}`);
    assert.not.match(r.stdout, /tsx scripts/);
  }
  const typo = await run(join(ctx.bin, 'ci-images'), ['wiat-ci'], { cwd: ctx.caller, env: callerEnv(ctx) });
  assert.is(typo.code, 2);
  assert.match(typo.stderr, /unknown command "wiat-ci": expected one of .*; did you mean wait-ci\? \(see ci-images --help\)/);
});

pkg("wait-ci --dry-run from another directory reads that directory's .env", async (ctx) => {
  writeFileSync(join(ctx.caller, '.env'), 'CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING=3.10 3.11\nGITHUB_REGISTRY_PULL_IMAGE_TAG=777\n');
  const env = callerEnv(ctx, { USE_GITHUB_REGISTRY: 'true', GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'true' });
  delete env.CI_IMAGES_ENV_FILE;
  for (const [bin, args] of [
    ['ci-images', ['wait-ci', '--dry-run']],
    ['ci-images-wait-ci', ['--dry-run']],
  ] as const) {
    const r = await run(join(ctx.bin, bin), args, { cwd: ctx.caller, env });
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout, /python3\.10-ci-v2:777/);
    assert.match(r.stdout, /python3\.11-ci-v2:777/);
  }
  rmSync(join(ctx.caller, '.env'));
});

pkg('wait-ci from another directory finds the images in the test registry: exit 0, githubRegistry=ghcr.io', async (ctx) => {
  const output = join(ctx.dir, 'github-output');
  writeFileSync(output, '');
  const env = callerEnv(ctx, {
    USE_GITHUB_REGISTRY: 'true',
    GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'true',
    GITHUB_REGISTRY_PULL_IMAGE_TAG: '4242',
    CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8 3.9',
    REGISTRY_ENDPOINTS: `ghcr.io=${ctx.registry!.url},docker.pkg.github.com=${ctx.registry!.url}`,
    GITHUB_OUTPUT: output,
  });
  const plan = await run(join(ctx.bin, 'ci-images'), ['wait-ci', '--dry-run', '--json'], { cwd: ctx.caller, env });
  assert.is(plan.code, 0, plan.stderr);
  const references = ghcrCandidates(plan.stdout);
  assert.is(references.length, 2);
  await pushImages(ctx.registry!, references);
  const r = await run(join(ctx.bin, 'ci-images'), ['wait-ci', '--timeout', '30', '--poll-interval', '1'], { cwd: ctx.caller, env });
  assert.is(r.code, 0, r.stdout + r.stderr);
  assert.is(parseOutputFile(readFileSync(output, 'utf8')).get('githubRegistry'), 'ghcr.io');
});

pkg('prepare --dry-run: the bundled zx runs docker from the installed package', async (ctx) => {
  const r = await run(join(ctx.bin, 'ci-images-prepare'), ['--dry-run', '--python', '3.9'], { cwd: ctx.caller, env: callerEnv(ctx) });
  assert.is(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /docker (buildx )?build .*-t apache\/airflow:master-python3\.9-ci \./);
});

pkg.run();
