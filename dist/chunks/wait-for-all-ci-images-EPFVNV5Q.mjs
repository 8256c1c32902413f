import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  reportNotWaiting,
  reportWaitPlan,
  reportWaitResult,
  waitUsage,
  withWaitProgress
} from "./chunk-X22K3CYZ.mjs";
import {
  waitForRequest,
  waitRequest,
  waitingMode
} from "./chunk-2L2DPWNF.mjs";
import "./chunk-LEK7L3E5.mjs";
import "./chunk-DVWKTXY5.mjs";
import "./chunk-C4MNYSRK.mjs";
import "./chunk-47Q7QY45.mjs";
import {
  WAIT_FLAGS,
  parseWaitTiming,
  runScript,
  setup
} from "./chunk-5GGBWKRD.mjs";
import "./chunk-W44I3CFX.mjs";
import "./chunk-QAO4AET5.mjs";

// scripts/ci/images/wait-for-all-ci-images.ts
await runScript({ name: "wait-for-all-ci-images", usage: waitUsage("ci", "wait-for-all-ci-images.ts"), flags: WAIT_FLAGS }, async (flags) => {
  const session = setup(flags);
  const request = waitRequest(session.config, "ci", parseWaitTiming(flags));
  if (session.dryRun) return reportWaitPlan(session, request);
  if (!waitingMode(session.config)) return reportNotWaiting(session);
  const found = await withWaitProgress(session, request, (onEvent) => waitForRequest(session.pollingClient(), request, onEvent));
  return reportWaitResult(session, found);
});
