/**
 * 5. Start-up: our entries as they are shipped, built fresh into a temp dir (scripts/build.ts):
 * the package's bin (`node <tmp>/dist/ci-images.mjs wait-ci --help`), the GitHub Action's entry
 * (`node <tmp>/dist/action.mjs`, inputs in INPUT_*: INPUT_COMMAND=wait-ci, INPUT_ARGS=--help, which
 * loads the wait-ci chunk, prints its usage and exits 0 without network), the bin running the
 * whole command up to its first decision (`wait-ci` with USE_GITHUB_REGISTRY=false: "Not waiting",
 * exit 0, every module of the command loaded), and the tsx forms (`npx tsx`, `node_modules/.bin/tsx`,
 * `node --import tsx` on the script, and on an empty file: the loader alone); against processes
 * measured in the same run: `node -e 0` (the floor for any Node tool), `skopeo --version` (a Go
 * binary: the peer of the checks and copies) and `bash -c true` (the original's interpreter).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, ourBuild, ROOT, runOk, tempDir } from './common.ts';
import { fmtMedianCI, fmtMs, fmtRatioCI, max, median, medianCI, min, p10, p90, ratioCI, verdict, type Table } from './stats.ts';
import type { Section } from './section.ts';
import { WAIT_SCRIPT } from './wait-harness.ts';

export const STARTUP_TARGET_MS = 80;

interface Command {
  readonly key: string;
  readonly name: string;
  readonly command: string;
  readonly args: string[];
  readonly env?: NodeJS.ProcessEnv;
  /** What its output must show (a failed command must not pass for a fast one). */
  readonly expect?: RegExp;
}

