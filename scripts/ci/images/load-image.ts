#!/usr/bin/env -S npx tsx
// An image archive (from save-image, skopeo's oci-archive or docker save; or --run-id: a run's artifact) back into
// registries with every digest kept (--to), or into the local daemon; verified whole before anything is pushed. See --help.
import { runScript } from '../../../lib/cli/main.ts';
import { LOAD_FLAGS, parseFileArgument, parseReferences } from '../../../lib/cli/archive-flags.ts';
import { parseRunIdFlag } from '../../../lib/cli/flags.ts';
import { splitPositionals } from '../../../lib/cli/positionals.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { loadArchive } from '../../../lib/commands/load.ts';
import { artifactsClient, withRunArchive } from '../../../lib/commands/load-run.ts';
import { reportLoad } from '../../../lib/report/archives.ts';
import { USAGE } from '../../../lib/report/usage.ts';

const { flagArgs, positionals } = splitPositionals(process.argv.slice(2), LOAD_FLAGS);
await runScript(
  { name: 'load-image', usage: USAGE['load-image'], flags: LOAD_FLAGS, deadline: { defaultSeconds: 3600 } },
  async (flags) => {
    const session = setup(flags, { planOnStdout: true });
    const { config, log, dryRun } = session;
    const runId = flags['run-id'] === undefined ? undefined : parseRunIdFlag(flags['run-id']);
    const file = runId ? `run ${runId}` : parseFileArgument(positionals);
    const targets = parseReferences('--to', flags.to ?? []);
    const where = targets.length ? `${targets.length} registry reference(s)` : 'the local docker daemon';
    const load = (path: string) =>
      loadArchive({ file: path, targets, dryRun, log, registry: () => session.registryClient(), docker: () => session.docker() });
    const result = await session.group(`Loading ${file} into ${where}`, () =>
      runId ? withRunArchive(artifactsClient(config), runId, flags.artifact, log, load) : load(file),
    );
    return reportLoad(session, result);
  },
  flagArgs,
);
