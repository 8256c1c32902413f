/**
 * The set-up every script shares: the configuration, Actions masks, where lines go, and the
 * clients built from the configuration.
 */
import { loadConfig, type Config } from '../config/load.ts';
import { enableMasking, group, makeLogger, setOutput, type Writer } from '../github/actions.ts';
import { createRegistryClient, setCredentialNoticeSink } from '../hosts.ts';
import type { RegistryClient, RegistryClientOptions } from '../registry/index.ts';
import { DockerRunner } from '../docker/runner.ts';
import { POLL_RETRY } from '../support/retry.ts';
import { atScriptEnd, recordExport, recordResult } from '../report/envelope.ts';
import { parseFormat } from './flags.ts';
import { dockerBinary } from '../config/runtime.ts';
import { dirname } from 'node:path';

export interface Session {
  readonly config: Config;
  readonly json: boolean;
  readonly dryRun: boolean;
  /** Progress, docker commands, retries (stderr; stdout for a plain dry run, whose plan is the output). */
  readonly log: Writer;
  /** Plain result lines (stdout), redacted. */
  readonly out: Writer;
  /** The `--json` result, printed once inside the envelope by the script's frame. */
  result(value: unknown): void;
  /** A step output: `$GITHUB_OUTPUT` in Actions, `NAME=value` with `--format env`. False when not in Actions. */
  output(name: string, value: string): boolean;
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
    registryClient: (clientOptions = {}) => createRegistryClient(config, { onRetry: log, ...clientOptions }),
    pollingClient: () => createRegistryClient(config, { timeoutMs: (config.requestTimeoutSeconds ?? 10) * 1000, retry: POLL_RETRY }),
    docker: () => {
      const docker = new DockerRunner({ dryRun, log, binary: dockerBinary(), userDockerConfig: dirname(config.dockerConfigPath) });
      atScriptEnd(() => docker.logoutAll());
      return docker;
    },
    group: (title, body) => group(config, title, log, body),
  };
}
