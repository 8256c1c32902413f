/**
 * Retry around the authorize layer, with lib/support/retry.ts and its named policies: a temporary
 * status (408, 429, 5xx) becomes a temporary RegistryError carrying the answer's Retry-After, and
 * temporary errors are tried again with backoff (a Retry-After longer than the policy's maximum
 * fails at once). A request with a stream body gets one attempt: whoever made the stream resends it.
 */
import { errorDetail } from './exchange.ts';
import { hasStreamBody, type Exchange, type Request, type Sent } from './types.ts';
import { isTemporaryStatus, statusError } from '../errors.ts';
import { parseRetryAfter, retry, type RetryOptions } from '../../support/retry.ts';

export interface RetryLayerOptions {
  readonly policy: RetryOptions;
  /** One line per retry: `<registry>: <error>; retry <n> in <s>s`. */
  readonly onRetry?: (message: string) => void;
}

export function retrying(inner: Exchange, options: RetryLayerOptions): Exchange {
  const { policy, onRetry } = options;
  const once = async (request: Request): Promise<Sent> => {
    const sent = await inner(request);
    const { status } = sent.response;
    if (isTemporaryStatus(status)) {
      const retryAfterMs = parseRetryAfter(sent.response.headers.get('retry-after'));
      throw statusError(status, request.what, await errorDetail(sent.response), request.subject, retryAfterMs);
    }
    return sent;
  };
  return (request) =>
    retry(() => once(request), {
      ...policy,
      // A stream cannot be replayed: whoever made it retries the whole transfer.
      attempts: hasStreamBody(request) ? 1 : policy.attempts,
      signal: request.signal,
      onRetry: (error, attempt, delay) =>
        onRetry?.(`${request.registry}: ${(error as Error).message}; retry ${attempt} in ${(delay / 1000).toFixed(1)}s`),
    });
}
