#!/usr/bin/env -S npx tsx
// A CI run's image on your machine, with one flag instead of five variables (the old
// `breeze --github-image-id`): looks in ghcr.io and docker.pkg.github.com, pulls, tags locally.
import { runScript } from '../../../lib/cli/main.ts';
import { parseImageFlag, parsePythonFlag, parseRunIdFlag } from '../../../lib/cli/flags.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { pullRunImage } from '../../../lib/commands/prepare.ts';
import { IMAGE_CHOICES } from '../../../lib/images.ts';
import { reportPrepare } from '../../../lib/report/prepare.ts';

const usage = `Usage: tsx scripts/ci/images/pull-image.ts --run-id RUN_ID [--image ci|prod] [--python 3.8] [--dry-run] [--json]
  Pulls the image a CI run pushed (tag RUN_ID, the GitHub Actions run id) from whichever GitHub
  registry holds it, and tags it with the local name (apache/airflow:master-python3.8-ci), as
  prepare-ci-image does in CI. One check per registry, no waiting: a run id with no image says so
  in seconds. Names follow the usual variables (GITHUB_REPOSITORY, BRANCH_NAME, ...); tokens:
  CONTAINER_REGISTRY_TOKEN / GITHUB_TOKEN, or your docker login. Output localImage.
  --timeout SECONDS: overall deadline (default 3600). Exit: 0 pulled, 1 no such image or failed, 2 bad input, 3 credentials refused.`;

const flags = { 'run-id': { type: 'string' }, image: { type: 'string' }, python: { type: 'string' }, timeout: { type: 'string' } } as const;
await runScript({ name: 'pull-image', usage, flags, deadline: { defaultSeconds: 3600 } }, async (flags) => {
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
