/**
 * The flow shared by wait-for-all-ci-images and wait-for-all-prod-images: flags, the gate of the
 * original, dry-run, the wait itself, and its report (outputs file, job summary, stdout, --json).
 */
import { appendSummary, enableMasking, group, makeLogger, markdownTable, setOutput } from '../github/actions.ts';
import { parseFlags } from './main.ts';
import { loadConfig, parseSeconds, requirePythonVersions, type Config } from '../config/load.ts';
import { createRegistryClient, GITHUB_REGISTRIES } from '../hosts.ts';
import { POLL_RETRY } from '../support/retry.ts';
import { imageKinds } from '../images.ts';
import { lineReporter, targetLabel, terminalReporter } from '../report/progress.ts';
import { waitForImages, waitTargets, WaitTimeoutError, type WaitResult } from '../commands/wait.ts';

export interface WaitCommand {
  /** `ci` or `prod`: which images, and the words of the help text. */
  readonly image: 'ci' | 'prod';
  readonly script: string;
}

const FLAGS = {
  timeout: { type: 'string' },
  'poll-interval': { type: 'string' },
  json: { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function usage(command: WaitCommand): string {
  const what = command.image === 'ci' ? 'CI images' : 'PROD images (and -build images when WAIT_FOR_PROD_BUILD_IMAGE=true)';
  return `Usage: tsx scripts/ci/images/${command.script} [--timeout SECONDS] [--poll-interval SECONDS] [--json] [--dry-run]

Waits for the ${what} of every python version in CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING,
tag GITHUB_REGISTRY_PULL_IMAGE_TAG, in ghcr.io and docker.pkg.github.com at once, and reports the
registry that holds them all (ghcr.io when both do) as the output githubRegistry.

  --timeout SECONDS        give up after this long (env WAIT_FOR_IMAGE_TIMEOUT, default 3600)
  --poll-interval SECONDS  time between checks, with jitter (env WAIT_FOR_IMAGE_POLL_INTERVAL, default 5)
  --json                   print one JSON document on stdout
  --dry-run                no network: print the references it would wait for
Runs only when USE_GITHUB_REGISTRY=true and GITHUB_REGISTRY_WAIT_FOR_IMAGE=true.
Exit codes: 0 all found, 1 timed out, 2 bad input, 3 credentials refused.`;
}

export async function runWaitCommand(command: WaitCommand, argv = process.argv.slice(2)): Promise<number> {
  const flags = parseFlags(FLAGS, argv);
  const out = (line: string) => process.stdout.write(line + '\n');
  if (flags.help) {
    out(usage(command));
    return 0;
  }
  const config = loadConfig();
  enableMasking(config, { json: flags.json });
  const log = makeLogger(process.stderr);
  const timeoutSeconds = flags.timeout !== undefined ? parseSeconds('--timeout', flags.timeout) : config.waitTimeoutSeconds;
  const pollSeconds = flags['poll-interval'] !== undefined ? parseSeconds('--poll-interval', flags['poll-interval']) : config.pollIntervalSeconds;
  const targets = () => waitTargets(config, imageKinds(config, command.image), requirePythonVersions(config));

  if (flags['dry-run']) {
    if (flags.json) {
      out(JSON.stringify({ images: targets().map((t) => ({ python: t.python, kind: t.kind, candidates: GITHUB_REGISTRIES.map((r) => t.candidates[r]) })) }));
    } else {
      out(`Would wait up to ${timeoutSeconds}s (poll every ${pollSeconds}s) for:`);
      for (const t of targets()) out(`  ${targetLabel(t)}: ${GITHUB_REGISTRIES.map((r) => t.candidates[r]).join('  or  ')}`);
    }
    return 0;
  }

  if (!config.useGithubRegistry || !config.waitForImage) {
    log(
      `Not waiting: USE_GITHUB_REGISTRY=${config.useGithubRegistry} and GITHUB_REGISTRY_WAIT_FOR_IMAGE=${config.waitForImage} ` +
        `(both must be true); jobs build their own images. githubRegistry stays ${config.githubRegistry}.`,
    );
    setOutput(config, 'githubRegistry', config.githubRegistry);
    return 0;
  }

  const images = targets();
  // The poll loop is the retry: one quick retry per check absorbs a blip, and a lasting failure
  // shows once as an 'error' state change instead of a log line per attempt. A stalled request
  // holds its poll round, hence 10 s per request unless REGISTRY_REQUEST_TIMEOUT says otherwise.
  const client = createRegistryClient(config, { timeoutMs: (config.requestTimeoutSeconds ?? 10) * 1000, retry: POLL_RETRY });
  const live = !config.githubActions && process.stderr.isTTY;
  let result: WaitResult;
  try {
    result = await group(config, `Waiting for ${images.length} ${command.image.toUpperCase()} image(s), tag ${config.pullImageTag}`, log, async () => {
      const reporter = live ? terminalReporter(images, process.stderr) : lineReporter(log);
      try {
        return await waitForImages(client, images, {
          timeoutMs: timeoutSeconds * 1000,
          pollIntervalMs: pollSeconds * 1000,
          onEvent: (event) => reporter.event(event),
        });
      } finally {
        reporter.stop();
      }
    });
  } catch (error) {
    if (error instanceof WaitTimeoutError) {
      for (const [registry, refs] of Object.entries(error.missing)) {
        for (const ref of refs) log(`missing in ${registry}: ${ref}`);
      }
    }
    throw error;
  }
  report(config, result, flags.json, out);
  return 0;
}

function report(config: Config, result: WaitResult, json: boolean, out: (line: string) => void): void {
  const wroteOutput = setOutput(config, 'githubRegistry', result.registry);
  appendSummary(
    config,
    `### Images found in ${result.registry}\n\n` +
      markdownTable(
        ['image', 'registry', 'digest', 'waited'],
        result.images.map((i) => [`\`${i.reference}\``, result.registry, `\`${i.digest}\``, `${i.waitedSeconds}s`]),
      ),
  );
  if (json) {
    out(JSON.stringify({
      githubRegistry: result.registry,
      images: result.images.map((i) => ({ python: i.target.python, kind: i.target.kind, reference: i.reference, digest: i.digest, waitedSeconds: i.waitedSeconds })),
    }));
    return;
  }
  out(`All ${result.images.length} image(s) found in ${result.registry}.`);
  for (const i of result.images) out(`  ${i.reference} ${i.digest} (after ${i.waitedSeconds}s)`);
  out(wroteOutput ? `githubRegistry=${result.registry} (written to $GITHUB_OUTPUT)` : `githubRegistry=${result.registry}`);
}
