#!/usr/bin/env -S npx tsx
// `ci-images tag REF TAG…`: new tags for an image in its own repository, daemonless (crane tag):
// one manifest GET, one PUT per tag, no blob moved. See --help.
import { runScript } from '../../../lib/cli/main.ts';
import { splitPositionals } from '../../../lib/cli/positionals.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { referenceArguments, tagArguments } from '../../../lib/commands/refs/arguments.ts';
import { tagImage } from '../../../lib/commands/refs/tag.ts';
import { formatReference } from '../../../lib/oci/reference.ts';
import { reportTag } from '../../../lib/report/refs.ts';
import { REFS_USAGE } from '../../../lib/report/usage-refs.ts';

const flags = { timeout: { type: 'string' } } as const;
const { flagArgs, positionals } = splitPositionals(process.argv.slice(2), flags);
await runScript(
  { name: 'tag-image', usage: REFS_USAGE['tag-image'], flags, deadline: { defaultSeconds: 600 } },
  async (flags) => {
    const [ref] = referenceArguments(positionals.slice(0, 1), 'REF');
    const tags = tagArguments(positionals.slice(1));
    const session = setup(flags, { planOnStdout: true });
    const result = await session.group(`Tagging ${formatReference(ref)} as ${tags.join(', ')}`, () =>
      tagImage(session.registryClient(), ref, tags, { dryRun: session.dryRun, log: session.log }),
    );
    return reportTag(session, result);
  },
  flagArgs,
);
