/**
 * The rig of the producer-watch tests (test/itg/commands/wait-producer*.test.ts): two real
 * registries (ghcr.io with token auth, docker.pkg.github.com with basic auth), GitHub API stubs
 * with workflow runs scripted over time, and the environment of a wait that follows a producer.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RegistryServer } from '../../testing/registry.ts';
import { startGithubApiStub, type GithubApiStub, type GithubApiStubOptions, type StubRun } from '../../testing/github-api-stub.ts';
import { makeTestImage, pushSampleImage } from '../../testing/sample-image.ts';
import { RegistryClient } from '../../lib/registry/client.ts';
import { parseReference } from '../../lib/oci/reference.ts';

export const GHCR_TOKEN = 'ghcr-FAKE-token-producer-51d2';
export const GITHUB_TOKEN = 'ghp_FAKEactionsReadToken9c4e';
export const USER = 'ci-bot';
export const SHA = '3f1c9e0a7b2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e';
export const SCRIPT = 'scripts/ci/images/wait-for-all-ci-images.ts';
export const RUN_URL = (id: number) => `https://github.com/apache/airflow/actions/runs/${id}`;

export interface Ctx {
  ghcr: RegistryServer;
  pkg: RegistryServer;
  dir: string;
  stubs: GithubApiStub[];
}

/** A suite with the registries started before and everything stopped after, even on failure. */
export function producerSuite(name: string) {
  const test = suite<Ctx>(name);
  test.before(async (ctx) => {
    ctx.ghcr = await startRegistry({ mode: 'token', username: USER, password: GHCR_TOKEN });
    ctx.pkg = await startRegistry({ mode: 'basic', username: USER, password: GITHUB_TOKEN });
    ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-producer-'));
    ctx.stubs = [];
  });
  test.after(async (ctx) => {
    await Promise.all((ctx.stubs ?? []).map((s) => s.stop()));
    await ctx.ghcr?.stop();
    await ctx.pkg?.stop();
    if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
  });
  return test;
}

let tagCounter = 7000 + Math.floor(Math.random() * 1000) * 10;
export function env(ctx: Ctx, apiUrl: string, extra: Record<string, string> = {}) {
  const tag = String(tagCounter++);
  const output = join(ctx.dir, `output-${tag}`);
  const summary = join(ctx.dir, `summary-${tag}`);
  writeFileSync(output, '');
  return {
    tag,
    output,
    summary,
    image: `ghcr.io/apache/airflow-master-python3.8-ci-v2:${tag}`,
    vars: {
      USE_GITHUB_REGISTRY: 'true',
      GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'true',
      GITHUB_REGISTRY: 'ghcr.io',
      GITHUB_REPOSITORY: 'apache/airflow',
      GITHUB_USERNAME: USER,
      GITHUB_TOKEN,
      CONTAINER_REGISTRY_TOKEN: GHCR_TOKEN,
      GITHUB_REGISTRY_PULL_IMAGE_TAG: tag,
      CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8',
      REGISTRY_ENDPOINTS: `ghcr.io=${ctx.ghcr.url},docker.pkg.github.com=${ctx.pkg.url}`,
      GITHUB_API_URL: apiUrl,
      GITHUB_SHA: SHA,
      WAIT_FOR_IMAGE_API_INTERVAL: '1',
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      ...extra,
    },
  };
}

export async function stub(ctx: Ctx, runs: StubRun[], options: Partial<GithubApiStubOptions> = {}): Promise<GithubApiStub> {
  const started = await startGithubApiStub({ token: GITHUB_TOKEN, packages: [], runs, ...options });
  ctx.stubs.push(started);
  return started;
}

export const buildRun = (id: number, timeline: StubRun['timeline']): StubRun => ({
  id,
  owner: 'apache',
  repo: 'airflow',
  workflowFile: 'build-images.yml',
  workflowId: 900,
  name: 'Build images',
  headSha: SHA,
  event: 'pull_request_target',
  timeline,
});

export function pushLater(ctx: Ctx, reference: string, afterMs: number): Promise<string> {
  const client = new RegistryClient({
    endpoints: new Map([['ghcr.io', ctx.ghcr.url]]),
    credentials: () => ({ username: USER, password: GHCR_TOKEN }),
  });
  return new Promise((resolve, reject) =>
    setTimeout(() => pushSampleImage(client, makeTestImage({ layers: 1 }), parseReference(reference)).then(resolve, reject), afterMs),
  );
}

export const noSecrets = (text: string) => {
  assert.not.ok(text.includes(GITHUB_TOKEN), 'GITHUB_TOKEN leaked');
  assert.not.ok(text.includes(GHCR_TOKEN), 'ghcr token leaked');
};

/** Every request to the stub carried the documented headers. */
export function documentedHeaders(api: GithubApiStub) {
  assert.ok(api.requests.length > 0, 'the API was asked');
  for (const r of api.requests) {
    assert.is(r.authorization, `Bearer ${GITHUB_TOKEN}`);
    assert.is(r.accept, 'application/vnd.github+json');
    assert.is(r.apiVersion, '2022-11-28');
    assert.ok(r.userAgent?.startsWith('ci-images'), r.userAgent);
  }
}

export const jobRequests = (api: GithubApiStub) => api.requests.filter((r) => r.path.includes('/jobs'));

export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
