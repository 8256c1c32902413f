/** Shared entry-script plumbing: flag parsing errors and the one place that maps errors to exit codes. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, exitCodeFor } from '../support/errors.ts';
import { redact } from '../support/secrets.ts';
import { registerEnvironmentSecrets } from '../config/load.ts';

export function parseFlags<T extends ParseArgsConfig['options']>(options: T, argv: string[] = process.argv.slice(2)) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    // Node's message can span lines (e.g. the `--keep=-1` hint for values starting with a dash).
    const message = (error as Error).message.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
    const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? 'arguments';
    throw new ConfigError(flag, `${message.replace(/\. To specify a positional argument.*$/, '')} (see --help)`);
  }
}

/** Runs a script body; prints one redacted error line and sets the exit code. */
export async function runMain(body: () => Promise<number | void>): Promise<void> {
  // Before any flag or variable is validated: no error message may echo a token.
  registerEnvironmentSecrets();
  try {
    const code = await body();
    process.exitCode = code ?? 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: ${redact(message)}\n`);
    if (process.env.CI_IMAGES_DEBUG === 'true' && error instanceof Error && error.stack) {
      process.stderr.write(redact(error.stack) + '\n');
    }
    process.exitCode = exitCodeFor(error);
  }
}
