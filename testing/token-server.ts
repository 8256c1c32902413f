/**
 * A Docker-style token server (the `realm` of a Bearer challenge) for the real registry in token
 * mode: self-signed certificate (openssl), RS256 JWTs with an `x5c` header, made with node:crypto.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createPrivateKey, createSign, randomUUID, X509Certificate, type KeyObject } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TokenServerOptions {
  readonly service: string;
  readonly issuer: string;
  readonly users: Readonly<Record<string, string>>;
  /** Anonymous callers get pull access (like public ghcr.io images). */
  readonly anonymousPull?: boolean;
  readonly tokenLifetimeSeconds?: number;
  /**
   * OAuth2 refresh tokens (docker's identity tokens) → the user they stand for. Accepted in a
   * `grant_type=refresh_token` form POST, and as the password of the Basic token GET.
   */
  readonly refreshTokens?: Readonly<Record<string, string>>;
  /** false: the realm answers POST with 404, as token servers without OAuth2 do (default true). */
  readonly oauth2?: boolean;
}

export interface TokenRequestRecord {
  readonly method: string;
  /** The form's `grant_type` of a POST; its `client_id` and `service`. */
  readonly grantType?: string;
  readonly clientId?: string;
  readonly service?: string;
  readonly scope: string[];
  readonly user: string | undefined;
  readonly status: number;
}

export interface TokenServer {
  readonly realm: string;
  readonly certPath: string;
  readonly requests: TokenRequestRecord[];
  stop(): Promise<void>;
}

let cachedKey: { dir: string; key: KeyObject; certPath: string; certDer: string } | undefined;

function signingMaterial() {
  if (cachedKey) return cachedKey;
  const dir = mkdtempSync(join(tmpdir(), 'ci-images-token-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=ci-images-test-token',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const pem = readFileSync(join(dir, 'cert.pem'), 'utf8');
  const certDer = new X509Certificate(pem).raw.toString('base64');
  cachedKey = { dir, key: createPrivateKey(readFileSync(join(dir, 'key.pem'))), certPath: join(dir, 'cert.pem'), certDer };
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return cachedKey;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export function signToken(claims: Record<string, unknown>): string {
  const { key, certDer } = signingMaterial();
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', x5c: [certDer] }));
  const payload = b64url(JSON.stringify(claims));
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(key);
  return `${header}.${payload}.${b64url(signature)}`;
}

function basicUser(
  req: IncomingMessage,
  users: Readonly<Record<string, string>>,
  refresh: Readonly<Record<string, string>>,
): { user?: string; ok: boolean } {
  const header = req.headers.authorization;
  if (!header) return { ok: true };
  const match = /^Basic (.+)$/i.exec(header);
  if (!match) return { ok: false };
  const decoded = Buffer.from(match[1], 'base64').toString();
  const user = decoded.slice(0, decoded.indexOf(':'));
  const password = decoded.slice(decoded.indexOf(':') + 1);
  if (Object.hasOwn(refresh, password)) return { user: refresh[password], ok: true };
  return { user, ok: Object.hasOwn(users, user) && users[user] === password };
}

export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const { certPath } = signingMaterial();
  const requests: TokenRequestRecord[] = [];
  const refresh = options.refreshTokens ?? {};
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let params = url.searchParams;
    let grant: { grantType?: string; clientId?: string; user?: string; ok: boolean } | undefined;
    if (req.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const token = params.get('refresh_token') ?? '';
      const known = params.get('grant_type') === 'refresh_token' && Object.hasOwn(refresh, token);
      grant = {
        grantType: params.get('grant_type') ?? undefined,
        clientId: params.get('client_id') ?? undefined,
        user: known ? refresh[token] : undefined,
        ok: known,
      };
    }
    const scope = params
      .getAll('scope')
      .flatMap((s) => s.split(' '))
      .filter(Boolean);
    const { user, ok } = grant ?? basicUser(req, options.users, refresh);
    const record = (status: number) =>
      requests.push({
        method: req.method ?? 'GET',
        grantType: grant?.grantType,
        clientId: grant?.clientId,
        service: params.get('service') ?? undefined,
        scope,
        user,
        status,
      });
    if (req.method === 'POST' && options.oauth2 === false) {
      record(404);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('404 page not found');
      return;
    }
    if (!ok) {
      record(401);
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ details: 'invalid credentials' }));
      return;
    }
    const access = scope.map((s) => {
      const [type, name, actions] = s.split(':');
      const wanted = (actions ?? '').split(',').filter(Boolean);
      const granted = user ? wanted : options.anonymousPull ? wanted.filter((a) => a === 'pull') : [];
      return { type, name, actions: granted };
    });
    const now = Math.floor(Date.now() / 1000);
    const lifetime = options.tokenLifetimeSeconds ?? 300;
    const token = signToken({
      iss: options.issuer,
      sub: user ?? '',
      aud: options.service,
      exp: now + lifetime,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    });
    record(200);
    // OAuth2 answers carry access_token only (docker's token GET both): we must accept either.
    const body = grant
      ? { access_token: token, expires_in: lifetime, scope: scope.join(' ') }
      : { token, access_token: token, expires_in: lifetime, issued_at: new Date().toISOString() };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    certPath,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
