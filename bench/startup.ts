/**
 * 5. Start-up: `wait-for-all-ci-images.ts --help` (arguments parsed, help printed, no network), as
 * CI runs it (node with the tsx loader), through the tsx CLI, as the GitHub Action's committed entry
 * (`node dist/action.mjs`, inputs in INPUT_*) and as the package's bin (`node dist/ci-images.mjs
 * wait-ci --help`), against processes measured in the
 * same run: `node -e 0` (the floor for any Node tool), the tsx loader on an empty file (what the
 * TypeScript loader alone costs), `skopeo --version` (a Go binary: the peer used for checks and
 * copies) and `bash -c true` (the original's interpreter; its wait script also sourced the ~1000
 * line init script and ran git, which is not measured here).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, ROOT, runOk, tempDir } from './common.ts';
import { fmtMs, fmtRatio, max, median, min, p90, type Table } from './stats.ts';
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
    const runs = quick ? 5 : 30;
    const empty = join(tempDir('startup'), 'empty.ts');
    writeFileSync(empty, 'export {};\n');
    const env = cleanEnv();
    // The action's entry as the runner starts it: `node dist/action.mjs`, inputs in INPUT_* variables.
    const actionEnv = cleanEnv({ INPUT_COMMAND: 'wait-ci', INPUT_ARGS: '--help' });
    const commands: [string, string, string[], NodeJS.ProcessEnv?][] = [
      ['ours: node --import tsx <script> --help', process.execPath, ['--import', 'tsx', join(ROOT, WAIT_SCRIPT), '--help']],
      ['ours: tsx <script> --help (tsx CLI)', join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, WAIT_SCRIPT), '--help']],
      ['ours, action: node dist/action.mjs (INPUT_COMMAND=wait-ci, INPUT_ARGS=--help)', process.execPath, [join(ROOT, 'dist/action.mjs')], actionEnv],
      ['ours, package bin: node dist/ci-images.mjs wait-ci --help', process.execPath, [join(ROOT, 'dist/ci-images.mjs'), 'wait-ci', '--help']],
      ['node --import tsx <empty.ts>', process.execPath, ['--import', 'tsx', empty]],
      ['node -e 0', process.execPath, ['-e', '0']],
      ['skopeo --version', 'skopeo', ['--version']],
      ['bash -c true', 'bash', ['-c', 'true']],
    ];
    const bundle = await bundleScript(join(tempDir('bundle'), 'wait-for-all-ci-images.mjs'));
    if (bundle) commands.splice(4, 0, ['one-file esbuild bundle of the script alone: node <bundle>.mjs --help', process.execPath, [bundle, '--help']]);
    const times = commands.map(() => [] as number[]);
    // One untimed round warms the page cache and tsx's transform cache, as on a runner's second step.
    for (const [, command, args, own] of commands) await runOk(command, args, { env: own ?? env });
    for (let i = 0; i < runs; i++) {
      progress(`startup: round ${i + 1}/${runs}`);
      for (const [j, [, command, args, own]] of commands.entries()) {
        const r = await runOk(command, args, { env: own ?? env });
        if ((args.includes('--help') || own === actionEnv) && !r.stdout.startsWith('Usage:')) throw new Error(`--help printed no usage:\n${r.stdout}${r.stderr}`);
        times[j].push(r.ms);
      }
    }
    const at = (prefix: string) => commands.findIndex(([name]) => name.startsWith(prefix));
    const nodeMs = median(times[at('node -e 0')]);
    const skopeoMs = median(times[at('skopeo')]);
    const table: Table = {
      title: this.title,
      headers: ['command', 'runs', 'median', 'p90', 'min', 'max', 'vs node -e 0', 'vs skopeo --version'],
      rows: commands.map(([name], j) => [
        name, String(times[j].length), fmtMs(median(times[j])), fmtMs(p90(times[j])), fmtMs(min(times[j])), fmtMs(max(times[j])),
        fmtRatio(median(times[j]), nodeMs), fmtRatio(median(times[j]), skopeoMs),
      ]),
      notes: [
        'spawn -> exit, commands interleaved round by round, after one untimed warm-up round (tsx caches its transforms on disk).',
        `ours minus "node --import tsx <empty.ts>" = loading and transforming our modules: ${fmtMs(median(times[0]) - median(times[at('node --import tsx <empty')]))} median.`,
        `the action's entry (dist/, committed, what runs.main starts) against the tsx CLI: ${fmtRatio(median(times[at('ours, action')]), median(times[at('ours: tsx')]))} (median ${fmtMs(median(times[at('ours, action')]))} vs ${fmtMs(median(times[at('ours: tsx')]))}); the package bin: ${fmtMs(median(times[at('ours, package bin')]))}.`,
        'dist/ loads only the chunks of the command it runs (esbuild code splitting); the one-file bundle holds every module of the one script.',
        bundle
          ? 'the one-file bundle: esbuild (a dependency of tsx) --bundle --platform=node --format=esm, built once before timing; not how CI runs the script today.'
          : 'esbuild was not found (it comes with tsx): no bundle row.',
      ],
    };
    return [table];
  },
};
