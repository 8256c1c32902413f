/**
 * One `docker-credential-<name> get` call, as docker runs it: the server URL on stdin, a JSON
 * answer `{"ServerURL","Username","Secret"}` on stdout. Bounded: a helper that is not installed,
 * fails, hangs past the timeout, prints too much or prints something other than that JSON is
 * stopped and described in one line; the caller goes on without it. The secret never reaches
 * argv (only `get` is), a log or an error.
 */
import { spawn } from 'node:child_process';
import type { Credentials } from '../support/credentials.ts';
import { neutralize } from '../support/network-text.ts';

export const HELPER_TIMEOUT_MS = 30_000;
/** A helper answers a few hundred bytes; more is not an answer. */
export const HELPER_OUTPUT_CAP = 64 * 1024;

export type HelperResult =
  | { readonly kind: 'found'; readonly credentials: Credentials }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'failed'; readonly reason: string };

export interface HelperOptions {
  readonly timeoutMs?: number;
  readonly outputCap?: number;
}

/** A helper username of `<token>` means the secret is an identity (refresh) token (docker's convention). */
const IDENTITY_TOKEN_USER = '<token>';

export function runCredentialHelper(name: string, serverUrl: string, options: HelperOptions = {}): Promise<HelperResult> {
  const program = `docker-credential-${name}`;
  const timeoutMs = options.timeoutMs ?? HELPER_TIMEOUT_MS;
  const cap = options.outputCap ?? HELPER_OUTPUT_CAP;
  return new Promise((resolve) => {
    let settled = false;
    const chunks: Buffer[] = [];
    let size = 0;
    // Its own process group: a helper that is a script is stopped with whatever it started.
    const child = spawn(program, ['get'], { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    const finish = (result: HelperResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const stop = (reason: string) => {
      kill(child.pid);
      finish({ kind: 'failed', reason });
    };
    const timer = setTimeout(() => stop(`did not answer within ${Math.round(timeoutMs / 1000)} s and was stopped`), timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      finish({ kind: 'failed', reason: error.code === 'ENOENT' ? 'is not on PATH' : `could not be started (${error.code ?? 'error'})` });
    });
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) stop(`printed more than ${cap} bytes and was stopped`);
      else chunks.push(chunk);
    });
    // stderr is drained and dropped: it may echo what it was given.
    child.stderr.resume();
    child.stdin.on('error', () => undefined);
    child.stdin.end(serverUrl);
    child.on('close', (code) => {
      if (settled) return;
      const output = Buffer.concat(chunks).toString('utf8');
      if (code !== 0) {
        // docker's helpers say "credentials not found in native keychain": anonymous for that host.
        if (/credentials not found/i.test(output)) finish({ kind: 'not-found' });
        else finish({ kind: 'failed', reason: `exited with status ${code ?? 'signal'}${firstLine(output)}` });
        return;
      }
      finish(parseAnswer(output));
    });
  });
}

function parseAnswer(output: string): HelperResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(output);
  } catch {
    return { kind: 'failed', reason: 'printed something that is not JSON' };
  }
  const answer = (parsed ?? {}) as { Username?: unknown; Secret?: unknown };
  if (typeof answer.Secret !== 'string' || typeof (answer.Username ?? '') !== 'string') {
    return { kind: 'failed', reason: 'printed JSON without a string Secret' };
  }
  const username = (answer.Username as string | undefined) ?? '';
  if (!answer.Secret) return { kind: 'not-found' };
  if (username === IDENTITY_TOKEN_USER) return { kind: 'found', credentials: { username: '', password: '', identityToken: answer.Secret } };
  return { kind: 'found', credentials: { username, password: answer.Secret } };
}

/** A helper's own words, shortened, when it fails: they never hold the secret it did not give. */
function firstLine(output: string): string {
  const line = output.split('\n').find((l) => l.trim());
  return line ? `: ${neutralize(line.trim(), 120)}` : '';
}

function kill(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
