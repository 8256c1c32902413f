#!/usr/bin/env -S npx tsx
// `ci-images copy SRC DST…`: a whole image (an index with every child) to other repositories or
// registries, daemonless, digest unchanged (skopeo copy --all). `copy HOST` (one bare host) stays
// push-images --copy-to HOST, the copy of the push-tag image. See --help.
import { runScript } from '../../../lib/cli/main.ts';
import { splitPositionals } from '../../../lib/cli/positionals.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { copyArguments, copyReferences } from '../../../lib/commands/refs/copy.ts';
import { formatReference } from '../../../lib/oci/reference.ts';
import { reportCopy } from '../../../lib/report/refs.ts';
import { REFS_USAGE } from '../../../lib/report/usage-refs.ts';

/** One bare host (no `/`, and a host by docker's rule: a `.` or `:`, or localhost): today's push-tag copy. */
const HOST_ONLY = /^(?:[^/\s@]*[.:][^/\s@]*|localhost)$/;
const flags = { timeout: { type: 'string' } } as const;
const args = process.argv.slice(2);
const { flagArgs, positionals } = splitPositionals(args, { ...flags, image: { type: 'string' }, python: { type: 'string' } });
if (positionals.length === 1 && HOST_ONLY.test(positionals[0]) && !args.includes('--help') && !args.includes('-h')) {
  process.argv = [process.argv[0], 'scripts/ci/images/push-images.ts', '--copy-to', positionals[0], ...flagArgs];
  await import('./push-images.ts');
} else {
  await runScript(
    { name: 'copy-image', usage: REFS_USAGE['copy-image'], flags, deadline: { defaultSeconds: 3600 } },
    async (flags) => {
      const { source, targets } = copyArguments(positionals);
      const session = setup(flags, { planOnStdout: true });
      const result = await session.group(`Copying ${formatReference(source)} to ${targets.length} destination(s)`, () =>
        copyReferences(session.registryClient(), source, targets, { dryRun: session.dryRun, log: session.log }),
      );
      return reportCopy(session, result);
    },
    flagArgs,
  );
}
