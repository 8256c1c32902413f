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

const usage = `Usage: ci-images copy SRC DST... [--dry-run] [--json]
       ci-images copy HOST [--image ci|prod] [--python 3.8] ...   (push-images --copy-to HOST: see push --help)
  Copies the image SRC names to each DST: every platform of an index, blobs skipped when there,
  mounted within one registry, streamed otherwise; the digest is unchanged; the tag is written last.
  A DST without a tag takes SRC's tag (SRC by digest only: the copy is by digest, untagged).
  References as docker reads them: alpine is docker.io/library/alpine:latest.
  --dry-run  resolve SRC's digest and print the copies, write nothing
  Outputs digests (JSON: reference -> digest). --timeout SECONDS: overall deadline (default 3600).
  Exit: 0 copied, 1 no such image or failed, 2 bad input, 3 credentials refused.`;

/** One bare host (no `/`, and a host by docker's rule: a `.` or `:`, or localhost): today's push-tag copy. */
const HOST_ONLY = /^(?:[^/\s@]*[.:][^/\s@]*|localhost)$/;
const flags = { timeout: { type: 'string' } } as const;
const args = process.argv.slice(2);
const { flagArgs, positionals } = splitPositionals(args, { ...flags, image: { type: 'string' }, python: { type: 'string' } });
if (positionals.length === 1 && HOST_ONLY.test(positionals[0]) && !args.includes('--help') && !args.includes('-h')) {
  process.argv = [process.argv[0], 'scripts/ci/images/push-images.ts', '--copy-to', positionals[0], ...flagArgs];
  await import('./push-images.ts');
} else {
  await runScript({ name: 'copy-image', usage, flags, deadline: { defaultSeconds: 3600 } }, async (flags) => {
    const { source, targets } = copyArguments(positionals);
    const session = setup(flags, { planOnStdout: true });
    const result = await session.group(`Copying ${formatReference(source)} to ${targets.length} destination(s)`, () =>
      copyReferences(session.registryClient(), source, targets, { dryRun: session.dryRun, log: session.log }),
    );
    return reportCopy(session, result);
  }, flagArgs);
}
