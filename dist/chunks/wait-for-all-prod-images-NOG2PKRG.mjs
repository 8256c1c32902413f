import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  producerWatch,
  reportNotWaiting,
  reportWaitPlan,
  reportWaitResult,
  withWaitProgress
} from "./chunk-AYKH632Q.mjs";
import "./chunk-P2K63ENW.mjs";
import {
  waitForRequest,
  waitRequest,
  waitingMode
} from "./chunk-7MLFXMDJ.mjs";
import "./chunk-KFHL7RDU.mjs";
import "./chunk-M4RXOSJK.mjs";
import {
  USAGE
} from "./chunk-26E3XAFG.mjs";
import "./chunk-CNENEZEI.mjs";
import {
  WAIT_FLAGS,
  parseWaitFlags,
  runScript,
  setup
} from "./chunk-JLJ7XYPZ.mjs";
import "./chunk-SOHAMQ6P.mjs";
import "./chunk-MJ4GKCEB.mjs";
import "./chunk-QAO4AET5.mjs";

// scripts/ci/images/wait-for-all-prod-images.ts
await runScript({ name: "wait-for-all-prod-images", usage: USAGE["wait-for-all-prod-images"], flags: WAIT_FLAGS }, async (flags) => {
  const session = setup(flags);
  const request = waitRequest(session.config, "prod", parseWaitFlags(flags));
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
