import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  producerWatch,
  reportNotWaiting,
  reportWaitPlan,
  reportWaitResult,
  withWaitProgress
} from "./chunk-QRRQGIFN.mjs";
import "./chunk-Y7YFRVNN.mjs";
import {
  waitForRequest,
  waitRequest,
  waitingMode
} from "./chunk-HX3VIZDF.mjs";
import "./chunk-INNC5BBE.mjs";
import "./chunk-5PMND4XI.mjs";
import {
  USAGE
} from "./chunk-IKGP2OFM.mjs";
import "./chunk-M2T5RP7L.mjs";
import {
  WAIT_FLAGS,
  parseWaitFlags,
  runScript,
  setup
} from "./chunk-G5RXXNCK.mjs";
import "./chunk-Q3VEEV6Q.mjs";
import "./chunk-MJ4GKCEB.mjs";
import "./chunk-QAO4AET5.mjs";

// scripts/ci/images/wait-for-all-ci-images.ts
await runScript({ name: "wait-for-all-ci-images", usage: USAGE["wait-for-all-ci-images"], flags: WAIT_FLAGS }, async (flags) => {
  const session = setup(flags);
  const request = waitRequest(session.config, "ci", parseWaitFlags(flags));
  if (session.dryRun) return reportWaitPlan(session, request);
  if (!waitingMode(session.config)) return reportNotWaiting(session);
  const producer = producerWatch(session, request);
  const found = await withWaitProgress(
    session,
    request,
    (onEvent) => waitForRequest(session.pollingClient(), request, onEvent, producer),
    producer
  );
  return reportWaitResult(session, found, producer);
});
