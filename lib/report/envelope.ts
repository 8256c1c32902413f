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
    error: error === undefined ? null : {
      type: error instanceof Error ? error.name : 'Error',
      message: redact(error instanceof Error ? error.message : String(error)),
    },
  };
}
