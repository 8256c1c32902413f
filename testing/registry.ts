/**
 * A real registry (Debian's `docker-registry`, CNCF distribution) on 127.0.0.1 with a free port and
 * a temp storage dir, in three modes: open, htpasswd basic auth, and bearer-token auth.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalRegistry } from './local-registry.ts';
import { startTokenServer, type TokenServer } from './token-server.ts';

export type AuthMode = 'open' | 'basic' | 'token';

export interface RegistryOptions {
  readonly mode?: AuthMode;
  readonly username?: string;
  readonly password?: string;
  /** token mode: anonymous callers may pull. */
  readonly anonymousPull?: boolean;
  readonly tokenLifetimeSeconds?: number;
  /** token mode: OAuth2 refresh tokens → user (see token-server.ts). */
  readonly refreshTokens?: Readonly<Record<string, string>>;
  /** token mode: false makes the realm answer POST with 404. */
  readonly oauth2?: boolean;
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

export async function startRegistry(options: RegistryOptions = {}): Promise<RegistryServer> {
  const mode = options.mode ?? 'open';
  const username = options.username ?? TEST_USER;
  const password = options.password ?? TEST_PASSWORD;
  const dir = mkdtempSync(join(tmpdir(), 'ci-images-registry-'));
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
      refreshTokens: options.refreshTokens,
      oauth2: options.oauth2,
    });
    auth = {
      token: {
        realm: tokenServer.realm,
        service: 'ci-images-registry',
        issuer: 'ci-images-test-issuer',
        rootcertbundle: tokenServer.certPath,
      },
    };
  }
  const local = await startLocalRegistry({ dir, auth, onStop: async () => tokenServer?.stop() });
  return {
    mode,
    host: local.host,
    url: local.url,
    username,
    password,
    storageDir: local.storageDir,
    tokenServer,
    logs: local.logs,
    stop: local.stop,
  };
}
