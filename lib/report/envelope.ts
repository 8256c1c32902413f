/**
 * One `--json` document for every script, success and failure alike:
 * `{"command", "ok", "exitCode", "result", "error"}` (schema: docs/json-envelope.schema.json).
 * A script's report records its result; the frame (lib/cli/main.ts) prints the envelope once.
 */
import { redact } from '../support/secrets.ts';

export interface Envelope {
  readonly command: string;
  readonly ok: boolean;
  readonly exitCode: number;
  readonly result: unknown;
  readonly error: { readonly type: string; readonly message: string } | null;
}

let recorded: { value: unknown } | undefined;

/** The result of this run, printed in the envelope. */
export function recordResult(value: unknown): void {
  recorded = { value };
}

/** The recorded result (null when none was recorded), and forgets it. */
export function takeResult(): unknown {
  const value = recorded?.value ?? null;
  recorded = undefined;
  return value;
}

export function envelope(command: string, exitCode: number, result: unknown, error?: unknown): Envelope {
  return {
    command,
    ok: exitCode === 0,
    exitCode,
    result,
    error:
      error === undefined
        ? null
        : {
            type: error instanceof Error ? error.name : 'Error',
            message: redact(error instanceof Error ? error.message : String(error)),
          },
  };
}

const exported = new Map<string, string>();

/** `githubRegistry` → `GITHUB_REGISTRY`: the variable an output becomes with `--format env`. */
export function envName(output: string): string {
  return output.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** An output of this run, printed as `NAME=value` with `--format env`. */
export function recordExport(output: string, value: string): void {
  exported.set(envName(output), value);
}

const SAFE_VALUE = /^[A-Za-z0-9_@%+=:,./-]*$/;

/**
 * The recorded outputs as `NAME=value` lines: values that need it are single-quoted for the shell
 * (our values are host names, image references and digests: plain words, so the lines also suit
 * `$GITHUB_ENV`); a value with a line break is refused rather than split.
 */
export function takeExports(): string[] {
  const lines = [...exported].map(([name, value]) => {
    if (/[\r\n]/.test(value)) throw new Error(`output ${name} holds a line break: not printed for --format env`);
    return `${name}=${SAFE_VALUE.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`}`;
  });
  exported.clear();
  return lines;
}

const cleanups: (() => Promise<void>)[] = [];

/** Work the frame runs when the script ends, success or failure (e.g. `docker logout`). */
export function atScriptEnd(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}

export async function runScriptEnd(): Promise<void> {
  while (cleanups.length) await cleanups.pop()!().catch(() => undefined);
}
