/**
 * The wait follows the run that pushes its images (issue 23), end to end: the wait recipe, real
 * registries (testing/registry.ts) and the GitHub API stub with workflow runs scripted over time.
 * WAIT_FOR_IMAGE_API_INTERVAL=1 stands in for the 15 s between API rounds.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { startGithubApiStub, type GithubApiStub, type GithubApiStubOptions, type StubRun } from '../../../testing/github-api-stub.ts';
import { makeTestImage, pushSampleImage } from '../../../testing/sample-image.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';
import { parseReference } from '../../../lib/oci/reference.ts';
import { parseOutputFile } from '../../../lib/github/actions.ts';
import { jsonEnvelope, runScript } from '../../helpers/run-script.ts';

const GHCR_TOKEN = 'ghcr-FAKE-token-producer-51d2';
const GITHUB_TOKEN = 'ghp_FAKEactionsReadToken9c4e';
const USER = 'ci-bot';
const SHA = '3f1c9e0a7b2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e';
const SCRIPT = 'scripts/ci/images/wait-for-all-ci-images.ts';
const RUN_URL = (id: number) => `https://github.com/apache/airflow/actions/runs/${id}`;

interface Ctx {
  ghcr: RegistryServer;
  pkg: RegistryServer;
  dir: string;
  stubs: GithubApiStub[];
}

const test = suite<Ctx>('wait follows its producer run (GitHub API stub, real registries)');
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

let tagCounter = 7000;
function env(ctx: Ctx, apiUrl: string, extra: Record<string, string> = {}) {
  const tag = String(tagCounter++);
  const output = join(ctx.dir, `output-${tag}`);
  const summary = join(ctx.dir, `summary-${tag}`);
  writeFileSync(output, '');
  return {
    tag, output, summary,
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

async function stub(ctx: Ctx, runs: StubRun[], options: Partial<GithubApiStubOptions> = {}): Promise<GithubApiStub> {
  const started = await startGithubApiStub({ token: GITHUB_TOKEN, packages: [], runs, ...options });
  ctx.stubs.push(started);
  return started;
}

const buildRun = (id: number, timeline: StubRun['timeline']): StubRun => ({
  id, owner: 'apache', repo: 'airflow', workflowFile: 'build-images.yml', workflowId: 900, name: 'Build images', headSha: SHA, event: 'pull_request_target', timeline,
});

function pushLater(ctx: Ctx, reference: string, afterMs: number): Promise<string> {
  const client = new RegistryClient({ endpoints: new Map([['ghcr.io', ctx.ghcr.url]]), credentials: () => ({ username: USER, password: GHCR_TOKEN }) });
  return new Promise((resolve, reject) => setTimeout(() => pushSampleImage(client, makeTestImage({ layers: 1 }), parseReference(reference)).then(resolve, reject), afterMs));
}

const noSecrets = (text: string) => {
  assert.not.ok(text.includes(GITHUB_TOKEN), 'GITHUB_TOKEN leaked');
  assert.not.ok(text.includes(GHCR_TOKEN), 'ghcr token leaked');
};

/** Every request to the stub carried the documented headers. */
function documentedHeaders(api: GithubApiStub) {
  assert.ok(api.requests.length > 0, 'the API was asked');
  for (const r of api.requests) {
    assert.is(r.authorization, `Bearer ${GITHUB_TOKEN}`);
    assert.is(r.accept, 'application/vnd.github+json');
    assert.is(r.apiVersion, '2022-11-28');
    assert.ok(r.userAgent?.startsWith('ci-images'), r.userAgent);
  }
}

const jobRequests = (api: GithubApiStub) => api.requests.filter((r) => r.path.includes('/jobs'));

