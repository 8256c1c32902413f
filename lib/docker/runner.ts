/**
 * The docker driver: every docker command goes through `DockerRunner.run`, which echoes it
 * (redacted) before running it, so a log reads like the bash `docker_v` trace did. Passwords go
 * on stdin, never on argv (spec §6.5). Build argv is a pure function of a plan (build.ts).
 */
import { buildArgv, type BuildPlan } from './build.ts';
import { parseBuildProgress, type BuildProgress } from './progress.ts';
import type { Credentials } from '../support/credentials.ts';
import { DOCKER_PUSH_RETRY, retry, type RetryOptions } from '../support/retry.ts';
import { redact, registerSecret } from '../support/secrets.ts';
import { neutralize } from '../support/network-text.ts';
import { RunDockerConfig } from './run-config.ts';

export interface DockerRunnerOptions {
  readonly dryRun: boolean;
  /**
   * The docker CLI to run (default `docker` on PATH). A docker CLI from 23 on refuses
   * `DOCKER_BUILDKIT=1 docker build` without the buildx plugin; an older CLI (e.g. Debian's
   * 20.10 `/usr/bin/docker`) still drives BuildKit itself. Echoed lines always say `docker`.
   */
  readonly binary?: string;
  readonly log: (line: string) => void;
  /** `unix:///path/docker.sock`; exported as DOCKER_HOST so argv stays exactly the plan. */
  readonly dockerHost?: string;
  /** The environment docker sees (e.g. DOCKER_CONFIG); defaults to process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Backoff for `push` (default DOCKER_PUSH_RETRY). */
  readonly pushRetry?: RetryOptions;
  /** The user's docker config directory: copied (never written) into the run's own on the first login. */
  readonly userDockerConfig?: string;
}

export interface RunOptions {
  readonly input?: string;
  /** Return a failed result instead of throwing. */
  readonly allowFailure?: boolean;
  readonly env?: Readonly<Record<string, string>>;
  /** Forward output lines to `log` as they arrive (long builds would otherwise look hung). */
  readonly stream?: boolean;
  /** A local, read-only query (e.g. `docker buildx version`): it runs even in dry-run. */
  readonly probe?: boolean;
}

export interface RunResult {
  readonly ok: boolean;
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** What a build reports: BuildKit's cache figures (zero with the legacy builder) and its wall time. */
export interface BuildResult extends BuildProgress {
  readonly engine: 'buildkit' | 'legacy';
  readonly wallSeconds: number;
  /** stdout of the build (buildx `--push` prints the pushed digests there). */
  readonly stdout: string;
}

export type { Credentials } from '../support/credentials.ts';

import { CiImagesError } from '../support/errors.ts';
import { DockerCommandError, forwardLines, lastLine, shellLine } from './command-line.ts';
export { DockerCommandError, pushedDigest, shellLine } from './command-line.ts';

export class DockerRunner {
  /** Every argv run (or, in dry-run, planned), in order, without the leading `docker`. */
  readonly commands: string[][] = [];
  private readonly loggedIn = new Set<string>();
  /** Where our logins go: a temporary DOCKER_CONFIG of this run (run-config.ts). */
  private readonly runConfig: RunDockerConfig;

  constructor(readonly options: DockerRunnerOptions) {
    this.runConfig = new RunDockerConfig(options.userDockerConfig);
  }

  /** The run's DOCKER_CONFIG once a login made it. */
  get runDockerConfig(): string | undefined {
    return this.runConfig.path;
  }

  async run(args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
    // Extra environment is shown as a prefix, so the line can be pasted: `DOCKER_BUILDKIT=1 docker build …`.
    const prefix = Object.entries(opts.env ?? {})
      .map(([key, value]) => `${key}=${shellLine([value])} `)
      .join('');
    const line = redact(prefix + shellLine(['docker', ...args]));
    this.commands.push([...args]);
    if (this.options.dryRun && !opts.probe) {
      this.options.log(`[dry-run] ${line}`);
      return { ok: true, status: 0, stdout: '', stderr: '' };
    }
    this.options.log(line);
    const env = { ...(this.options.env ?? process.env), ...opts.env } as NodeJS.ProcessEnv;
    if (this.options.dockerHost) env.DOCKER_HOST = this.options.dockerHost;
    if (this.runConfig.path) env.DOCKER_CONFIG = this.runConfig.path;
    // zx is loaded on the first docker command: scripts that never run docker start without it.
    const { $ } = await import('zx');
    const child = $({ quiet: true, verbose: false, nothrow: true, env })`${this.options.binary ?? 'docker'} ${args}`;
    // A docker that exits before reading stdin makes the write fail with EPIPE; its exit status
    // tells what went wrong, so the write error itself is not worth a crash.
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
    const flushers = opts.stream ? [child.stdout, child.stderr].map((stream) => forwardLines(stream, this.options.log)) : [];
    const out = await child;
    for (const flush of flushers) flush();
    const result = { ok: out.exitCode === 0, status: out.exitCode ?? 128, stdout: out.stdout, stderr: out.stderr };
    if (!result.ok && !opts.allowFailure) throw new DockerCommandError(args, result.status, result.stderr);
    return result;
  }

