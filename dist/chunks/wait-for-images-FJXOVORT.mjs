import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  referenceArguments
} from "./chunk-YI3EKFMC.mjs";
import {
  REFS_USAGE,
  reportReferencesFound,
  reportReferencesPlan
} from "./chunk-CYALKPEO.mjs";
import {
  splitPositionals
} from "./chunk-NFGPORKN.mjs";
import {
  producerWatch,
  withProgress
} from "./chunk-QRRQGIFN.mjs";
import "./chunk-Y7YFRVNN.mjs";
import {
  DEFAULT_HEARTBEAT_SECONDS,
  waitForImages
} from "./chunk-HX3VIZDF.mjs";
import "./chunk-INNC5BBE.mjs";
import "./chunk-5PMND4XI.mjs";
import "./chunk-M2T5RP7L.mjs";
import {
  WAIT_FLAGS,
  parseWaitFlags,
  runScript,
  setup
} from "./chunk-G5RXXNCK.mjs";
import {
  formatReference
} from "./chunk-Q3VEEV6Q.mjs";
import "./chunk-MJ4GKCEB.mjs";
import "./chunk-QAO4AET5.mjs";

// lib/commands/refs/wait.ts
function referencesWait(config, refs, overrides = {}) {
  const texts = [...new Set(refs.map(formatReference))];
  const targets = texts.map((text) => ({ label: text, candidates: { [refs.find((r) => formatReference(r) === text).registry]: text } }));
  return {
    targets,
    registries: [...new Set(refs.map((r) => r.registry))],
    timeoutSeconds: overrides.timeoutSeconds ?? config.waitTimeoutSeconds,
    pollIntervalSeconds: overrides.pollIntervalSeconds ?? config.pollIntervalSeconds,
    heartbeatSeconds: overrides.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS,
    platform: overrides.platform,
    producer: overrides.producer
  };
}
function waitForReferences(client, request, onEvent, producer) {
  return waitForImages(client, request.targets, {
    timeoutMs: request.timeoutSeconds * 1e3,
    pollIntervalSeconds: request.pollIntervalSeconds,
    registries: request.registries,
    everyRegistry: true,
    platform: request.platform,
    onEvent,
    producer
  });
}

// scripts/ci/images/wait-for-images.ts
var { flagArgs, positionals } = splitPositionals(process.argv.slice(2), WAIT_FLAGS);
await runScript(
  { name: "wait-for-images", usage: REFS_USAGE["wait-for-images"], flags: WAIT_FLAGS },
  async (flags) => {
    const session = setup(flags);
    const refs = referenceArguments(positionals, "REF");
    const request = referencesWait(session.config, refs, parseWaitFlags(flags));
    if (session.dryRun) return reportReferencesPlan(session, request);
    const title = `Waiting for ${request.targets.length} image(s) in ${request.registries.join(", ")}`;
    const producer = producerWatch(session, request);
    const frame = { title, targets: request.targets, heartbeatSeconds: request.heartbeatSeconds, registries: request.registries };
    const poll = (onEvent) => waitForReferences(session.pollingClient(), request, onEvent, producer);
    const found = await withProgress(session, frame, poll, producer);
    return reportReferencesFound(session, found);
  },
  flagArgs
);