test('a producer that fails at 3 s ends a 600 s wait at once, naming the run and the failed job', async (ctx) => {
  const api = await stub(ctx, [buildRun(4242, [
    { atMs: 0, status: 'in_progress', jobs: [{ name: 'Build CI images (3.8)', conclusion: null }, { name: 'Lint', conclusion: null }] },
    { atMs: 3000, status: 'completed', conclusion: 'failure', jobs: [{ name: 'Build CI images (3.8)', conclusion: 'failure' }, { name: 'Lint', conclusion: 'success' }] },
  ])]);
  const e = env(ctx, api.url);
  // Killed at 30 s (code null): ending in time is part of what is tested.
  const run = await runScript(SCRIPT, ['--timeout', '600', '--poll-interval', '1', '--producer', 'build-images.yml', '--json'], e.vars, { timeoutMs: 30_000 });
  assert.is(run.code, 1, run.stderr);
  const doc = jsonEnvelope(run.stdout);
  assert.is(doc.ok, false);
  if (!doc.error) throw new Error('no error in the envelope');
  for (const part of [RUN_URL(4242), 'ended failure', 'Build CI images (3.8)', `${RUN_URL(4242)}/job/424200`, e.image]) {
    assert.ok(doc.error.message.includes(part), `${part} in ${doc.error.message}`);
  }
  assert.not.ok(doc.error.message.includes('Lint'), 'a job that succeeded is not named');
  assert.is(doc.result.producer.runId, 4242);
  assert.is(doc.result.producer.conclusion, 'failure');
  assert.equal(doc.result.missing, [e.image]);
  assert.match(run.stderr, /producer run https:\/\/github\.com\/apache\/airflow\/actions\/runs\/4242 in_progress for \d+s/);
  const outputs = parseOutputFile(readFileSync(e.output, 'utf8'));
  assert.is(outputs.get('producerRunId'), '4242');
  assert.is(outputs.get('producerRunUrl'), RUN_URL(4242));
  const summary = readFileSync(e.summary, 'utf8');
  assert.match(summary, /Wait stopped: the producer run will not push the images/);
  assert.ok(summary.includes('[Build CI images \\(3.8\\)](https://github.com/apache/airflow/actions/runs/4242/job/424200)'), summary);
  documentedHeaders(api);
  // The lookup by workflow and commit, then the run by id, conditional: unchanged reads are 304s.
  assert.match(api.requests[0].path, new RegExp(`^/repos/apache/airflow/actions/workflows/build-images\\.yml/runs\\?head_sha=${SHA}`));
  assert.ok(api.requests.some((r) => r.status === 304 && r.ifNoneMatch), 'conditional reads answered 304');
  // Jobs only once the run completed unsuccessfully, of its attempt.
  assert.equal(jobRequests(api).map((r) => r.path.split('?')[0]), ['/repos/apache/airflow/actions/runs/4242/attempts/1/jobs']);
  assert.ok(jobRequests(api)[0].atMs >= 3000);
  noSecrets(run.stdout + run.stderr + summary);
});

test('a producer that succeeds and pushes: success, with producerRunId and producerRunUrl; no jobs read', async (ctx) => {
  const api = await stub(ctx, [buildRun(5151, [{ atMs: 0, status: 'queued' }, { atMs: 800, status: 'in_progress' }, { atMs: 2500, status: 'completed', conclusion: 'success' }])]);
  const e = env(ctx, api.url, { WAIT_FOR_IMAGE_PRODUCER: 'build-images.yml' });
  const pushed = pushLater(ctx, e.image, 2000);
  const run = await runScript(SCRIPT, ['--timeout', '60', '--poll-interval', '0.5', '--json'], e.vars, { timeoutMs: 60_000 });
  const digest = await pushed;
  assert.is(run.code, 0, run.stderr);
  const doc = jsonEnvelope(run.stdout);
  assert.is(doc.result.images[0].digest, digest);
  assert.is(doc.result.producer.runId, 5151);
  assert.is(doc.result.producer.runUrl, RUN_URL(5151));
  assert.ok(doc.result.producer.decisions.length >= 1);
  const outputs = parseOutputFile(readFileSync(e.output, 'utf8'));
  assert.is(outputs.get('producerRunId'), '5151');
  assert.is(outputs.get('githubRegistry'), 'ghcr.io');
  assert.match(readFileSync(e.summary, 'utf8'), /Producer run \[Build images\]\(https:\/\/github\.com\/apache\/airflow\/actions\/runs\/5151\)/);
  assert.is(jobRequests(api).length, 0);
  documentedHeaders(api);
});

