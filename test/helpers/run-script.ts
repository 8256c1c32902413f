/** Runs an entry script as CI does (`tsx scripts/ci/images/<name>.ts`), with a controlled environment. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ScriptRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly durationMs: number;
}

const ROOT = resolve(import.meta.dirname, '../..');
/** A HOME without ~/.docker/config.json, so no credentials leak in from the machine. */
const EMPTY_HOME = mkdtempSync(join(tmpdir(), 'ci-images-home-'));
process.once('exit', () => rmSync(EMPTY_HOME, { recursive: true, force: true }));

export function runScript(
  script: string,
  args: string[],
  env: Record<string, string | undefined>,
  options: { timeoutMs?: number; onStart?: () => void; onStderr?: (text: string) => void } = {},
): Promise<ScriptRun> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: EMPTY_HOME, CI_IMAGES_ENV_FILE: '/dev/null', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => {
    stderr += d;
    options.onStderr?.(stderr);
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  options.onStart?.();
  return new Promise((resolvePromise) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr, durationMs: Date.now() - started });
    });
  });
}

/** The `--json` envelope a script printed: exactly one JSON line on stdout. */
export function jsonEnvelope(stdout: string): {
  command: string;
  ok: boolean;
  exitCode: number; // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads the result its command documents
  result: any;
  error: { type: string; message: string } | null;
} {
  const lines = stdout.split('\n').filter(Boolean);
  if (lines.length !== 1) throw new Error(`expected one JSON line on stdout, got ${lines.length}:\n${stdout}`);
  return JSON.parse(lines[0]);
}

/** The `result` of a successful run's `--json` envelope. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export function jsonResult(stdout: string): any {
  const doc = jsonEnvelope(stdout);
  if (!doc.ok) throw new Error(`the envelope reports a failure: ${JSON.stringify(doc.error)}`);
  return doc.result;
}
