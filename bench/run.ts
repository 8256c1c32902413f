/**
 * Benchmarks (not part of `npm test`): `npm run bench [-- --only latency,copy] [-- --quick] [-- --tsx] [-- --out FILE]`.
 * Starts its own local registries (Debian's docker-registry), needs skopeo and curl, prints one
 * plain-text table per section with ratios against a peer measured in the same run, then a summary
 * of the targets. Our code runs as bundles built fresh at start (scripts/build.ts into a temp dir,
 * the bench children with the same esbuild options), with plain `node`.
 */
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { registryBinaryAvailable, INSTALL_HINT } from '../testing/local-registry.ts';
import { benchMode, machineInfo, ourBuild } from './common.ts';
import { fmtMs, renderTable, type SummaryRow } from './stats.ts';
import type { Section } from './section.ts';
import { latency } from './latency.ts';
import { requests } from './requests.ts';
import { scaling } from './scaling.ts';
import { check } from './check.ts';
import { copy } from './copy.ts';
import { startup } from './startup.ts';
import { producer } from './producer.ts';

const SECTIONS: readonly Section[] = [latency, requests, scaling, check, copy, startup, producer];

const USAGE = `Usage: npm run bench [-- --only ${SECTIONS.map((s) => s.name).join(',')}] [-- --quick] [-- --tsx] [-- --out FILE]

  --only LIST   run only these sections (comma-separated): ${SECTIONS.map((s) => s.name).join(', ')}
  --quick       smoke run (about 3 minutes): few runs, small images (1 MB and 20 MB copies); too few runs to quote
  --tsx         run our wait script and the copy/check children through tsx (node --import tsx) instead of
                the bundles, to show what the TypeScript loader costs (the start-up section always has tsx rows)
  --out FILE    also write the report to FILE
Sections: latency (push -> detected, 30 + 30 trials), requests (requests per round while waiting),
scaling (N = 1..50 images), check (one existence check vs skopeo), copy (1 MB .. 1 GB vs skopeo,
peak RSS, memory breakdown), startup (entries, tsx forms, node -e 0, skopeo --version),
producer (time to fail after a failed producer run, API requests of a wait on the GitHub API stub).
At start dist/ is built fresh into a temp dir (node --import tsx scripts/build.ts --outdir <tmp>/dist)
and bench/copy-child.ts, bench/check-child.ts are bundled with esbuild; they run with plain node.
The full run takes about 20 minutes on 2 CPUs (19 min measured on a busy 2-CPU machine) and needs about 5 GB free in the temp dir.
Needs: docker-registry (apt-get install docker-registry), skopeo, curl, openssl, htpasswd (apache2-utils),
GNU time (/usr/bin/time) for peak RSS.`;

// Signals end the process through exit(), so the exit hooks stop registries and remove temp dirs.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

function missingTools(): string[] {
  const missing: string[] = [];
  if (!registryBinaryAvailable()) missing.push(INSTALL_HINT);
  for (const [tool, args] of [
    ['skopeo', ['--version']],
    ['curl', ['--version']],
    ['openssl', ['version']],
    ['htpasswd', ['-h']],
  ] as const) {
    try {
      execFileSync(tool, [...args], { stdio: 'ignore' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') missing.push(`${tool} is not installed`);
    }
  }
  return missing;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      only: { type: 'string' },
      quick: { type: 'boolean', default: false },
      tsx: { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const wanted = values.only
    ? values.only
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : SECTIONS.map((s) => s.name);
  const unknown = wanted.filter((name) => !SECTIONS.some((s) => s.name === name));
  if (unknown.length) {
    process.stderr.write(`unknown section(s): ${unknown.join(', ')}\n${USAGE}\n`);
    return 2;
  }
  const missing = missingTools();
  if (missing.length) {
    process.stderr.write(missing.map((m) => `bench: ${m}`).join('\n') + '\n');
    return 2;
  }
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const report: string[] = [];
  const emit = (text: string) => {
    process.stdout.write(text + '\n');
    report.push(text);
  };
  emit(`ci-images benchmarks${values.quick ? ' (quick: smoke run, too few runs to quote)' : ''}`);
  emit(`command:   ${command}`);
  for (const line of machineInfo()) emit(line);
  emit('');
  const progress = (line: string) => process.stderr.write(`  .. ${line}\n`);
  benchMode.tsx = values.tsx;
  process.stderr.write('== building dist/ and the bench children into a temp dir\n');
  const build = await ourBuild();
  emit(
    `our code:  ${values.tsx ? 'through tsx (--tsx): node --import tsx <script>; ' : ''}dist/ built fresh by scripts/build.ts into a temp dir in ${fmtMs(build.ms)}, bench children bundled with esbuild; run with plain node`,
  );
  emit('');
  const summaryRows: SummaryRow[] = [];
  const summary = (row: SummaryRow) => summaryRows.push(row);
  let failed = 0;
  for (const section of SECTIONS.filter((s) => wanted.includes(s.name))) {
    const started = performance.now();
    process.stderr.write(`== ${section.title}\n`);
    try {
      const tables = await section.run({ quick: values.quick, progress, summary });
      for (const table of tables) emit(renderTable(table));
      process.stderr.write(`   (${section.name}: ${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
    } catch (error) {
      failed++;
      emit(`${section.title}: FAILED: ${(error as Error).stack ?? error}\n`);
    }
  }
  if (summaryRows.length) {
    emit(
      renderTable({
        title: `Summary: targets${values.quick ? ' (quick run: too few runs to quote)' : ''}`,
        headers: ['metric', 'target', 'measured', 'verdict', 'note / limit'],
        align: 'left',
        rows: summaryRows.map((r) => [r.metric, r.target, r.measured, r.verdict, r.note ?? '']),
        notes: [
          'met = the point estimate meets the target; "(whole CI)" when the far end of its 95 % interval does too, "(point; CI far end not)" when only the point does.',
          'intervals: medians with distribution-free order-statistic intervals; ratios of medians with a percentile bootstrap (2000 resamples, fixed seed).',
        ],
      }),
    );
  }
  if (values.out) writeFileSync(values.out, report.join('\n') + '\n');
  return failed ? 1 : 0;
}

process.exitCode = await main();