test('a producer that succeeds without pushing: the grace period, then exit 1 "succeeded but did not push"', async (ctx) => {
  const api = await stub(ctx, [buildRun(6161, [{ atMs: 0, status: 'in_progress' }, { atMs: 1000, status: 'completed', conclusion: 'success' }])]);
  const e = env(ctx, api.url);
  const run = await runScript(SCRIPT, ['--timeout', '600', '--poll-interval', '0.5', '--producer', 'build-images.yml', '--grace', '2'], e.vars, { timeoutMs: 30_000 });
  assert.is(run.code, 1, run.stderr);
  assert.match(run.stderr, new RegExp(`run ${RUN_URL(6161).replace(/[./]/g, '\\$&')} succeeded but did not push ghcr\\.io/apache/airflow-master-python3\\.8-ci-v2:${e.tag}`));
  assert.match(run.stderr, /polling until the images show \(grace period\)/);
  assert.is(jobRequests(api).length, 0);
});

test('a cancelled run named by the workflow_run event: exit 1 naming it, its conclusion and the cancelled job', async (ctx) => {
  const api = await stub(ctx, [buildRun(7171, [{ atMs: 0, status: 'completed', conclusion: 'cancelled', jobs: [{ name: 'Build PROD images (3.8)', conclusion: 'cancelled' }] }])]);
  const event = join(ctx.dir, 'event-workflow-run.json');
  writeFileSync(event, JSON.stringify({ action: 'completed', workflow_run: { id: 7171, run_attempt: 1, head_sha: SHA } }));
  const e = env(ctx, api.url, { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: event });
  const run = await runScript(SCRIPT, ['--timeout', '600', '--poll-interval', '1'], e.vars, { timeoutMs: 30_000 });
  assert.is(run.code, 1, run.stderr);
  assert.match(run.stderr, /producer run https:\/\/github\.com\/apache\/airflow\/actions\/runs\/7171 ended cancelled; failed jobs: Build PROD images \(3\.8\) \(cancelled/);
  assert.match(api.requests[0].path, /^\/repos\/apache\/airflow\/actions\/runs\/7171$/);
});

test('a re-run is followed: the newest attempt decides, and its own jobs are named', async (ctx) => {
  const api = await stub(ctx, [buildRun(8181, [
    { atMs: 0, attempt: 1, status: 'completed', conclusion: 'failure', jobs: [{ name: 'Flaky network step', conclusion: 'failure' }] },
    { atMs: 0, attempt: 2, status: 'in_progress', jobs: [{ name: 'Push images (attempt two)', conclusion: null }] },
    { atMs: 2500, attempt: 2, status: 'completed', conclusion: 'failure', jobs: [{ name: 'Push images (attempt two)', conclusion: 'failure' }] },
  ])]);
  const e = env(ctx, api.url);
  const run = await runScript(SCRIPT, ['--timeout', '600', '--poll-interval', '1', '--producer-run-id', '8181'], e.vars, { timeoutMs: 30_000 });
  assert.is(run.code, 1, run.stderr);
  assert.match(run.stderr, /runs\/8181 \(attempt 2\) ended failure; failed jobs: Push images \(attempt two\)/);
  assert.not.match(run.stderr, /Flaky network step/);
  assert.equal(jobRequests(api).map((r) => r.path.split('?')[0]), ['/repos/apache/airflow/actions/runs/8181/attempts/2/jobs']);
});

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

for (const [name, setUp, why] of [
  ['no token', async (ctx: Ctx) => ({ url: (await stub(ctx, [])).url, vars: { GITHUB_TOKEN: '' } }), /GITHUB_TOKEN is not set/],
  ['401 Bad credentials', async (ctx: Ctx) => ({ url: (await stub(ctx, [], { token: 'another-token' })).url, vars: {} }), /HTTP 401: Bad credentials/],
  ['the API down', async () => ({ url: `http://127.0.0.1:${await closedPort()}`, vars: {} }), /ECONNREFUSED/],
  ['403 without actions: read', async (ctx: Ctx) => ({
    url: (await stub(ctx, [], { faults: [{ path: /actions/, status: 403, times: 100, message: 'Resource not accessible by integration' }] })).url, vars: {},
  }), /HTTP 403: Resource not accessible by integration/],
] as const) {
  test(`${name}: one warning line, then plain registry polling as without a producer`, async (ctx) => {
    const { url, vars } = await setUp(ctx);
    const e = env(ctx, url, vars);
    // Pushed once the warning is out: the wait then goes on polling and finds it.
    let pushed: Promise<string> | undefined;
    const onStderr = (text: string) => void (text.includes('cannot watch the producer run') && (pushed ??= pushLater(ctx, e.image, 500)));
    const run = await runScript(SCRIPT, ['--timeout', '60', '--poll-interval', '0.5', '--producer', 'build-images.yml'], e.vars, { timeoutMs: 60_000, onStderr });
    assert.ok(pushed, run.stderr);
    await pushed;
    assert.is(run.code, 0, run.stderr);
    const warnings = run.stderr.split('\n').filter((l) => l.includes('cannot watch the producer run'));
    assert.is(warnings.length, 1, run.stderr);
    assert.match(warnings[0], why);
    assert.match(warnings[0], /waiting for the images in the registry only/);
    noSecrets(run.stdout + run.stderr);
  });
}

test('rate limited: a 403 secondary limit with retry-after is sat out, then the failure is still seen', async (ctx) => {
  const api = await stub(ctx, [buildRun(9191, [{ atMs: 0, status: 'in_progress' }, { atMs: 3000, status: 'completed', conclusion: 'timed_out', jobs: [{ name: 'Build', conclusion: 'timed_out' }] }])], {
    faults: [{ path: /\/actions\//, status: 403, times: 1, retryAfter: 2, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }],
  });
  const e = env(ctx, api.url);
  const run = await runScript(SCRIPT, ['--timeout', '600', '--poll-interval', '1', '--producer', 'build-images.yml'], e.vars, { timeoutMs: 30_000 });
  assert.is(run.code, 1, run.stderr);
  assert.match(run.stderr, /GitHub asks to wait \(.*secondary rate limit/);
  assert.match(run.stderr, /runs\/9191 ended timed_out; failed jobs: Build/);
  const limited = api.requests.findIndex((r) => r.status === 403);
  assert.is(limited, 0);
  assert.ok(api.requests[1].atMs - api.requests[0].atMs >= 1900, 'retry-after honoured');
});

test('few requests left in the rate-limit window: API rounds slow down, the wait still succeeds from the registry', async (ctx) => {
  const api = await stub(ctx, [buildRun(9292, [{ atMs: 0, status: 'in_progress' }])], { rateLimitRemaining: 20 });
  const e = env(ctx, api.url);
  let pushed: Promise<string> | undefined;
  const onStderr = (text: string) => void (text.includes('API requests left') && (pushed ??= pushLater(ctx, e.image, 1500)));
  const run = await runScript(SCRIPT, ['--timeout', '60', '--poll-interval', '0.5', '--producer', 'build-images.yml'], e.vars, { timeoutMs: 60_000, onStderr });
  assert.ok(pushed, run.stderr);
  await pushed;
  assert.is(run.code, 0, run.stderr);
  assert.match(run.stderr, /producer watch: 19 API requests left until .*; reading the run every \d+m/);
  assert.is(api.requests.length, 1, 'one round, then slowed to minutes');
});

test.run();
