/**
 * The set-up every script shares: the configuration, Actions masks, where lines go, and the
 * clients (built in clients.ts) bound to the configuration.
 */
import { dirname } from 'node:path';
import { loadConfig, type Config } from '../config/load.ts';
import { enableMasking, group, makeLogger, setOutput } from '../github/actions.ts';
import type { GithubPackagesClient } from '../github/packages-api.ts';
import type { RegistryClient, RegistryClientOptions } from '../registry/index.ts';
import type { DockerRunner } from '../docker/runner.ts';
import { atScriptEnd, recordExport, recordResult } from '../report/envelope.ts';
import type { ReportContext } from '../report/context.ts';
import { dockerRunner, githubPackagesClient, pollingClient, registryClient, setCredentialNoticeSink } from './clients.ts';
import { parseFormat } from './flags.ts';

/** A script's run: what its report needs, and its clients. */
export interface Session extends ReportContext {
  /** Push, promote, copy, merge, prune (retries logged). */
  registryClient(options?: Partial<RegistryClientOptions>): RegistryClient;
  /** The client of a wait (clients.ts: its own timeout and retry). */
  pollingClient(): RegistryClient;
  /** GitHub's package-versions API with a token (prune on ghcr.io; retries logged). */
  packagesClient(token: string): GithubPackagesClient;
  docker(): DockerRunner;
}

export interface SetupOptions {
  /** Prune: a dry run unless --yes. Default: --dry-run. */
  readonly dryRun?: boolean;
  /** A plain (not --json) dry run prints its plan, the docker commands, on stdout. */
  readonly planOnStdout?: boolean;
}

/** The common flags, as every recipe has them. */
export interface CommonFlags {
  readonly json?: boolean;
  readonly format?: string;
  readonly 'dry-run'?: boolean;
}

export function setup(flags: CommonFlags, options: SetupOptions = {}, config: Config = loadConfig()): Session {
  const format = parseFormat(flags);
  const json = format === 'json';
  const dryRun = options.dryRun ?? flags['dry-run'] === true;
  enableMasking(config, { json: format !== 'text' });
  const log = makeLogger(options.planOnStdout && dryRun && format === 'text' ? process.stdout : process.stderr);
  // With --format env, stdout holds only the NAME=value lines.
  const out = makeLogger(format === 'env' ? process.stderr : process.stdout);
  // E.g. URL variables an untrusted checkout's .env tried to set on CI (lib/config/load.ts).
  for (const warning of config.warnings) makeLogger(process.stderr)(`warning: ${warning}`);
  // A credential helper that failed is named once, in the log (lib/credentials).
  setCredentialNoticeSink(log);
  return {
    config,
    json,
    dryRun,
    log,
    out,
    result: recordResult,
    output: (name, value) => {
      recordExport(name, value);
      return setOutput(config, name, value);
    },
    registryClient: (clientOptions = {}) => registryClient(config, { onRetry: log, ...clientOptions }),
    pollingClient: () => pollingClient(config),
    packagesClient: (token) => githubPackagesClient(config, token, log),
    docker: () => {
      const docker = dockerRunner({ dryRun, log, userDockerConfig: dirname(config.dockerConfigPath) });
      atScriptEnd(() => docker.logoutAll());
      return docker;
    },
    group: (title, body) => group(config, title, log, body),
  };
}
