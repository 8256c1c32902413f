/**
 * Every client the scripts use, built here and only here: endpoints, credentials, timeouts and
 * retry policies side by side. The host facts come from lib/hosts.ts, the defaults from the
 * variables table, the policies from lib/support/retry.ts.
 */
import type { Config } from '../config/load.ts';
import { DEFAULT_REQUEST_TIMEOUT_SECONDS, DEFAULT_WAIT_REQUEST_TIMEOUT_SECONDS } from '../config/variables.ts';
import { dockerBinary } from '../config/runtime.ts';
import { DockerRunner } from '../docker/runner.ts';
import { GithubPackagesClient } from '../github/packages-api.ts';
import { hostCredentials, registryEndpoints } from '../hosts.ts';
import {
  chainCredentials,
  dockerConfigCredentials,
  RegistryClient,
  type CredentialLookup,
  type RegistryClientOptions,
} from '../registry/index.ts';
import { DOCKER_PUSH_RETRY, GITHUB_API_RETRY, POLL_RETRY, REGISTRY_RETRY } from '../support/retry.ts';
import { registerSecret } from '../support/secrets.ts';
import type { Writer } from '../support/writer.ts';

/** GitHub's REST API (package versions) per request; REGISTRY_REQUEST_TIMEOUT is the registries' own. */
const GITHUB_API_TIMEOUT_MS = 30_000;

type RegistryConfig = Pick<Config, 'githubToken' | 'containerRegistryToken' | 'loginUser' | 'dockerConfigPath' | 'registryEndpoints'>;

/** Tokens from the configuration first, then `auths` of docker's config.json. */
export function registryCredentials(config: RegistryConfig): CredentialLookup {
  return chainCredentials((host) => hostCredentials(config, host), dockerConfigCredentials(config.dockerConfigPath, registerSecret));
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

/** The docker CLI (DOCKER_BINARY), `docker push` retried by DOCKER_PUSH_RETRY. */
export function dockerRunner(options: { readonly dryRun: boolean; readonly log: Writer }): DockerRunner {
  return new DockerRunner({ dryRun: options.dryRun, log: options.log, binary: dockerBinary(), pushRetry: DOCKER_PUSH_RETRY });
}
