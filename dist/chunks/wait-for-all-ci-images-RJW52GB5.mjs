import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  reportNotWaiting,
  reportWaitPlan,
  reportWaitResult,
  waitUsage,
  withWaitProgress
} from "./chunk-EKD7ZV7X.mjs";
import "./chunk-ZG3PVTLY.mjs";
import {
  waitForRequest,
  waitRequest,
  waitingMode
} from "./chunk-CZDST7DK.mjs";
import "./chunk-D3GLTJOA.mjs";
import "./chunk-3MXMNTMD.mjs";
import "./chunk-XV5TNXBE.mjs";
import "./chunk-5XO73ZDO.mjs";
import {
  WAIT_FLAGS,
  parseWaitFlags,
  runScript,
  setup
} from "./chunk-SQILZHCK.mjs";
import "./chunk-E7YZNGG6.mjs";
import "./chunk-QAO4AET5.mjs";

// scripts/ci/images/wait-for-all-ci-images.ts
await runScript({ name: "wait-for-all-ci-images", usage: waitUsage("ci", "wait-for-all-ci-images.ts"), flags: WAIT_FLAGS }, async (flags) => {
  const session = setup(flags);
  const request = waitRequest(session.config, "ci", parseWaitFlags(flags));
  if (session.dryRun) return reportWaitPlan(session, request);
  if (!waitingMode(session.config)) return reportNotWaiting(session);
  const found = await withWaitProgress(session, request, (onEvent) => waitForRequest(session.pollingClient(), request, onEvent));
  return reportWaitResult(session, found);
});
