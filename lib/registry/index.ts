/** The registry client as the scripts use it: endpoints and credentials from the configuration. */
import { githubCredentials, GITHUB_REGISTRIES, type Config, type GithubRegistry } from '../initialization.ts';
import { chainCredentials, dockerConfigCredentials, type CredentialLookup } from './auth.ts';
import { RegistryClient, type RegistryClientOptions } from './client.ts';

export * from './client.ts';
export * from './reference.ts';
export * from './errors.ts';
export { copyImage, retagImage, type CopyResult, type CopyEvent } from './copy.ts';
export type { Credentials, CredentialLookup } from './auth.ts';

/** GITHUB_TOKEN for docker.pkg.github.com, CONTAINER_REGISTRY_TOKEN for ghcr.io (as the original). */
export function configCredentials(config: Config): CredentialLookup {
  return (registry) =>
    (GITHUB_REGISTRIES as readonly string[]).includes(registry) ? githubCredentials(config, registry as GithubRegistry) : undefined;
}

export function createRegistryClient(config: Config, options: Partial<RegistryClientOptions> = {}): RegistryClient {
  return new RegistryClient({
    endpoints: config.registryEndpoints,
    credentials: chainCredentials(configCredentials(config), dockerConfigCredentials(config.dockerConfigPath)),
    timeoutMs: (config.requestTimeoutSeconds ?? 30) * 1000,
    ...options,
  });
}
