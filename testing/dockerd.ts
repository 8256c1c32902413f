/**
 * A real, private Docker engine for tests: Debian's dockerd (we run as root) with everything under
 * one short temp dir (unix socket paths are limited to ~108 bytes), no iptables, no bridge, vfs
 * storage. dockerd treats 127.0.0.0/8 registries as insecure, so pushes to the test registry over
 * plain http just work.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { collectOutput, startProcess, stopProcess } from '../test/helpers/processes.ts';

const execFileP = promisify(execFile);
const DOCKERD = '/usr/sbin/dockerd';
/** Debian's docker CLI 20.10 (bookworm): the one that answers the installed daemon's probe, whatever PATH says. */
export const DOCKER_CLI_20 = '/usr/bin/docker';

export interface Dockerd {
  /** `unix:///tmp/d-XXXX/docker.sock`, for DOCKER_HOST or `docker -H`. */
  readonly dockerHost: string;
  readonly dir: string;
  /** The docker CLI the daemon was probed with (tests run this one, never `docker` by PATH order). */
  readonly cli: string;
  logs(): string;
  stop(): Promise<void>;
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, command)));
}

/** Whether a test suite can start its own engine: dockerd, the docker CLI, and root. */
export function dockerAvailable(): boolean {
  return existsSync(DOCKERD) && existsSync(DOCKER_CLI_20) && onPath('docker') && process.getuid?.() === 0;
}

export const DOCKER_UNAVAILABLE = `skipped: needs ${DOCKERD} and ${DOCKER_CLI_20} (Debian docker.io), a docker CLI on PATH and root`;

export interface DockerdOptions {
  /** The dockerd binary (default Debian's /usr/sbin/dockerd 20.10). */
  readonly dockerd?: string;
  /** The docker CLI for the readiness probe (default DOCKER_CLI_20). */
  readonly cli?: string;
  /** Extra daemon.json settings, e.g. `{ features: { 'containerd-snapshotter': true } }`. */
  readonly daemonConfig?: Record<string, unknown>;
  /** Default vfs; the containerd image store names its snapshotter instead (`native`). */
  readonly storageDriver?: string;
  /** Directories put first on dockerd's PATH (where it finds docker-proxy, docker-init). */
  readonly pathPrefix?: readonly string[];
  readonly timeoutMs?: number;
}

export async function startDockerd(options: DockerdOptions = {}): Promise<Dockerd> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const cli = options.cli ?? DOCKER_CLI_20;
  // Not os.tmpdir(): a long TMPDIR would push the socket paths past their length limit.
  const dir = mkdtempSync('/tmp/d-');
  const dockerHost = `unix://${dir}/docker.sock`;
  // Our own config file keeps /etc/docker/daemon.json out, and the trust key out of /etc/docker.
  writeFileSync(join(dir, 'daemon.json'), JSON.stringify({ 'deprecated-key-path': join(dir, 'key.json'), ...options.daemonConfig }));
  const path = [...(options.pathPrefix ?? []), process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin'].join(':');
  const child = startProcess(
    options.dockerd ?? DOCKERD,
    [
      '--config-file',
      join(dir, 'daemon.json'),
      '--iptables=false',
      '--ip6tables=false',
      '--bridge=none',
      `--storage-driver=${options.storageDriver ?? 'vfs'}`,
      '--data-root',
      join(dir, 'data'),
      '--exec-root',
      join(dir, 'exec'),
      '--pidfile',
      join(dir, 'docker.pid'),
      '--host',
      dockerHost,
    ],
    { env: { ...process.env, PATH: path } },
  );
  const logs = collectOutput(child);
  const stop = () => stopDockerd(child, dir, join(dir, 'exec'));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`dockerd exited (${child.exitCode ?? child.signalCode}) before answering:\n${logs().slice(-4000)}`);
    }
    try {
      await execFileP(cli, ['-H', dockerHost, 'version'], { timeout: 5000 });
      return { dockerHost, dir, cli, logs, stop };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`dockerd did not answer on ${dockerHost} within ${timeoutMs} ms:\n${logs().slice(-4000)}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

async function stopDockerd(child: ReturnType<typeof startProcess>, dir: string, execRoot: string): Promise<void> {
  await stopProcess(child, 15_000);
  // dockerd 26 bind-mounts the default network namespace there and leaves it mounted on exit.
  try {
    execFileSync('umount', [join(execRoot, 'netns', 'default')], { stdio: 'ignore' });
  } catch {
    // Not mounted (dockerd 20.10 does not leave it).
  }
  // A dockerd killed hard leaves its containerd (and any shims) running; they name our dir.
  const leftovers = processesMentioning(dir);
  for (const pid of leftovers) tryKill(pid, 'SIGTERM');
  for (let i = 0; i < 50 && leftovers.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
  for (const pid of leftovers.filter(alive)) tryKill(pid, 'SIGKILL');
  // dockerd bind-mounts its data root on itself; deepest first so parents come free.
  for (const mountPoint of mountsUnder(dir).sort((a, b) => b.length - a.length)) {
    try {
      execFileSync('umount', ['-l', mountPoint], { stdio: 'ignore' });
    } catch {
      // Already gone, or not ours to unmount; rmSync will report anything that matters.
    }
  }
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

function processesMentioning(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(dir)) pids.push(Number(entry));
    } catch {
      // The process exited while we looked.
    }
  }
  return pids;
}

/** A zombie counts as gone: its parent (init, once dockerd died) may never reap it. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

function tryKill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already exited.
  }
}

function mountsUnder(dir: string): string[] {
  // mountinfo field 5 is the mount point, with spaces and the like octal-escaped.
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[4])
    .filter((point): point is string => point !== undefined && (point === dir || point.startsWith(`${dir}/`)));
}