  /** `docker login` with the password on stdin; registered as a secret before anything runs. */
  async login(registry: string, credentials: Credentials): Promise<void> {
    registerSecret(credentials.password, credentials.username);
    if (!this.options.dryRun) this.runConfig.prepare(registry);
    await this.run(['login', '--username', credentials.username, '--password-stdin', registry], { input: credentials.password });
    this.loggedIn.add(registry);
  }

  /**
   * Undoes our logins (`docker logout`, in the run's DOCKER_CONFIG), as docker/login-action's post
   * step does, then removes that directory: the token stays nowhere for later steps or other jobs
   * on a self-hosted runner, and the user's own config.json was never written.
   */
  async logoutAll(): Promise<void> {
    try {
      for (const registry of this.loggedIn) {
        await this.run(['logout', registry], { allowFailure: true });
      }
    } finally {
      this.loggedIn.clear();
      this.runConfig.remove();
    }
  }

  async pull(ref: string): Promise<void> {
    await this.run(['pull', ref]);
  }

  async tag(source: string, target: string): Promise<void> {
    await this.run(['tag', source, target]);
  }

  /** The result carries docker's output (`<tag>: digest: sha256:… size: N`), see `pushedDigest`. */
  async push(ref: string): Promise<RunResult> {
    return retry(() => this.run(['push', ref]), {
      ...(this.options.pushRetry ?? DOCKER_PUSH_RETRY),
      onRetry: (error, attempt, delayMs) =>
        this.options.log(`push of ${ref} failed (attempt ${attempt}), retrying in ${(delayMs / 1000).toFixed(1)} s: ${lastLine(error)}`),
    });
  }

  /**
   * `docker run --rm --network none [-e K=V …] --entrypoint ENTRYPOINT IMAGE ARGS…`: a throwaway
   * container, by default without network (`network` names another). The result, never a throw:
   * the caller judges the exit status and output. `stream` forwards its output lines to the log.
   */
  async runInImage(
    image: string,
    entrypoint: string,
    args: readonly string[],
    opts: { readonly env?: Readonly<Record<string, string>>; readonly network?: string; readonly stream?: boolean } = {},
  ): Promise<RunResult> {
    const env = Object.entries(opts.env ?? {}).flatMap(([key, value]) => ['-e', `${key}=${value}`]);
    const argv = ['run', '--rm', '--network', opts.network ?? 'none', ...env, '--entrypoint', entrypoint, image, ...args];
    return this.run(argv, { allowFailure: true, stream: opts.stream });
  }

  /** Absent → false; a broken daemon still throws instead of looking like "no image". */
  async imageExists(ref: string): Promise<boolean> {
    const result = await this.run(['image', 'inspect', ref], { allowFailure: true });
    if (result.ok) return true;
    if (/no such (image|object)/i.test(result.stderr)) return false;
    throw new DockerCommandError(['image', 'inspect', ref], result.status, result.stderr);
  }

  /**
   * Whether `docker buildx version` works. In dry-run it is assumed (nothing runs) unless
   * `probe` is set: the query is local and changes nothing, so a dry-run plan can show the path
   * that would really be taken.
   */
  async buildxAvailable(options: { probe?: boolean } = {}): Promise<boolean> {
    return (await this.run(['buildx', 'version'], { allowFailure: true, probe: options.probe })).ok;
  }

