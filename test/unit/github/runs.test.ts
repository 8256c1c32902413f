import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { failedJobsOf, parseRun, readEventFacts, UnexpectedAnswerError, workflowRef } from '../../../lib/github/runs.ts';

test('parseRun: the documented fields; network text neutralized; an unknown status is an unexpected answer', () => {
  const r = parseRun(
    {
      id: 7,
      run_attempt: 2,
      html_url: 'https://github.com/o/r/actions/runs/7\n::error::x',
      name: 'B',
      status: 'queued',
      conclusion: null,
      head_sha: 'abc',
    },
    'GET',
  );
  assert.is(r.attempt, 2);
  assert.not.ok(r.url.includes('\n'));
  assert.not.ok(r.url.includes('::'));
  assert.throws(
    () => parseRun({ id: 7, html_url: 'u', status: 'exploding', conclusion: null }, 'GET'),
    (e: unknown) => e instanceof UnexpectedAnswerError,
  );
  assert.throws(
    () => parseRun([], 'GET'),
    (e: unknown) => e instanceof UnexpectedAnswerError,
  );
});

test('workflowRef: file name, id, or name', () => {
  assert.equal(workflowRef('build-images.yml'), { file: 'build-images.yml' });
  assert.equal(workflowRef('12345'), { id: 12345 });
  assert.equal(workflowRef('Build images'), { name: 'Build images' });
});

test('failedJobsOf: completed jobs that neither succeeded nor were skipped', () => {
  const jobs = [
    { name: 'a', url: '', status: 'completed', conclusion: 'success' },
    { name: 'b', url: '', status: 'completed', conclusion: 'failure' },
    { name: 'c', url: '', status: 'completed', conclusion: 'skipped' },
    { name: 'd', url: '', status: 'completed', conclusion: 'cancelled' },
    { name: 'e', url: '', status: 'in_progress', conclusion: null },
  ];
  assert.equal(
    failedJobsOf(jobs).map((j) => j.name),
    ['b', 'd'],
  );
});

test('readEventFacts: workflow_run id, pull request head sha; anything else says nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ci-images-event-'));
  try {
    const file = join(dir, 'event.json');
    writeFileSync(file, JSON.stringify({ workflow_run: { id: 99 }, pull_request: { head: { sha: 'b'.repeat(40) } } }));
    assert.equal(readEventFacts(file, 'workflow_run'), { workflowRunId: 99, pullRequestHeadSha: undefined });
    assert.equal(readEventFacts(file, 'pull_request_target'), { workflowRunId: undefined, pullRequestHeadSha: 'b'.repeat(40) });
    assert.equal(readEventFacts(file, 'push'), { workflowRunId: undefined, pullRequestHeadSha: undefined });
    writeFileSync(file, 'not json');
    assert.equal(readEventFacts(file, 'workflow_run'), {});
    assert.equal(readEventFacts(join(dir, 'missing.json'), 'workflow_run'), {});
    assert.equal(readEventFacts(undefined, 'workflow_run'), {});
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
