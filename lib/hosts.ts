/**
 * Everything we know about a registry host, in one place (regclient's per-host config): how image
 * names are joined, which variable holds its token, how a digest is deleted there, where its API
 * lives. Adding a registry host is one entry in HOSTS; any other host gets DEFAULT_PROFILE.
 *
 * A pure table: it reads no configuration and builds no client. Its functions take the values they
 * need as plain types (the configuration satisfies them); the clients are built in lib/cli/clients.ts.
 */
import { ConfigError } from './support/errors.ts';
import { DOCKER_HUB, formatReference, parseReference } from './oci/reference.ts';
import type { Credentials } from './registry/credentials.ts';

/** A config variable that holds a registry token. */
export type TokenVariable = 'CONTAINER_REGISTRY_TOKEN' | 'GITHUB_TOKEN';

export interface HostProfile {
  readonly host: string;
  /**
   * How an image segment joins `<host>/<owner>/<repo>`: GitHub Packages nests it (`/`), ghcr.io
   * packages cannot nest and the original joined with `-` (spec §2b).
   */
  readonly separator: '/' | '-';
  /** The variable whose token logs in to this host (spec §3.1 step 3); none: docker's own config. */
  readonly tokenVariable?: TokenVariable;
  /**
   * How a manifest digest is deleted: the registry API, or GitHub's package-versions REST API
   * (ghcr.io refuses manifest DELETE), with the token variables it accepts, first found wins.
   */
  readonly deleteMethod:
    { readonly kind: 'registry-api' } | { readonly kind: 'github-packages-api'; readonly tokenVariables: readonly TokenVariable[] };
  /** The registry API's base URL when it is not `https://<host>`. */
  readonly baseUrl?: string;
}

const DEFAULT_PROFILE: Omit<HostProfile, 'host'> = { separator: '/', deleteMethod: { kind: 'registry-api' } };

/** The GitHub registries, preferred first: when both hold every image, the wait reports ghcr.io. */
export const GITHUB_REGISTRIES = ['ghcr.io', 'docker.pkg.github.com'] as const;
export type GithubRegistry = (typeof GITHUB_REGISTRIES)[number];
export const DEFAULT_GITHUB_REGISTRY: GithubRegistry = 'docker.pkg.github.com';

const HOSTS: Readonly<Record<string, HostProfile>> = {
  'ghcr.io': {
    host: 'ghcr.io',
    separator: '-',
    tokenVariable: 'CONTAINER_REGISTRY_TOKEN',
    deleteMethod: { kind: 'github-packages-api', tokenVariables: ['CONTAINER_REGISTRY_TOKEN', 'GITHUB_TOKEN'] },
  },
  'docker.pkg.github.com': {
    host: 'docker.pkg.github.com',
    separator: '/',
    tokenVariable: 'GITHUB_TOKEN',
    deleteMethod: { kind: 'registry-api' },
  },
  'docker.io': { host: 'docker.io', separator: '/', deleteMethod: { kind: 'registry-api' }, baseUrl: `https://${DOCKER_HUB.apiHost}` },
};

export function hostProfile(host: string): HostProfile {
  return HOSTS[host.toLowerCase()] ?? { host: host.toLowerCase(), ...DEFAULT_PROFILE };
}

export function isGithubRegistry(host: string): host is GithubRegistry {
  return (GITHUB_REGISTRIES as readonly string[]).includes(host);
}

/** REGISTRY_ENDPOINTS: public host → the base URL its requests go to. */
export interface EndpointsInput {
  readonly registryEndpoints: ReadonlyMap<string, string>;
}

/** The registry tokens of the configuration and the user they log in as (lib/config/load.ts fills it). */
export interface RegistryTokens {
  readonly githubToken: string;
  readonly containerRegistryToken: string;
  /** GITHUB_USERNAME, else the fallback user of the variables table. */
  readonly loginUser: string;
}

export function tokenValue(tokens: Omit<RegistryTokens, 'loginUser'>, variable: TokenVariable): string {
  return variable === 'CONTAINER_REGISTRY_TOKEN' ? tokens.containerRegistryToken : tokens.githubToken;
}

/** The login for a host from its token variable, as the login user (spec §3.1 step 3). */
export function hostCredentials(tokens: RegistryTokens, host: string): Credentials | undefined {
  const variable = hostProfile(host).tokenVariable;
  const password = variable ? tokenValue(tokens, variable) : '';
  if (!password) return undefined;
  return { username: tokens.loginUser, password };
}

/** Public host → API base URL: REGISTRY_ENDPOINTS first, then each profile's own base URL. */
export function registryEndpoints(config: EndpointsInput): ReadonlyMap<string, string> {
  const endpoints = new Map<string, string>();
  for (const profile of Object.values(HOSTS)) if (profile.baseUrl) endpoints.set(profile.host, profile.baseUrl);
  for (const [host, url] of config.registryEndpoints) endpoints.set(host, url);
  return endpoints;
}

/**
 * The host docker must talk to for a public registry host. The registry client maps hosts through
 * REGISTRY_ENDPOINTS itself, but the docker daemon cannot: for `docker login/pull/push/tag` and
 * for the BuildKit cache reference the name must carry the real transport host
 * (`ghcr.io=http://127.0.0.1:5001` → `127.0.0.1:5001`). Unmapped hosts are returned unchanged.
 */
export function dockerRegistryHost(config: EndpointsInput, host: string): string {
  const endpoint = config.registryEndpoints.get(host.toLowerCase());
  if (!endpoint) return host;
  const url = new URL(endpoint);
  if (url.pathname !== '/' && url.pathname !== '') {
    throw new ConfigError(
      'REGISTRY_ENDPOINTS',
      `REGISTRY_ENDPOINTS maps ${host} to ${url.origin}${url.pathname}: docker cannot reach a registry under a path, only host[:port]`,
    );
  }
  return url.host;
}

/** `ghcr.io/x:y` → `127.0.0.1:5001/x:y` under `ghcr.io=http://127.0.0.1:5001`; else unchanged. */
export function dockerReference(config: EndpointsInput, reference: string): string {
  const ref = parseReference(reference);
  if (!config.registryEndpoints.has(ref.registry.toLowerCase())) return reference;
  return formatReference({ ...ref, registry: dockerRegistryHost(config, ref.registry) });
}

/**
 * What to set when a registry refused our credentials: the token variable of each host that has
 * one, and the package permissions a GitHub token needs. `stored`: where the stored credentials of
 * each host asked about came from (or where the chain looked), said first.
 */
export function refusalHint(stored: readonly string[] = []): string {
  const variables = Object.values(HOSTS)
    .filter((p) => p.tokenVariable)
    .map((p) => `${p.tokenVariable} for ${p.host}`);
  const lookedIn = stored.length ? `${stored.join('; ')}; ` : '';
  return `${lookedIn}set ${variables.join(', ')} or log in with docker login / podman login; a GitHub token needs read:packages (write:packages to push, delete:packages to prune; in a workflow: permissions: packages: write)`;
}
