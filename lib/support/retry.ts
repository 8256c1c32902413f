/**
 * The one retry/backoff helper for every network call and every docker push, and its named
 * policies: every retry number of the toolkit is in this file.
 */

export interface RetryOptions {
  /** Total attempts, including the first. */
  readonly attempts: number;
  /** First backoff delay; doubles each time, with full jitter, capped at maxDelayMs. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /**
   * Longest server-mandated wait (Retry-After) sat out before the next attempt; a longer one fails
   * now instead of putting the job to sleep for days. Default MAX_RETRY_AFTER_MS.
   */
  readonly maxRetryAfterMs?: number;
  /** Stop retrying once this absolute time (Date.now()) would be passed. */
  readonly deadline?: number;
  readonly signal?: AbortSignal;
  readonly random?: () => number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Called before each wait, e.g. to log. */
  readonly onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

/** Thrown (or returned as the cause) to tell `retry` how long to wait before the next attempt. */
export interface RetryHint {
  /** Whether the failure is worth another attempt. */
  readonly retryable: boolean;
  /** A server-mandated minimum wait (Retry-After), in ms. */
  readonly retryAfterMs?: number;
}

export type RetryPolicy = Pick<RetryOptions, 'attempts' | 'baseDelayMs' | 'maxDelayMs' | 'maxRetryAfterMs'>;

/** A server asking for more than this (Retry-After, a rate-limit reset) is not waited for. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Registry requests of push, promote, copy and prune: five attempts within about 15 s. */
export const REGISTRY_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 200, maxDelayMs: 10_000, maxRetryAfterMs: MAX_RETRY_AFTER_MS };
/**
 * Checks inside a wait: the poll loop is the retry, so one quick retry absorbs a blip and a
 * lasting failure shows once as an 'error' state change instead of a log line per attempt.
 */
export const POLL_RETRY: RetryPolicy = { attempts: 2, baseDelayMs: 200, maxDelayMs: 1_000, maxRetryAfterMs: MAX_RETRY_AFTER_MS };
/** `docker push`: the original tried 4 times with no pause at all (spec §6.17). */
export const DOCKER_PUSH_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 2_000, maxDelayMs: 30_000, maxRetryAfterMs: MAX_RETRY_AFTER_MS };
/** GitHub's REST API (package versions). */
export const GITHUB_API_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 200, maxDelayMs: 10_000, maxRetryAfterMs: MAX_RETRY_AFTER_MS };

/**
 * The wait's reads of its producer run: the watch's own rounds are the retry, so one quick retry
 * absorbs a blip; any `retry-after` is not slept here but moves the watch's next round.
 */
export const GITHUB_WATCH_RETRY: RetryPolicy = { attempts: 2, baseDelayMs: 200, maxDelayMs: 1_000, maxRetryAfterMs: 0 };

/** The default of `retry()`. */
export const DEFAULT_RETRY: RetryOptions = REGISTRY_RETRY;

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Exponential backoff with full jitter: random in [0, min(max, base * 2^(attempt-1))]. */
export function backoffDelay(attempt: number, options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.round((options.random ?? Math.random)() * ceiling);
}

/**
 * Parses `Retry-After` in both forms: delta-seconds or an HTTP date. Returns ms, or undefined.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

function hintOf(error: unknown): RetryHint {
  const hint = error as Partial<RetryHint> | undefined;
  return { retryable: hint?.retryable === true, retryAfterMs: hint?.retryAfterMs };
}

/**
 * Runs `attempt` until it succeeds, a non-retryable error is thrown (an error whose `retryable`
 * is not true), attempts run out or the deadline would be passed.
 */
export async function retry<T>(attempt: (n: number) => Promise<T>, options: RetryOptions = DEFAULT_RETRY): Promise<T> {
  const wait = options.sleep ?? sleep;
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const hint = hintOf(error);
      if (!hint.retryable || n >= options.attempts || options.signal?.aborted) throw error;
      const maxRetryAfterMs = options.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS;
      if ((hint.retryAfterMs ?? 0) > maxRetryAfterMs) {
        if (error instanceof Error) {
          error.message += `; the server asks to wait ${Math.ceil(hint.retryAfterMs! / 1000)} s before retrying (more than ${maxRetryAfterMs / 1000} s): not waiting`;
        }
        throw error;
      }
      const delay = Math.max(backoffDelay(n, options), hint.retryAfterMs ?? 0);
      if (options.deadline !== undefined && Date.now() + delay > options.deadline) throw error;
      options.onRetry?.(error, n, delay);
      await wait(delay, options.signal);
    }
  }
}
