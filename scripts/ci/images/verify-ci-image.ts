#!/usr/bin/env -S npx tsx
// Port of ci_verify_ci_image.sh (parity addendum §9): pull the CI image from GITHUB_REGISTRY, tag
// it locally and run `pip check` in it. See --help.
import { runScript } from '../../../lib/cli/main.ts';
import { parsePythonFlag } from '../../../lib/cli/flags.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { verifyImage } from '../../../lib/commands/verify.ts';
import { reportVerify } from '../../../lib/report/verify.ts';
import { USAGE } from '../../../lib/report/usage.ts';

await runScript({ name: 'verify-ci-image', usage: USAGE['verify-ci-image'], flags: { python: { type: 'string' } } }, async (flags) => {
  const session = setup(flags, { planOnStdout: true });
  const { config, log, dryRun } = session;
  const python = parsePythonFlag(flags.python, config);
  const result = await session.group(`Verifying the CI image for python ${python}`, () =>
    verifyImage(config, session.docker(), { image: 'ci', python, dryRun, log }),
  );
  return reportVerify(session, result);
});
