import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  dockerRegistryHost,
  hostCredentials,
  hostProfile
} from "./chunk-Q3VEEV6Q.mjs";

// lib/commands/registry-login.ts
async function loginToRegistry(docker, config, registry, log) {
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

export {
  loginToRegistry
};
