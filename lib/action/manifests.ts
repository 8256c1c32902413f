/**
 * The command lists written from COMMANDS (lib/action/commands.ts) into package.json (`bin`) and
 * action.yml (the `command` input's description). Pure text in, text out: scripts/build.ts writes
 * the result, test/unit/action/manifests.test.ts checks that the committed files equal it.
 */

/** What each list says of one command. */
export interface DeclaredCommand {
  readonly name: string;
  readonly summary: string;
  /** The action inputs it takes besides the variables (value input first). */
  readonly inputs?: readonly string[];
}

/** Every bin is the one bundle: it reads the command from its own name (`ci-images-<command>`). */
export const BIN_FILE = 'dist/ci-images.mjs';

export function packageBins(commands: readonly DeclaredCommand[]): Record<string, string> {
  return Object.fromEntries([['ci-images', BIN_FILE], ...commands.map(({ name }) => [`ci-images-${name}`, BIN_FILE])]);
}

/** package.json with its `bin` written from the commands (every other field and their order kept). */
export function withBins(packageJson: string, commands: readonly DeclaredCommand[]): string {
  const pkg = JSON.parse(packageJson) as Record<string, unknown>;
  pkg.bin = packageBins(commands);
  return JSON.stringify(pkg, null, 2) + '\n';
}

/** The lines of the `command` input's description. */
export function commandDescription(commands: readonly DeclaredCommand[]): string[] {
  return [
    'What to run, one of (written from lib/action/commands.ts by npm run build):',
    ...commands.map(({ name, summary, inputs }) => `- ${name}: ${summary}${inputs?.length ? ` (inputs: ${inputs.join(', ')})` : ''}`),
    'Any command: args for more flags, e.g. "--json" or "--dry-run"; `ci-images <command> --help` lists them.',
  ];
}

const COMMAND_INPUT = '\n  command:\n';

/** action.yml with the `command` input's description written from the commands (the rest as it is). */
export function withCommandDescription(actionYml: string, commands: readonly DeclaredCommand[]): string {
  const start = actionYml.indexOf(COMMAND_INPUT);
  const end = start < 0 ? -1 : actionYml.indexOf('\n    required:', start);
  if (start < 0 || end < 0) throw new Error('action.yml: no inputs.command with a description then required: (the generated block)');
  const description = ['    description: |-', ...commandDescription(commands).map((line) => `      ${line}`)].join('\n');
  return `${actionYml.slice(0, start)}${COMMAND_INPUT}${description}${actionYml.slice(end)}`;
}
