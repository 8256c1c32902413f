/**
 * The set-up every script shares: the configuration, Actions masks, where lines go, and the
 * clients built from the configuration.
 */
import { loadConfig, type Config } from '../config/load.ts';
import { enableMasking, group, makeLogger, type Writer } from '../github/actions.ts';
import { createRegistryClient } from '../hosts.ts';
import type { RegistryClient, RegistryClientOptions } from '../registry/index.ts';
import { DockerRunner } from '../docker/runner.ts';
import { POLL_RETRY } from '../support/retry.ts';

export interface Session {
  readonly config: Config;
  readonly json: boolean;
  readonly dryRun: boolean;
  /** Progress, docker commands, retries (stderr; stdout for a plain dry run, whose plan is the output). */
  readonly log: Writer;
  /** The result (stdout), redacted. */
  readonly out: Writer;
  registryClient(options?: Partial<RegistryClientOptions>): RegistryClient;
  /**
   * The client of a wait: the poll loop is the retry (POLL_RETRY), and a stalled request holds its
   * poll round, hence 10 s per request unless REGISTRY_REQUEST_TIMEOUT says otherwise.
   */
  pollingClient(): RegistryClient;
  docker(): DockerRunner;
  /** A log group (`::group::` in Actions, a heading elsewhere). */
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
}

export interface SetupOptions {
  readonly json: boolean;
  readonly dryRun: boolean;
  /** A plain (not --json) dry run prints its plan, the docker commands, on stdout. */
  readonly planOnStdout?: boolean;
}

export function setup(options: SetupOptions, config: Config = loadConfig()): Session {
  enableMasking(config, { json: options.json });
  const log = makeLogger(options.planOnStdout && options.dryRun && !options.json ? process.stdout : process.stderr);
  const out = makeLogger(process.stdout);
  return {
    config,
    json: options.json,
    dryRun: options.dryRun,
    log,
    out,
    registryClient: (clientOptions = {}) => createRegistryClient(config, { onRetry: log, ...clientOptions }),
    pollingClient: () => createRegistryClient(config, { timeoutMs: (config.requestTimeoutSeconds ?? 10) * 1000, retry: POLL_RETRY }),
    docker: () => new DockerRunner({ dryRun: options.dryRun, log, binary: process.env.DOCKER || undefined }),
    group: (title, body) => group(config, title, log, body),
  };
}
