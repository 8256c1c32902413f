import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { planChecks, type PollTarget } from '../../../lib/commands/wait/plan.ts';
import { dueChecks } from '../../../lib/commands/wait/schedule.ts';
import { stopIfHopeless, UNREACHABLE_ROUNDS, UnreachableError } from '../../../lib/commands/wait/classify.ts';
import { AuthError } from '../../../lib/support/errors.ts';
import { referencesWait } from '../../../lib/commands/refs/wait.ts';
import { parseReference } from '../../../lib/oci/reference.ts';

const targets: PollTarget[] = [
  { label: 'ghcr.io/acme/api:1', candidates: { 'ghcr.io': 'ghcr.io/acme/api:1' } },
  { label: 'quay.io/acme/worker:1', candidates: { 'quay.io': 'quay.io/acme/worker:1' } },
];

test('plain references: one target per distinct reference, checked only in its own registry', () => {
  const request = referencesWait(
    { waitTimeoutSeconds: 60, pollIntervalSeconds: 2 },
    ['alpine', 'docker.io/library/alpine:latest', 'ghcr.io/a/b:1'].map(parseReference),
  );
  assert.equal(request.targets, [
    { label: 'docker.io/library/alpine:latest', candidates: { 'docker.io': 'docker.io/library/alpine:latest' } },
    { label: 'ghcr.io/a/b:1', candidates: { 'ghcr.io': 'ghcr.io/a/b:1' } },
  ]);
  assert.equal(request.registries, ['docker.io', 'ghcr.io']);
  assert.equal([request.timeoutSeconds, request.pollIntervalSeconds], [60, 2]);
  const checks = planChecks(targets, ['ghcr.io', 'quay.io']);
  assert.equal(
    checks.map((c) => `${c.registry} ${c.text}`),
    ['ghcr.io ghcr.io/acme/api:1', 'quay.io quay.io/acme/worker:1'],
  );
});

test('every registry polled every round, even while another holds its images', () => {
  const checks = planChecks(targets, ['ghcr.io', 'quay.io']);
  checks[0].state = 'found';
  const schedule = { registries: ['ghcr.io', 'quay.io'], refused: new Set<string>(), every: true };
  for (const round of [1, 2, 4])
    assert.equal(
      dueChecks(checks, schedule, round).map((c) => c.registry),
      ['quay.io'],
      String(round),
    );
  // The Airflow rule for contrast: a registry holding nothing while another holds some lags (every third round).
  assert.equal(
    dueChecks(checks, { ...schedule, every: false }, 1).map((c) => c.registry),
    [],
  );
});

test('one registry given up on ends a wait on plain references; the Airflow wait needs all of them', () => {
  const checks = planChecks(targets, ['ghcr.io', 'quay.io']);
  const base = { registries: ['ghcr.io', 'quay.io'], checks, streaks: new Map<string, number>() };
  const baseUrl = (r: string) => `https://${r}`;
  assert.throws(
    () => stopIfHopeless({ ...base, refused: new Set(['quay.io']), every: true }, baseUrl),
    (e: unknown) => e instanceof AuthError && /^quay\.io refused access/.test((e as Error).message),
  );
  stopIfHopeless({ ...base, refused: new Set(['quay.io']), every: false }, baseUrl);
  const streaks = new Map([['ghcr.io', UNREACHABLE_ROUNDS]]);
  assert.throws(
    () => stopIfHopeless({ ...base, streaks, refused: new Set(), every: true }, baseUrl),
    (e: unknown) => e instanceof UnreachableError,
  );
  stopIfHopeless({ ...base, streaks, refused: new Set(), every: false }, baseUrl);
  assert.throws(
    () => stopIfHopeless({ ...base, refused: new Set(['ghcr.io', 'quay.io']), every: false }, baseUrl),
    /^every registry refused access/,
  );
});

test.run();
