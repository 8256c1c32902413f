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

const usage = `Usage: ci-images wait REF... [--timeout SECONDS] [--poll-interval SECONDS] [--heartbeat SECONDS] [--platform OS/ARCH] [--json] [--dry-run]
  Waits until every REF exists (e.g. ghcr.io/acme/widgets/api:<sha>; alpine is docker.io/library/alpine:latest),
  polling all of them at once under one deadline, and prints each digest.
  --timeout SECONDS        give up after this long, naming what is missing (env WAIT_FOR_IMAGE_TIMEOUT, default 3600)
  --poll-interval SECONDS  time between checks at most, 80-100 % of it at random (env WAIT_FOR_IMAGE_POLL_INTERVAL, default 5)
  --heartbeat SECONDS      in CI logs, a found/missing count line this often (default 60; 0: none)
  --platform OS/ARCH       only an image (or index) holding this platform counts, e.g. linux/arm64
  --dry-run                no network: print the references it would wait for
  Loopback hosts (localhost, 127.0.0.0/8, [::1]) are plain http, others https unless REGISTRY_ENDPOINTS maps them.
  Outputs digests (JSON: reference -> digest). Exit: 0 all found, 1 timed out or unreachable, 2 bad input, 3 credentials refused.`;

const { flagArgs, positionals } = splitPositionals(process.argv.slice(2), WAIT_FLAGS);
await runScript({ name: 'wait-for-images', usage, flags: WAIT_FLAGS }, async (flags) => {
  const refs = referenceArguments(positionals, 'REF');
  const session = setup(flags);
  const request = referencesWait(session.config, refs, parseWaitFlags(flags));
  if (session.dryRun) return reportReferencesPlan(session, request);
  const title = `Waiting for ${request.targets.length} image(s) in ${request.registries.join(', ')}`;
  const found = await withProgress(session, { title, targets: request.targets, heartbeatSeconds: request.heartbeatSeconds, registries: request.registries },
    (onEvent) => waitForReferences(session.pollingClient(), request, onEvent));
  return reportReferencesFound(session, found);
}, flagArgs);
