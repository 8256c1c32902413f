#!/usr/bin/env -S npx tsx
// Port of ci_verify_prod_image.sh (parity addendum §9) with #20664's docker_tests checks: pull the
// PROD image from GITHUB_REGISTRY, tag it locally, and run every check in it. See --help.
import { runScript } from '../../../lib/cli/main.ts';
import { parsePythonFlag } from '../../../lib/cli/flags.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { verifyImage } from '../../../lib/commands/verify.ts';
import { reportVerify } from '../../../lib/report/verify.ts';
import { USAGE } from '../../../lib/report/usage.ts';

await runScript({ name: 'verify-prod-image', usage: USAGE['verify-prod-image'], flags: { python: { type: 'string' } } }, async (flags) => {
  const session = setup(flags, { planOnStdout: true });
  const { config, log, dryRun } = session;
  const python = parsePythonFlag(flags.python, config);
  const result = await session.group(`Verifying the PROD image for python ${python}`, () =>
    verifyImage(config, session.docker(), { image: 'prod', python, dryRun, log }),
  );
  return reportVerify(session, result);
});
