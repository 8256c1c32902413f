/**
 * The frame of every script: secrets registered before anything else, flags parsed, `--help`
 * answered, the body run, and the one place that maps errors to exit codes and prints the
 * redacted error line.
 */
import { exitCodeFor, TimeoutError } from '../support/errors.ts';
import { credentialRefusalHint } from './clients.ts';
import { redact } from '../support/secrets.ts';
import { parseSeconds, registerEnvironmentSecrets } from '../config/load.ts';
import { debugEnabled, inGithubActions } from '../config/runtime.ts';
import { errorAnnotation } from '../github/actions.ts';
import { envelope, runScriptEnd, takeExports, takeResult } from '../report/envelope.ts';
import { scriptHelp } from './help.ts';
import { COMMON_FLAGS, parseFlags, parseFormat, type FlagSpec, type FlagValues } from './flags.ts';

/** Runs a script body; prints one redacted error line and sets the exit code. */
export async function runMain(body: () => Promise<number | void>): Promise<void> {
  // Before any flag or variable is validated: no error message may echo a token.
  registerEnvironmentSecrets();
  try {
    const code = await body();
    process.exitCode = code ?? 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // One line: a message may carry text from the network (already neutralized) or a flag value.
    process.stderr.write(`error: ${redact(message).replace(/[\r\n]+/g, ' ')}\n`);
    if (debugEnabled() && error instanceof Error && error.stack) {
      process.stderr.write(redact(error.stack) + '\n');
    }
    process.exitCode = exitCodeFor(error);
  }
}

export interface ScriptSpec<T extends FlagSpec> {
  /** The script's file name without `.ts`, e.g. `wait-for-all-ci-images`. */
  readonly name: string;
  readonly usage: string;
  /** Flags besides --json, --dry-run and --help. */
  readonly flags: T;
  /**
   * An overall deadline for commands that do not wait by design (push, prune, copy, merge, pull):
   * `--timeout SECONDS` (declared in `flags`), else this default. Past it the script reports
   * failure (exit 1) and ends, whatever is still in flight.
   */
  readonly deadline?: { readonly defaultSeconds: number };
}

type Flags<T extends FlagSpec> = FlagValues<T & typeof COMMON_FLAGS>;

/**
 * `runMain` plus the common flags: `--help` prints the usage and exits 0 before anything is read;
 * with `--json`, stdout holds exactly one envelope, for success and failure alike.
 */
export async function runScript<T extends FlagSpec>(
  spec: ScriptSpec<T>,
  body: (flags: Flags<T>) => Promise<number | void>,
  argv: string[] = process.argv.slice(2),
): Promise<void> {
  // Known before the flags parse, so a bad flag still answers in JSON.
  const json = argv.includes('--json') || argv.some((arg, i) => arg === '--format=json' || (arg === '--format' && argv[i + 1] === 'json'));
  let envLines: string[] = [];
  let failure: unknown;
  let timedOut = false;
  await runMain(async () => {
    try {
      const flags = parseFlags({ ...spec.flags, ...COMMON_FLAGS } as T & typeof COMMON_FLAGS, argv);
      if ((flags as { help?: boolean }).help) {
        process.stdout.write(scriptHelp(spec.name, spec.usage) + '\n');
        return 0;
      }
      const code = await withDeadline(
        spec,
        flags as { timeout?: string },
        () => body(flags),
        () => (timedOut = true),
      ).finally(runScriptEnd);
      if (parseFormat(flags) === 'env' && !code) envLines = takeExports();
      return code;
    } catch (error) {
      failure = error;
      // Refused credentials: say which variable to set (exit 3).
      if (exitCodeFor(error) === 3 && error instanceof Error && !/ set [A-Z_]+_TOKEN/.test(error.message))
        error.message += ` (${credentialRefusalHint(error.message)})`;
      if (inGithubActions()) {
        // On stderr with --json: stdout holds the envelope only (the runner reads both).
        const stream = json ? process.stderr : process.stdout;
        stream.write(errorAnnotation(`${spec.name} failed`, error instanceof Error ? error.message : String(error)) + '\n');
      }
      throw error;
    }
  });
  if (envLines.length) process.stdout.write(envLines.join('\n') + '\n');
  if (json) {
    const exitCode = Number(process.exitCode ?? 0);
    process.stdout.write(JSON.stringify(envelope(spec.name, exitCode, takeResult(), failure)) + '\n');
  }
  // Past the deadline something still hangs (a request, a docker child): end now.
  if (timedOut) process.exit(Number(process.exitCode ?? 1));
}

/** Runs `body` under the script's overall deadline, if it has one. */
async function withDeadline<T>(
  spec: ScriptSpec<FlagSpec>,
  flags: { timeout?: string },
  body: () => Promise<T>,
  onTimeout: () => void,
): Promise<T> {
  if (!spec.deadline) return body();
  const seconds = flags.timeout === undefined ? spec.deadline.defaultSeconds : parseSeconds('--timeout', flags.timeout);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new TimeoutError(`${spec.name} did not finish within ${seconds} s (--timeout); stopped`));
    }, seconds * 1000);
    timer.unref();
  });
  try {
    return await Promise.race([body(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
