/**
 * A handle bound to one repository (go-containerregistry's `name.Repository` + its transport):
 * the registry, the repository's name and its `/v2/<name>/` base resolved once, so manifests,
 * blobs, tags (and referrers) say only the path, the actions they need and what they are doing.
 */
import type { Request, Sent, TransportOptions } from './types.ts';
import type { Authenticator } from '../auth.ts';

/** The repository actions a request needs (the scope `repository:<name>:<actions>`). */
export type Actions = 'pull' | 'pull,push' | 'delete';

export interface RepositoryRequest extends Omit<Request, 'url' | 'registry' | 'scopes'> {
  /** Under `/v2/<name>/`, e.g. `manifests/latest`; or `url`, an absolute URL (an upload Location). */
  readonly path?: string;
  readonly url?: string;
  readonly actions: Actions;
  /** Scopes beyond this repository's (a mount's source repository). */
  readonly moreScopes?: readonly string[];
}

/** The token scope of a request on a repository (distribution's `repository:<name>:<actions>`). */
export const scope = (repository: string, actions: string) => `repository:${repository}:${actions}`;

/** What a handle needs of the transport. */
export interface RepositoryTransport {
  readonly auth: Authenticator;
  readonly options: TransportOptions;
  readonly timeoutMs: number;
  baseUrl(registry: string): string;
  send(request: Request): Promise<Sent>;
}

export class RepositoryHandle {
  /** The registry's base URL (an endpoint given for it, or https://<host>). */
  readonly baseUrl: string;
  /** `<base>/v2/<name>/`. */
  readonly v2: string;

  constructor(
    readonly transport: RepositoryTransport,
    readonly registry: string,
    readonly name: string,
  ) {
    this.baseUrl = transport.baseUrl(registry);
    this.v2 = `${this.baseUrl}/v2/${name}/`;
  }

  url(path: string): string {
    return this.v2 + path;
  }

  scope(actions: Actions, repository = this.name): string {
    return scope(repository, actions);
  }

  /** Whether a URL is on this registry's origin (where credentials go and Link pages are followed). */
  isRegistryOrigin(url: string | URL): boolean {
    return this.transport.auth.isRegistryOrigin(this.registry, url);
  }

  send(request: RepositoryRequest): Promise<Sent> {
    const { path, url, actions, moreScopes = [], ...rest } = request;
    return this.transport.send({
      ...rest,
      url: url ?? this.url(path ?? ''),
      registry: this.registry,
      scopes: [this.scope(actions), ...moreScopes],
    });
  }
}
