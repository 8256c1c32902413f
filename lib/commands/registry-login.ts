/** `docker login` to a registry host with the token its profile names (lib/hosts.ts). */
import type { Config } from '../config/load.ts';
import type { DockerRunner } from '../docker/runner.ts';
import { dockerRegistryHost, hostCredentials, hostProfile } from '../hosts.ts';
import type { Writer } from '../support/writer.ts';

/** `docker login` (token on stdin) to the docker-side host of a registry, when its token is set. */
export async function loginToRegistry(docker: DockerRunner, config: Config, registry: string, log: Writer): Promise<boolean> {
  if (config.airflowLoginToGithubRegistry === false) {
    log(`AIRFLOW_LOGIN_TO_GITHUB_REGISTRY=false: not logging in to ${registry} (docker uses the credentials it has)`);
    return false;
  }
  const credentials = hostCredentials(config, registry);
  if (!credentials) {
    log(`No ${hostProfile(registry).tokenVariable} set: not logging in to ${registry}`);
    return false;
  }
  await docker.login(dockerRegistryHost(config, registry), credentials);
  return true;
}
