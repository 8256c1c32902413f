import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  reportNotWaiting,
  reportWaitPlan,
  reportWaitResult,
  waitUsage,
  withWaitProgress
} from "./chunk-RUN4ESKM.mjs";
import "./chunk-IATKHGA4.mjs";
import {
  waitForRequest,
  waitRequest,
  waitingMode
} from "./chunk-4BZ2RJKT.mjs";
import "./chunk-RIPWGVTD.mjs";
import "./chunk-XHOG4JXB.mjs";
import "./chunk-LISW2EKL.mjs";
import "./chunk-A4PTYKIB.mjs";
import {
  WAIT_FLAGS,
  parseWaitTiming,
  runScript,
  setup
} from "./chunk-WGQUTTCU.mjs";
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
