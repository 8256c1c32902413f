#!/usr/bin/env -S npx tsx
// A CI run's image on your machine, with one flag instead of five variables (the old
// `breeze --github-image-id`): looks in ghcr.io and docker.pkg.github.com, pulls, tags locally.
import { runScript } from '../../../lib/cli/main.ts';
import { parseImageFlag, parsePythonFlag, parseRunIdFlag } from '../../../lib/cli/flags.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { pullRunImage } from '../../../lib/commands/prepare.ts';
import { IMAGE_CHOICES } from '../../../lib/images.ts';
import { reportPrepare } from '../../../lib/report/prepare.ts';
import { USAGE } from '../../../lib/report/usage.ts';

const flags = { 'run-id': { type: 'string' }, image: { type: 'string' }, python: { type: 'string' }, timeout: { type: 'string' } } as const;
await runScript({ name: 'pull-image', usage: USAGE['pull-image'], flags, deadline: { defaultSeconds: 3600 } }, async (flags) => {
  const session = setup(flags, { planOnStdout: true });
  const runId = parseRunIdFlag(flags['run-id']);
  const image = parseImageFlag(flags.image);
  const { config, log, dryRun } = session;
  const python = parsePythonFlag(flags.python, config);
  const result = await session.group(`Pulling the ${IMAGE_CHOICES[image].label} image of run ${runId} for python ${python}`, () =>
    pullRunImage(config, session.docker(), session.registryClient(), { image, python, dryRun, log, runId }),
  );
  return reportPrepare(session, result);
});
