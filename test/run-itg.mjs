// `npm run test:itg`: the integration suites in two shards at once (two uvu processes; most of
// their time is spent waiting on registries, dockerd and child scripts, so two overlap well on two
// cores). Each shard's output is printed whole when it ends, so uvu's "Total:"/"Passed:" lines stay
// intact for .ci/run to sum. Exit 1 when a shard fails. `npm run test:itg:serial` runs one process.
import { spawn } from 'node:child_process';

// The second shard is every other folder, so a new folder of suites can never be left out of CI.
const FIRST = '(commands|docker|verify|adoption|testing|scripts)/';
const SHARDS = [`^${FIRST}`, `^(?!${FIRST})`];
const started = Date.now();

const results = await Promise.all(
  SHARDS.map(
    (pattern) =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'node_modules/uvu/bin.js', 'test/itg', `${pattern}.*\\.test\\.ts$`], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        child.on('close', (code, signal) => {
          process.stdout.write(
            `${output}\n[test:itg] shard ${pattern} ended (${code ?? signal}) after ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
          );
          resolve(code === 0);
        });
      }),
  ),
);
process.exitCode = results.every(Boolean) ? 0 : 1;
