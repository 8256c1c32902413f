#!/usr/bin/env -S npx tsx
// `ci-images digest REF [--platform OS/ARCH]`: the manifest digest of a plain image reference, any
// registry (the daemonless `docker buildx imagetools inspect --format '{{.Manifest.Digest}}'`). See --help.
import { runScript } from '../../../lib/cli/main.ts';
import { splitPositionals } from '../../../lib/cli/positionals.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { parsePlatform } from '../../../lib/oci/platform.ts';
import { referenceArguments } from '../../../lib/commands/refs/arguments.ts';
import { resolveDigest } from '../../../lib/commands/refs/digest.ts';
import { reportDigest } from '../../../lib/report/refs.ts';
import { REFS_USAGE } from '../../../lib/report/usage-refs.ts';

const flags = { platform: { type: 'string' }, timeout: { type: 'string' } } as const;
const { flagArgs, positionals } = splitPositionals(process.argv.slice(2), flags);
await runScript(
  { name: 'image-digest', usage: REFS_USAGE['image-digest'], flags, deadline: { defaultSeconds: 600 } },
  async (flags) => {
    const [ref] = referenceArguments(positionals, 'REF', { max: 1 });
    const platform = flags.platform === undefined ? undefined : parsePlatform(flags.platform, '--platform');
    const session = setup(flags);
    return reportDigest(session, await resolveDigest(session.registryClient(), ref, platform));
  },
  flagArgs,
);
