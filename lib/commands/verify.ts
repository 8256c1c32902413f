/**
 * Verify a CI or PROD image (parity addendum §9: ci_verify_{ci,prod}_image.sh, and the checks of
 * #20664's docker_tests): pull it from GITHUB_REGISTRY and tag it with the local name, then run
 * each check in a throwaway container without network (`docker run --rm --network none
 * --entrypoint /bin/bash IMAGE -c COMMAND`). Every check runs, whatever the others gave; the
 * result says which failed and why. Prints nothing: lines go through `options.log`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../config/load.ts';
import { DockerCommandError, type DockerRunner } from '../docker/runner.ts';
import { dockerReference, dockerRegistryHost, hostProfile } from '../hosts.ts';
import { githubImage, localImage, type ImageChoice } from '../images.ts';
import { CiImagesError, ConfigError } from '../support/errors.ts';
import { neutralize } from '../support/network-text.ts';
import { loginToRegistry } from './registry-login.ts';
import type { Writer } from '../support/writer.ts';

export type CheckStatus = 'passed' | 'failed' | 'skipped' | 'planned';

export interface VerifyCheck {
  /** `pip check`, `airflow version`, `python version`, `providers`, `import <modules>`. */
  readonly name: string;
  /** What ran as `/bin/bash -c COMMAND` (none when skipped). */
  readonly command?: string;
  /** `planned` in a dry run: the command was printed, not run. */
  readonly status: CheckStatus;
  readonly exitCode?: number;
  /** Why it failed or was skipped, one line. */
  readonly reason?: string;
  /** providers: the expected packages `airflow providers list` did not show. */
  readonly missing?: readonly string[];
}

export interface PullOutcome {
  /** The public reference, e.g. `ghcr.io/apache/airflow-master-python3.8-ci-v2:1234`. */
  readonly source: string;
  readonly pulled: boolean;
  /** The pull's error (last line), when it failed and FAIL_ON_GITHUB_DOCKER_PULL_ERROR was not true. */
  readonly error?: string;
}

export interface VerifyResult {
  readonly image: ImageChoice;
  readonly python: string;
  /** The local name verified, e.g. `apache/airflow:master-python3.8-ci`. */
  readonly localImage: string;
  /** USE_GITHUB_REGISTRY=true only. */
  readonly pull?: PullOutcome;
  readonly checks: readonly VerifyCheck[];
  /** The names of the failed checks (empty: verified, or a dry run). */
  readonly failed: readonly string[];
}

export interface VerifyOptions {
  readonly image: ImageChoice;
  readonly python: string;
  readonly dryRun: boolean;
  readonly log: Writer;
}

/** Some checks failed: exit 1 (the report records the result first). */
export class VerifyFailedError extends CiImagesError {
  constructor(message: string) {
    super(message);
    this.name = 'VerifyFailedError';
  }
}

interface CheckSpec {
  readonly name: string;
  readonly command: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Judges the output of a command that exited 0: undefined when it passes. */
  readonly judge?: (stdout: string) => Pick<VerifyCheck, 'reason' | 'missing'> | undefined;
}

type Planned = CheckSpec | (VerifyCheck & { readonly status: 'skipped' });

const PROVIDER_PACKAGE = 'apache-airflow-providers-';
const PROVIDER = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const MODULE = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export const PIP_CHECK: CheckSpec = { name: 'pip check', command: 'pip check' };

export async function verifyImage(config: Config, docker: DockerRunner, options: VerifyOptions): Promise<VerifyResult> {
  const { image, python, dryRun, log } = options;
  // Read (and validated) before anything runs: a bad list is exit 2, not a half-done verify.
  const planned: Planned[] = image === 'ci' ? [PIP_CHECK] : prodChecks(config);
  const local = localImage(config, image, python);
  const pull = config.useGithubRegistry ? await pullImage(config, docker, options, local) : undefined;
  if (!dryRun && !(await docker.imageExists(local))) {
    const why = pull && !pull.pulled ? ` (the pull of ${pull.source} failed)` : '';
    throw new CiImagesError(
      `${local} is not in the local docker${why}: nothing to verify; prepare it first (prepare-ci-image${image === 'prod' ? ' --image prod' : ''})`,
    );
  }
  const checks: VerifyCheck[] = [];
  for (const check of planned) checks.push('status' in check ? check : await runCheck(docker, local, check, dryRun, log));
  return { image, python, localImage: local, pull, checks, failed: checks.filter((c) => c.status === 'failed').map((c) => c.name) };
}

/**
 * The GitHub image at the pull tag, tagged with the local name. A failed pull is logged and the
 * local image verified, as the bash's `set +e` pull did, unless FAIL_ON_GITHUB_DOCKER_PULL_ERROR=true.
 */
async function pullImage(config: Config, docker: DockerRunner, options: VerifyOptions, local: string): Promise<PullOutcome> {
  const registry = config.githubRegistry;
  const source = githubImage(config, registry, options.image, options.python, config.pullImageTag);
  const pulled = dockerReference(config, source);
  await loginToRegistry(docker, config, registry, options.log);
  try {
    await docker.pull(pulled);
    await docker.tag(pulled, local);
    return { source, pulled: true };
  } catch (error) {
    if (!(error instanceof DockerCommandError)) throw error;
    const why = lastLine(error.stderr) || `exit code ${error.status}`;
    if (config.failOnGithubDockerPullError) {
      throw new CiImagesError(
        `docker ${error.argv.join(' ')} failed (FAIL_ON_GITHUB_DOCKER_PULL_ERROR=true): ${why}; if the image needs credentials, ` +
          `set ${hostProfile(registry).tokenVariable} or run docker login ${dockerRegistryHost(config, registry)}`,
      );
    }
    options.log(`Could not pull ${source}: ${why}; verifying the local ${local} (FAIL_ON_GITHUB_DOCKER_PULL_ERROR=true would stop here)`);
    return { source, pulled: false, error: why };
  }
}

