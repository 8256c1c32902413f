import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  lineReporter,
  targetLabel,
  terminalReporter
} from "./chunk-ZG3PVTLY.mjs";
import {
  WaitTimeoutError
} from "./chunk-JRSAJQTT.mjs";
import {
  GITHUB_REGISTRIES,
  IMAGE_CHOICES
} from "./chunk-ODCBDXED.mjs";
import {
  appendSummary,
  markdownTable,
  terminalEffectsAllowed
} from "./chunk-E7YZNGG6.mjs";

// lib/report/wait.ts
function waitUsage(image, script) {
  const what = image === "ci" ? "CI images" : "PROD images (and -build images when WAIT_FOR_PROD_BUILD_IMAGE=true)";
  return `Usage: tsx scripts/ci/images/${script} [--timeout SECONDS] [--poll-interval SECONDS] [--heartbeat SECONDS] [--platform OS/ARCH] [--json] [--dry-run]

Waits for the ${what} of every python version in CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING,
tag GITHUB_REGISTRY_PULL_IMAGE_TAG, in ${GITHUB_REGISTRIES.join(" and ")} at once, and reports the
registry that holds them all (${GITHUB_REGISTRIES[0]} when both do) as the output githubRegistry.

  --timeout SECONDS        give up after this long (env WAIT_FOR_IMAGE_TIMEOUT, default 3600)
  --poll-interval SECONDS  time between checks at most, 80-100 % of it at random (env WAIT_FOR_IMAGE_POLL_INTERVAL, default 5)
  --heartbeat SECONDS      in CI logs, a found/missing count line this often (default 60; 0: none)
  --platform OS/ARCH       only an image (or index) holding this platform counts, e.g. linux/arm64
  --json                   print one JSON document on stdout
  --dry-run                no network: print the references it would wait for
Runs only when USE_GITHUB_REGISTRY=true and GITHUB_REGISTRY_WAIT_FOR_IMAGE=true.
Exit codes: 0 all found, 1 timed out, 2 bad input, 3 credentials refused.`;
}
var candidates = (target) => GITHUB_REGISTRIES.map((registry) => target.candidates[registry]);
function reportWaitPlan(session, request) {
  const targets = request.targets();
  if (session.json) {
    session.result({ images: targets.map((t) => ({ python: t.python, kind: t.kind, candidates: candidates(t) })) });
    return 0;
  }
  session.out(`Would wait up to ${request.timeoutSeconds}s (poll every ${request.pollSeconds}s) for:`);
  for (const t of targets) session.out(`  ${targetLabel(t)}: ${candidates(t).join("  or  ")}`);
  return 0;
}
function reportNotWaiting(session) {
  const { config } = session;
  session.log(
    `Not waiting: USE_GITHUB_REGISTRY=${config.useGithubRegistry} and GITHUB_REGISTRY_WAIT_FOR_IMAGE=${config.waitForImage} (both must be true); jobs build their own images. githubRegistry stays ${config.githubRegistry}.`
  );
  session.output("githubRegistry", config.githubRegistry);
  session.result({ githubRegistry: config.githubRegistry, waited: false });
  return 0;
}
function waitTitle(request, tag, count) {
  return `Waiting for ${count} ${IMAGE_CHOICES[request.image].label} image(s), tag ${tag}`;
}
function progressReporter(session, targets, heartbeatSeconds, registries = GITHUB_REGISTRIES) {
  const live = !session.config.githubActions && process.stderr.isTTY && terminalEffectsAllowed();
  return live ? terminalReporter(targets, process.stderr) : lineReporter(session.log, { everyMs: heartbeatSeconds * 1e3, targets, registries });
}
function reportMissing(session, error) {
  if (!(error instanceof WaitTimeoutError)) return;
  session.result({ missing: error.missing, outcomes: error.outcomes });
  for (const [registry, refs] of Object.entries(error.missing)) {
    for (const ref of refs) session.log(`missing in ${registry}: ${ref}`);
  }
  appendSummary(session.config, failedWaitSummary(error));
}
function failedWaitSummary(error) {
  const rows = error.outcomes.map((o) => [
    `python ${o.python} ${o.kind}`,
    o.registry,
    o.state === "found" ? "found" : "missing",
    `\`${o.reference}\``,
    o.lastError ? o.lastError.slice(0, 200) : "–"
  ]);
  return `### Wait timed out

${error.message}

` + markdownTable(["image", "registry", "state", "reference", "last error"], rows);
}
function reportWaitResult(session, result) {
  const { config } = session;
  const wroteOutput = session.output("githubRegistry", result.registry);
  appendSummary(
    config,
    `### Images found in ${result.registry}

` + markdownTable(
      ["image", "registry", "digest", "waited"],
      result.images.map((i) => [`\`${i.reference}\``, result.registry, `\`${i.digest}\``, `${i.waitedSeconds}s`])
    )
  );
  if (session.json) {
    session.result({
      githubRegistry: result.registry,
      images: result.images.map((i) => ({ python: i.target.python, kind: i.target.kind, reference: i.reference, digest: i.digest, waitedSeconds: i.waitedSeconds }))
    });
    return 0;
  }
  session.out(`All ${result.images.length} image(s) found in ${result.registry}.`);
  for (const i of result.images) session.out(`  ${i.reference} ${i.digest} (after ${i.waitedSeconds}s)`);
  session.out(wroteOutput ? `githubRegistry=${result.registry} (written to $GITHUB_OUTPUT)` : `githubRegistry=${result.registry}`);
  return 0;
}
async function withWaitProgress(session, request, body) {
  const targets = request.targets();
  try {
    return await session.group(waitTitle(request, session.config.pullImageTag, targets.length), async () => {
      const reporter = progressReporter(session, targets, request.heartbeatSeconds);
      try {
        return await body((event) => reporter.event(event));
      } finally {
        reporter.stop();
      }
    });
  } catch (error) {
    reportMissing(session, error);
    throw error;
  }
}

export {
  waitUsage,
  reportWaitPlan,
  reportNotWaiting,
  reportWaitResult,
  withWaitProgress
};
