#!/usr/bin/env -S npx tsx
// Port of ci_push_ci_images.sh / ci_push_production_images.sh (spec §3.5, §3.6), plus daemonless
// --promote (re-tag in the registry) and --copy-to (copy between registries). See --help.
import { runScript } from '../../../lib/cli/main.ts';
import { parseHostFlag, parseImageFlag, parsePythonFlag, parseTagFlag } from '../../../lib/cli/flags.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { copyImages, promoteImages, pushImages } from '../../../lib/commands/push.ts';
import { IMAGE_CHOICES } from '../../../lib/images.ts';
import { reportPush } from '../../../lib/report/push.ts';
import { ConfigError } from '../../../lib/support/errors.ts';
import { USAGE } from '../../../lib/report/usage.ts';

const flags = {
  image: { type: 'string' },
  python: { type: 'string' },
  promote: { type: 'string' },
  'copy-to': { type: 'string' },
  timeout: { type: 'string' },
} as const;
await runScript({ name: 'push-images', usage: USAGE['push-images'], flags, deadline: { defaultSeconds: 3600 } }, async (flags) => {
  if (flags.promote !== undefined && flags['copy-to'] !== undefined) {
    throw new ConfigError('--promote', '--promote and --copy-to are mutually exclusive: run the script once for each');
  }
  const image = parseImageFlag(flags.image);
  const fromTag = flags.promote === undefined ? undefined : parseTagFlag('--promote', flags.promote);
  const copyTo = flags['copy-to'] === undefined ? undefined : parseHostFlag('--copy-to', flags['copy-to']);
  const session = setup(flags, { planOnStdout: true });
  const { config, log, dryRun } = session;
  const options = { image, python: parsePythonFlag(flags.python, config), dryRun, log };
  const result = await session.group(`Publishing the ${IMAGE_CHOICES[image].label} image for python ${options.python}`, () =>
    fromTag !== undefined
      ? promoteImages(config, session.registryClient(), { ...options, fromTag })
      : copyTo !== undefined
        ? copyImages(config, session.registryClient(), { ...options, copyTo })
        : pushImages(config, session.docker(), options, session.registryClient()),
  );
  return reportPush(session, result);
});
