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
    auth = {
      token: {
        realm: tokenServer.realm,
        service: 'ci-images-bench',
        issuer: 'ci-images-bench-issuer',
        rootcertbundle: tokenServer.certPath,
      },
    };
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
  writeFileSync(path, JSON.stringify({ auths: { [host]: { auth: Buffer.from(`${user}:${password}`).toString('base64') } } }), {
    mode: 0o600,
  });
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
    cwd: options.cwd ?? ROOT,
    env: options.env ?? process.env,
    stdio: [options.input !== undefined ? 'pipe' : 'ignore', 'pipe', 'pipe'],
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
      return execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim();
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

// ---- our code, bundled -------------------------------------------------------------------------

export interface OurBuild {
  /** `<tmp>/dist`: built fresh from this checkout by scripts/build.ts. */
  readonly dist: string;
  /** `<tmp>/dist/ci-images.mjs` (the package's bin) and `<tmp>/dist/action.mjs` (the action's entry). */
  readonly bin: string;
  readonly action: string;
  /** The bench children bundled like dist/ (esbuild: bundle, node, esm, node20, a require banner). */
  readonly copyChild: string;
  readonly checkChild: string;
  /** Build time, ms. */
  readonly ms: number;
}

let building: Promise<OurBuild> | undefined;

/**
 * Builds dist/ fresh into a temp dir (`node --import tsx scripts/build.ts --outdir <tmp>/dist`, in a
 * child, as `npm run build` does) and bundles the bench children with the same esbuild options, so
 * every process measured runs with plain `node`, no tsx. Once per bench run.
 */
export function ourBuild(): Promise<OurBuild> {
  building ??= (async () => {
    const started = performance.now();
    const dir = tempDir('build');
    const dist = join(dir, 'dist');
    await new Promise<void>((resolvePromise, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build.ts'), '--outdir', dist], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolvePromise() : reject(new Error(`scripts/build.ts --outdir ${dist} exited with ${code}\n${stderr}`)),
      );
    });
    const esbuild = await import('esbuild');
    const children: Record<string, string> = {};
    for (const name of ['copy-child', 'check-child']) {
      const outfile = join(dir, `${name}.mjs`);
      await esbuild.build({
        entryPoints: [join(ROOT, 'bench', `${name}.ts`)],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        outfile,
        preserveSymlinks: true,
        legalComments: 'none',
        logLevel: 'warning',
        // CommonJS dependencies (dotenv) call require(): give the ESM bundle one (as scripts/build.ts does).
        banner: {
          js: "import { createRequire as __ciImagesRequire } from 'node:module';\nconst require = __ciImagesRequire(import.meta.url);",
        },
      });
      children[name] = outfile;
    }
    writeFileSync(join(dir, 'package.json'), '{\n  "type": "module"\n}\n');
    return {
      dist,
      bin: join(dist, 'ci-images.mjs'),
      action: join(dist, 'action.mjs'),
      copyChild: children['copy-child'],
      checkChild: children['check-child'],
      ms: performance.now() - started,
    };
  })();
  return building;
}

/** Whether the bench runs our code through tsx instead of the bundles (`--tsx`). */
export const benchMode = { tsx: false };
