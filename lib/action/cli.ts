#!/usr/bin/env node
/**
 * The `ci-images` bin: `ci-images <command> [flags]` runs the recipe of scripts/ci/images in this
 * process; `ci-images-<command>` (the per-command bins, links to this file) does the same.
 */
import nodeModule from 'node:module';
import { basename } from 'node:path';
import { readFileSync } from 'node:fs';
import { COMMANDS, commandNames, runCommand } from './commands.ts';
import { closestName } from '../support/closest.ts';

// Node 22.1+ (GitHub runs actions on Node 24): V8's code cache on disk for the recipe chunks loaded
// next, so later starts skip compiling them. Node 20 has no such cache: nothing happens.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

declare const __CI_IMAGES_VERSION__: string | undefined;

function version(): string {
  if (typeof __CI_IMAGES_VERSION__ === 'string') return __CI_IMAGES_VERSION__;
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

function usage(): string {
  const width = Math.max(...commandNames().map((n) => n.length));
  return `Usage: ci-images <command> [flags]    (also: ci-images-<command> [flags])

Commands:
${commandNames()
  .map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n]!.summary}`)
  .join('\n')}

  ci-images <command> --help   the command's flags and variables
  ci-images --version

Configuration comes from the environment and a .env file in the working directory
(CI_IMAGES_ENV_FILE names another). Exit codes: 0 success, 1 failure or timeout, 2 bad input,
3 credentials refused.`;
}

const alias = /^ci-images-([a-z-]+?)(\.m?js)?$/.exec(basename(process.argv[1] ?? ''))?.[1];
const args = process.argv.slice(2);
const name = alias ?? args.shift();

if (alias === undefined && (name === undefined || name === '--help' || name === '-h' || name === 'help')) {
  (name === undefined ? process.stderr : process.stdout).write(usage() + '\n');
  process.exitCode = name === undefined ? 2 : 0;
} else if (alias === undefined && (name === '--version' || name === '-V')) {
  process.stdout.write(version() + '\n');
} else if (!name || !Object.hasOwn(COMMANDS, name)) {
  const closest = name ? closestName(name, commandNames()) : undefined;
  const hint = closest ? `; did you mean ${closest}?` : '';
  process.stderr.write(
    `error: unknown command ${JSON.stringify(name)}: expected one of ${commandNames().join(', ')}${hint} (see ci-images --help)\n`,
  );
  process.exitCode = 2;
} else {
  process.exitCode = await runCommand(name, args);
}
