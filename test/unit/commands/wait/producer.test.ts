import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  decideProducer,
  formatDuration,
  ProducerError,
  type ProducerMemory,
  type ProducerObservation,
} from '../../../../lib/commands/wait/producer.ts';
import type { WorkflowRun } from '../../../../lib/github/runs.ts';

const run = (over: Partial<WorkflowRun> = {}): WorkflowRun => ({
  id: 42,
  attempt: 1,
  url: 'https://github.com/o/r/actions/runs/42',
  name: 'Build images',
  status: 'in_progress',
  conclusion: null,
  headSha: 'a'.repeat(40),
  ...over,
});
const input = (nowMs: number, missing = ['ghcr.io/o/r-ci:1']) => ({ nowMs, graceMs: 120_000, missing });
const decide = (o: ProducerObservation, m: ProducerMemory = {}, now = 1000) => decideProducer(o, m, input(now));

test('not found yet: look again; unwatchable: unwatched with the reason', () => {
  assert.is(decide({ kind: 'not-found', what: 'no run' }).decision.action, 'look-again');
  const d = decide({ kind: 'unwatchable', reason: 'HTTP 401: Bad credentials' }).decision;
  assert.equal(d, { action: 'unwatched', reason: 'HTTP 401: Bad credentials' });
});

test('every running status keeps waiting, and the time in that state is kept across rounds', () => {
  for (const status of ['queued', 'waiting', 'requested', 'pending', 'in_progress'] as const) {
    const first = decide({ kind: 'run', run: run({ status }) }, {}, 1000);
    assert.is(first.decision.action, 'wait', status);
    const second = decideProducer({ kind: 'run', run: run({ status }) }, first.memory, input(9000));
    assert.is(second.decision.action === 'wait' && second.decision.sinceMs, 1000, status);
  }
  const queued = decide({ kind: 'run', run: run({ status: 'queued' }) }, {}, 1000);
  const started = decideProducer({ kind: 'run', run: run({ status: 'in_progress' }) }, queued.memory, input(5000));
  assert.is(started.decision.action === 'wait' && started.decision.sinceMs, 5000, 'a new state starts its own clock');
});

test('every failed conclusion: read the jobs first, then fail naming run, conclusion, failed jobs and what is missing', () => {
  for (const conclusion of ['failure', 'cancelled', 'timed_out', 'action_required', 'startup_failure', 'stale']) {
    const done = run({ status: 'completed', conclusion });
    assert.is(decide({ kind: 'run', run: done }).decision.action, 'read-jobs', conclusion);
    const jobs = [
      { name: 'build-ci (3.8)', url: 'https://github.com/o/r/actions/runs/42/job/7', status: 'completed', conclusion: 'failure' },
    ];
    const { decision } = decide({ kind: 'run', run: done, failedJobs: jobs });
    assert.is(decision.action, 'fail', conclusion);
    if (decision.action !== 'fail') continue;
    assert.instance(decision.error, ProducerError);
    assert.is(decision.error.exitCode, 1);
    for (const part of [done.url, `ended ${conclusion}`, 'build-ci (3.8)', jobs[0].url, 'ghcr.io/o/r-ci:1'])
      assert.ok(decision.error.message.includes(part), part);
  }
});

test('success with images missing: grace period from the first time it is seen, then fail "succeeded but did not push"', () => {
  const done = run({ status: 'completed', conclusion: 'success' });
  const first = decide({ kind: 'run', run: done }, {}, 1000);
  assert.equal(first.decision.action === 'grace' && first.decision.endsAtMs, 121_000);
  const during = decideProducer({ kind: 'run', run: done }, first.memory, input(100_000));
  assert.is(during.decision.action, 'grace');
  const after = decideProducer({ kind: 'run', run: done }, during.memory, input(121_000));
  assert.is(after.decision.action, 'fail');
  if (after.decision.action === 'fail') {
    assert.match(
      after.decision.error.message,
      /run https:\/\/github\.com\/o\/r\/actions\/runs\/42 succeeded but did not push ghcr\.io\/o\/r-ci:1/,
    );
  }
});

test('a re-run (newer attempt) is followed: it waits again, and an earlier success does not carry its grace over', () => {
  const failed = decide({ kind: 'run', run: run({ status: 'completed', conclusion: 'success' }) }, {}, 1000);
  const rerun = decideProducer({ kind: 'run', run: run({ attempt: 2, status: 'queued' }) }, failed.memory, input(200_000));
  assert.is(rerun.decision.action, 'wait');
  assert.is(rerun.memory.doneAtMs, undefined);
  const done = decideProducer(
    { kind: 'run', run: run({ attempt: 2, status: 'completed', conclusion: 'success' }) },
    rerun.memory,
    input(300_000),
  );
  assert.equal(done.decision.action === 'grace' && done.decision.endsAtMs, 420_000);
  assert.match(done.decision.action === 'grace' ? done.decision.run.url : '', /runs\/42$/);
});

test('an unknown conclusion stops the watch instead of guessing', () => {
  const { decision } = decide({ kind: 'run', run: run({ status: 'completed', conclusion: 'exploded' }) });
  assert.is(decision.action, 'unwatched');
});

test('formatDuration', () => {
  assert.is(formatDuration(45_000), '45s');
  assert.is(formatDuration(185_000), '3m05s');
  assert.is(formatDuration(3_720_000), '1h02m');
});

test.run();
