#!/usr/bin/env -S npx tsx
// Port of ci_wait_for_all_ci_images.sh: wait for the CI images of every python version in
// CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING and report the registry that holds them as the
// githubRegistry output. See --help.
import { runScript } from '../../../lib/cli/main.ts';
import { parseWaitFlags, WAIT_FLAGS } from '../../../lib/cli/flags.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { waitForRequest, waitingMode, waitRequest } from '../../../lib/commands/wait/index.ts';
import { reportNotWaiting, reportWaitPlan, reportWaitResult, withWaitProgress } from '../../../lib/report/wait.ts';
import { USAGE } from '../../../lib/report/usage.ts';
import { producerWatch } from '../../../lib/cli/producer.ts';

await runScript({ name: 'wait-for-all-ci-images', usage: USAGE['wait-for-all-ci-images'], flags: WAIT_FLAGS }, async (flags) => {
  const session = setup(flags);
  const request = waitRequest(session.config, 'ci', parseWaitFlags(flags));
  if (session.dryRun) return reportWaitPlan(session, request);
  if (!waitingMode(session.config)) return reportNotWaiting(session);
  // The run that pushes the images, when one is named: a failed one ends the wait at once.
  const producer = producerWatch(session, request);
  const found = await withWaitProgress(
    session,
    request,
    (onEvent) => waitForRequest(session.pollingClient(), request, onEvent, producer),
    producer,
  );
  return reportWaitResult(session, found, producer);
});
