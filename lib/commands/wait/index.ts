/** Waiting for images in the GitHub registries: the public API (see loop.ts for how a wait runs). */
export { DEFAULT_HEARTBEAT_SECONDS, targetLabel, waitingMode, waitRequest, waitTargets } from './plan.ts';
export type { CheckState, PollTarget, WaitOverrides, WaitRequest, WaitTarget } from './plan.ts';
export { CHECKS_PER_HOST, LAGGING_EVERY, pollDelay } from './schedule.ts';
export { UNREACHABLE_ROUNDS, UnreachableError, WaitTimeoutError } from './classify.ts';
export type { CheckOutcome } from './classify.ts';
export { waitForImages, waitForRequest } from './loop.ts';
export type { FoundImage, WaitEvent, WaitOptions, WaitResult } from './loop.ts';
