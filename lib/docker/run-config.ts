/**
 * The docker configuration of one run: `docker login` by a command must not touch the user's own
 * `config.json` (a laptop's login stays as it was, byte for byte). The first login makes a
 * temporary DOCKER_CONFIG: a copy of the user's `config.json` (so docker still finds the user's
 * other credentials and settings) with the logged-in hosts left to docker's file store, and
 * links to the rest of the user's directory (cli-plugins, buildx builders, contexts). Removed
 * when the run ends.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type DockerConfigJson = Record<string, unknown> & {
  auths?: Record<string, unknown>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
};

const hostOf = (key: string) =>
  key
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();

/**
 * The user's config.json as the run's copy, for logins to `hosts`: docker stores a login in
 * credHelpers[host] or the credsStore when there is one, which would write our token into the
 * user's keychain. So: the user's credsStore becomes a credHelpers entry for each host it holds
 * (docker lists them in `auths`), and the logged-in hosts have neither.
 */
export function runConfigFor(user: unknown, hosts: readonly string[]): DockerConfigJson {
  const copy: DockerConfigJson = user && typeof user === 'object' && !Array.isArray(user) ? structuredClone(user as DockerConfigJson) : {};
  const ours = new Set(hosts.map(hostOf));
  const auths = { ...(copy.auths && typeof copy.auths === 'object' ? copy.auths : {}) };
  const helpers = { ...(copy.credHelpers && typeof copy.credHelpers === 'object' ? copy.credHelpers : {}) };
  if (typeof copy.credsStore === 'string' && copy.credsStore) {
    for (const key of Object.keys(auths)) if (!(key in helpers)) helpers[key] = copy.credsStore;
  }
  delete copy.credsStore;
  for (const key of Object.keys(helpers)) if (ours.has(hostOf(key))) delete helpers[key];
  for (const key of Object.keys(auths)) if (ours.has(hostOf(key))) delete auths[key];
  return { ...copy, auths, credHelpers: helpers };
}

export class RunDockerConfig {
  private dir: string | undefined;
  private readonly hosts: string[] = [];

  constructor(private readonly userDir: string | undefined) {}

  /** The directory (made on first use), ready for a `docker login` to `host`. */
  prepare(host: string): string {
    this.hosts.push(host);
    const dir = (this.dir ??= this.make());
    writeFileSync(join(dir, 'config.json'), JSON.stringify(runConfigFor(this.userConfig(), this.hosts), null, 2), { mode: 0o600 });
    return dir;
  }

  get path(): string | undefined {
    return this.dir;
  }

  remove(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
    this.hosts.length = 0;
  }

  private make(): string {
    const dir = mkdtempSync(join(tmpdir(), 'ci-images-docker-config-'));
    if (this.userDir && existsSync(this.userDir)) {
      for (const entry of readdirSync(this.userDir)) {
        if (entry !== 'config.json') symlinkSync(join(this.userDir, entry), join(dir, entry));
      }
    }
    return dir;
  }

  private userConfig(): unknown {
    if (!this.userDir) return undefined;
    try {
      return JSON.parse(readFileSync(join(this.userDir, 'config.json'), 'utf8'));
    } catch {
      return undefined; // none, or not JSON: the run's config starts empty
    }
  }
}
