#!/usr/bin/env -S npx tsx
// `ci-images wait REF…`: wait until every image reference exists, any registries at once (what
// `docker manifest inspect` in a `sleep` loop does by hand), with the Airflow waits' machinery. See --help.
import { runScript } from '../../../lib/cli/main.ts';
import { parseWaitFlags, WAIT_FLAGS } from '../../../lib/cli/flags.ts';
import { splitPositionals } from '../../../lib/cli/positionals.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { referenceArguments } from '../../../lib/commands/refs/arguments.ts';
import { referencesWait, waitForReferences } from '../../../lib/commands/refs/wait.ts';
import { reportReferencesFound, reportReferencesPlan } from '../../../lib/report/refs.ts';
import { withProgress } from '../../../lib/report/wait.ts';
import { REFS_USAGE } from '../../../lib/report/usage-refs.ts';
import { producerWatch } from '../../../lib/cli/producer.ts';

const { flagArgs, positionals } = splitPositionals(process.argv.slice(2), WAIT_FLAGS);
await runScript(
  { name: 'wait-for-images', usage: REFS_USAGE['wait-for-images'], flags: WAIT_FLAGS },
  async (flags) => {
    const session = setup(flags);
    // The masks (printed by setup) come before anything else, an argument error included.
    const refs = referenceArguments(positionals, 'REF');
    const request = referencesWait(session.config, refs, parseWaitFlags(flags));
    if (session.dryRun) return reportReferencesPlan(session, request);
    const title = `Waiting for ${request.targets.length} image(s) in ${request.registries.join(', ')}`;
    // The run that pushes the images, when one is named: a failed one ends the wait at once.
    const producer = producerWatch(session, request);
    const frame = { title, targets: request.targets, heartbeatSeconds: request.heartbeatSeconds, registries: request.registries };
    const poll = (onEvent: Parameters<typeof waitForReferences>[2]) =>
      waitForReferences(session.pollingClient(), request, onEvent, producer);
    const found = await withProgress(session, frame, poll, producer);
    return reportReferencesFound(session, found);
  },
  flagArgs,
);
