import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  dockerRegistryHost,
  hostCredentials,
  hostProfile
} from "./chunk-K36X7FU7.mjs";

// lib/commands/commit.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var execFileP = promisify(execFile);
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
async function checkedOutCommit(dir) {
  try {
    const { stdout } = await execFileP("git", ["-C", dir, "rev-parse", "HEAD"], { timeout: 1e4, maxBuffer: 64 * 1024 });
    const sha = stdout.trim();
    return SHA.test(sha) ? sha : void 0;
  } catch {
    return void 0;
  }
}
async function builtCommit(config) {
  return config.commitTag || await checkedOutCommit(config.build.context);
}
async function commitTagToPublish(config) {
  if (config.commitTag) return { tag: config.commitTag };
  if (!config.githubSha) return {};
  const sha = await checkedOutCommit(config.build.context);
  if (sha) return { tag: sha };
  return { why: `GITHUB_SHA is set but ${config.build.context} is not a git checkout and COMMIT_SHA is not set: no commit tag is published` };
}

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
  builtCommit,
  commitTagToPublish,
  loginToRegistry
};
