/**
 * Docker's identity tokens (`identitytoken` in config.json, or a credential helper answering the
 * user `<token>`): an OAuth2 refresh token, exchanged at the Bearer challenge's realm with a form
 * POST (`grant_type=refresh_token`, `refresh_token`, `service`, `scope`, `client_id`), as docker
 * and go-containerregistry do. Token servers without OAuth2 answer that POST with 404; then the
 * plain token GET is sent with Basic credentials, as go-containerregistry falls back. Either
 * answer (`token` or `access_token`) is read by the caller (auth.ts).
 */
import { discard, type HttpResponse } from '../support/http.ts';
import type { PlainRequest } from './auth.ts';
import type { Credentials } from './credentials.ts';

/** Who we say we are to the token service (docker says `docker`, go-containerregistry its own name). */
export const OAUTH2_CLIENT_ID = 'ci-images';

export interface RefreshExchange {
  /** The realm as the challenge named it (the POST goes there). */
  readonly realm: URL;
  /** The realm with `service` and `scope` parameters (the GET fallback goes there). */
  readonly tokenUrl: URL;
  readonly service?: string;
  readonly scopes: readonly string[];
  readonly credentials: Credentials & { readonly identityToken: string };
}

export async function exchangeRefreshToken(
  request: PlainRequest,
  exchange: RefreshExchange,
  what: string,
  signal?: AbortSignal,
): Promise<HttpResponse> {
  const form = new URLSearchParams({
    grant_type: 'refresh_token',
    refresh_token: exchange.credentials.identityToken,
    client_id: OAUTH2_CLIENT_ID,
  });
  if (exchange.service) form.set('service', exchange.service);
  if (exchange.scopes.length) form.set('scope', exchange.scopes.join(' '));
  const headers = { 'content-type': 'application/x-www-form-urlencoded' };
  const posted = await request('POST', exchange.realm.toString(), headers, what, signal, Buffer.from(form.toString()));
  if (posted.status !== 404) return posted;
  discard(posted);
  const user = exchange.credentials.username || '<token>';
  const basic = `Basic ${Buffer.from(`${user}:${exchange.credentials.identityToken}`).toString('base64')}`;
  return request('GET', exchange.tokenUrl.toString(), { authorization: basic }, what, signal);
}
