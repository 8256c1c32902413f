/**
 * The commands of the `ci-images` package and of the GitHub Action: each one routes to a recipe in
 * scripts/ci/images (nothing is re-implemented here). A recipe runs when it is imported (top-level
 * await), reading `process.argv.slice(2)` and setting `process.exitCode`.
 *
 * The one list of commands: `ci-images --help` reads it; `npm run build` (scripts/build.ts) writes
 * from it the `bin` entries of package.json and the command list of action.yml, and
 * test/unit/action/manifests.test.ts fails when those drift. A new command is one entry here.
 *
 * The import() calls are literal so that esbuild bundles each recipe as its own chunk.
 */
import { CANDIDATES, OPTIONAL_COMMANDS } from './optional-commands.ts';
import { HELP_TEXTS } from './help-texts.ts';
import type { CommandInputs } from './inputs.ts';
import type { DeclaredCommand } from './manifests.ts';
import { setInvokedAs } from '../cli/invocation.ts';

export interface Command extends CommandInputs {
  /** The recipe, relative to the repository root (used as argv[1]). */
  readonly script: string;
  /** Flags placed before the caller's (promote/copy are push-images with a flag). */
  readonly fixedArgs?: readonly string[];
  /** One line for `ci-images --help` and action.yml. */
  readonly summary: string;
  readonly load: () => Promise<unknown>;
}

export const COMMANDS: Readonly<Record<string, Command>> = {
  'wait-ci': {
    script: 'scripts/ci/images/wait-for-all-ci-images.ts',
    summary: 'wait for the CI images of every python version; output githubRegistry',
    inputs: ['timeout', 'poll-interval', 'producer'],
    load: () => import('../../scripts/ci/images/wait-for-all-ci-images.ts'),
  },
  'wait-prod': {
    script: 'scripts/ci/images/wait-for-all-prod-images.ts',
    summary: 'wait for the PROD images of every python version; output githubRegistry',
    inputs: ['timeout', 'poll-interval', 'producer'],
    load: () => import('../../scripts/ci/images/wait-for-all-prod-images.ts'),
  },
  prepare: {
    script: 'scripts/ci/images/prepare-ci-image.ts',
    summary: 'pull (waiting mode) or build one image; output localImage',
    inputs: ['python', 'image', 'timeout'],
    load: () => import('../../scripts/ci/images/prepare-ci-image.ts'),
  },
  push: {
    script: 'scripts/ci/images/push-images.ts',
    summary: 'tag and push the local image; outputs imageReference, imageDigest',
    inputs: ['python', 'image', 'timeout'],
    load: () => import('../../scripts/ci/images/push-images.ts'),
  },
  promote: {
    script: 'scripts/ci/images/push-images.ts',
    fixedArgs: ['--promote'],
    summary: 'promote FROM_TAG: re-tag in the registry as the push tag, no docker (push-images --promote)',
    inputs: ['python', 'image', 'timeout'],
    valueInput: 'from-tag',
    load: () => import('../../scripts/ci/images/push-images.ts'),
  },
  copy: {
    script: 'scripts/ci/images/copy-image.ts',
    summary:
      'copy SRC DST...: a whole image (every platform) to other repositories or registries, digest unchanged; ' +
      'copy HOST: the push-tag image to another registry (push-images --copy-to)',
    inputs: ['python', 'image', 'timeout'],
    valueInput: 'copy-to',
    imagesInput: true,
    load: () => import('../../scripts/ci/images/copy-image.ts'),
  },
  prune: {
    script: 'scripts/ci/images/prune-images.ts',
    summary: 'plan (default) or perform (--yes) retention of old run-id/sha tags',
    inputs: ['keep', 'older-than', 'yes', 'timeout'],
    load: () => import('../../scripts/ci/images/prune-images.ts'),
  },
  pull: {
    script: 'scripts/ci/images/pull-image.ts',
    summary: "pull --run-id N: a CI run's image from whichever GitHub registry holds it, tagged locally; output localImage",
    inputs: ['run-id', 'python', 'image', 'timeout'],
    load: () => import('../../scripts/ci/images/pull-image.ts'),
  },
  'merge-platforms': {
    script: 'scripts/ci/images/merge-platforms.ts',
    summary:
      'one multi-platform index from images pushed by digest on several runners (digests in args); outputs imageReference, imageDigest',
    inputs: ['python', 'image', 'timeout'],
    load: () => import('../../scripts/ci/images/merge-platforms.ts'),
  },
  wait: {
    script: 'scripts/ci/images/wait-for-images.ts',
    summary: 'wait REF...: wait until every image reference exists (any registry); outputs digests',
    inputs: ['timeout', 'poll-interval'],
    imagesInput: true,
    load: () => import('../../scripts/ci/images/wait-for-images.ts'),
  },
  tag: {
    script: 'scripts/ci/images/tag-image.ts',
    summary: 'tag REF TAG...: new tags in the same repository, no blob moved; outputs digests',
    inputs: ['timeout'],
    imagesInput: true,
    load: () => import('../../scripts/ci/images/tag-image.ts'),
  },
  digest: {
    script: 'scripts/ci/images/image-digest.ts',
    summary: 'digest REF [--platform OS/ARCH]: the manifest digest of an image reference; outputs digest, digests',
    inputs: ['timeout'],
    imagesInput: true,
    load: () => import('../../scripts/ci/images/image-digest.ts'),
  },
  ls: {
    script: 'scripts/ci/images/list-tags.ts',
    summary: 'ls REPO: the tags of a repository, one a line (every page)',
    inputs: ['timeout'],
    imagesInput: true,
    load: () => import('../../scripts/ci/images/list-tags.ts'),
  },
  auth: {
    script: 'scripts/ci/images/auth.ts',
    summary: 'auth HOST [--check]: where the credentials for a registry host come from (source and user, never the secret)',
    inputs: ['timeout'],
    load: () => import('../../scripts/ci/images/auth.ts'),
  },
  save: {
    script: 'scripts/ci/images/save-image.ts',
    summary: 'images (from a registry, or --from-docker) to one OCI archive file, digests kept; output path',
    inputs: ['timeout'],
    load: () => import('../../scripts/ci/images/save-image.ts'),
  },
  load: {
    script: 'scripts/ci/images/load-image.ts',
    summary: 'an OCI archive file, verified, into registries (--to, digests kept) or the local daemon',
    inputs: ['timeout'],
    load: () => import('../../scripts/ci/images/load-image.ts'),
  },
  referrers: {
    script: 'scripts/ci/images/referrers.ts',
    summary: 'list what belongs to an image REF: signatures, SBOMs, attestations (referrers API, fallback tag, cosign tags)',
    inputs: ['timeout'],
    load: () => import('../../scripts/ci/images/referrers.ts'),
  },
  ...OPTIONAL_COMMANDS,
};

