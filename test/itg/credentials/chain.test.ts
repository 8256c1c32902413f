/**
 * The credential chain against a real htpasswd registry: each kind of stored credentials a
 * developer's machine has (config.json credHelpers / credsStore / auths, containers auth.json),
 * answered by real helper programs speaking the docker-credential-* protocol (testing/).
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { credentialHelpers, type CredentialHelpers } from '../../../testing/credential-helpers.ts';
import { pushTestImage } from '../../helpers/client-images.ts';
import { makeTestImage } from '../../helpers/images.ts';
import { CredentialChain, type CredentialChainOptions } from '../../../lib/credentials/index.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';
import type { CredentialSource } from '../../../lib/registry/credentials.ts';
import { isRefused } from '../../../lib/registry/errors.ts';
import { parseReference } from '../../../lib/oci/reference.ts';
import { redact, registerSecret } from '../../../lib/support/secrets.ts';

interface Ctx {
  registry: RegistryServer;
  helpers: CredentialHelpers;
  dir: string;
  savedPath: string | undefined;
}
const test = suite<Ctx>('credential chain against an htpasswd registry');

test.before(async (ctx) => {
  ctx.registry = await startRegistry({ mode: 'basic' });
  const secret = { Username: ctx.registry.username, Secret: ctx.registry.password };
  ctx.helpers = credentialHelpers({
    desktop: { behaviour: 'good', secrets: { [ctx.registry.host]: secret } },
    pass: { behaviour: 'good', secrets: { [ctx.registry.host]: secret } },
    empty: { behaviour: 'good', secrets: {} },
    failing: { behaviour: 'failing' },
    hanging: { behaviour: 'hanging' },
    garbage: { behaviour: 'garbage' },
    huge: { behaviour: 'huge' },
  });
  ctx.savedPath = process.env.PATH;
  process.env.PATH = ctx.helpers.path;
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-creds-'));
  await pushTestImage(
    new RegistryClient({ credentials: () => ({ username: ctx.registry.username, password: ctx.registry.password }) }),
    makeTestImage(),
    parseReference(`${ctx.registry.host}/apache/creds:latest`),
  );
});
test.after(async (ctx) => {
  process.env.PATH = ctx.savedPath;
  ctx.helpers?.remove();
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
  await ctx.registry?.stop();
});

let fileCount = 0;
function writeJson(ctx: Ctx, content: unknown): string {
  const path = join(ctx.dir, `f${fileCount++}`, 'config.json');
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, JSON.stringify(content));
  return path;
}
const basicAuth = (r: RegistryServer, password = r.password) => Buffer.from(`${r.username}:${password}`).toString('base64');

/** The chain as the registry client's source (what lib/cli/clients.ts wires). */
function lookupOf(chain: CredentialChain): CredentialSource {
  const lookup = async (host: string, repository?: string) => {
    const answer = await chain.lookup(host, repository);
    return answer && { ...answer.credentials, source: answer.source };
  };
  return Object.assign(lookup, { explainMissing: (host: string) => chain.explainMissing(host) });
}

async function reads(
  ctx: Ctx,
  options: CredentialChainOptions,
  repository = 'apache/creds',
): Promise<{ ok: boolean; error?: Error; chain: CredentialChain; notices: string[] }> {
  const notices: string[] = [];
  const chain = new CredentialChain({
    onSecret: registerSecret,
    onNotice: (line) => notices.push(line),
    helper: { timeoutMs: 1500 },
    ...options,
  });
  const client = new RegistryClient({ credentials: lookupOf(chain), retry: { attempts: 1 } });
  try {
    return { ok: await client.exists(parseReference(`${ctx.registry.host}/${repository}:latest`)), chain, notices };
  } catch (error) {
    return { ok: false, error: error as Error, chain, notices };
  }
}

test('credsStore: the helper answers, the registry accepts; the source names helper and file', async (ctx) => {
  const path = writeJson(ctx, { auths: { [ctx.registry.host]: {} }, credsStore: 'desktop' });
  const result = await reads(ctx, { dockerConfigPath: path });
  assert.ok(result.ok, String(result.error));
  const answer = await result.chain.lookup(ctx.registry.host);
  assert.is(answer?.source, `credential helper docker-credential-desktop (credsStore in ${path})`);
  assert.is(answer?.credentials.username, ctx.registry.username);
  // Registered as a secret: redacted wherever it would be printed.
  assert.not.match(redact(`x ${ctx.registry.password} y`), ctx.registry.password);
});

