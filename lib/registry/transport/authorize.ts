/**
 * Authorization around the redirects layer: the header already at hand (a cached token, or Basic
 * once the registry asked for it) goes with the first attempt; a 401 from the registry's own
 * origin is answered once (its challenge learnt, Basic or a Bearer token fetched by
 * lib/registry/auth.ts) and the request sent again. A 401 from another origin is never answered;
 * a 401 after authenticating, or a 403, is a refusal (exit 3).
 */
import type { Exchange } from './types.ts';
import { hasStreamBody } from './types.ts';
import { errorDetail } from './exchange.ts';
import type { Authenticator } from '../auth.ts';
import { refusal, RegistryError, statusError } from '../errors.ts';
import { discard } from '../../support/http.ts';
import { displayUrl } from '../../support/network-text.ts';

export function authorize(inner: Exchange, auth: Authenticator): Exchange {
  return async (request) => {
    const { registry, scopes, what, signal } = request;
    let sent = await inner({ ...request, authorization: auth.cached(registry, scopes) });
    if (sent.response.status === 401) {
      discard(sent.response);
      if (!auth.isRegistryOrigin(registry, sent.url)) {
        throw new RegistryError(
          `${what} → HTTP 401 from ${displayUrl(sent.url)}, which is not the registry's origin: ` +
            'its challenge is ignored and no credentials go there',
          { status: 401, code: 'UNAUTHORIZED', refused: false },
        );
      }
      if (!auth.learn(registry, sent.url, sent.response.headers.get('www-authenticate'))) {
        throw refusal(`${what} → HTTP 401 without a usable WWW-Authenticate challenge`);
      }
      const authorization = await auth.authenticate(registry, scopes, what, signal);
      if (hasStreamBody(request)) {
        // A stream cannot be sent twice: authenticated now, the caller's retry resends it.
        throw new RegistryError(`${what}: authenticated, resending`, { status: 401, temporary: true, refused: false, retryAfterMs: 0 });
      }
      sent = await inner({ ...request, authorization });
      if (sent.response.status === 401) throw statusError(401, what, await errorDetail(sent.response));
    }
    if (sent.response.status === 403) throw statusError(403, what, await errorDetail(sent.response));
    return sent;
  };
}
