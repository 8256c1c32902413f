import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  reportNotWaiting,
  reportWaitPlan,
  reportWaitResult,
  waitUsage,
  withWaitProgress
} from "./chunk-HOMV3XSW.mjs";
import "./chunk-IATKHGA4.mjs";
import {
  waitForRequest,
  waitRequest,
  waitingMode
} from "./chunk-T72L7JG2.mjs";
import "./chunk-HB42GKJM.mjs";
import "./chunk-UY5PSM4Q.mjs";
import "./chunk-OU4SXNDZ.mjs";
import "./chunk-RNSWVF35.mjs";
import {
  WAIT_FLAGS,
  parseWaitTiming,
  runScript,
  setup
} from "./chunk-UDPHKXGW.mjs";
import "./chunk-W44I3CFX.mjs";
import "./chunk-QAO4AET5.mjs";

// scripts/ci/images/wait-for-all-prod-images.ts
await runScript({ name: "wait-for-all-prod-images", usage: waitUsage("prod", "wait-for-all-prod-images.ts"), flags: WAIT_FLAGS }, async (flags) => {
  const session = setup(flags);
  const request = waitRequest(session.config, "prod", parseWaitTiming(flags));
  if (session.dryRun) return reportWaitPlan(session, request);
  if (!waitingMode(session.config)) return reportNotWaiting(session);
  const found = await withWaitProgress(session, request, (onEvent) => waitForRequest(session.pollingClient(), request, onEvent));
  return reportWaitResult(session, found);
});
