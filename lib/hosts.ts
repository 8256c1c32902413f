/**
 * Everything we know about a registry host, in one place (regclient's per-host config): how image
 * names are joined, which variable holds its token, how a digest is deleted there, where its API
 * lives. Adding a registry host is one entry in HOSTS; any other host gets DEFAULT_PROFILE.
 */
import type { Config } from './config/load.ts';
import { ConfigError } from './support/errors.ts';
import { formatReference, parseReference } from './oci/reference.ts';
import type { CredentialLookup, Credentials } from './registry/credentials.ts';
import { CredentialChain } from './credentials/index.ts';
import { RegistryClient, type RegistryClientOptions } from './registry/client.ts';
import { REGISTRY_RETRY } from './support/retry.ts';
import { registerSecret } from './support/secrets.ts';

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
  readonly deleteMethod: { readonly kind: 'registry-api' } | { readonly kind: 'github-packages-api'; readonly tokenVariables: readonly TokenVariable[] };
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
  'docker.io': { host: 'docker.io', separator: '/', deleteMethod: { kind: 'registry-api' }, baseUrl: 'https://registry-1.docker.io' },
};

export function hostProfile(host: string): HostProfile {
  return HOSTS[host.toLowerCase()] ?? { host: host.toLowerCase(), ...DEFAULT_PROFILE };
}

export function isGithubRegistry(host: string): host is GithubRegistry {
  return (GITHUB_REGISTRIES as readonly string[]).includes(host);
}

type TokenConfig = Pick<Config, 'githubToken' | 'containerRegistryToken' | 'githubUsername'>;

export function tokenValue(config: TokenConfig, variable: TokenVariable): string {
  return variable === 'CONTAINER_REGISTRY_TOKEN' ? config.containerRegistryToken : config.githubToken;
}

/** The login for a host from its token variable (user GITHUB_USERNAME, else `apache`, as the original). */
export function hostCredentials(config: TokenConfig, host: string): Credentials | undefined {
  const variable = hostProfile(host).tokenVariable;
  const password = variable ? tokenValue(config, variable) : '';
  if (!password) return undefined;
  return { username: config.githubUsername || 'apache', password };
}

// ---- the credential chain of a run (lib/credentials), wired to the configuration -------------------
// One chain per configuration (so per run): a helper is asked at most once per host, whichever
// client asks. Kept together so the wiring can move to where clients are built.

type ChainConfig = TokenConfig & Pick<Config, 'dockerConfigPath' | 'containersAuthFiles'>;
const chains = new WeakMap<ChainConfig, CredentialChain>();
let chainOfRun: CredentialChain | undefined;
let noticeSink: ((line: string) => void) | undefined;

/** The run's chain: token variables first (their precedence stays), then config.json, then auth.json. */
export function credentialChain(config: ChainConfig): CredentialChain {
  let chain = chains.get(config);
  if (!chain) {
    chain = new CredentialChain({
      variables: (host) => {
        const variable = hostProfile(host).tokenVariable;
        const credentials = hostCredentials(config, host);
        return { names: variable ? [variable] : [], ...(credentials && variable ? { answer: { credentials, source: variable } } : {}) };
      },
      dockerConfigPath: config.dockerConfigPath,
      authFilePaths: config.containersAuthFiles,
      onSecret: (secret, username) => registerSecret(secret, username),
      onNotice: (line) => noticeSink?.(`warning: ${line}; going on without it`),
    });
    chains.set(config, chain);
  }
  chainOfRun = chain;
  return chain;
}

/** The chain as the registry client's lookup: each answer carries its source for messages. */
export function registryCredentials(config: ChainConfig): CredentialLookup {
  const chain = credentialChain(config);
  const lookup = async (host: string, repository?: string): Promise<Credentials | undefined> => {
    const answer = await chain.lookup(host, repository);
    return answer && { ...answer.credentials, source: answer.source };
  };
  return Object.assign(lookup, { explainMissing: (host: string) => chain.explainMissing(host) });
}

/** Where notice lines of the chain (a helper that failed) go: the script's log. */
export function setCredentialNoticeSink(sink: ((line: string) => void) | undefined): void {
  noticeSink = sink;
}

/** Public host → API base URL: REGISTRY_ENDPOINTS first, then each profile's own base URL. */
export function registryEndpoints(config: Pick<Config, 'registryEndpoints'>): ReadonlyMap<string, string> {
  const endpoints = new Map<string, string>();
  for (const profile of Object.values(HOSTS)) if (profile.baseUrl) endpoints.set(profile.host, profile.baseUrl);
  for (const [host, url] of config.registryEndpoints) endpoints.set(host, url);
  return endpoints;
}

/** The registry client as the scripts use it: endpoints, credentials and timeouts from the configuration. */
export function createRegistryClient(config: Config, options: Partial<RegistryClientOptions> = {}): RegistryClient {
  return new RegistryClient({
    endpoints: registryEndpoints(config),
    credentials: registryCredentials(config),
    timeoutMs: (config.requestTimeoutSeconds ?? 30) * 1000,
    retry: REGISTRY_RETRY,
    ...options,
  });
}

/**
 * The host docker must talk to for a public registry host. The registry client maps hosts through
 * REGISTRY_ENDPOINTS itself, but the docker daemon cannot: for `docker login/pull/push/tag` and
 * for the BuildKit cache reference the name must carry the real transport host
 * (`ghcr.io=http://127.0.0.1:5001` → `127.0.0.1:5001`). Unmapped hosts are returned unchanged.
 */
export function dockerRegistryHost(config: Pick<Config, 'registryEndpoints'>, host: string): string {
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
export function dockerReference(config: Pick<Config, 'registryEndpoints'>, reference: string): string {
  const ref = parseReference(reference);
  if (!config.registryEndpoints.has(ref.registry.toLowerCase())) return reference;
  return formatReference({ ...ref, registry: dockerRegistryHost(config, ref.registry) });
}

/**
 * What to set when a registry refused our credentials: the token variable of each host that has
 * one, and the package permissions a GitHub token needs.
 */
export function refusalHint(message = ''): string {
  const stored = (chainOfRun?.explainAll() ?? []).filter((line) => !message.includes(line));
  const variables = Object.values(HOSTS).filter((p) => p.tokenVariable).map((p) => `${p.tokenVariable} for ${p.host}`);
  const lookedIn = stored.length ? `${stored.join('; ')}; ` : '';
  return `${lookedIn}set ${variables.join(', ')} or log in with docker login / podman login; a GitHub token needs read:packages (write:packages to push, delete:packages to prune; in a workflow: permissions: packages: write)`;
}
