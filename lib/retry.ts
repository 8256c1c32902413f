/** The one retry/backoff helper for every network call and every docker push. */

export interface RetryOptions {
  /** Total attempts, including the first. */
  readonly attempts: number;
  /** First backoff delay; doubles each time, with full jitter, capped at maxDelayMs. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
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

export const DEFAULT_RETRY: RetryOptions = { attempts: 5, baseDelayMs: 200, maxDelayMs: 10_000 };

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
      const delay = Math.max(backoffDelay(n, options), hint.retryAfterMs ?? 0);
      if (options.deadline !== undefined && Date.now() + delay > options.deadline) throw error;
      options.onRetry?.(error, n, delay);
      await wait(delay, options.signal);
    }
  }
}