test('credHelpers[host] wins over credsStore', async (ctx) => {
  const path = writeJson(ctx, { credsStore: 'failing', credHelpers: { [ctx.registry.host]: 'pass' } });
  const result = await reads(ctx, { dockerConfigPath: path });
  assert.ok(result.ok, String(result.error));
  assert.match(
    (await result.chain.lookup(ctx.registry.host))!.source,
    `docker-credential-pass (credHelpers["${ctx.registry.host}"] in ${path})`,
  );
  assert.equal(result.notices, []);
  assert.not.ok(
    ctx.helpers.calls('failing').some((call) => call.includes(ctx.registry.host)),
    'the credsStore was not asked',
  );
});

test('URL-form auths keys match their host (https://host, host/v2/)', async (ctx) => {
  for (const key of [`https://${ctx.registry.host}`, `${ctx.registry.host}/v2/`, `http://${ctx.registry.host}/v1/`]) {
    const path = writeJson(ctx, { auths: { [key]: { auth: basicAuth(ctx.registry) } } });
    const result = await reads(ctx, { dockerConfigPath: path });
    assert.ok(result.ok, `${key}: ${result.error}`);
    assert.is((await result.chain.lookup(ctx.registry.host))?.source, `${path} auths[${JSON.stringify(key)}]`);
  }
});

test('credsStore is final, as docker: an auths entry beside it is not used', async (ctx) => {
  const path = writeJson(ctx, { auths: { [ctx.registry.host]: { auth: basicAuth(ctx.registry) } }, credsStore: 'empty' });
  const result = await reads(ctx, { dockerConfigPath: path });
  assert.ok(result.error && isRefused(result.error), String(result.error));
  assert.match(result.error!.message, `no credentials for ${ctx.registry.host} (looked in: ${path})`);
});

test('auth.json: REGISTRY_AUTH_FILE-style single file, and the runtime file before the config-home file', async (ctx) => {
  const good = writeJson(ctx, { auths: { [ctx.registry.host]: { auth: basicAuth(ctx.registry) } } });
  const wrong = writeJson(ctx, { auths: { [ctx.registry.host]: { auth: basicAuth(ctx.registry, 'wrong-password-1234') } } });
  const alone = await reads(ctx, { authFilePaths: [good] });
  assert.ok(alone.ok, String(alone.error));
  const runtimeFirst = await reads(ctx, { authFilePaths: [good, wrong] });
  assert.ok(runtimeFirst.ok, String(runtimeFirst.error));
  const wrongFirst = await reads(ctx, { authFilePaths: [wrong, good] });
  assert.ok(wrongFirst.error && isRefused(wrongFirst.error), 'the first file that answers wins, even with a wrong password');
  const missingRuntime = await reads(ctx, { authFilePaths: [join(ctx.dir, 'nowhere', 'auth.json'), good] });
  assert.ok(missingRuntime.ok, String(missingRuntime.error));
});

test('auth.json: the most specific host/namespace/repo key wins', async (ctx) => {
  const path = writeJson(ctx, {
    auths: {
      [ctx.registry.host]: { auth: basicAuth(ctx.registry, 'wrong-password-1234') },
      [`${ctx.registry.host}/apache`]: { auth: basicAuth(ctx.registry, 'wrong-password-5678') },
      [`${ctx.registry.host}/apache/creds`]: { auth: basicAuth(ctx.registry) },
    },
  });
  const result = await reads(ctx, { authFilePaths: [path] });
  assert.ok(result.ok, String(result.error));
  assert.is((await result.chain.lookup(ctx.registry.host, 'apache/creds'))?.source, `${path} auths["${ctx.registry.host}/apache/creds"]`);
  assert.is((await result.chain.lookup(ctx.registry.host, 'apache/other'))?.source, `${path} auths["${ctx.registry.host}/apache"]`);
  assert.is((await result.chain.lookup(ctx.registry.host, 'other/x'))?.source, `${path} auths["${ctx.registry.host}"]`);
});