  /**
   * `docker buildx inspect NAME || docker buildx create --name NAME`, then `docker buildx inspect
   * --bootstrap NAME`: a docker-container builder (the original `airflow_cache`) pulls
   * moby/buildkit when it starts, which fails on a machine without Docker Hub. That is one line
   * saying why and how to pick another builder, before the build.
   */
  async ensureBuilder(name: string): Promise<void> {
    const inspect = ['buildx', 'inspect', name];
    const create = ['buildx', 'create', '--name', name];
    if (this.options.dryRun) {
      // run() would report the inspect as successful and hide the create; show the whole plan.
      this.commands.push(inspect, create);
      this.options.log(redact(`[dry-run] ${shellLine(['docker', ...inspect])} || ${shellLine(['docker', ...create])}`));
      return;
    }
    if (!(await this.run(inspect, { allowFailure: true })).ok) await this.run(create);
    const started = await this.run(['buildx', 'inspect', '--bootstrap', name], { allowFailure: true });
    if (started.ok) return;
    const why =
      started.stderr
        .trim()
        .split('\n')
        .filter(Boolean)
        .slice(-1)[0]
        ?.replace(/^ERROR:\s*/, '') ?? `exit code ${started.status}`;
    throw new CiImagesError(
      `BUILDX_BUILDER=${name}: the builder cannot start (${neutralize(redact(why))}); set BUILDX_BUILDER=default to build with the daemon's ` +
        'own builder (with the containerd image store it exports the registry cache), or name a builder that runs here',
    );
  }

  /**
   * Runs the build and reads BuildKit's plain progress back into cache figures. Without buildx, a
   * docker CLI from 23 on refuses `DOCKER_BUILDKIT=1 docker build` ("BuildKit is enabled but the
   * buildx component is missing"); the same argv (less `--progress`, which that builder does not
   * know) then runs once more with the legacy builder (`DOCKER_BUILDKIT=0`), and a line says so.
   * That builder ignores BUILDKIT_INLINE_CACHE and only uses `--cache-from` images present locally.
   * Undefined in dry-run.
   */
  /**
   * `docker buildx build`: a registry that fails with a 5xx while buildx pushes gets the push
   * retry policy, as `docker push` does; any other failure fails at once (a broken build is not
   * built again).
   */
  private buildxBuild(argv: readonly string[], env: Record<string, string> | undefined): Promise<RunResult> {
    return retry(
      async () => {
        const out = await this.run(argv, { env, stream: true, allowFailure: true });
        if (out.ok) return out;
        const error = new DockerCommandError(argv, out.status, out.stderr);
        (error as { retryable: boolean }).retryable = argv.includes('--push') && REGISTRY_SERVER_ERROR.test(out.stderr);
        throw error;
      },
      {
        ...(this.options.pushRetry ?? DOCKER_PUSH_RETRY),
        onRetry: (error, attempt, delayMs) =>
          this.options.log(
            `the registry failed while buildx pushed (attempt ${attempt}), building again from cache in ${(delayMs / 1000).toFixed(1)} s: ${lastLine(error)}`,
          ),
      },
    );
  }

  async build(plan: BuildPlan): Promise<BuildResult | undefined> {
    const { argv, env } = buildArgv(plan);
    const started = Date.now();
    const finish = (out: RunResult, engine: BuildResult['engine']): BuildResult => ({
      ...parseBuildProgress(`${out.stderr}\n${out.stdout}`),
      engine,
      wallSeconds: Math.round((Date.now() - started) / 100) / 10,
      stdout: out.stdout,
    });
    if (this.options.dryRun) {
      await this.run(argv, { env, stream: true });
      return undefined;
    }
    if (plan.buildx) return finish(await this.buildxBuild(argv, env), 'buildkit');
    const first = await this.run(argv, { env, stream: true, allowFailure: true });
    if (first.ok) return finish(first, 'buildkit');
    if (!BUILDKIT_MISSING.test(first.stderr)) throw new DockerCommandError(argv, first.status, first.stderr);
    this.options.log(
      'BuildKit is not usable here (no buildx plugin): building again with the legacy builder (DOCKER_BUILDKIT=0); ' +
        'it uses --cache-from images only when present locally',
    );
    const legacy = await this.run(
      argv.filter((arg) => arg !== '--progress=plain'),
      { env: { DOCKER_BUILDKIT: '0' }, stream: true },
    );
    return finish(legacy, 'legacy');
  }
}

const BUILDKIT_MISSING = /BuildKit is enabled but the buildx component is missing or broken/i;
/** A registry's own failure while buildx pushes (5xx): the build is cached, so pushing again is cheap. */
const REGISTRY_SERVER_ERROR =
  /(?:pushing|push|HEAD request|manifest|blob)[^\n]*\b(?:500 Internal Server Error|502 Bad Gateway|503 Service Unavailable|504 Gateway Timeout)/i;
