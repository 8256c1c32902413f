import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  producerWatch,
  reportNotWaiting,
  reportWaitPlan,
  reportWaitResult,
  withWaitProgress
} from "./chunk-HNDATFNN.mjs";
import "./chunk-EWGZ5UOJ.mjs";
import {
  waitForRequest,
  waitRequest,
  waitingMode
} from "./chunk-VESR4VDM.mjs";
import "./chunk-4DMDTUF2.mjs";
import "./chunk-XIWQ65P4.mjs";
import {
  USAGE
} from "./chunk-IKGP2OFM.mjs";
import "./chunk-M2T5RP7L.mjs";
import {
  WAIT_FLAGS,
  parseWaitFlags,
  runScript,
  setup
} from "./chunk-YNCQQ3PI.mjs";
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