test('auth.json credHelpers answer for their host', async (ctx) => {
  const path = writeJson(ctx, { credHelpers: { [ctx.registry.host]: 'pass' } });
  const result = await reads(ctx, { authFilePaths: [path] });
  assert.ok(result.ok, String(result.error));
});

test('token variables keep precedence over every file', async (ctx) => {
  const path = writeJson(ctx, { credsStore: 'desktop' });
  const desktopCallsBefore = ctx.helpers.calls('desktop').length;
  const result = await reads(ctx, {
    dockerConfigPath: path,
    variables: () => ({
      names: ['CONTAINER_REGISTRY_TOKEN'],
      answer: { credentials: { username: ctx.registry.username, password: 'from-the-variable-999' }, source: 'CONTAINER_REGISTRY_TOKEN' },
    }),
  });
  assert.ok(result.error && isRefused(result.error), 'the variable (wrong here) was used, not the helper');
  assert.equal(result.chain.explainAll(), [
    `${ctx.registry.host}: the credentials of ${ctx.registry.username} from CONTAINER_REGISTRY_TOKEN`,
  ]);
  assert.is(ctx.helpers.calls('desktop').length, desktopCallsBefore, 'the credsStore helper was not asked');
});

for (const [behaviour, reason] of [
  ['missing', 'is not on PATH'],
  ['failing', 'exited with status 4: the keychain is locked'],
  ['hanging', 'did not answer within 2 s and was stopped'],
  ['garbage', 'printed something that is not JSON'],
  ['huge', 'printed more than 65536 bytes and was stopped'],
] as const) {
  test(`a ${behaviour} helper: one line naming it and where it was configured, anonymous, the line in the refusal`, async (ctx) => {
    const path = writeJson(ctx, { credsStore: behaviour });
    const result = await reads(ctx, { dockerConfigPath: path });
    const line = `credential helper docker-credential-${behaviour} (credsStore in ${path}) ${reason}`;
    assert.equal(result.notices, [line]);
    assert.ok(result.error && isRefused(result.error), String(result.error));
    assert.match(result.error!.message, line);
    assert.match(result.error!.message, `no credentials for ${ctx.registry.host}`);
  });
}

test('a helper is asked at most once per host per run, whatever the number of requests', async (ctx) => {
  const path = writeJson(ctx, { credHelpers: { [ctx.registry.host]: 'pass', 'other.example': 'pass' } });
  const before = ctx.helpers.calls('pass').length;
  const chain = new CredentialChain({ dockerConfigPath: path });
  const client = new RegistryClient({ credentials: lookupOf(chain) });
  for (const name of ['apache/creds', 'apache/creds', 'apache/x', 'other/y'])
    await client.exists(parseReference(`${ctx.registry.host}/${name}:latest`));
  await Promise.all([chain.lookup(ctx.registry.host, 'a/b'), chain.lookup(ctx.registry.host, 'c/d'), chain.lookup('other.example')]);
  assert.equal(ctx.helpers.calls('pass').slice(before), [`get ${ctx.registry.host}`, 'get other.example']);
});

test('Docker Hub is asked for by its v1 URL', async (ctx) => {
  const path = writeJson(ctx, { credHelpers: { 'https://index.docker.io/v1/': 'empty' } });
  await new CredentialChain({ dockerConfigPath: path }).lookup('docker.io');
  assert.equal(ctx.helpers.calls('empty').slice(-1), ['get https://index.docker.io/v1/']);
});

test('a config.json that is not JSON: one line, then the next source', async (ctx) => {
  const broken = join(ctx.dir, 'broken.json');
  writeFileSync(broken, '{ not json');
  const good = writeJson(ctx, { auths: { [ctx.registry.host]: { auth: basicAuth(ctx.registry) } } });
  const result = await reads(ctx, { dockerConfigPath: broken, authFilePaths: [good] });
  assert.ok(result.ok, String(result.error));
  assert.equal(result.notices, [`${broken} is not valid JSON: ignored`]);
});

test.run();
