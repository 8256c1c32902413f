/**
 * Shared plumbing of the benchmarks: registries in the three auth modes (with extra users, so the
 * requests of a benchmarked client can be told apart from those of the bench's own pusher), timed
 * child processes (with peak RSS through GNU time when present), temp dirs removed even on failure.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startLocalRegistry } from '../testing/local-registry.ts';
import { startTokenServer, type TokenServer } from '../testing/token-server.ts';
import { RegistryClient } from '../lib/registry/client.ts';

export const ROOT = resolve(import.meta.dirname, '..');

// ---- cleanup ---------------------------------------------------------------------------------

const tempDirs = new Set<string>();
process.once('exit', () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ci-images-bench-${prefix}-`));
  tempDirs.add(dir);
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

/** Stops everything pushed on it, last first, ignoring failures: for `finally` blocks. */
export class Stack {
  private readonly items: (() => unknown)[] = [];
  defer(fn: () => unknown): void {
    this.items.push(fn);
  }
  async close(): Promise<void> {
    while (this.items.length) {
      try {
        await this.items.pop()!();
      } catch {
        // keep closing the rest
      }
    }
  }
}

// ---- registries --------------------------------------------------------------------------------

export type Users = Readonly<Record<string, string>>;

export interface BenchRegistry {
  readonly mode: 'open' | 'basic' | 'token';
  readonly host: string;
  readonly url: string;
  readonly users: Users;
  readonly tokenServer?: TokenServer;
  stop(): Promise<void>;
}

export async function startBenchRegistry(mode: 'open' | 'basic' | 'token', users: Users = {}): Promise<BenchRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'ci-images-registry-'));
  let auth: Record<string, unknown> | undefined;
  let tokenServer: TokenServer | undefined;
  if (mode === 'basic') {
    const lines = Object.entries(users).map(([user, password]) =>
      execFileSync('htpasswd', ['-Bin', user], { input: password }).toString().trim(),
    );
    writeFileSync(join(dir, 'htpasswd'), lines.join('\n') + '\n');
    auth = { htpasswd: { realm: 'ci-images-bench', path: join(dir, 'htpasswd') } };
  } else if (mode === 'token') {
    tokenServer = await startTokenServer({ service: 'ci-images-bench', issuer: 'ci-images-bench-issuer', users });
    auth = { token: { realm: tokenServer.realm, service: 'ci-images-bench', issuer: 'ci-images-bench-issuer', rootcertbundle: tokenServer.certPath } };
  }
  const local = await startLocalRegistry({ dir, auth, onStop: async () => tokenServer?.stop() });
  return { mode, host: local.host, url: local.url, users, tokenServer, stop: local.stop };
}

/** A client of our own for the bench's side work (pushing the images waited for or copied). */
export function benchClient(registry: BenchRegistry, publicHost: string, user?: string): RegistryClient {
  const password = user ? registry.users[user] : undefined;
  return new RegistryClient({
    endpoints: new Map([[publicHost, registry.url]]),
    credentials: user && password ? () => ({ username: user, password }) : undefined,
  });
}

/** A docker-style auth file (mode 0600) so skopeo never gets credentials on its command line. */
export function writeAuthFile(dir: string, host: string, user: string, password: string): string {
  const path = join(dir, 'auth.json');
  writeFileSync(path, JSON.stringify({ auths: { [host]: { auth: Buffer.from(`${user}:${password}`).toString('base64') } } }), { mode: 0o600 });
  return path;
}

// ---- processes ---------------------------------------------------------------------------------

export interface Timed {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** From spawn to exit, ms. */
  readonly ms: number;
  /** Peak resident set size in bytes (GNU time), when asked for and available. */
  readonly maxRssBytes?: number;
}

const GNU_TIME = '/usr/bin/time';
export const gnuTimeAvailable = existsSync(GNU_TIME);

export interface RunOptions {
  readonly input?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  readonly measureRss?: boolean;
  readonly timeoutMs?: number;
}

/** Runs a command to its end; the time is spawn → exit, measured here. */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<Timed> {
  let rssFile: string | undefined;
  let argv = [command, ...args];
  if (options.measureRss && gnuTimeAvailable) {
    rssFile = join(tempDir('rss'), 'rss');
    argv = [GNU_TIME, '-f', '%M', '-o', rssFile, ...argv];
  }
  const started = performance.now();
  const child = spawn(argv[0], argv.slice(1), {
    cwd: options.cwd ?? ROOT, env: options.env ?? process.env, stdio: [options.input !== undefined ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  if (child.stdin) {
    child.stdin.on('error', () => undefined); // a child that exits without reading its stdin
    child.stdin.end(options.input);
  }
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000);
  return new Promise((resolvePromise, reject) => {
    let ms = 0;
    child.on('error', reject);
    child.on('exit', () => (ms = performance.now() - started));
    child.on('close', (code) => {
      clearTimeout(timer);
      let maxRssBytes: number | undefined;
      if (rssFile) {
        const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
        if (Number.isFinite(kb)) maxRssBytes = kb * 1024;
        removeDir(resolve(rssFile, '..'));
      }
      resolvePromise({ code, stdout, stderr, ms, maxRssBytes });
    });
  });
}

/** Like `run`, but throws with the output when the exit code is not 0. */
export async function runOk(command: string, args: readonly string[], options: RunOptions = {}): Promise<Timed> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.code}\n${result.stderr.slice(-2000)}${result.stdout.slice(-500)}`);
  }
  return result;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Environment for children we benchmark: no ~/.docker/config.json, no .env file of the checkout. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: tempDir('home'), CI_IMAGES_ENV_FILE: '/dev/null', LANG: 'C.UTF-8', ...extra };
}

// ---- machine -----------------------------------------------------------------------------------

export function machineInfo(): string[] {
  const text = (cmd: string, args: string[]) => {
    try {
      return execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    } catch {
      return 'n/a';
    }
  };
  const cpu = cpus();
  return [
    `date:      ${new Date().toISOString()}`,
    `machine:   ${cpu.length} CPU (${cpu[0]?.model ?? '?'}), ${(totalmem() / 1024 ** 3).toFixed(1)} GiB RAM (${(freemem() / 1024 ** 3).toFixed(1)} free), load ${text('cat', ['/proc/loadavg']).split(' ').slice(0, 3).join(' ')}`,
    `software:  node ${process.version}, ${text('skopeo', ['--version'])}, ${text('curl', ['--version']).split('\n')[0].split(' ').slice(0, 2).join(' ')}, ${text('docker-registry', ['--version']).split('\n')[0]}`,
    `commit:    ${text('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'])}${text('git', ['-C', ROOT, 'status', '--porcelain', '--untracked-files=no']) ? ' (with uncommitted changes)' : ''}`,
  ];
}