/** Commands the action reserves (name → recipe); in COMMANDS only when their recipe exists (dist/: existed at build time). */
export const RESERVED_COMMANDS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CANDIDATES).map(([name, { script }]) => [name, script]),
);

export function commandNames(): string[] {
  return Object.keys(COMMANDS);
}

/** Every command the package and the action declare (bins, action.yml): COMMANDS, then the reserved ones absent now. */
export function declaredCommands(): DeclaredCommand[] {
  const absent = Object.entries(CANDIDATES).filter(([name]) => !Object.hasOwn(COMMANDS, name));
  return [...Object.entries(COMMANDS), ...absent].map(([name, { summary, valueInput, inputs = [], ...rest }]) => ({
    name,
    summary,
    inputs: [...(valueInput ? [valueInput] : []), ...('imagesInput' in rest && rest.imagesInput ? ['images'] : []), ...inputs],
  }));
}

/**
 * Runs one command in this process: argv as the recipe expects it, then the import that runs it.
 * Returns the exit code the recipe set.
 */
export async function runCommand(name: string, args: readonly string[]): Promise<number> {
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) throw new Error(`unknown command ${name}`);
  // A bundle knows each command's help (printed at build time): no need to load the recipe for it.
  const known = HELP_TEXTS?.[name];
  if (known !== undefined && args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    process.stdout.write(known);
    return 0;
  }
  // `promote --help` is push-images' help, not `--promote --help`.
  const help = args.includes('--help') || args.includes('-h');
  // promote/copy print push-images' usage: name the command whose usage it is (push … --promote FROM_TAG).
  const base = command.fixedArgs
    ? Object.keys(COMMANDS).find((n) => COMMANDS[n]!.script === command.script && !COMMANDS[n]!.fixedArgs)
    : undefined;
  setInvokedAs(`ci-images ${base ?? name}`);
  process.argv = [process.argv[0] ?? process.execPath, command.script, ...(help ? [] : (command.fixedArgs ?? [])), ...args];
  await command.load();
  const code = process.exitCode;
  return typeof code === 'number' ? code : Number(code ?? 0) || 0;
}
