import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  reportNotWaiting,
  reportWaitPlan,
  reportWaitResult,
  waitUsage,
  withWaitProgress
} from "./chunk-W75DV3WD.mjs";
import "./chunk-ZG3PVTLY.mjs";
import {
  waitForRequest,
  waitRequest,
  waitingMode
} from "./chunk-JRSAJQTT.mjs";
import "./chunk-WPIJ6JTQ.mjs";
import "./chunk-VW4FBLIU.mjs";
import "./chunk-PSQMQC6P.mjs";
import "./chunk-2CZDJTIM.mjs";
import {
  WAIT_FLAGS,
  parseWaitFlags,
  runScript,
  setup
} from "./chunk-ODCBDXED.mjs";
import "./chunk-E7YZNGG6.mjs";
import "./chunk-QAO4AET5.mjs";

// scripts/ci/images/wait-for-all-prod-images.ts
await runScript({ name: "wait-for-all-prod-images", usage: waitUsage("prod", "wait-for-all-prod-images.ts"), flags: WAIT_FLAGS }, async (flags) => {
  const session = setup(flags);
  const request = waitRequest(session.config, "prod", parseWaitFlags(flags));
  if (session.dryRun) return reportWaitPlan(session, request);
  if (!waitingMode(session.config)) return reportNotWaiting(session);
  const found = await withWaitProgress(session, request, (onEvent) => waitForRequest(session.pollingClient(), request, onEvent));
  return reportWaitResult(session, found);
});
