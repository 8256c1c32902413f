/**
 * The GitHub Action's inputs ──► the recipe's variables and flags. Pure: takes the environment the
 * runner gives (`INPUT_<NAME>`: the input name upper-cased, spaces turned into `_`, hyphens kept)
 * and returns the command, its arguments and the variables to set.
 */

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

/** Inputs that become a flag, and the commands that accept that flag. */
export const FLAG_INPUTS: Readonly<Record<string, { flag: string; commands: readonly string[]; boolean?: boolean }>> = {
  python: { flag: '--python', commands: ['prepare', 'push', 'promote', 'copy', 'merge-platforms', 'pull', 'verify-ci', 'verify-prod'] },
  image: { flag: '--image', commands: ['prepare', 'push', 'promote', 'copy', 'merge-platforms', 'pull'] },
  timeout: { flag: '--timeout', commands: ['wait-ci', 'wait-prod', 'prepare'] },
  'poll-interval': { flag: '--poll-interval', commands: ['wait-ci', 'wait-prod'] },
  keep: { flag: '--keep', commands: ['prune'] },
  'older-than': { flag: '--older-than', commands: ['prune'] },
  yes: { flag: '--yes', commands: ['prune'], boolean: true },
};

/** Inputs that are the value of the command's own flag (promote = push-images --promote FROM_TAG). */
export const COMMAND_VALUE_INPUTS: Readonly<Record<string, string>> = { promote: 'from-tag', copy: 'copy-to' };

export const ALL_INPUTS = ['command', ...Object.keys(VARIABLE_INPUTS), ...Object.keys(FLAG_INPUTS), 'from-tag', 'copy-to', 'args'] as const;

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

export function toInvocation(env: Env, commands: readonly string[]): Invocation {
  const secrets = SECRET_INPUTS.map((name) => getInput(env, name)).filter(Boolean);
  const command = getInput(env, 'command');
  if (!command) throw new InputError(`input command is required: one of ${commands.join(', ')}`);
  if (!commands.includes(command)) {
    throw new InputError(`input command=${JSON.stringify(command)} is not valid: expected one of ${commands.join(', ')}`);
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
  for (const [input, forCommand] of Object.entries(COMMAND_VALUE_INPUTS)) {
    const value = getInput(env, forCommand);
    if (input === command) {
      if (!value) throw new InputError(`input ${forCommand} is required with command ${command}`);
      args.push(value);
    } else if (value) {
      throw new InputError(`input ${forCommand} applies only to command ${input}, not ${command}`);
    }
  }
  for (const [input, { flag, commands: accepted, boolean }] of Object.entries(FLAG_INPUTS)) {
    const value = getInput(env, input);
    if (!value || (boolean && value === 'false')) continue;
    if (!accepted.includes(command)) {
      throw new InputError(`input ${input} does not apply to command ${command} (only to ${accepted.join(', ')})`);
    }
    if (boolean) {
      if (value !== 'true') throw new InputError(`input ${input}=${JSON.stringify(value)} is not valid: expected true or false`);
      args.push(flag);
    } else {
      args.push(flag, value);
    }
  }
  args.push(...splitArgs(getInput(env, 'args')));
  return { command, args, variables, secrets };
}