export const startup: Section = {
  name: 'startup',
  title: '5. Start-up (spawn -> exit, no network)',
  async run({ quick, progress, summary }) {
    const runs = quick ? 3 : 30;
    const build = await ourBuild();
    const empty = join(tempDir('startup'), 'empty.ts');
    writeFileSync(empty, 'export {};\n');
    const script = join(ROOT, WAIT_SCRIPT);
    const usage = /^Usage:/;
    const commands: Command[] = [
      {
        key: 'bin',
        name: 'ours, bin: node <tmp>/dist/ci-images.mjs wait-ci --help',
        command: process.execPath,
        args: [build.bin, 'wait-ci', '--help'],
        expect: usage,
      },
      {
        key: 'action',
        name: 'ours, action: node <tmp>/dist/action.mjs (INPUT_COMMAND=wait-ci, INPUT_ARGS=--help)',
        command: process.execPath,
        args: [build.action],
        env: cleanEnv({ INPUT_COMMAND: 'wait-ci', INPUT_ARGS: '--help' }),
        expect: usage,
      },
      {
        key: 'notWaiting',
        name: 'ours, bin: node <tmp>/dist/ci-images.mjs wait-ci (USE_GITHUB_REGISTRY=false: "Not waiting")',
        command: process.execPath,
        args: [build.bin, 'wait-ci'],
        env: cleanEnv({
          USE_GITHUB_REGISTRY: 'false',
          GITHUB_REPOSITORY: 'apache/airflow',
          CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8',
        }),
        expect: /Not waiting/,
      },
      { key: 'npx', name: 'ours, tsx: npx tsx <script> --help', command: 'npx', args: ['tsx', script, '--help'], expect: usage },
      {
        key: 'tsxBin',
        name: 'ours, tsx: node_modules/.bin/tsx <script> --help',
        command: join(ROOT, 'node_modules/.bin/tsx'),
        args: [script, '--help'],
        expect: usage,
      },
      {
        key: 'importTsx',
        name: 'ours, tsx: node --import tsx <script> --help',
        command: process.execPath,
        args: ['--import', 'tsx', script, '--help'],
        expect: usage,
      },
      {
        key: 'tsxEmpty',
        name: 'node --import tsx <empty.ts> (the loader alone)',
        command: process.execPath,
        args: ['--import', 'tsx', empty],
      },
      { key: 'node', name: 'node -e 0', command: process.execPath, args: ['-e', '0'] },
      { key: 'skopeo', name: 'skopeo --version', command: 'skopeo', args: ['--version'] },
      { key: 'bash', name: 'bash -c true', command: 'bash', args: ['-c', 'true'] },
    ];
    const env = cleanEnv();
    const once = async (c: Command) => {
      const r = await runOk(c.command, c.args, { env: c.env ?? env });
      if (c.expect && !c.expect.test(r.stdout + r.stderr))
        throw new Error(`${c.name}: expected ${c.expect} in its output:\n${r.stdout}${r.stderr}`);
      return r.ms;
    };
    const times = new Map(commands.map((c) => [c.key, [] as number[]]));
    // One untimed round warms the page cache and tsx's transform cache, as on a runner's second step.
    for (const c of commands) await once(c);
    for (let i = 0; i < runs; i++) {
      progress(`startup: round ${i + 1}/${runs}`);
      for (const c of commands) times.get(c.key)!.push(await once(c));
    }
    const t = (key: string) => times.get(key)!;
    const table: Table = {
      title: this.title,
      headers: ['command', 'runs', 'median [95% CI]', 'p10', 'p90', 'min', 'max', 'vs node -e 0 [bootstrap 95% CI]', 'vs skopeo --version'],
      rows: commands.map((c) => [
        c.name,
        String(t(c.key).length),
        fmtMedianCI(t(c.key)),
        fmtMs(p10(t(c.key))),
        fmtMs(p90(t(c.key))),
        fmtMs(min(t(c.key))),
        fmtMs(max(t(c.key))),
        c.key === 'node' ? '1.00x' : fmtRatioCI(ratioCI(t(c.key), t('node'))),
        fmtRatioCI(ratioCI(t(c.key), t('skopeo'))),
      ]),
      notes: [
        'spawn -> exit, commands interleaved round by round, after one untimed warm-up round (tsx caches its transforms on disk).',
        `<tmp>/dist: built fresh from this checkout at bench start (scripts/build.ts --outdir); <script> = ${WAIT_SCRIPT}.`,
        `the action's entry runs with INPUT_COMMAND=wait-ci and INPUT_ARGS=--help: the cheap path that still maps the inputs, loads the wait-ci chunk and prints its usage (exit 0).`,
        `"Not waiting": wait-ci with USE_GITHUB_REGISTRY=false reads its configuration, loads every module of the command and exits 0 before any network.`,
        `what tsx costs on top of the bin: npx tsx ${fmtMs(median(t('npx')) - median(t('bin')))}, node_modules/.bin/tsx ${fmtMs(median(t('tsxBin')) - median(t('bin')))}, ` +
          `node --import tsx ${fmtMs(median(t('importTsx')) - median(t('bin')))} (medians); the tsx loader alone (empty file) is ${fmtMs(median(t('tsxEmpty')) - median(t('node')))} over node -e 0.`,
      ],
    };
    const nodeMs = median(t('node'));
    const floorNote =
      nodeMs > STARTUP_TARGET_MS
        ? `; node -e 0 alone is ${fmtMs(nodeMs)}, above the target: no Node program can meet it on this machine`
        : `; node -e 0 alone: ${fmtMs(nodeMs)}`;
    for (const [key, what] of [
      ['bin', 'bin: node dist/ci-images.mjs wait-ci --help'],
      ['action', 'action: node dist/action.mjs (wait-ci --help)'],
    ] as const) {
      summary({
        metric: `start-up, ${what}`,
        target: `<= ${STARTUP_TARGET_MS} ms`,
        measured: `${fmtMedianCI(t(key))}; p10 ${fmtMs(p10(t(key)))}, p90 ${fmtMs(p90(t(key)))}`,
        verdict: verdict(median(t(key)), medianCI(t(key)), STARTUP_TARGET_MS, '<='),
        note:
          `${fmtRatioCI(ratioCI(t(key), t('node')))} node -e 0${floorNote}; ours on top of node -e 0: ${fmtMs(median(t(key)) - nodeMs)}` +
          (key === 'bin' ? `; wait-ci "Not waiting" (all modules): ${fmtMs(median(t('notWaiting')))}` : ''),
      });
    }
    summary({
      metric: 'start-up, tsx forms of the script (--help)',
      target: 'measured and documented',
      measured: `npx tsx ${fmtMs(median(t('npx')))}; .bin/tsx ${fmtMs(median(t('tsxBin')))}; node --import tsx ${fmtMs(median(t('importTsx')))}`,
      verdict: 'measured',
      note: `cost over the bin: +${fmtMs(median(t('npx')) - median(t('bin')))} / +${fmtMs(median(t('tsxBin')) - median(t('bin')))} / +${fmtMs(median(t('importTsx')) - median(t('bin')))}`,
    });
    return [table];
  },
};
