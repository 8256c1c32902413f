/**
 * Redirects, followed by hand around the exchange layer, with the origin rules: the
 * Authorization header goes only to the registry's own origin (never to a storage service or a
 * mirror a redirect names), only http(s) targets, never from https down to http, at most 5 hops,
 * 303 turns the method into GET. A request with a body is never redirected (its answer is final).
 * The hops share one timeout (the first hop's deadline).
 */
import { isRedirect } from './exchange.ts';
import type { Exchange, OriginCheck, Request } from './types.ts';
import { RegistryError } from '../errors.ts';
import { displayUrl } from '../../support/network-text.ts';

export const MAX_REDIRECTS = 5;

export function followRedirects(inner: Exchange, isRegistryOrigin: OriginCheck): Exchange {
  return async (request) => {
    const { authorization, what } = request;
    let url = request.url;
    let method = request.method;
    let deadline = request.deadline;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const headers: Record<string, string> = { ...request.headers };
      if (authorization && isRegistryOrigin(request.registry, url)) headers.authorization = authorization;
      const hopRequest: Request = { ...request, url, method, headers, authorization: undefined, deadline };
      const sent = await inner(hopRequest);
      if (!isRedirect(sent.response, request)) return sent;
      const location = sent.response.headers.get('location')!;
      const next = URL.canParse(location, url) ? new URL(location, url) : undefined;
      if (!next || !/^https?:$/.test(next.protocol)) {
        throw new RegistryError(`${what}: redirected to something that is not an http(s) URL`, { code: 'REDIRECT_REFUSED' });
      }
      if (new URL(url).protocol === 'https:' && next.protocol !== 'https:') {
        throw new RegistryError(`${what}: refusing a redirect from https to ${displayUrl(next)}`, { code: 'REDIRECT_REFUSED' });
      }
      url = next.toString();
      if (sent.response.status === 303) method = 'GET';
      deadline = sent.deadline;
    }
    throw new RegistryError(`${what}: too many redirects`, { code: 'TOO_MANY_REDIRECTS' });
  };
}
