/**
 * Benchmarks (not part of `npm test`): `npm run bench [-- --only latency,copy] [-- --quick] [-- --out FILE]`.
 * Starts its own local registries (Debian's docker-registry), needs skopeo and curl, prints one
 * plain-text table per section with ratios against a peer measured in the same run.
 */
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { registryBinaryAvailable, INSTALL_HINT } from '../testing/local-registry.ts';
import { machineInfo } from './common.ts';
import { renderTable } from './stats.ts';
import type { Section } from './section.ts';
import { latency } from './latency.ts';
import { scaling } from './scaling.ts';
import { check } from './check.ts';
import { copy } from './copy.ts';
import { startup } from './startup.ts';

const SECTIONS: readonly Section[] = [latency, scaling, check, copy, startup];

const USAGE = `Usage: npm run bench [-- --only ${SECTIONS.map((s) => s.name).join(',')}] [-- --quick] [-- --out FILE]

  --only LIST   run only these sections (comma-separated): ${SECTIONS.map((s) => s.name).join(', ')}
  --quick       smoke run: fewer runs, small images (50 MB copy)
  --out FILE    also write the report to FILE
Needs: docker-registry (apt-get install docker-registry), skopeo, curl, openssl, htpasswd (apache2-utils).`;

// Signals end the process through exit(), so the exit hooks stop registries and remove temp dirs.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

function missingTools(): string[] {
  const missing: string[] = [];
  if (!registryBinaryAvailable()) missing.push(INSTALL_HINT);
  for (const [tool, args] of [['skopeo', ['--version']], ['curl', ['--version']], ['openssl', ['version']], ['htpasswd', ['-h']]] as const) {
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
    options: { only: { type: 'string' }, quick: { type: 'boolean', default: false }, out: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const wanted = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : SECTIONS.map((s) => s.name);
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
  let failed = 0;
  for (const section of SECTIONS.filter((s) => wanted.includes(s.name))) {
    const started = performance.now();
    process.stderr.write(`== ${section.title}\n`);
    try {
      const tables = await section.run({ quick: values.quick, progress });
      for (const table of tables) emit(renderTable(table));
      process.stderr.write(`   (${section.name}: ${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
    } catch (error) {
      failed++;
      emit(`${section.title}: FAILED: ${(error as Error).stack ?? error}\n`);
    }
  }
  if (values.out) writeFileSync(values.out, report.join('\n') + '\n');
  return failed ? 1 : 0;
}

process.exitCode = await main();
