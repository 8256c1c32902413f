/**
 * The producer watch never makes a wait worse (issue 23): without a token, refused, with the API
 * down, rate limited, the wait warns once and polls the registry as without it.
 */
import * as assert from 'uvu/assert';
import { runScript } from '../../helpers/run-script.ts';
import { buildRun, closedPort, env, noSecrets, producerSuite, pushLater, SCRIPT, stub, type Ctx } from '../../helpers/producer-rig.ts';

const test = producerSuite('a producer that cannot be watched, or is rate limited: never worse than plain polling');

for (const [name, setUp, why] of [
  ['no token', async (ctx: Ctx) => ({ url: (await stub(ctx, [])).url, vars: { GITHUB_TOKEN: '' } }), /GITHUB_TOKEN is not set/],
  [
    '401 Bad credentials',
    async (ctx: Ctx) => ({ url: (await stub(ctx, [], { token: 'another-token' })).url, vars: {} }),
    /HTTP 401: Bad credentials/,
  ],
  ['the API down', async () => ({ url: `http://127.0.0.1:${await closedPort()}`, vars: {} }), /ECONNREFUSED/],
  [
    '403 without actions: read',
    async (ctx: Ctx) => ({
      url: (
        await stub(ctx, [], { faults: [{ path: /actions/, status: 403, times: 100, message: 'Resource not accessible by integration' }] })
      ).url,
      vars: {},
    }),
    /HTTP 403: Resource not accessible by integration/,
  ],
] as const) {
  test(`${name}: one warning line, then plain registry polling as without a producer`, async (ctx) => {
    const { url, vars } = await setUp(ctx);
    const e = env(ctx, url, vars);
    // Pushed once the warning is out: the wait then goes on polling and finds it.
    let pushed: Promise<string> | undefined;
    const onStderr = (text: string) => void (text.includes('cannot watch the producer run') && (pushed ??= pushLater(ctx, e.image, 500)));
    const run = await runScript(SCRIPT, ['--timeout', '60', '--poll-interval', '0.5', '--producer', 'build-images.yml'], e.vars, {
      timeoutMs: 60_000,
      onStderr,
    });
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
  const api = await stub(
    ctx,
    [
      buildRun(9191, [
        { atMs: 0, status: 'in_progress' },
        { atMs: 3000, status: 'completed', conclusion: 'timed_out', jobs: [{ name: 'Build', conclusion: 'timed_out' }] },
      ]),
    ],
    {
      faults: [
        {
          path: /\/actions\//,
          status: 403,
          times: 1,
          retryAfter: 2,
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        },
      ],
    },
  );
  const e = env(ctx, api.url);
  const run = await runScript(SCRIPT, ['--timeout', '600', '--poll-interval', '1', '--producer', 'build-images.yml'], e.vars, {
    timeoutMs: 30_000,
  });
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
  const run = await runScript(SCRIPT, ['--timeout', '60', '--poll-interval', '0.5', '--producer', 'build-images.yml'], e.vars, {
    timeoutMs: 60_000,
    onStderr,
  });
  assert.ok(pushed, run.stderr);
  await pushed;
  assert.is(run.code, 0, run.stderr);
  assert.match(run.stderr, /producer watch: 19 API requests left until .*; reading the run every \d+m/);
  assert.is(api.requests.length, 1, 'one round, then slowed to minutes');
});

test.run();
