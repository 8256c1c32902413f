#!/usr/bin/env -S npx tsx
// One multi-platform image from single-platform images built on several runners: the daemonless
// equivalent of `docker buildx imagetools create`. See --help.
import { runScript } from '../../../lib/cli/main.ts';
import { parseImageFlag, parsePythonFlag } from '../../../lib/cli/flags.ts';
import { splitPositionals } from '../../../lib/cli/positionals.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { mergePlatforms, mergeTarget, parseDigestArguments } from '../../../lib/commands/merge-platforms.ts';
import { formatReference } from '../../../lib/oci/reference.ts';
import { reportMerge } from '../../../lib/report/merge-platforms.ts';
import { USAGE } from '../../../lib/report/usage.ts';

const flags = { target: { type: 'string' }, image: { type: 'string' }, python: { type: 'string' }, timeout: { type: 'string' } } as const;
const { flagArgs, positionals } = splitPositionals(process.argv.slice(2), flags);
await runScript(
  { name: 'merge-platforms', usage: USAGE['merge-platforms'], flags, deadline: { defaultSeconds: 600 } },
  async (flags) => {
    const session = setup(flags, { planOnStdout: true });
    const { config, log, dryRun } = session;
    const digests = parseDigestArguments(positionals);
    const { target, extraTags } = await mergeTarget(
      config,
      flags.target,
      parseImageFlag(flags.image),
      parsePythonFlag(flags.python, config),
    );
    const result = await session.group(`Merging ${digests.length} image(s) into ${formatReference(target)}`, () =>
      mergePlatforms(session.registryClient(), target, digests, { extraTags, dryRun, log }),
    );
    return reportMerge(session, result);
  },
  flagArgs,
);
