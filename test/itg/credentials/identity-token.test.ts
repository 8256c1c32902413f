/**
 * Identity tokens against a real registry in token mode: docker's `identitytoken` (or a helper's
 * `<token>` user) is an OAuth2 refresh token exchanged at the realm with a form POST; a realm
 * without OAuth2 (POST → 404) gets the token GET with Basic instead; `registrytoken` is the
 * Bearer token itself.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { signToken } from '../../../testing/token-server.ts';
import { credentialHelpers, type CredentialHelpers } from '../../../testing/credential-helpers.ts';
import { pushTestImage } from '../../helpers/client-images.ts';
import { makeTestImage } from '../../helpers/images.ts';
import { CredentialChain } from '../../../lib/credentials/index.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';
import { isRefused } from '../../../lib/registry/errors.ts';
import { parseReference } from '../../../lib/oci/reference.ts';
import { OAUTH2_CLIENT_ID } from '../../../lib/registry/oauth2-refresh.ts';

const REFRESH = 'refresh-token-of-ci-user-Xq81';

interface Ctx {
  oauth: RegistryServer;
  plain: RegistryServer;
  dir: string;
  helpers: CredentialHelpers;
  savedPath?: string;
}
const test = suite<Ctx>('identity and registry tokens');

test.before(async (ctx) => {
  ctx.oauth = await startRegistry({ mode: 'token', refreshTokens: { [REFRESH]: 'ci-user' } });
  ctx.plain = await startRegistry({ mode: 'token', refreshTokens: { [REFRESH]: 'ci-user' }, oauth2: false });
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-idtoken-'));
  ctx.helpers = credentialHelpers({
    tokens: { behaviour: 'good', secrets: { [ctx.oauth.host]: { Username: '<token>', Secret: REFRESH } } },
  });
  ctx.savedPath = process.env.PATH;
  process.env.PATH = ctx.helpers.path;
  for (const registry of [ctx.oauth, ctx.plain]) {
    const client = new RegistryClient({ credentials: () => ({ username: registry.username, password: registry.password }) });
    await pushTestImage(client, makeTestImage(), parseReference(`${registry.host}/apache/idt:latest`));
  }
});
test.after(async (ctx) => {
  process.env.PATH = ctx.savedPath;
  ctx.helpers?.remove();
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
  await ctx.oauth?.stop();
  await ctx.plain?.stop();
});

function clientWith(ctx: Ctx, config: unknown): RegistryClient {
  const path = join(ctx.dir, `${randomUUID()}.json`);
  writeFileSync(path, JSON.stringify(config));
  const chain = new CredentialChain({ dockerConfigPath: path });
  return new RegistryClient({
    credentials: async (host, repository) => {
      const answer = await chain.lookup(host, repository);
      return answer && { ...answer.credentials, source: answer.source };
    },
    retry: { attempts: 1 },
  });
}
const exists = (client: RegistryClient, registry: RegistryServer) => client.exists(parseReference(`${registry.host}/apache/idt:latest`));

test('identitytoken: a refresh_token POST at the realm (service, scope, client_id); access_token accepted', async (ctx) => {
  const before = ctx.oauth.tokenServer!.requests.length;
  const client = clientWith(ctx, { auths: { [ctx.oauth.host]: { identitytoken: REFRESH } } });
  assert.is(await exists(client, ctx.oauth), true);
  const [request] = ctx.oauth.tokenServer!.requests.slice(before);
  assert.is(request.method, 'POST');
  assert.is(request.grantType, 'refresh_token');
  assert.is(request.clientId, OAUTH2_CLIENT_ID);
  assert.is(request.service, 'ci-images-registry');
  assert.equal(request.scope, ['repository:apache/idt:pull']);
  assert.is(request.user, 'ci-user');
  assert.is(request.status, 200);
});

test('a realm without OAuth2 (POST → 404): the token GET with Basic', async (ctx) => {
  const before = ctx.plain.tokenServer!.requests.length;
  const client = clientWith(ctx, { auths: { [ctx.plain.host]: { identitytoken: REFRESH } } });
  assert.is(await exists(client, ctx.plain), true);
  const requests = ctx.plain.tokenServer!.requests.slice(before);
  assert.equal(
    requests.map((r) => `${r.method} ${r.status}`),
    ['POST 404', 'GET 200'],
  );
  assert.is(requests[1].user, 'ci-user', 'the GET carried the identity token as Basic');
});

test('a helper answering the user <token>: its secret is an identity token', async (ctx) => {
  const before = ctx.oauth.tokenServer!.requests.length;
  const client = clientWith(ctx, { credHelpers: { [ctx.oauth.host]: 'tokens' } });
  assert.is(await exists(client, ctx.oauth), true);
  assert.equal(
    ctx.oauth.tokenServer!.requests.slice(before).map((r) => `${r.method} ${r.grantType}`),
    ['POST refresh_token'],
  );
});

test('a refresh token the realm does not know: refused (exit 3)', async (ctx) => {
  const client = clientWith(ctx, { auths: { [ctx.oauth.host]: { identitytoken: 'not-a-known-refresh-token' } } });
  const error = await exists(client, ctx.oauth).catch((e) => e);
  assert.ok(isRefused(error), String(error));
  assert.match(error.message, 'an identity token');
});

test('registrytoken: sent as the Bearer token as it is, no token request', async (ctx) => {
  const now = Math.floor(Date.now() / 1000);
  const token = signToken({
    iss: 'ci-images-test-issuer',
    sub: 'ci-user',
    aud: 'ci-images-registry',
    exp: now + 300,
    nbf: now - 10,
    iat: now,
    jti: randomUUID(),
    access: [{ type: 'repository', name: 'apache/idt', actions: ['pull'] }],
  });
  const before = ctx.oauth.tokenServer!.requests.length;
  const client = clientWith(ctx, { auths: { [ctx.oauth.host]: { registrytoken: token } } });
  assert.is(await exists(client, ctx.oauth), true);
  assert.is(ctx.oauth.tokenServer!.requests.length, before);
});

test.run();
