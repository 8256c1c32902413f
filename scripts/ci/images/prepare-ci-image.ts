#!/usr/bin/env -S npx tsx
// Port of ci_prepare_ci_image_on_ci.sh / ci_prepare_prod_image_on_ci.sh (spec §3.3, §3.4, §5b):
// wait for the image in GITHUB_REGISTRY, pull it and tag it locally; or build it with BuildKit
// and the registry cache. See --help.
import { runScript } from '../../../lib/cli/main.ts';
import { parseImageFlag, parsePythonFlag, parseWaitFlags } from '../../../lib/cli/flags.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { prepareImage } from '../../../lib/commands/prepare.ts';
import { waitingMode } from '../../../lib/commands/wait/index.ts';
import { IMAGE_CHOICES } from '../../../lib/images.ts';
import { lineReporter } from '../../../lib/report/progress.ts';
import { reportPrepare } from '../../../lib/report/prepare.ts';
import { USAGE } from '../../../lib/report/usage.ts';

await runScript(
  {
    name: 'prepare-ci-image',
    usage: USAGE['prepare-ci-image'],
    flags: { image: { type: 'string' }, python: { type: 'string' }, timeout: { type: 'string' } },
  },
  async (flags) => {
    const image = parseImageFlag(flags.image);
    const session = setup(flags, { planOnStdout: true });
    const { config, log, dryRun } = session;
    const python = parsePythonFlag(flags.python, config);
    const timeoutSeconds = parseWaitFlags(flags).timeoutSeconds ?? config.waitTimeoutSeconds;
    const title = `${waitingMode(config) ? 'Pulling' : 'Building'} the ${IMAGE_CHOICES[image].label} image for python ${python}`;
    const result = await session.group(title, () =>
      prepareImage(config, session.docker(), session.registryClient(), {
        image,
        python,
        dryRun,
        timeoutSeconds,
        log,
        onEvent: lineReporter(log).event,
      }),
    );
    return reportPrepare(session, result);
  },
);
