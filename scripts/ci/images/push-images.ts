#!/usr/bin/env -S npx tsx
// Port of ci_push_ci_images.sh / ci_push_production_images.sh (spec §3.5, §3.6), plus daemonless
// --promote (re-tag in the registry) and --copy-to (copy between registries). See --help.
import { parseFlags, runMain } from '../../../lib/cli/main.ts';
import { ConfigError } from '../../../lib/support/errors.ts';
import { enableMasking, group, makeLogger } from '../../../lib/github/actions.ts';
import { loadConfig } from '../../../lib/config/load.ts';
import { createDocker, parseImageFlag, parsePythonFlag } from '../../../lib/commands/prepare.ts';
import { copyImages, parseHostFlag, parseTagFlag, promoteImages, pushImages, reportPush } from '../../../lib/commands/push.ts';
import { createRegistryClient } from '../../../lib/hosts.ts';

const HELP = `usage: push-images [--image ci|prod] [--python 3.8] [--promote FROM_TAG | --copy-to HOST] [--dry-run] [--json]
  Default: docker tag + push of the local image to GITHUB_REGISTRY as GITHUB_REGISTRY_PUSH_IMAGE_TAG,
  and as GITHUB_SHA when that is set (USE_GITHUB_REGISTRY=true); else docker push of the local
  DockerHub names. PROD with WAIT_FOR_PROD_BUILD_IMAGE=true also pushes the -build image.
  --promote FROM_TAG  no docker: re-tag the image at FROM_TAG in GITHUB_REGISTRY as the push tag
                      (and GITHUB_SHA) with one manifest PUT each
  --copy-to HOST      no docker: copy the push-tag image from GITHUB_REGISTRY to HOST (ghcr.io and
                      docker.pkg.github.com use their own naming; other hosts keep the path)
  --dry-run           print every docker command and registry write, do nothing
  Outputs imageReference and imageDigest. Exit: 0 done, 1 failed, 2 bad input, 3 credentials refused.`;

await runMain(async () => {
  const flags = parseFlags({
    image: { type: 'string' }, python: { type: 'string' }, promote: { type: 'string' }, 'copy-to': { type: 'string' },
    'dry-run': { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' },
  });
  if (flags.help) return void process.stdout.write(HELP + '\n');
  if (flags.promote !== undefined && flags['copy-to'] !== undefined) {
    throw new ConfigError('--promote', '--promote and --copy-to are mutually exclusive: run the script once for each');
  }
  const image = parseImageFlag(flags.image);
  const fromTag = flags.promote === undefined ? undefined : parseTagFlag('--promote', flags.promote);
  const copyTo = flags['copy-to'] === undefined ? undefined : parseHostFlag('--copy-to', flags['copy-to']);
  const config = loadConfig();
  const python = parsePythonFlag(flags.python, config);
  enableMasking(config, { json: flags.json });
  const dryRun = flags['dry-run'];
  const log = makeLogger(dryRun && !flags.json ? process.stdout : process.stderr);
  const options = { image, python, dryRun, log };
  const client = createRegistryClient(config, { onRetry: log });
  const result = await group(config, `Publishing the ${image.toUpperCase()} image for python ${python}`, log, () =>
    fromTag !== undefined ? promoteImages(config, client, { ...options, fromTag })
      : copyTo !== undefined ? copyImages(config, client, { ...options, copyTo })
        : pushImages(config, createDocker(dryRun, log), options),
  );
  reportPush(config, result, { json: flags.json, dryRun }, (line) => process.stdout.write(line + '\n'));
});
