#!/usr/bin/env -S npx tsx
// Port of ci_verify_ci_image.sh (parity addendum §9): pull the CI image from GITHUB_REGISTRY, tag
// it locally and run `pip check` in it. See --help.
import { runScript } from '../../../lib/cli/main.ts';
import { parsePythonFlag } from '../../../lib/cli/flags.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { verifyImage } from '../../../lib/commands/verify.ts';
import { reportVerify } from '../../../lib/report/verify.ts';

const usage = `Usage: tsx scripts/ci/images/verify-ci-image.ts [--python 3.8] [--dry-run] [--json]
  With USE_GITHUB_REGISTRY=true: docker pull of the CI image at GITHUB_REGISTRY_PULL_IMAGE_TAG in
  GITHUB_REGISTRY, tagged with the local name (apache/airflow:master-python3.8-ci); a failed pull is
  logged and the local image verified, unless FAIL_ON_GITHUB_DOCKER_PULL_ERROR=true. Then runs
  pip check in it: docker run --rm --network none --entrypoint /bin/bash IMAGE -c 'pip check'.
  --python defaults to PYTHON_MAJOR_MINOR_VERSION. --dry-run prints the docker commands, runs none.
  Exit: 0 pip check passed, 1 it failed (with how to fix conflicts) or no image, 2 bad input, 3 refused.`;

await runScript({ name: 'verify-ci-image', usage, flags: { python: { type: 'string' } } }, async (flags) => {
  const session = setup(flags, { planOnStdout: true });
  const { config, log, dryRun } = session;
  const python = parsePythonFlag(flags.python, config);
  const result = await session.group(`Verifying the CI image for python ${python}`, () =>
    verifyImage(config, session.docker(), { image: 'ci', python, dryRun, log }),
  );
  return reportVerify(session, result);
});
