/**
 * The GitHub Action's inputs ──► the recipe's variables and flags. Pure: takes the environment the
 * runner gives (`INPUT_<NAME>`: the input name upper-cased, spaces turned into `_`, hyphens kept)
 * and returns the command, its arguments and the variables to set.
 */
import { closestName } from '../support/closest.ts';

export type Env = Readonly<Record<string, string | undefined>>;

/** Inputs that become variables, for every command. */
export const VARIABLE_INPUTS: Readonly<Record<string, string>> = {
  registry: 'GITHUB_REGISTRY',
  'use-github-registry': 'USE_GITHUB_REGISTRY',
  'wait-for-image': 'GITHUB_REGISTRY_WAIT_FOR_IMAGE',
  'pull-tag': 'GITHUB_REGISTRY_PULL_IMAGE_TAG',
  'push-tag': 'GITHUB_REGISTRY_PUSH_IMAGE_TAG',
  'python-versions': 'CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING',
  'github-token': 'GITHUB_TOKEN',
  'container-registry-token': 'CONTAINER_REGISTRY_TOKEN',
  'registry-endpoints': 'REGISTRY_ENDPOINTS',
};

/** Inputs that carry a token: registered as secrets before anything is printed. */
export const SECRET_INPUTS = ['github-token', 'container-registry-token'] as const;

/** Inputs that become a flag; each command names the ones it takes (`inputs` in lib/action/commands.ts). */
export const FLAG_INPUTS = {
  python: { flag: '--python' },
  image: { flag: '--image' },
  timeout: { flag: '--timeout' },
  'poll-interval': { flag: '--poll-interval' },
  producer: { flag: '--producer' },
  'run-id': { flag: '--run-id' },
  keep: { flag: '--keep' },
  'older-than': { flag: '--older-than' },
  yes: { flag: '--yes', boolean: true },
} as const satisfies Readonly<Record<string, { flag: string; boolean?: boolean }>>;

export type FlagInput = keyof typeof FLAG_INPUTS;

/** Inputs that are the value of a command's own flag (promote = push-images --promote FROM_TAG). */
export const VALUE_INPUTS = ['from-tag', 'copy-to'] as const;

export type ValueInput = (typeof VALUE_INPUTS)[number];

/** What the action needs to know of a command: the inputs it takes besides the variables. */
export interface CommandInputs {
  /** Inputs that become its flags. */
  readonly inputs?: readonly FlagInput[];
  /** The input that is its first argument, required (promote: from-tag) unless the command takes images and they are given. */
  readonly valueInput?: ValueInput;
  /** The `images` input (one reference a line) gives its positional arguments (wait REF..., copy SRC DST...). */
  readonly imagesInput?: boolean;
}

export const ALL_INPUTS = [
  'command',
  ...Object.keys(VARIABLE_INPUTS),
  ...Object.keys(FLAG_INPUTS),
  ...VALUE_INPUTS,
  'images',
  'args',
] as const;

/** Bad input to the action (exit 2, like the recipes' ConfigError). */
export class InputError extends Error {
  readonly exitCode = 2;
}

/** What the runner sets for input `name`. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function getInput(env: Env, name: string): string {
  return (env[inputVariable(name)] ?? '').trim();
}

export interface Invocation {
  readonly command: string;
  readonly args: string[];
  readonly variables: Record<string, string>;
  /** Token values given as inputs (to register as secrets first). */
  readonly secrets: string[];
}

/** `args`: extra flags, split on whitespace (no shell quoting: flag values here never hold spaces). */
export function splitArgs(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** `images`: one reference a line; blank lines and `# comments` dropped. */
export function imageLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean);
}

export function toInvocation(env: Env, commands: Readonly<Record<string, CommandInputs>>): Invocation {
  const secrets = SECRET_INPUTS.map((name) => getInput(env, name)).filter(Boolean);
  const names = Object.keys(commands);
  const command = getInput(env, 'command');
  if (!command) throw new InputError(`input command is required: one of ${names.join(', ')}`);
  const spec = Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (!spec) {
    const closest = closestName(command, names);
    const hint = closest ? `; did you mean ${closest}?` : '';
    throw new InputError(`input command=${JSON.stringify(command)} is not valid: expected one of ${names.join(', ')}${hint}`);
  }
  const variables: Record<string, string> = {};
  for (const [input, variable] of Object.entries(VARIABLE_INPUTS)) {
    const value = getInput(env, input);
    // An empty input leaves the variable alone (the job's env, then the default).
    if (value) variables[variable] = value;
  }
  // One GITHUB_TOKEN with `packages: read/write` serves ghcr.io too (as docker/login-action users
  // expect), unless a container-registry-token input or the job's CONTAINER_REGISTRY_TOKEN says otherwise.
  if (variables.GITHUB_TOKEN && !variables.CONTAINER_REGISTRY_TOKEN && !env.CONTAINER_REGISTRY_TOKEN) {
    variables.CONTAINER_REGISTRY_TOKEN = variables.GITHUB_TOKEN;
  }
  const args: string[] = [];
  const images = imageLines(getInput(env, 'images'));
  if (images.length && !spec.imagesInput) {
    throw new InputError(`input images does not apply to command ${command} (only to ${takers(commands, (c) => c.imagesInput === true)})`);
  }
  for (const input of VALUE_INPUTS) {
    const value = getInput(env, input);
    if (spec.valueInput === input && images.length) {
      // copy with images is `copy SRC DST...`; copy-to is its other form, `copy HOST`.
      if (value) throw new InputError(`inputs ${input} and images contradict each other with command ${command}: give one of them`);
    } else if (spec.valueInput === input) {
      if (!value)
        throw new InputError(
          `input ${input} is required with command ${command}${spec.imagesInput ? ' (or images, one reference a line)' : ''}`,
        );
      args.push(value);
    } else if (value) {
      throw new InputError(`input ${input} applies only to command ${takers(commands, (c) => c.valueInput === input)}, not ${command}`);
    }
  }
  for (const [input, { flag, ...rest }] of Object.entries(FLAG_INPUTS) as [FlagInput, { flag: string; boolean?: boolean }][]) {
    const boolean = rest.boolean === true;
    const value = getInput(env, input);
    if (!value || (boolean && value === 'false')) continue;
    if (!spec.inputs?.includes(input)) {
      throw new InputError(
        `input ${input} does not apply to command ${command} (only to ${takers(commands, (c) => c.inputs?.includes(input) === true)})`,
      );
    }
    if (boolean) {
      if (value !== 'true') throw new InputError(`input ${input}=${JSON.stringify(value)} is not valid: expected true or false`);
      args.push(flag);
    } else {
      args.push(flag, value);
    }
  }
  args.push(...images, ...splitArgs(getInput(env, 'args')));
  return { command, args, variables, secrets };
}

/** The commands that take an input, for the error line. */
function takers(commands: Readonly<Record<string, CommandInputs>>, takes: (command: CommandInputs) => boolean): string {
  return Object.keys(commands)
    .filter((name) => takes(commands[name]!))
    .join(', ');
}
