/**
 * dist/ is committed (the action runs it; the bins are it): it must be what `npm run build` makes
 * of the sources now. Rebuilds into a temp dir and compares every file byte for byte.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildDist } from '../../../scripts/build.ts';
import { ROOT, run } from './helpers.ts';

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), base) : [relative(base, join(dir, e.name))]))
    .sort();
}

const dist = suite<{ dir: string }>('dist/ is up to date');
dist.before((ctx) => {
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-dist-'));
});
dist.after((ctx) => {
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
});

dist('a fresh build equals the committed dist/ (run `npm run build` and commit dist/ if not)', async (ctx) => {
  const fresh = join(ctx.dir, 'dist');
  await buildDist(fresh);
  const committed = join(ROOT, 'dist');
  const freshFiles = listFiles(fresh);
  assert.equal(listFiles(committed), freshFiles, 'the same files (npm run build, then commit dist/)');
  const stale = freshFiles.filter((f) => !readFileSync(join(fresh, f)).equals(readFileSync(join(committed, f))));
  assert.equal(stale, [], `stale files in dist/: npm run build, then commit dist/`);
});

dist('the build is deterministic: two builds are byte-identical', async (ctx) => {
  const a = join(ctx.dir, 'a');
  const b = join(ctx.dir, 'b');
  await buildDist(a);
  await buildDist(b);
  const files = listFiles(a);
  assert.equal(listFiles(b), files);
  for (const f of files) assert.ok(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f);
});

dist("`ci-images <command> --help` prints the recipe's own help without loading the recipe", async (ctx) => {
  // A copy of dist/ without the recipes' chunks: --help must still answer, word for word as the
  // recipe itself prints it when run from source.
  const copy = join(ctx.dir, 'help-only');
  cpSync(join(ROOT, 'dist'), copy, { recursive: true });
  const recipes = readdirSync(join(copy, 'chunks')).filter((f) => /^(wait-for|prepare|push|prune|pull|merge|verify)-/.test(f));
  assert.ok(recipes.length >= 7, recipes.join(' '));
  for (const f of recipes) rmSync(join(copy, 'chunks', f));
  const env = { PATH: process.env.PATH, HOME: ctx.dir, CI_IMAGES_ENV_FILE: '/dev/null' };
  for (const name of ['wait-ci', 'wait-prod', 'prepare', 'push', 'promote', 'copy', 'prune', 'pull', 'merge-platforms']) {
    const bundled = await run(process.execPath, [join(copy, 'ci-images.mjs'), name, '--help'], { cwd: ctx.dir, env });
    const source = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'lib/action/cli.ts'), name, '--help'], { cwd: ROOT, env });
    assert.is(bundled.code, 0, `${name}: ${bundled.stderr}`);
    assert.is(source.code, 0, `${name} (source): ${source.stderr}`);
    assert.ok(bundled.stdout.includes('Variables'), name);
    assert.is(bundled.stdout, source.stdout, `${name} --help differs from the recipe's`);
  }
  // Anything else still needs the recipe: without it the command fails.
  const real = await run(process.execPath, [join(copy, 'ci-images.mjs'), 'wait-ci', '--dry-run'], { cwd: ctx.dir, env });
  assert.is.not(real.code, 0);
});

dist('the bundles import nothing outside node: and dist/', () => {
  const committed = join(ROOT, 'dist');
  for (const f of listFiles(committed).filter((f) => f.endsWith('.mjs'))) {
    const text = readFileSync(join(committed, f), 'utf8');
    for (const m of text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
      const spec = m[1] ?? m[2]!;
      assert.ok(
        spec.startsWith('node:') || spec.startsWith('./') || spec.startsWith('../') || builtinModules.includes(spec),
        `${f} imports ${spec}`,
      );
    }
  }
});

dist.run();
