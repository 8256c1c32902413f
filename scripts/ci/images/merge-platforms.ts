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

const usage = `Usage: tsx scripts/ci/images/merge-platforms.ts [--target IMAGE:TAG | --image ci|prod --python 3.8] [--dry-run] [--json] DIGEST...
  Pushes an OCI image index of the images DIGEST... (sha256:…, already pushed to the target's
  repository, one per platform; an index contributes its platforms) under the target tag. Each
  platform is read from the image's own config. --target defaults to the image in GITHUB_REGISTRY
  at GITHUB_REGISTRY_PUSH_IMAGE_TAG (and the commit tag too, when known). No docker needed.
  --dry-run reads the images and prints the index it would push. Outputs imageReference and imageDigest.
  --timeout SECONDS: overall deadline (default 600). Exit: 0 pushed, 1 a digest missing or two images of one platform, 2 bad input, 3 credentials refused.`;

const flags = { target: { type: 'string' }, image: { type: 'string' }, python: { type: 'string' }, timeout: { type: 'string' } } as const;
const { flagArgs, positionals } = splitPositionals(process.argv.slice(2), flags);
await runScript({ name: 'merge-platforms', usage, flags, deadline: { defaultSeconds: 600 } }, async (flags) => {
  const session = setup(flags, { planOnStdout: true });
  const { config, log, dryRun } = session;
  const digests = parseDigestArguments(positionals);
  const { target, extraTags } = await mergeTarget(config, flags.target, parseImageFlag(flags.image), parsePythonFlag(flags.python, config));
  const result = await session.group(`Merging ${digests.length} image(s) into ${formatReference(target)}`, () =>
    mergePlatforms(session.registryClient(), target, digests, { extraTags, dryRun, log }),
  );
  return reportMerge(session, result);
}, flagArgs);
