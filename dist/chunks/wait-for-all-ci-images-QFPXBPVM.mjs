import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  reportNotWaiting,
  reportWaitPlan,
  reportWaitResult,
  waitUsage,
  withWaitProgress
} from "./chunk-L3LMDSAD.mjs";
import "./chunk-ZG3PVTLY.mjs";
import {
  waitForRequest,
  waitRequest,
  waitingMode
} from "./chunk-BZU5XNCT.mjs";
import "./chunk-CMTMG342.mjs";
import "./chunk-HDGINT6K.mjs";
import "./chunk-EN2D5Z5Q.mjs";
import "./chunk-VF2BT7LG.mjs";
import {
  WAIT_FLAGS,
  parseWaitFlags,
  runScript,
  setup
} from "./chunk-O436QBZH.mjs";
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
