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

const { flagArgs, positionals } = splitPositionals(process.argv.slice(2), WAIT_FLAGS);
await runScript(
  { name: 'wait-for-images', usage: REFS_USAGE['wait-for-images'], flags: WAIT_FLAGS },
  async (flags) => {
    const refs = referenceArguments(positionals, 'REF');
    const session = setup(flags);
    const request = referencesWait(session.config, refs, parseWaitFlags(flags));
    if (session.dryRun) return reportReferencesPlan(session, request);
    const title = `Waiting for ${request.targets.length} image(s) in ${request.registries.join(', ')}`;
    const found = await withProgress(
      session,
      { title, targets: request.targets, heartbeatSeconds: request.heartbeatSeconds, registries: request.registries },
      (onEvent) => waitForReferences(session.pollingClient(), request, onEvent),
    );
    return reportReferencesFound(session, found);
  },
  flagArgs,
);
