/**
 * The GitHub Action's entry (action.yml, `runs.main: dist/action.mjs`): maps the `INPUT_*`
 * variables the runner sets to the recipe's variables and flags and runs the recipe in this
 * process. Outputs, masks, groups and the job summary are the recipe's own.
 */
import nodeModule from 'node:module';
import { announceMasksWith, registerSecret, redact } from '../support/secrets.ts';
import { COMMANDS, runCommand } from './commands.ts';
import { getInput, InputError, SECRET_INPUTS, toInvocation } from './inputs.ts';
import { errorAnnotation } from '../github/actions.ts';
import { inGithubActions } from '../config/runtime.ts';
import { FALLBACK_LOGIN_USER } from '../config/variables.ts';

// Node 22.1+ (GitHub runs actions on Node 24): V8's code cache on disk for the recipe chunks loaded
// next, so later starts skip compiling them. Node 20 has no such cache: nothing happens.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const actions = inGithubActions();
// The login user: the job's GITHUB_USERNAME, else the actor the runner names (not FALLBACK_LOGIN_USER).
if (!process.env.GITHUB_USERNAME && process.env.GITHUB_ACTOR) process.env.GITHUB_USERNAME = process.env.GITHUB_ACTOR;
// Tokens given as inputs are secrets before anything can print them (runMain registers them again
// from the environment; the registry keeps one copy).
const user = process.env.GITHUB_USERNAME || FALLBACK_LOGIN_USER;
for (const name of SECRET_INPUTS) registerSecret(getInput(process.env, name), user);
// stderr: with `args: --json` stdout holds one JSON document; the runner reads both streams. The
// recipe's own masking later announces only what is new.
if (actions) announceMasksWith((line) => process.stderr.write(line + '\n'));

function fail(message: string, code: number): void {
  const line = redact(message);
  if (actions) process.stdout.write(errorAnnotation('ci-images', line) + '\n');
  process.stderr.write(`error: ${line}\n`);
  process.exitCode = code;
}

try {
  const invocation = toInvocation(process.env, COMMANDS);
  Object.assign(process.env, invocation.variables);
  // The recipe's frame prints the error line and, in Actions, the `::error` annotation itself.
  process.exitCode = await runCommand(invocation.command, invocation.args);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error), error instanceof InputError ? 2 : 1);
}
