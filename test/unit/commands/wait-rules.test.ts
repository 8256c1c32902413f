// The pure rules of a wait, one file each: what is checked (plan), when (schedule), what an answer
// means and when a wait stops early (classify). The rounds themselves run against real registries
// in test/itg/commands/wait.test.ts.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { AuthError } from '../../../lib/support/errors.ts';
import { networkError, refusal, statusError } from '../../../lib/registry/index.ts';
import { planChecks, type Check, type WaitTarget } from '../../../lib/commands/wait/plan.ts';
import { dueChecks, LAGGING_EVERY } from '../../../lib/commands/wait/schedule.ts';
import {
  classifyError,
  newlyRefused,
  RoundTally,
  stopIfHopeless,
  timeoutError,
  UnreachableError,
  updateStreaks,
  UNREACHABLE_ROUNDS,
} from '../../../lib/commands/wait/classify.ts';
import type { GithubRegistry } from '../../../lib/hosts.ts';

const registries: readonly GithubRegistry[] = ['ghcr.io', 'docker.pkg.github.com'];
const target = (python: string): WaitTarget => ({
  python,
  kind: 'ci',
  candidates: {
    'ghcr.io': `ghcr.io/apache/airflow-master-python${python}-ci:123`,
    'docker.pkg.github.com': `docker.pkg.github.com/apache/airflow/master-python${python}-ci:123`,
  },
});
const plan = () => planChecks([target('3.8'), target('3.9')], registries);
const inRegistry = (checks: Check[], registry: GithubRegistry) => checks.filter((c) => c.registry === registry);

test('plan: every target in every registry, registry by registry', () => {
  const checks = plan();
  assert.equal(
    checks.map((c) => [c.registry, c.target.python]),
    [
      ['ghcr.io', '3.8'],
      ['ghcr.io', '3.9'],
      ['docker.pkg.github.com', '3.8'],
      ['docker.pkg.github.com', '3.9'],
    ],
  );
  assert.is(checks[2].reference.repository, 'apache/airflow/master-python3.8-ci');
});

test('schedule: the configured registry every round, the other one every LAGGING_EVERY rounds until it holds something', () => {
  const checks = plan();
  const schedule = { registries, configuredRegistry: 'ghcr.io' as const, refused: new Set<GithubRegistry>() };
  const dueIn = (round: number) => [...new Set(dueChecks(checks, schedule, round).map((c) => c.registry))];
  assert.equal(dueIn(0), registries);
  assert.equal(dueIn(1), ['ghcr.io']);
  assert.equal(dueIn(LAGGING_EVERY), registries);
  checks[3].state = 'found';
  assert.equal(dueIn(1), registries);
  assert.equal(dueChecks(checks, schedule, 1).length, 3, 'a found image is not checked again');
});

test('schedule: a refused registry is no longer polled', () => {
  const checks = plan();
  const due = dueChecks(checks, { registries, refused: new Set<GithubRegistry>(['ghcr.io']) }, 0);
  assert.equal([...new Set(due.map((c) => c.registry))], ['docker.pkg.github.com']);
});

test('classify: refusals, unreachable hosts and other failures', () => {
  assert.is(classifyError(refusal('no token')).kind, 'refused');
  assert.is(classifyError(new AuthError('denied')).kind, 'refused');
  assert.is(classifyError(networkError('connect ECONNREFUSED', 'ECONNREFUSED')).kind, 'unreachable');
  assert.is(classifyError(networkError('socket hang up', 'ECONNRESET')).kind, 'failed');
  assert.is(classifyError(statusError(503, 'manifest', undefined)).kind, 'failed');
});

test('classify: a registry refusing every due check is refused; one refusal among answers is not', () => {
  const checks = plan();
  const tally = new RoundTally();
  for (const check of inRegistry(checks, 'ghcr.io')) tally.record(check.registry, classifyError(refusal('no')));
  tally.record('docker.pkg.github.com', classifyError(refusal('no')));
  assert.equal(
    newlyRefused(registries, checks, tally).map(([r]) => r),
    ['ghcr.io'],
  );
});

test('classify: UNREACHABLE_ROUNDS rounds of connection failures stop the wait; one answer resets the streak', () => {
  const checks = plan();
  const streaks = new Map<GithubRegistry, number>();
  const unreachableRound = () => {
    const tally = new RoundTally();
    for (const check of checks) tally.record(check.registry, classifyError(networkError('ECONNREFUSED', 'ECONNREFUSED')));
    updateStreaks(streaks, registries, checks, tally);
  };
  const state = { registries, checks, refused: new Set<GithubRegistry>(), streaks };
  for (let i = 1; i < UNREACHABLE_ROUNDS; i++) unreachableRound();
  stopIfHopeless(state, (r) => `https://${r}`);
  updateStreaks(streaks, registries, inRegistry(checks, 'ghcr.io'), new RoundTally());
  assert.is(streaks.get('ghcr.io'), 0);
  for (let i = 0; i < UNREACHABLE_ROUNDS; i++) unreachableRound();
  const unreachable = (e: unknown) => e instanceof UnreachableError && /ghcr\.io \(https:\/\/ghcr\.io\)/.test(e.message);
  assert.throws(() => stopIfHopeless(state, (r) => `https://${r}`), unreachable);
});

test('classify: every registry refused is a refusal (exit 3), not a timeout', () => {
  const state = { registries, checks: plan(), refused: new Set<GithubRegistry>(registries), streaks: new Map() };
  assert.throws(
    () => stopIfHopeless(state, String),
    (e: unknown) => e instanceof AuthError && e.exitCode === 3,
  );
});

test('classify: the timeout names what is missing where', () => {
  const checks = plan();
  checks[0].state = 'found';
  const error = timeoutError(checks, registries, new Set(['docker.pkg.github.com']), 60_000);
  assert.equal(error.missing['ghcr.io'], [target('3.9').candidates['ghcr.io']]);
  assert.match(error.message, /timed out after 60s .*1 missing in ghcr\.io.*docker\.pkg\.github\.com refused our credentials/);
  assert.equal(
    error.outcomes.map((o) => o.state),
    ['found', 'unchecked', 'unchecked', 'unchecked'],
  );
});

test.run();
