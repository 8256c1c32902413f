/**
 * The commands of the `ci-images` package and of the GitHub Action: each one routes to a recipe in
 * scripts/ci/images (nothing is re-implemented here). A recipe runs when it is imported (top-level
 * await), reading `process.argv.slice(2)` and setting `process.exitCode`.
 *
 * The import() calls are literal so that esbuild bundles each recipe as its own chunk.
 */
import { OPTIONAL_COMMANDS } from './optional-commands.ts';
import { HELP_TEXTS } from './help-texts.ts';

export interface Command {
  /** The recipe, relative to the repository root (shown in --help and used as argv[1]). */
  readonly script: string;
  /** Flags placed before the caller's (promote/copy are push-images with a flag). */
  readonly fixedArgs?: readonly string[];
  readonly summary: string;
  readonly load: () => Promise<unknown>;
}

export const COMMANDS: Readonly<Record<string, Command>> = {
  'wait-ci': {
    script: 'scripts/ci/images/wait-for-all-ci-images.ts',
    summary: 'wait for the CI images of every python version; output githubRegistry',
    load: () => import('../../scripts/ci/images/wait-for-all-ci-images.ts'),
  },
  'wait-prod': {
    script: 'scripts/ci/images/wait-for-all-prod-images.ts',
    summary: 'wait for the PROD images of every python version; output githubRegistry',
    load: () => import('../../scripts/ci/images/wait-for-all-prod-images.ts'),
  },
  prepare: {
    script: 'scripts/ci/images/prepare-ci-image.ts',
    summary: 'pull (waiting mode) or build one image; output localImage',
    load: () => import('../../scripts/ci/images/prepare-ci-image.ts'),
  },
  push: {
    script: 'scripts/ci/images/push-images.ts',
    summary: 'tag and push the local image; outputs imageReference, imageDigest',
    load: () => import('../../scripts/ci/images/push-images.ts'),
  },
  promote: {
    script: 'scripts/ci/images/push-images.ts',
    fixedArgs: ['--promote'],
    summary: 'promote FROM_TAG: re-tag in the registry as the push tag, no docker (push-images --promote)',
    load: () => import('../../scripts/ci/images/push-images.ts'),
  },
  copy: {
    script: 'scripts/ci/images/push-images.ts',
    fixedArgs: ['--copy-to'],
    summary: 'copy HOST: copy the push-tag image to another registry, no docker (push-images --copy-to)',
    load: () => import('../../scripts/ci/images/push-images.ts'),
  },
  prune: {
    script: 'scripts/ci/images/prune-images.ts',
    summary: 'plan (default) or perform (--yes) retention of old run-id/sha tags',
    load: () => import('../../scripts/ci/images/prune-images.ts'),
  },
  pull: {
    script: 'scripts/ci/images/pull-image.ts',
    summary: 'pull --run-id N: a CI run\'s image from whichever GitHub registry holds it, tagged locally; output localImage',
    load: () => import('../../scripts/ci/images/pull-image.ts'),
  },
  'merge-platforms': {
    script: 'scripts/ci/images/merge-platforms.ts',
    summary: 'one multi-platform index from images pushed by digest on several runners (digests in args); outputs imageReference, imageDigest',
    load: () => import('../../scripts/ci/images/merge-platforms.ts'),
  },
  auth: {
    script: 'scripts/ci/images/auth.ts',
    summary: 'auth HOST [--check]: where the credentials for a registry host come from (source and user, never the secret)',
    load: () => import('../../scripts/ci/images/auth.ts'),
  },
  ...OPTIONAL_COMMANDS,
};

/** Commands the action reserves; present only when their recipe existed when dist/ was built. */
export const RESERVED_COMMANDS: Readonly<Record<string, string>> = {
  'verify-ci': 'scripts/ci/images/verify-ci-image.ts',
  'verify-prod': 'scripts/ci/images/verify-prod-image.ts',
};

export function commandNames(): string[] {
  return Object.keys(COMMANDS);
}

/**
 * Runs one command in this process: argv as the recipe expects it, then the import that runs it.
 * Returns the exit code the recipe set.
 */
export async function runCommand(name: string, args: readonly string[]): Promise<number> {
  const command = COMMANDS[name];
  if (!command) throw new Error(`unknown command ${name}`);
  // A bundle knows each command's help (printed at build time): no need to load the recipe for it.
  const known = HELP_TEXTS?.[name];
  if (known !== undefined && args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    process.stdout.write(known);
    return 0;
  }
  // `promote --help` is push-images' help, not `--promote --help`.
  const help = args.includes('--help') || args.includes('-h');
  process.argv = [process.argv[0] ?? process.execPath, command.script, ...(help ? [] : command.fixedArgs ?? []), ...args];
  await command.load();
  const code = process.exitCode;
  return typeof code === 'number' ? code : Number(code ?? 0) || 0;
}
