/**
 * The wait follows the run that pushes its images (issue 23), end to end: the wait recipe, real
 * registries and the GitHub API stub with workflow runs scripted over time; the states of the
 * run (test/helpers/producer-rig.ts). WAIT_FOR_IMAGE_API_INTERVAL=1 stands in for the 15 s between API rounds.
 */
import * as assert from 'uvu/assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOutputFile } from '../../../lib/github/actions.ts';
import { jsonEnvelope, runScript } from '../../helpers/run-script.ts';
import {
  buildRun,
  documentedHeaders,
  env,
  jobRequests,
  noSecrets,
  producerSuite,
  pushLater,
  RUN_URL,
  SCRIPT,
  SHA,
  stub,
} from '../../helpers/producer-rig.ts';

const test = producerSuite('wait follows its producer run (GitHub API stub, real registries)');

test('a producer that fails at 3 s ends a 600 s wait at once, naming the run and the failed job', async (ctx) => {
  const api = await stub(ctx, [
    buildRun(4242, [
      {
        atMs: 0,
        status: 'in_progress',
        jobs: [
          { name: 'Build CI images (3.8)', conclusion: null },
          { name: 'Lint', conclusion: null },
        ],
      },
      {
        atMs: 3000,
        status: 'completed',
        conclusion: 'failure',
        jobs: [
          { name: 'Build CI images (3.8)', conclusion: 'failure' },
          { name: 'Lint', conclusion: 'success' },
        ],
      },
    ]),
  ]);
  const e = env(ctx, api.url);
  // Killed at 30 s (code null): ending in time is part of what is tested.
  const run = await runScript(SCRIPT, ['--timeout', '600', '--poll-interval', '1', '--producer', 'build-images.yml', '--json'], e.vars, {
    timeoutMs: 30_000,
  });
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
  assert.ok(
    api.requests.some((r) => r.status === 304 && r.ifNoneMatch),
    'conditional reads answered 304',
  );
  // Jobs only once the run completed unsuccessfully, of its attempt.
  assert.equal(
    jobRequests(api).map((r) => r.path.split('?')[0]),
    ['/repos/apache/airflow/actions/runs/4242/attempts/1/jobs'],
  );
  assert.ok(jobRequests(api)[0].atMs >= 3000);
  noSecrets(run.stdout + run.stderr + summary);
});

test('a producer that succeeds and pushes: success, with producerRunId and producerRunUrl; no jobs read', async (ctx) => {
  const api = await stub(ctx, [
    buildRun(5151, [
      { atMs: 0, status: 'queued' },
      { atMs: 800, status: 'in_progress' },
      { atMs: 2500, status: 'completed', conclusion: 'success' },
    ]),
  ]);
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
  assert.match(
    readFileSync(e.summary, 'utf8'),
    /Producer run \[Build images\]\(https:\/\/github\.com\/apache\/airflow\/actions\/runs\/5151\)/,
  );
  assert.is(jobRequests(api).length, 0);
  documentedHeaders(api);
});

test('a producer that succeeds without pushing: the grace period, then exit 1 "succeeded but did not push"', async (ctx) => {
  const api = await stub(ctx, [
    buildRun(6161, [
      { atMs: 0, status: 'in_progress' },
      { atMs: 1000, status: 'completed', conclusion: 'success' },
    ]),
  ]);
  const e = env(ctx, api.url);
  const run = await runScript(
    SCRIPT,
    ['--timeout', '600', '--poll-interval', '0.5', '--producer', 'build-images.yml', '--grace', '2'],
    e.vars,
    { timeoutMs: 30_000 },
  );
  assert.is(run.code, 1, run.stderr);
  assert.match(
    run.stderr,
    new RegExp(
      `run ${RUN_URL(6161).replace(/[./]/g, '\\$&')} succeeded but did not push ghcr\\.io/apache/airflow-master-python3\\.8-ci-v2:${e.tag}`,
    ),
  );
  assert.match(run.stderr, /polling until the images show \(grace period\)/);
  assert.is(jobRequests(api).length, 0);
});

