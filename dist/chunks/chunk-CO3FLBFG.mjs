import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  WaitTimeoutError,
  lineReporter,
  targetLabel,
  terminalReporter,
  waitForImages,
  waitTargets
} from "./chunk-VEF5STBZ.mjs";
import {
  GITHUB_REGISTRIES,
  POLL_RETRY,
  appendSummary,
  createRegistryClient,
  enableMasking,
  group,
  imageKinds,
  loadConfig,
  makeLogger,
  markdownTable,
  parseFlags,
  parseSeconds,
  requirePythonVersions,
  setOutput
} from "./chunk-BQC4HAV3.mjs";

// lib/cli/wait-command.ts
var FLAGS = {
  timeout: { type: "string" },
  "poll-interval": { type: "string" },
  json: { type: "boolean", default: false },
  "dry-run": { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false }
};
function usage(command) {
  const what = command.image === "ci" ? "CI images" : "PROD images (and -build images when WAIT_FOR_PROD_BUILD_IMAGE=true)";
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
async function runWaitCommand(command, argv = process.argv.slice(2)) {
  const flags = parseFlags(FLAGS, argv);
  const out = (line) => process.stdout.write(line + "\n");
  if (flags.help) {
    out(usage(command));
    return 0;
  }
  const config = loadConfig();
  enableMasking(config, { json: flags.json });
  const log = makeLogger(process.stderr);
  const timeoutSeconds = flags.timeout !== void 0 ? parseSeconds("--timeout", flags.timeout) : config.waitTimeoutSeconds;
  const pollSeconds = flags["poll-interval"] !== void 0 ? parseSeconds("--poll-interval", flags["poll-interval"]) : config.pollIntervalSeconds;
  const targets = () => waitTargets(config, imageKinds(config, command.image), requirePythonVersions(config));
  if (flags["dry-run"]) {
    if (flags.json) {
      out(JSON.stringify({ images: targets().map((t) => ({ python: t.python, kind: t.kind, candidates: GITHUB_REGISTRIES.map((r) => t.candidates[r]) })) }));
    } else {
      out(`Would wait up to ${timeoutSeconds}s (poll every ${pollSeconds}s) for:`);
      for (const t of targets()) out(`  ${targetLabel(t)}: ${GITHUB_REGISTRIES.map((r) => t.candidates[r]).join("  or  ")}`);
    }
    return 0;
  }
  if (!config.useGithubRegistry || !config.waitForImage) {
    log(
      `Not waiting: USE_GITHUB_REGISTRY=${config.useGithubRegistry} and GITHUB_REGISTRY_WAIT_FOR_IMAGE=${config.waitForImage} (both must be true); jobs build their own images. githubRegistry stays ${config.githubRegistry}.`
    );
    setOutput(config, "githubRegistry", config.githubRegistry);
    return 0;
  }
  const images = targets();
  const client = createRegistryClient(config, { timeoutMs: (config.requestTimeoutSeconds ?? 10) * 1e3, retry: POLL_RETRY });
  const live = !config.githubActions && process.stderr.isTTY;
  let result;
  try {
    result = await group(config, `Waiting for ${images.length} ${command.image.toUpperCase()} image(s), tag ${config.pullImageTag}`, log, async () => {
      const reporter = live ? terminalReporter(images, process.stderr) : lineReporter(log);
      try {
        return await waitForImages(client, images, {
          timeoutMs: timeoutSeconds * 1e3,
          pollIntervalMs: pollSeconds * 1e3,
          onEvent: (event) => reporter.event(event)
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
function report(config, result, json, out) {
  const wroteOutput = setOutput(config, "githubRegistry", result.registry);
  appendSummary(
    config,
    `### Images found in ${result.registry}

` + markdownTable(
      ["image", "registry", "digest", "waited"],
      result.images.map((i) => [`\`${i.reference}\``, result.registry, `\`${i.digest}\``, `${i.waitedSeconds}s`])
    )
  );
  if (json) {
    out(JSON.stringify({
      githubRegistry: result.registry,
      images: result.images.map((i) => ({ python: i.target.python, kind: i.target.kind, reference: i.reference, digest: i.digest, waitedSeconds: i.waitedSeconds }))
    }));
    return;
  }
  out(`All ${result.images.length} image(s) found in ${result.registry}.`);
  for (const i of result.images) out(`  ${i.reference} ${i.digest} (after ${i.waitedSeconds}s)`);
  out(wroteOutput ? `githubRegistry=${result.registry} (written to $GITHUB_OUTPUT)` : `githubRegistry=${result.registry}`);
}

export {
  runWaitCommand
};
