/**
 * 5. Start-up: `wait-for-all-ci-images.ts --help` (arguments parsed, help printed, no network), as
 * CI runs it (node with the tsx loader) and through the tsx CLI, against processes measured in the
 * same run: `node -e 0` (the floor for any Node tool), the tsx loader on an empty file (what the
 * TypeScript loader alone costs), `skopeo --version` (a Go binary: the peer used for checks and
 * copies) and `bash -c true` (the original's interpreter; its wait script also sourced the ~1000
 * line init script and ran git, which is not measured here).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, ROOT, runOk, tempDir } from './common.ts';
import { fmtMs, fmtRatio, median, min, p90, type Table } from './stats.ts';
import type { Section } from './section.ts';
import { WAIT_SCRIPT } from './wait-harness.ts';

/** The wait script bundled to one ESM file with esbuild (tsx's own dependency); undefined if unavailable. */
async function bundleScript(outfile: string): Promise<string | undefined> {
  try {
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: [join(ROOT, WAIT_SCRIPT)], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'silent',
      // CommonJS dependencies (dotenv) call require(): give the ESM bundle one.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    });
    return outfile;
  } catch {
    return undefined;
  }
}

export const startup: Section = {
  name: 'startup',
  title: '5. Start-up: wait-for-all-ci-images.ts --help',
  async run({ quick, progress }) {
    const runs = quick ? 5 : 20;
    const empty = join(tempDir('startup'), 'empty.ts');
    writeFileSync(empty, 'export {};\n');
    const env = cleanEnv();
    const commands: [string, string, string[]][] = [
      ['ours: node --import tsx <script> --help', process.execPath, ['--import', 'tsx', join(ROOT, WAIT_SCRIPT), '--help']],
      ['ours: tsx <script> --help (tsx CLI)', join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, WAIT_SCRIPT), '--help']],
      ['node --import tsx <empty.ts>', process.execPath, ['--import', 'tsx', empty]],
      ['node -e 0', process.execPath, ['-e', '0']],
      ['skopeo --version', 'skopeo', ['--version']],
      ['bash -c true', 'bash', ['-c', 'true']],
    ];
    const bundle = await bundleScript(join(tempDir('bundle'), 'wait-for-all-ci-images.mjs'));
    if (bundle) commands.splice(2, 0, ['what a build step gives: node <esbuild bundle>.mjs --help', process.execPath, [bundle, '--help']]);
    const times = commands.map(() => [] as number[]);
    // One untimed round warms the page cache and tsx's transform cache, as on a runner's second step.
    for (const [, command, args] of commands) await runOk(command, args, { env });
    for (let i = 0; i < runs; i++) {
      progress(`startup: round ${i + 1}/${runs}`);
      for (const [j, [, command, args]] of commands.entries()) {
        const r = await runOk(command, args, { env });
        if (args.includes('--help') && !r.stdout.startsWith('Usage:')) throw new Error(`--help printed no usage:\n${r.stdout}${r.stderr}`);
        times[j].push(r.ms);
      }
    }
    const at = (prefix: string) => commands.findIndex(([name]) => name.startsWith(prefix));
    const nodeMs = median(times[at('node -e 0')]);
    const skopeoMs = median(times[at('skopeo')]);
    const table: Table = {
      title: this.title,
      headers: ['command', 'runs', 'median', 'p90', 'min', 'vs node -e 0', 'vs skopeo --version'],
      rows: commands.map(([name], j) => [
        name, String(times[j].length), fmtMs(median(times[j])), fmtMs(p90(times[j])), fmtMs(min(times[j])),
        fmtRatio(median(times[j]), nodeMs), fmtRatio(median(times[j]), skopeoMs),
      ]),
      notes: [
        'spawn -> exit, commands interleaved round by round, after one untimed warm-up round (tsx caches its transforms on disk).',
        `ours minus "node --import tsx <empty.ts>" = loading and transforming our modules: ${fmtMs(median(times[0]) - median(times[at('node --import tsx <empty')]))} median.`,
        bundle
          ? 'the bundle: esbuild (a dependency of tsx) --bundle --platform=node --format=esm, built once before timing; not how CI runs the script today.'
          : 'esbuild was not found (it comes with tsx): no bundle row.',
      ],
    };
    return [table];
  },
};
