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

const usage = `Usage: ci-images digest REF [--platform OS/ARCH] [--json]
  Prints the manifest digest REF names (an index's own digest for a multi-platform image).
  REF as docker reads it: alpine is docker.io/library/alpine:latest; host[:port]/name[:tag][@digest].
  --platform OS/ARCH  the digest of that platform's image instead (an index's child), e.g. linux/arm64
  Loopback hosts (localhost, 127.0.0.0/8, [::1]) are plain http, others https unless REGISTRY_ENDPOINTS maps them.
  Outputs digest and digests (JSON: reference -> digest). --timeout SECONDS: overall deadline (default 600).
  Exit: 0 found, 1 no such image or platform, 2 bad input, 3 credentials refused.`;

const flags = { platform: { type: 'string' }, timeout: { type: 'string' } } as const;
const { flagArgs, positionals } = splitPositionals(process.argv.slice(2), flags);
await runScript({ name: 'image-digest', usage, flags, deadline: { defaultSeconds: 600 } }, async (flags) => {
  const [ref] = referenceArguments(positionals, 'REF', { max: 1 });
  const platform = flags.platform === undefined ? undefined : parsePlatform(flags.platform, '--platform');
  const session = setup(flags);
  return reportDigest(session, await resolveDigest(session.registryClient(), ref, platform));
}, flagArgs);
