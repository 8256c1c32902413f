/**
 * dockerd 26 + buildx for tests, from Debian trixie's packages and nothing installed: `docker.io`
 * (dockerd 26.1.5), `docker-cli` (its docker CLI) and `docker-buildx` (0.13.1) are fetched with
 * `apt-get download` under a private apt configuration whose one source line is this machine's
 * own Debian mirror with the suite `trixie`, unpacked with `dpkg-deb -x` into a cache directory
 * that later runs on the same machine reuse. The daemon runs with bookworm's installed containerd
 * and runc, with the containerd image store (`containerd-snapshotter`), so buildx's default
 * `docker` driver exports registry caches (`mode=max`) and pushes multi-platform indexes.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startDockerd, type Dockerd } from './dockerd.ts';

const execFileP = promisify(execFile);
const PACKAGES = ['docker.io', 'docker-cli', 'docker-buildx'];
const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';

export interface TrixieDocker {
  /** The unpacked tree (`<root>/usr/sbin/dockerd`, …). */
  readonly root: string;
  readonly dockerd: string;
  /** trixie's docker CLI (26): the one to drive this daemon with. */
  readonly cli: string;
  readonly buildxPlugin: string;
}

export interface BuildxDaemon {
  readonly dockerd: Dockerd;
  /** trixie's docker CLI. */
  readonly cli: string;
  /** A DOCKER_CONFIG whose `cli-plugins/` holds docker-buildx (and nothing else of the user's). */
  readonly dockerConfig: string;
  stop(): Promise<void>;
}

/** Where fetched packages are kept between runs: CI_IMAGES_TEST_CACHE, else ~/.cache/ci-images-test. */
export function testCacheDir(): string {
  return process.env.CI_IMAGES_TEST_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ci-images-test');
}

function layout(root: string): TrixieDocker {
  return {
    root,
    dockerd: join(root, 'usr/sbin/dockerd'),
    cli: join(root, 'usr/bin/docker'),
    buildxPlugin: join(root, 'usr/libexec/docker/cli-plugins/docker-buildx'),
  };
}

/** The machine's own Debian mirror: the first non-security URI of its apt sources. */
export function debianMirror(): string | undefined {
  const files = ['/etc/apt/sources.list'];
  if (existsSync('/etc/apt/sources.list.d')) {
    const parts = readdirSync('/etc/apt/sources.list.d').filter((f) => /\.(list|sources)$/.test(f));
    files.push(...parts.map((f) => join('/etc/apt/sources.list.d', f)));
  }
  for (const file of files.filter((f) => existsSync(f))) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const uri = /^URIs:\s*(\S+)/.exec(line)?.[1] ?? /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s/.exec(line)?.[1];
      if (uri && /^https?:\/\//.test(uri) && !/security/.test(uri)) return uri.replace(/\/$/, '');
    }
  }
  return undefined;
}

/**
 * trixie's docker packages, unpacked (fetched on first use). `{ skip }` only when they cannot be
 * fetched (no mirror, no network, no such packages); anything else that fails throws.
 */
export async function trixieDocker(): Promise<TrixieDocker | { readonly skip: string }> {
  const cache = testCacheDir();
  const cached = layout(join(cache, 'trixie-docker'));
  if ([cached.dockerd, cached.cli, cached.buildxPlugin].every((f) => existsSync(f))) return cached;
  const mirror = debianMirror();
  if (!mirror) return { skip: `skipped: no Debian mirror in /etc/apt/sources.list* to fetch trixie's ${PACKAGES.join(', ')} from` };
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(join(cache, 'fetch-'));
  try {
    for (const sub of ['etc', 'state/lists/partial', 'cache/archives/partial', 'debs', 'root']) {
      mkdirSync(join(work, sub), { recursive: true });
    }
    writeFileSync(join(work, 'etc/sources.list'), `deb [signed-by=${KEYRING}] ${mirror} trixie main\n`);
    const apt = [
      '-q',
      '-o',
      `Dir::Etc::sourcelist=${join(work, 'etc/sources.list')}`,
      '-o',
      'Dir::Etc::sourceparts=-',
      '-o',
      `Dir::State=${join(work, 'state')}`,
      '-o',
      `Dir::Cache=${join(work, 'cache')}`,
      '-o',
      'APT::Sandbox::User=root',
    ];
    try {
      await execFileP('apt-get', [...apt, 'update'], { timeout: 180_000 });
      await execFileP('apt-get', [...apt, 'download', ...PACKAGES], { cwd: join(work, 'debs'), timeout: 300_000 });
    } catch (error) {
      const why = String((error as { stderr?: string }).stderr || (error as Error).message)
        .trim()
        .split('\n')
        .slice(-1)[0];
      return { skip: `skipped: cannot fetch ${PACKAGES.join(', ')} from ${mirror} trixie (${why})` };
    }
    for (const deb of readdirSync(join(work, 'debs')).filter((f) => f.endsWith('.deb'))) {
      await execFileP('dpkg-deb', ['-x', join(work, 'debs', deb), join(work, 'root')], { timeout: 120_000 });
    }
    // Another test process may have finished first: its tree is as good as ours.
    try {
      renameSync(join(work, 'root'), cached.root);
    } catch (error) {
      if (!existsSync(cached.dockerd)) throw error;
    }
    return cached;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * A private dockerd 26 with the containerd image store and a DOCKER_CONFIG holding the buildx
 * plugin. Use `cli` (trixie's docker 26) with BUILDX_BUILDER=default: the daemon's own builder.
 */
export async function startBuildxDaemon(docker: TrixieDocker): Promise<BuildxDaemon> {
  const dockerd = await startDockerd({
    dockerd: docker.dockerd,
    cli: docker.cli,
    daemonConfig: { features: { 'containerd-snapshotter': true } },
    // With the containerd store, the storage driver names a containerd snapshotter; vfs's is `native`.
    storageDriver: 'native',
    pathPrefix: [join(docker.root, 'usr/sbin'), join(docker.root, 'usr/bin')],
  });
  const dockerConfig = join(dockerd.dir, 'docker-config');
  mkdirSync(join(dockerConfig, 'cli-plugins'), { recursive: true });
  symlinkSync(docker.buildxPlugin, join(dockerConfig, 'cli-plugins', 'docker-buildx'));
  return { dockerd, cli: docker.cli, dockerConfig, stop: () => dockerd.stop() };
}
