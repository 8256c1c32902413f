/**
 * lib/github/api.ts and runs.ts against the GitHub API stub (documented shapes) and, for what
 * GitHub itself never does (a Link to another origin, a flood, a redirect), the hostile server.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startGithubApiStub, type GithubApiStub } from '../../../testing/github-api-stub.ts';
import { startHostileServer, type HostileServer } from '../../../testing/hostile-server.ts';
import { GithubApi, GithubApiError, MAX_PAGE_BYTES } from '../../../lib/github/api.ts';
import { attemptJobs, findRun, readRun } from '../../../lib/github/runs.ts';

/** Resolves with the error the promise rejects with (fails when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

const TOKEN = 'ghp_FAKEapiClientToken31a7';
const SHA = 'c'.repeat(40);

interface Ctx {
  stub: GithubApiStub;
  hostile: HostileServer;
}

const test = suite<Ctx>('lib/github/api.ts: one REST client');
test.before(async (ctx) => {
  ctx.stub = await startGithubApiStub({
    token: TOKEN,
    packages: [],
    maxPerPage: 2,
    runs: [
      {
        id: 10,
        owner: 'o',
        repo: 'r',
        workflowFile: 'build.yml',
        workflowId: 5,
        name: 'Build',
        headSha: SHA,
        timeline: [{ atMs: 0, status: 'completed', conclusion: 'success' }],
      },
      {
        id: 11,
        owner: 'o',
        repo: 'r',
        workflowFile: 'build.yml',
        workflowId: 5,
        name: 'Build',
        headSha: SHA,
        timeline: [
          {
            atMs: 0,
            status: 'completed',
            conclusion: 'failure',
            jobs: ['a', 'b', 'c', 'd', 'e'].map((name) => ({ name, conclusion: name === 'c' ? 'failure' : 'success' })),
          },
        ],
      },
    ],
  });
  ctx.hostile = await startHostileServer();
});
test.after(async (ctx) => {
  await ctx.stub?.stop();
  await ctx.hostile?.stop();
});

test('the newest run for a commit; jobs over every Link page; the documented headers on every request', async ({ stub }) => {
  const api = new GithubApi({ apiUrl: stub.url, token: TOKEN });
  const run = await findRun(api, 'o/r', { file: 'build.yml' }, SHA);
  assert.is(run?.id, 11);
  const byId = await findRun(api, 'o/r', { id: 5 }, SHA);
  assert.is(byId?.id, 11);
  const byName = await findRun(api, 'o/r', { name: 'Build' }, SHA);
  assert.is(byName?.id, 11);
  assert.is(await findRun(api, 'o/r', { file: 'build.yml' }, 'd'.repeat(40)), undefined);
  const jobs = await attemptJobs(api, 'o/r', run!);
  assert.equal(
    jobs.map((j) => j.name),
    ['a', 'b', 'c', 'd', 'e'],
  );
  assert.is(stub.requests.filter((r) => r.path.includes('/jobs')).length, 3, 'three pages of two');
  for (const r of stub.requests) {
    assert.is(r.authorization, `Bearer ${TOKEN}`);
    assert.is(r.apiVersion, '2022-11-28');
    assert.is(r.accept, 'application/vnd.github+json');
    assert.ok(r.userAgent);
  }
  assert.match((await rejection(findRun(api, 'o/r', { file: 'missing.yml' }, SHA))).message, /HTTP 404: no such workflow/);
});

test('conditional reads: the second read of an unchanged run is a 304 answered from the kept copy', async ({ stub }) => {
  const api = new GithubApi({ apiUrl: stub.url, token: TOKEN });
  const first = await readRun(api, 'o/r', 11);
  const second = await readRun(api, 'o/r', 11);
  assert.is(first.notModified, false);
  assert.is(second.notModified, true);
  assert.equal(second.run, first.run);
  const last = stub.requests.at(-1)!;
  assert.is(last.status, 304);
  assert.ok(last.ifNoneMatch);
  assert.ok(api.rateLimit.remaining !== undefined && api.rateLimit.remaining < 1000);
});

test('401 Bad credentials is an error naming it; no User-Agent would be refused by GitHub, and we always send one', async ({ stub }) => {
  const api = new GithubApi({ apiUrl: stub.url, token: 'wrong' });
  assert.ok(
    ((e: unknown) => e instanceof GithubApiError && e.status === 401 && /Bad credentials/.test(e.message))(
      await rejection(readRun(api, 'o/r', 11)),
    ),
  );
});

test('a Link to another origin is not followed; redirects are not followed; a flood is not read', async ({ hostile, stub }) => {
  const api = new GithubApi({ apiUrl: hostile.url, token: TOKEN, retry: { attempts: 1 } });
  hostile.script(() => ({
    status: 200,
    headers: { 'content-type': 'application/json', link: `<${stub.url}/steal?page=2>; rel="next"` },
    body: '{"jobs": []}',
  }));
  assert.match((await rejection(attemptJobs(api, 'o/r', { id: 1, attempt: 1 }))).message, /next page is on another origin/);
  hostile.script(() => ({ status: 302, headers: { location: `${stub.url}/elsewhere` }, body: '' }));
  assert.match((await rejection(readRun(api, 'o/r', 1))).message, /redirected to .*not following it/);
  hostile.script(() => ({
    status: 200,
    headers: { 'content-type': 'application/json' },
    stream: { total: MAX_PAGE_BYTES + 1024, chunk: 65536 },
  }));
  assert.match((await rejection(readRun(api, 'o/r', 1))).message, /larger than/);
  assert.not.ok(
    stub.requests.some((r) => r.path.startsWith('/steal') || r.path.startsWith('/elsewhere')),
    'the token went to another origin',
  );
  assert.match(
    (await rejection(api.getJson(new URL(`${stub.url}/repos/o/r/actions/runs/11`), 'GET'))).message,
    /is not on .*the token goes nowhere else/,
  );
});

test('a 403 secondary limit asking more than the policy allows fails at once, saying how long (retryAfterMs)', async ({ hostile }) => {
  const api = new GithubApi({ apiUrl: hostile.url, token: TOKEN, retry: { attempts: 3, maxRetryAfterMs: 0 } });
  hostile.reset();
  hostile.script(() => ({
    status: 403,
    headers: { 'retry-after': '30', 'content-type': 'application/json' },
    body: '{"message":"You have exceeded a secondary rate limit"}',
  }));
  assert.ok(
    ((e: unknown) => e instanceof GithubApiError && e.retryAfterMs === 30_000 && /secondary rate limit/.test(e.message))(
      await rejection(readRun(api, 'o/r', 1)),
    ),
  );
  assert.is(hostile.requests.length, 1, 'not retried');
});

test.run();