async function runCheck(docker: DockerRunner, image: string, check: CheckSpec, dryRun: boolean, log: Writer): Promise<VerifyCheck> {
  const out = await docker.runInImage(image, '/bin/bash', ['-c', check.command], { env: check.env });
  const base = { name: check.name, command: check.command };
  if (dryRun) return { ...base, status: 'planned' };
  showOutput(`${out.stdout}\n${out.stderr}`, log);
  if (!out.ok) {
    const tail = lastLine(`${out.stdout}\n${out.stderr}`);
    return { ...base, status: 'failed', exitCode: out.status, reason: `exit code ${out.status}${tail ? `: ${tail}` : ''}` };
  }
  const problem = check.judge?.(out.stdout);
  return problem ? { ...base, status: 'failed', exitCode: 0, ...problem } : { ...base, status: 'passed', exitCode: 0 };
}

/** The PROD checks, in the bash's order after #20664's version checks; a missing list is a skipped check. */
function prodChecks(config: Pick<Config, 'verifyProvidersFile' | 'verifyImportsFile'>): Planned[] {
  const checks: Planned[] = [
    { name: 'airflow version', command: 'airflow version', judge: startsWith('2.') },
    { name: 'python version', command: 'python --version', judge: startsWith('Python 3.') },
  ];
  const providers = readList(config.verifyProvidersFile, 'VERIFY_PROVIDERS_FILE', PROVIDER, 'a provider such as amazon or apache.hive');
  if (providers) {
    const expected = providers.map((p) => (p.startsWith(PROVIDER_PACKAGE) ? p : PROVIDER_PACKAGE + p.replace(/\./g, '-')));
    checks.push({
      name: 'providers',
      command: 'airflow providers list --output table',
      env: { COLUMNS: '180' },
      judge: (stdout) => {
        const missing = expected.filter((name) => !listed(stdout, name));
        return missing.length ? { reason: `not installed: ${missing.join(', ')}`, missing } : undefined;
      },
    });
  } else {
    checks.push(skipped('providers', 'VERIFY_PROVIDERS_FILE', config.verifyProvidersFile));
  }
  const imports = readList(config.verifyImportsFile, 'VERIFY_IMPORTS_FILE', undefined, 'a python module, or modules separated by commas');
  if (imports) {
    for (const modules of imports) checks.push({ name: `import ${modules}`, command: `python -c 'import ${modules}'` });
  } else {
    checks.push(skipped('imports', 'VERIFY_IMPORTS_FILE', config.verifyImportsFile));
  }
  checks.push(PIP_CHECK);
  return checks;
}

function skipped(name: string, variable: string, path: string): VerifyCheck & { status: 'skipped' } {
  return { name, status: 'skipped', reason: `${variable}: ${path} does not exist; not checked` };
}

function startsWith(prefix: string): NonNullable<CheckSpec['judge']> {
  return (stdout) => {
    const first = stdout.trim().split('\n')[0]?.trim() ?? '';
    return first.startsWith(prefix) ? undefined : { reason: `printed ${JSON.stringify(first.slice(0, 80))}, expected ${prefix}…` };
  };
}

/** The package name as a whole word of the table (`…-apache-hive` is not `…-apache-hive2`). */
function listed(output: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^A-Za-z0-9_.-])${escaped}(?:[^A-Za-z0-9_.-]|$)`, 'm').test(output);
}

/**
 * One entry a line (blank lines and `#` comments ignored); undefined when the file does not exist.
 * Providers must match `entry`; an imports line is module names separated by commas, normalised to `a, b`.
 */
function readList(path: string, variable: string, entry: RegExp | undefined, accepted: string): string[] | undefined {
  let text: string;
  try {
    text = readFileSync(resolve(path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw ConfigError.invalid(variable, path, `the file ${path} cannot be read (${code === 'EISDIR' ? 'a directory' : (code ?? 'error')})`);
  }
  const entries: string[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const value = entry
      ? line
      : line
          .split(',')
          .map((m) => m.trim())
          .join(', ');
    const ok = entry ? entry.test(value) : value.split(', ').every((m) => MODULE.test(m));
    if (!ok)
      throw new ConfigError(
        variable,
        `${variable}: ${path} line ${index + 1}, ${JSON.stringify(line.slice(0, 80))}, is not valid: expected ${accepted}`,
      );
    entries.push(value);
  }
  return entries;
}

const MAX_OUTPUT_LINES = 500;

/**
 * A container's output, indented under its command. It is data, never a command: each line is
 * neutralized (no control characters, no `::` that would start a GitHub Actions workflow command).
 */
function showOutput(text: string, log: Writer): void {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  for (const line of lines.slice(0, MAX_OUTPUT_LINES)) log(`  ${neutralize(line.trimEnd(), 1000)}`);
  if (lines.length > MAX_OUTPUT_LINES) log(`  … ${lines.length - MAX_OUTPUT_LINES} more lines`);
}

/** The last non-empty line of a process's output, neutralized and capped: it came from a container or a registry. */
function lastLine(text: string): string {
  return neutralize(
    text
      .split(/[\r\n]+/)
      .map((l) => l.trim())
      .filter(Boolean)
      .pop() ?? '',
    200,
  );
}