test('a cancelled run named by the workflow_run event: exit 1 naming it, its conclusion and the cancelled job', async (ctx) => {
  const api = await stub(ctx, [
    buildRun(7171, [
      { atMs: 0, status: 'completed', conclusion: 'cancelled', jobs: [{ name: 'Build PROD images (3.8)', conclusion: 'cancelled' }] },
    ]),
  ]);
  const event = join(ctx.dir, 'event-workflow-run.json');
  writeFileSync(event, JSON.stringify({ action: 'completed', workflow_run: { id: 7171, run_attempt: 1, head_sha: SHA } }));
  const e = env(ctx, api.url, { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: event });
  const run = await runScript(SCRIPT, ['--timeout', '600', '--poll-interval', '1'], e.vars, { timeoutMs: 30_000 });
  assert.is(run.code, 1, run.stderr);
  assert.match(
    run.stderr,
    /producer run https:\/\/github\.com\/apache\/airflow\/actions\/runs\/7171 ended cancelled; failed jobs: Build PROD images \(3\.8\) \(cancelled/,
  );
  assert.match(api.requests[0].path, /^\/repos\/apache\/airflow\/actions\/runs\/7171$/);
});

test('a re-run is followed: the newest attempt decides, and its own jobs are named', async (ctx) => {
  const api = await stub(ctx, [
    buildRun(8181, [
      { atMs: 0, attempt: 1, status: 'completed', conclusion: 'failure', jobs: [{ name: 'Flaky network step', conclusion: 'failure' }] },
      { atMs: 0, attempt: 2, status: 'in_progress', jobs: [{ name: 'Push images (attempt two)', conclusion: null }] },
      {
        atMs: 2500,
        attempt: 2,
        status: 'completed',
        conclusion: 'failure',
        jobs: [{ name: 'Push images (attempt two)', conclusion: 'failure' }],
      },
    ]),
  ]);
  const e = env(ctx, api.url);
  const run = await runScript(SCRIPT, ['--timeout', '600', '--poll-interval', '1', '--producer-run-id', '8181'], e.vars, {
    timeoutMs: 30_000,
  });
  assert.is(run.code, 1, run.stderr);
  assert.match(run.stderr, /runs\/8181 \(attempt 2\) ended failure; failed jobs: Push images \(attempt two\)/);
  assert.not.match(run.stderr, /Flaky network step/);
  assert.equal(
    jobRequests(api).map((r) => r.path.split('?')[0]),
    ['/repos/apache/airflow/actions/runs/8181/attempts/2/jobs'],
  );
});

/** A port nothing listens on. */

test('the generic wait REF... follows the producer too: a failed run ends it at once, naming the run and the job', async (ctx) => {
  const api = await stub(ctx, [
    buildRun(4343, [
      { atMs: 0, status: 'in_progress', jobs: [{ name: 'Build api', conclusion: null }] },
      { atMs: 2000, status: 'completed', conclusion: 'failure', jobs: [{ name: 'Build api', conclusion: 'failure' }] },
    ]),
  ]);
  const e = env(ctx, api.url);
  const args = [e.image, '--timeout', '600', '--poll-interval', '1', '--producer', 'build-images.yml', '--json'];
  const run = await runScript('scripts/ci/images/wait-for-images.ts', args, e.vars, { timeoutMs: 30_000 });
  assert.is(run.code, 1, run.stderr);
  const doc = jsonEnvelope(run.stdout);
  if (!doc.error) throw new Error('no error in the envelope');
  for (const part of [RUN_URL(4343), 'ended failure', 'Build api', e.image]) {
    assert.ok(doc.error.message.includes(part), `${part} in ${doc.error.message}`);
  }
  documentedHeaders(api);
  noSecrets(run.stdout + run.stderr);
});

test.run();
