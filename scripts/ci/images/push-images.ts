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

const usage = `Usage: tsx scripts/ci/images/push-images.ts [--image ci|prod] [--python 3.8] [--promote FROM_TAG | --copy-to HOST] [--dry-run] [--json]
  Default: docker tag + push of the local image to GITHUB_REGISTRY as GITHUB_REGISTRY_PUSH_IMAGE_TAG
  and the commit tag (COMMIT_SHA, else on Actions the build context's HEAD; USE_GITHUB_REGISTRY=true);
  else docker push of the local DockerHub names. PROD also pushes the -build image when there is one.
  --promote FROM_TAG  no docker: re-tag the image at FROM_TAG in GITHUB_REGISTRY as the push tag
                      (and the commit tag) with one manifest PUT each
  --copy-to HOST      no docker: copy the push-tag image from GITHUB_REGISTRY to HOST (ghcr.io and
                      docker.pkg.github.com use their own naming; other hosts keep the path)
  --dry-run           print every docker command and registry write, do nothing
  Outputs imageReference and imageDigest. --timeout SECONDS: overall deadline (default 3600). Exit: 0 done, 1 failed, 2 bad input, 3 refused.`;

const flags = { image: { type: 'string' }, python: { type: 'string' }, promote: { type: 'string' }, 'copy-to': { type: 'string' }, timeout: { type: 'string' } } as const;
await runScript({ name: 'push-images', usage, flags, deadline: { defaultSeconds: 3600 } }, async (flags) => {
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
    fromTag !== undefined ? promoteImages(config, session.registryClient(), { ...options, fromTag })
      : copyTo !== undefined ? copyImages(config, session.registryClient(), { ...options, copyTo })
        : pushImages(config, session.docker(), options, session.registryClient()),
  );
  return reportPush(session, result);
});
