/** The registry transport as stacked layers; see stack.ts for the order and each file for its layer. */
export { Transport } from './stack.ts';
export { RepositoryHandle, scope, type Actions, type RepositoryRequest, type RepositoryTransport } from './repository.ts';
export { errorDetail, httpExchange, type ExchangeOptions } from './exchange.ts';
export { followRedirects, MAX_REDIRECTS } from './redirects.ts';
export { authorize } from './authorize.ts';
export { retrying, type RetryLayerOptions } from './retry.ts';
export type { BodySource, Exchange, OriginCheck, Request, RequestEvent, Sent, TransportOptions } from './types.ts';
