#!/usr/bin/env -S npx tsx
// Images as a file, for a workflow artifact when the job cannot push (fork pull requests): from a
// registry (every platform kept, digests unchanged) or, with --from-docker, from the local daemon. See --help.
import { runScript } from '../../../lib/cli/main.ts';
import { parseCompressFlag, parseOutputFlag, parseReferences, SAVE_FLAGS } from '../../../lib/cli/archive-flags.ts';
import { splitPositionals } from '../../../lib/cli/positionals.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { saveFromDocker, saveFromRegistry } from '../../../lib/commands/save.ts';
import { ConfigError } from '../../../lib/support/errors.ts';
import { reportSave } from '../../../lib/report/archives.ts';
import { USAGE } from '../../../lib/report/usage.ts';

const { flagArgs, positionals } = splitPositionals(process.argv.slice(2), SAVE_FLAGS);
await runScript(
  { name: 'save-image', usage: USAGE['save-image'], flags: SAVE_FLAGS, deadline: { defaultSeconds: 3600 } },
  async (flags) => {
    const session = setup(flags, { planOnStdout: true });
    const { log, dryRun } = session;
    if (positionals.length === 0) throw new ConfigError('IMAGE', 'no image given: name the images to save, e.g. ghcr.io/org/repo:tag');
    const references = parseReferences('IMAGE', positionals);
    const output = parseOutputFlag(flags.output);
    const compress = parseCompressFlag(flags.compress);
    const options = { output, compress, dryRun, log };
    const result = await session.group(`Saving ${positionals.length} image(s) to ${output}`, () =>
      flags['from-docker']
        ? saveFromDocker(session.docker(), positionals, options)
        : saveFromRegistry(session.registryClient(), references, options),
    );
    return reportSave(session, result);
  },
  flagArgs,
);
