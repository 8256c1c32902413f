/**
 * Every client the scripts use, built here and only here: endpoints, credentials, timeouts and
 * retry policies side by side. The host facts come from lib/hosts.ts, the defaults from the
 * variables table, the policies from lib/support/retry.ts.
 */
import type { Config } from '../config/load.ts';
import { DEFAULT_REQUEST_TIMEOUT_SECONDS, DEFAULT_WAIT_REQUEST_TIMEOUT_SECONDS } from '../config/variables.ts';
import { dockerBinary } from '../config/runtime.ts';
import { CredentialChain } from '../credentials/index.ts';
import { DockerRunner } from '../docker/runner.ts';
import { GithubApi } from '../github/api.ts';
import { GithubPackagesClient } from '../github/packages-api.ts';
import { hostCredentials, hostProfile, refusalHint, registryEndpoints } from '../hosts.ts';
import { RegistryClient, type CredentialSource, type Credentials, type RegistryClientOptions } from '../registry/index.ts';
import { DOCKER_PUSH_RETRY, GITHUB_API_RETRY, GITHUB_WATCH_RETRY, POLL_RETRY, REGISTRY_RETRY } from '../support/retry.ts';
import { registerSecret } from '../support/secrets.ts';
import type { Writer } from '../support/writer.ts';

/** GitHub's REST API (package versions) per request; REGISTRY_REQUEST_TIMEOUT is the registries' own. */
const GITHUB_API_TIMEOUT_MS = 30_000;

type RegistryConfig = Pick<
  Config,
  'githubToken' | 'containerRegistryToken' | 'loginUser' | 'dockerConfigPath' | 'containersAuthFiles' | 'registryEndpoints'
>;
type ChainConfig = Pick<Config, 'githubToken' | 'containerRegistryToken' | 'loginUser' | 'dockerConfigPath' | 'containersAuthFiles'>;

// ---- the credential chain of a run (lib/credentials), wired to the configuration -------------------
// One chain per configuration (so per run): a helper is asked at most once per host, whichever
// client asks.
const chains = new WeakMap<ChainConfig, CredentialChain>();
let chainOfRun: CredentialChain | undefined;
let noticeSink: Writer | undefined;

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

/** The chain as the registry client's source: each answer carries its source for messages. */
export function registryCredentials(config: ChainConfig): CredentialSource {
  const chain = credentialChain(config);
  const lookup = async (host: string, repository?: string): Promise<Credentials | undefined> => {
    const answer = await chain.lookup(host, repository);
    return answer && { ...answer.credentials, source: answer.source };
  };
  return Object.assign(lookup, { explainMissing: (host: string) => chain.explainMissing(host) });
}

/** Where notice lines of the chain (a helper that failed) go: the script's log. */
export function setCredentialNoticeSink(sink: Writer | undefined): void {
  noticeSink = sink;
}

/**
 * What to add to a refusal (exit 3): whose stored credentials were used for each host asked about,
 * or where the chain looked (unless the message says it already), then the variables to set.
 */
export function credentialRefusalHint(message = ''): string {
  return refusalHint((chainOfRun?.explainAll() ?? []).filter((line) => !message.includes(line)));
}

/** Push, promote, copy, merge, prune: REGISTRY_RETRY, REGISTRY_REQUEST_TIMEOUT else 30 s per request. */
export function registryClient(
  config: RegistryConfig & Pick<Config, 'requestTimeoutSeconds'>,
  options: Partial<RegistryClientOptions> = {},
): RegistryClient {
  return new RegistryClient({
    endpoints: registryEndpoints(config),
    credentials: registryCredentials(config),
    timeoutMs: (config.requestTimeoutSeconds ?? DEFAULT_REQUEST_TIMEOUT_SECONDS) * 1000,
    retry: REGISTRY_RETRY,
    ...options,
  });
}

/**
 * The client of a wait: the poll loop is the retry (POLL_RETRY), and a stalled request holds its
 * poll round, hence 10 s per request unless REGISTRY_REQUEST_TIMEOUT says otherwise.
 */
export function pollingClient(config: RegistryConfig & Pick<Config, 'requestTimeoutSeconds'>): RegistryClient {
  const timeoutSeconds = config.requestTimeoutSeconds ?? DEFAULT_WAIT_REQUEST_TIMEOUT_SECONDS;
  return registryClient(config, { timeoutMs: timeoutSeconds * 1000, retry: POLL_RETRY });
}

/** GitHub's package-versions API (prune on ghcr.io), with the token the host's profile chose. */
export function githubPackagesClient(config: Pick<Config, 'githubApiUrl'>, token: string, onRetry?: Writer): GithubPackagesClient {
  return new GithubPackagesClient({
    apiUrl: config.githubApiUrl,
    token,
    timeoutMs: GITHUB_API_TIMEOUT_MS,
    retry: GITHUB_API_RETRY,
    onRetry,
  });
}

/** Per API request of a wait's producer watch: a stalled answer must not hold it longer than a few rounds. */
const GITHUB_WATCH_TIMEOUT_MS = 10_000;

/** The REST client of a wait's producer watch (GITHUB_TOKEN, `actions: read`): its own rounds are the retry. */
export function githubWatchClient(config: Pick<Config, 'githubApiUrl' | 'githubToken'>): GithubApi {
  return new GithubApi({
    apiUrl: config.githubApiUrl,
    token: config.githubToken,
    agentSuffix: 'wait',
    retry: GITHUB_WATCH_RETRY,
    timeoutMs: GITHUB_WATCH_TIMEOUT_MS,
  });
}

/**
 * The docker CLI (DOCKER_BINARY), `docker push` retried by DOCKER_PUSH_RETRY; `userDockerConfig`
 * (the user's docker config directory) is copied, never written, into the run's own on a login.
 */
export function dockerRunner(options: {
  readonly dryRun: boolean;
  readonly log: Writer;
  readonly userDockerConfig?: string;
}): DockerRunner {
  return new DockerRunner({ ...options, binary: dockerBinary(), pushRetry: DOCKER_PUSH_RETRY });
}
