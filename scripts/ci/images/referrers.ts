#!/usr/bin/env -S npx tsx
// What belongs to an image (signatures, SBOMs, attestations), like `oras discover`. See --help.
import { runScript } from '../../../lib/cli/main.ts';
import { splitPositionals } from '../../../lib/cli/positionals.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { listReferrers, parseReferrersRequest } from '../../../lib/commands/referrers.ts';
import { formatReference } from '../../../lib/oci/reference.ts';
import { reportReferrers } from '../../../lib/report/referrers.ts';
import { USAGE } from '../../../lib/report/usage.ts';

const flags = { 'artifact-type': { type: 'string' }, depth: { type: 'string' }, timeout: { type: 'string' } } as const;
const { flagArgs, positionals } = splitPositionals(process.argv.slice(2), flags);
await runScript(
  { name: 'referrers', usage: USAGE.referrers, flags, deadline: { defaultSeconds: 600 } },
  async (flags) => {
    const session = setup(flags);
    const request = parseReferrersRequest(positionals, flags['artifact-type'], flags.depth);
    const result = await session.group(`Referrers of ${formatReference(request.reference)}`, () =>
      listReferrers(session.registryClient(), request),
    );
    return reportReferrers(session, result);
  },
  flagArgs,
);
