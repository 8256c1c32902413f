/**
 * A real registry (Debian's `docker-registry`, CNCF distribution) on 127.0.0.1 with a free port and
 * a temp storage dir, in three modes: open, htpasswd basic auth, and bearer-token auth.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { collectOutput, freePort, startProcess, stopProcess, waitForHttp } from './processes.ts';
import { startTokenServer, type TokenServer } from './token-server.ts';

export type AuthMode = 'open' | 'basic' | 'token';

export interface RegistryOptions {
  readonly mode?: AuthMode;
  readonly username?: string;
  readonly password?: string;
  /** token mode: anonymous callers may pull. */
  readonly anonymousPull?: boolean;
  readonly tokenLifetimeSeconds?: number;
}

export interface RegistryServer {
  readonly mode: AuthMode;
  /** `127.0.0.1:PORT` */
  readonly host: string;
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly username: string;
  readonly password: string;
  readonly storageDir: string;
  readonly tokenServer: TokenServer | undefined;
  logs(): string;
  stop(): Promise<void>;
}

export const TEST_USER = 'ci-user';
export const TEST_PASSWORD = 'ci-images-test-secret-Zq7';

function yaml(lines: Record<string, unknown>, indent = ''): string {
  return Object.entries(lines)
    .map(([key, value]) =>
      typeof value === 'object' && value !== null
        ? `${indent}${key}:\n${yaml(value as Record<string, unknown>, indent + '  ')}`
        : `${indent}${key}: ${JSON.stringify(value)}\n`,
    )
    .join('');
}

export async function startRegistry(options: RegistryOptions = {}): Promise<RegistryServer> {
  const mode = options.mode ?? 'open';
  const username = options.username ?? TEST_USER;
  const password = options.password ?? TEST_PASSWORD;
  const dir = mkdtempSync(join(tmpdir(), 'ci-images-registry-'));
  const storageDir = join(dir, 'storage');
  let tokenServer: TokenServer | undefined;
  let auth: Record<string, unknown> | undefined;
  if (mode === 'basic') {
    const htpasswd = execFileSync('htpasswd', ['-Bin', username], { input: password }).toString();
    writeFileSync(join(dir, 'htpasswd'), htpasswd);
    auth = { htpasswd: { realm: 'ci-images-test', path: join(dir, 'htpasswd') } };
  } else if (mode === 'token') {
    tokenServer = await startTokenServer({
      service: 'ci-images-registry',
      issuer: 'ci-images-test-issuer',
      users: { [username]: password },
      anonymousPull: options.anonymousPull,
      tokenLifetimeSeconds: options.tokenLifetimeSeconds,
    });
    auth = { token: { realm: tokenServer.realm, service: 'ci-images-registry', issuer: 'ci-images-test-issuer', rootcertbundle: tokenServer.certPath } };
  }
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const config = {
      version: 0.1,
      log: { level: 'error', accesslog: { disabled: true } },
      storage: {
        filesystem: { rootdirectory: storageDir },
        delete: { enabled: true },
        maintenance: { uploadpurging: { enabled: false } },
      },
      http: { addr: `127.0.0.1:${port}`, secret: randomBytes(16).toString('hex') },
      ...(auth ? { auth } : {}),
    };
    writeFileSync(join(dir, 'config.yml'), yaml(config));
    const child = startProcess('docker-registry', ['serve', join(dir, 'config.yml')]);
    const logs = collectOutput(child);
    try {
      await waitForHttp(`http://127.0.0.1:${port}/v2/`, child);
    } catch (error) {
      await stopProcess(child);
      if (attempt < 3) continue;
      await tokenServer?.stop();
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`docker-registry did not start: ${(error as Error).message}\n${logs()}`);
    }
    return {
      mode, host: `127.0.0.1:${port}`, url: `http://127.0.0.1:${port}`, username, password, storageDir, tokenServer, logs,
      async stop() {
        await stopProcess(child);
        await tokenServer?.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
}
