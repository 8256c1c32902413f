/**
 * Bad input, table-driven: every script in scripts/ci/images (listed at run time) × every
 * variable of the table in lib/config/variables.ts and every flag of the script, with malformed
 * values (empty, wrong type, injection attempts such as `a b`, `../x`, `$(id)`, upper case where
 * lower is required, unknown registry hosts). Each must end with exit 2, exactly one line on
 * stderr naming the variable or flag, nothing on stdout, no docker/skopeo command (PATH shims
 * record every call) and no HTTP request (the registry endpoints and the GitHub API point at a
 * recording server).
 *
 * A child process per script runs its whole table in process (this file, in harness mode: the
 * script module is re-imported with a fresh query string per case, with process.env and argv
 * replaced), so hundreds of cases cost a few seconds; a few cases per script also run as real
 * child processes to prove the exit status end to end, and a valid control run per script proves
 * the recorders would have seen the commands and requests.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runScript } from '../../helpers/run-script.ts';
import { PORTED_NAMES } from '../../../lib/config/variables.ts';
import {
  AUDIT_USER,
  FAKE_GHCR_TOKEN,
  auditEnvironment,
  createAudit,
  createCommandRecorder,
  leakFigure,
} from '../../helpers/secrets-audit.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCRIPTS_DIR = join(ROOT, 'scripts/ci/images');
const NET = '{{NET}}';

interface HarnessCase {
  readonly id: string;
  readonly script: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

interface HarnessResult {
  readonly id: string;
  readonly code: number | undefined;
  readonly stdout: string;
  readonly stderr: string;
  readonly calls: number;
  readonly requests: number;
  readonly ms: number;
  readonly hung: boolean;
}

// ---- harness mode: runs in a child process, never under uvu ------------------------------------

async function harness(casesFile: string, resultsFile: string, recordsDir: string): Promise<void> {
  const cases = JSON.parse(readFileSync(casesFile, 'utf8')) as HarnessCase[];
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    req.resume();
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"code":"NAME_UNKNOWN","message":"recorder"}]}');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const records = () => (existsSync(recordsDir) ? readdirSync(recordsDir).filter((f) => f.endsWith('.argv')).length : 0);
  const stdoutWrite = process.stdout.write;
  const stderrWrite = process.stderr.write;
  const results: HarnessResult[] = [];
  for (const [index, c] of cases.entries()) {
    for (const key of Object.keys(process.env)) delete process.env[key];
    for (const [key, value] of Object.entries(c.env)) process.env[key] = value.split(NET).join(url);
    process.argv = [process.execPath, c.script, ...c.args];
    process.exitCode = 0;
    let stdout = '';
    let stderr = '';
    const callsBefore = records();
    const requestsBefore = requests;
    process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
    process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
    const t0 = Date.now();
    let hung = false;
    let watchdog: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        import(`${pathToFileURL(c.script).href}?case=${index}`),
        new Promise<void>((ok) => (watchdog = setTimeout(() => ((hung = true), ok()), 5000))),
      ]);
    } catch (error) {
      stderr += `harness: import failed: ${(error as Error).stack}\n`;
    } finally {
      clearTimeout(watchdog);
      process.stdout.write = stdoutWrite;
      process.stderr.write = stderrWrite;
    }
    const code = hung ? undefined : Number(process.exitCode ?? 0);
    // A run that went on (not refused) may still have requests in flight: count them for it.
    if (code !== 2) await new Promise((ok) => setTimeout(ok, 150));
    results.push({
      id: c.id,
      code,
      stdout,
      stderr,
      calls: records() - callsBefore,
      requests: requests - requestsBefore,
      ms: Date.now() - t0,
      hung,
    });
  }
  writeFileSync(resultsFile, JSON.stringify(results));
  server.closeAllConnections();
  server.close();
  process.exit(0);
}

if (process.env.RELIABILITY_HARNESS_CASES) {
  await harness(process.env.RELIABILITY_HARNESS_CASES, process.env.RELIABILITY_HARNESS_RESULTS!, process.env.RELIABILITY_HARNESS_RECORDS!);
}

// ---- the tables ----------------------------------------------------------------------------------

/**
 * Malformed values for every variable of the table (lib/config/variables.ts). Empty values are not
 * in here: an empty variable means "the default", as `${X:=default}` did (see EMPTY_IS_AN_ERROR).
 */
const ENV_CASES: Record<string, readonly string[]> = {
  WAIT_FOR_IMAGE_PRODUCER: ['build\nimages.yml', 'a\u0007b'],
  WAIT_FOR_IMAGE_PRODUCER_RUN_ID: ['12a', '-1', '$(id)', '1'.repeat(21)],
  WAIT_FOR_IMAGE_GRACE: ['abc', '-1', '1e99'],
  WAIT_FOR_IMAGE_API_INTERVAL: ['0.5', 'abc', '99999'],
  GITHUB_EVENT_NAME: ['push\nx', 'a\u0007b'],
  USE_GITHUB_REGISTRY: ['yes', 'TRUE', '1', '$(id)'],
  GITHUB_REGISTRY_WAIT_FOR_IMAGE: ['True', 'no'],
  WAIT_FOR_PROD_BUILD_IMAGE: ['FALSE', 'y'],
  PREPARE_BUILDX_CACHE: ['on', 'True'],
  GITHUB_REGISTRY: ['quay.io', 'GHCR.IO', 'docker.io', 'ghcr.io/../x', '$(id)', 'a b'],
  GITHUB_REPOSITORY: ['a b', '../x', '$(id)', 'apache', 'apache/air flow', 'apache/airflow/x', 'apache/air$(id)'],
  GITHUB_REGISTRY_IMAGE_SUFFIX: ['-V2', 'a b', '../x', '$(id)', '-'],
  GITHUB_REGISTRY_PULL_IMAGE_TAG: ['a b', '../x', '$(id)', '-x', '.x', 'x'.repeat(129)],
  GITHUB_REGISTRY_PUSH_IMAGE_TAG: ['a b', '../x', '$(id)', 'tag:x'],
  DOCKERHUB_USER: ['Apache', 'a b', '$(id)', '../x'],
  DOCKERHUB_REPO: ['Airflow', '../x', 'a b', '$(id)'],
  BRANCH_NAME: ['Master', 'a b', '../x', '$(id)'],
  CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: ['3', 'three', '3.8;id', '$(id)', '../x', '3.8 3.x', '3.8 03.9', '3.08'],
  // Leading zeros name images nobody pushes.
  PYTHON_MAJOR_MINOR_VERSION: ['3', 'a b', '$(id)', '3.8.1', '03.8', '3.08'],
  DEFAULT_PYTHON_MAJOR_MINOR_VERSION: ['3.x', '../x', '03.6'],
  PYTHON_BASE_IMAGE_VERSION: ['3', '3.x', '$(id)', '03.8'],
  FORCE_AIRFLOW_PROD_BASE_TAG: ['Tag', 'a b', '../x', '$(id)'],
  DOCKER_CACHE: ['PULLED', 'none', '$(id)'],
  COMMIT_SHA: ['a b', '$(id)', '../x'],
  GITHUB_SHA: ['../x', '-abc', 'a b'],
  GITHUB_RUN_ID: ['abc', '12 34', '-1', '$(id)'],
  GITHUB_API_URL: ['ftp://api.github.com', 'not a url', 'api.github.com', '$(id)'],
  BUILD_ARGS: ['=x', 'NOEQUALS', '$(id)', '1X=y'],
  BUILD_PLATFORM: ['Linux/AMD64', 'linux', 'a b', '$(id)', '../x'],
  REGISTRY_ENDPOINTS: [
    'ghcr.io',
    'ghcr.io=not-a-url',
    'ghcr.io=ftp://127.0.0.1:1',
    'a b=http://127.0.0.1:1',
    '$(id)=http://127.0.0.1:1',
    'ghcr.io=http://127.0.0.1:1/?x=1',
    `ghcr.io=http://${AUDIT_USER}:${FAKE_GHCR_TOKEN}@127.0.0.1:1`,
    // Passwords holding / or , used to slip past the redaction and be echoed (see ABSENT below).
    `ghcr.io=http://${AUDIT_USER}:pass/word${FAKE_GHCR_TOKEN}@127.0.0.1:1`,
    'ghcr.io=http://someone:unregistered,pass/word@127.0.0.1:1',
    // One host, two endpoints: which one gets the credentials?
    'ghcr.io=http://127.0.0.1:1,ghcr.io=http://127.0.0.1:2',
    'ghcr.io=http://127.0.0.1:1,GHCR.IO=http://127.0.0.1:2',
  ],
  // Above Node's timer limit (24.8 days) a delay silently becomes 1 ms: refused above 7 days.
  WAIT_FOR_IMAGE_TIMEOUT: ['soon', '0', '-5', '1e3', '$(id)', '604801', '2592000', '99999999999'],
  WAIT_FOR_IMAGE_POLL_INTERVAL: ['x', '0', '-1', '0.01', '0.05', '3601', '2592000'],
  REGISTRY_REQUEST_TIMEOUT: ['x', '0', '-1', '86401', '2147484', '99999999999'],
  DOCKERFILE_CI: ['a b', '$(id)', "x'y", 'a;b'],
  DOCKERFILE_PROD: ['a;b', '$(id)', 'a b'],
  DOCKER_CONTEXT: ['$(id)', 'a b', '`id`'],
  VERIFY_PROVIDERS_FILE: ['a b', '$(id)', "x'y"],
  VERIFY_IMPORTS_FILE: ['a;b', '`id`', 'a b'],
  BUILD_TARGET: ['a b', '../x', '$(id)'],
  BUILDX_BUILDER: ['a b', '$(id)', '../x'],
  // A directory used to end in a bare EISDIR (exit 1).
  CI_IMAGES_ENV_FILE: ['/nonexistent/ci-images.env', '/', '/tmp'],
  // GitHub logins: letters, digits, single hyphens, and [bot]; `a:b` would break Basic credentials.
  GITHUB_USERNAME: ['a b', '$(id)', 'a:b', '../x'],
  // Anything but true/false would silently turn off the ::add-mask:: announcements.
  GITHUB_ACTIONS: ['yes', 'TRUE'],
  // Checked up front (exit 2), not found out after the whole wait.
  GITHUB_OUTPUT: ['/', '/nonexistent-dir/output'],
  GITHUB_STEP_SUMMARY: ['/', '/nonexistent-dir/summary'],
  // Variables of the bash that change CI flows (parity addendum §6).
  DEFAULT_BRANCH: ['Main', 'a b', '../x', '$(id)'],
  IMAGE_TAG: ['Apache/Airflow', 'a b', '$(id)', 'x:a:b', '../x'],
  FORCE_PULL_IMAGES: ['yes', 'TRUE'],
  FAIL_ON_GITHUB_DOCKER_PULL_ERROR: ['1', 'no'],
  UPGRADE_TO_NEWER_DEPENDENCIES: ['a b', '$(id)', '../x'],
  AIRFLOW_LOGIN_TO_GITHUB_REGISTRY: ['TRUE', 'yes'],
  CHECK_IMAGE_FOR_REBUILD: ['no', 'True'],
  SKIP_CHECK_REMOTE_IMAGE: ['on', '1'],
  // Build arguments (#20664).
  AIRFLOW_VERSION: ['a b', '$(id)', '2.0;id'],
  AIRFLOW_EXTRAS: ['A B', '$(id)', 'devel ci'],
  AIRFLOW_PRE_CACHED_PIP_PACKAGES: ['yes', 'False'],
  ADDITIONAL_AIRFLOW_EXTRAS: ['a\nb', 'x\u0007'],
  ADDITIONAL_PYTHON_DEPS: ['a\nb', 'x\ry'],
  ADDITIONAL_DEV_APT_DEPS: ['a\nb'],
  ADDITIONAL_DEV_APT_ENV: ['A=1\nB=2'],
  ADDITIONAL_RUNTIME_APT_DEPS: ['a\u001bb'],
  ADDITIONAL_RUNTIME_APT_ENV: ['A=1\nB=2'],
  CONSTRAINTS_GITHUB_REPOSITORY: ['apache', '../x', '$(id)', 'a b/c'],
  DEFAULT_CONSTRAINTS_BRANCH: ['Constraints', 'a b', '$(id)'],
  AIRFLOW_CONSTRAINTS_REFERENCE: ['a b', '$(id)', 'x;y'],
  AIRFLOW_CONSTRAINTS: ['Constraints', 'a b', '$(id)'],
  AIRFLOW_CONSTRAINTS_LOCATION: ['a\nb'],
  AIRFLOW_IMAGE_REPOSITORY: ['ftp://github.com/x', 'github.com/x', '$(id)', 'https://u:p@github.com/x'],
  AIRFLOW_IMAGE_DATE_CREATED: ['yesterday', '2022-01-18', '2022-01-18 12:00:00', '$(id)'],
  CI_BUILD_ID: ['a b', '$(id)', '../x'],
  INSTALL_MYSQL_CLIENT: ['yes', '1'],
  INSTALL_MSSQL_CLIENT: ['no', '0'],
  AIRFLOW_INSTALLATION_METHOD: ['a b', '$(id)', '../x/..;'],
  AIRFLOW_SOURCES_FROM: ['a b', '$(id)'],
  AIRFLOW_SOURCES_TO: ['a b', '`id`'],
  AIRFLOW_SOURCES_WWW_FROM: ['a;b'],
  AIRFLOW_SOURCES_WWW_TO: ["x'y"],
};

/** Text that must appear nowhere in the output of a case (values that are not registered secrets). */
const ABSENT: Record<string, readonly string[]> = {
  REGISTRY_ENDPOINTS: ['pass/word', 'unregistered', 'someone'],
  AIRFLOW_IMAGE_REPOSITORY: ['u:p@'],
};

/** In the table but free-form by design: secrets are opaque, paths may hold anything. */
const NOT_VALIDATED: Record<string, string> = {
  GITHUB_TOKEN: 'opaque secret',
  CONTAINER_REGISTRY_TOKEN: 'opaque secret',
  HOME: 'a path',
  DOCKER_CONFIG: 'a path',
  REGISTRY_AUTH_FILE: 'a path',
  XDG_RUNTIME_DIR: 'a path',
  XDG_CONFIG_HOME: 'a path',
  CI: 'runners disagree (true, 1): anything is accepted, true/1/yes mean CI',
  GITHUB_EVENT_PATH: 'a path set by Actions; a missing or unreadable payload is one warning and plain polling',
};

/** Scripts that need the python version list: an empty one is an error there (not a default). */
const EMPTY_IS_AN_ERROR: Record<string, readonly string[]> = {
  CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: ['wait-for-all-ci-images.ts', 'wait-for-all-prod-images.ts', 'prune-images.ts'],
};

type FlagCase = readonly [name: string, args: readonly string[]];

/** Flags every script shares the parser of: unknown options and positionals (named by the value). */
const GENERIC_FLAGS: readonly FlagCase[] = [
  ['--no-such-flag', ['--no-such-flag']],
  ['-x', ['-x']],
  ['a b', ['a b']],
  ['../x', ['../x']],
  ['$(id)', ['$(id)']],
];

const WAIT_FLAGS: readonly FlagCase[] = [
  ['--timeout', ['--timeout', '']],
  ['--timeout', ['--timeout', 'soon']],
  ['--timeout', ['--timeout=0']],
  ['--timeout', ['--timeout=-5']],
  ['--timeout', ['--timeout', '1e3']],
  ['--timeout', ['--timeout', '$(id)']],
  ['--timeout', ['--timeout']],
  // The flags share the variables' bounds (parseSeconds looks them up in the table).
  ['--timeout', ['--timeout', '604801']],
  ['--timeout', ['--timeout', '99999999999']],
  ['--poll-interval', ['--poll-interval', '0.01']],
  ['--poll-interval', ['--poll-interval', '3601']],
  ['--poll-interval', ['--poll-interval', 'x']],
  ['--poll-interval', ['--poll-interval', '0']],
  ['--poll-interval', ['--poll-interval', '']],
  ['--json', ['--json=yes']],
  ['--dry-run', ['--dry-run=../x']],
];

const VERIFY_FLAGS: readonly FlagCase[] = [
  ['--python', ['--python', '3']],
  ['--python', ['--python', 'three']],
  ['--python', ['--python', '$(id)']],
  ['--python', ['--python', '']],
  ['--image', ['--image', 'prod']],
  ['--timeout', ['--timeout', '5']],
  ['--dry-run', ['--dry-run=x']],
  ['--json', ['--json=1']],
];

const FLAG_CASES: Record<string, readonly FlagCase[]> = {
  'wait-for-all-ci-images.ts': WAIT_FLAGS,
  'wait-for-all-prod-images.ts': WAIT_FLAGS,
  'prune-images.ts': [
    ['--keep', ['--keep', '']],
    ['--keep', ['--keep=-1']],
    ['--keep', ['--keep', 'ten']],
    ['--keep', ['--keep', '1.5']],
    ['--keep', ['--keep', '$(id)']],
    ['--older-than', ['--older-than', '']],
    ['--older-than', ['--older-than', '14x']],
    ['--older-than', ['--older-than', '../x']],
    ['--older-than', ['--older-than=-1d']],
    ['--older-than', ['--older-than', '$(id)']],
    ['--older-than', ['--older-than', '14D']],
    ['--registry', ['--registry', 'quay.io']],
    ['--registry', ['--registry', 'GHCR.IO']],
    ['--registry', ['--registry', '']],
    ['--registry', ['--registry', 'a b']],
    ['--registry', ['--registry', '$(id)']],
    ['--yes', ['--yes', '--dry-run']],
    ['--json', ['--json=1']],
  ],
  'prepare-ci-image.ts': [
    ['--image', ['--image', '']],
    ['--image', ['--image', 'CI']],
    ['--image', ['--image', 'kubernetes']],
    ['--image', ['--image', '$(id)']],
    ['--image', ['--image', '../x']],
    ['--python', ['--python', '3']],
    ['--python', ['--python', 'three']],
    ['--python', ['--python', '../x']],
    ['--python', ['--python', '$(id)']],
    ['--timeout', ['--timeout', '0']],
    ['--timeout', ['--timeout', 'x']],
    ['--dry-run', ['--dry-run=x']],
    ['--timeout', ['--timeout', '2592000']],
    ['--python', ['--python', '03.8']],
  ],
  'push-images.ts': [
    ['--image', ['--image', 'PROD']],
    ['--image', ['--image', '../x']],
    ['--image', ['--image', '']],
    ['--python', ['--python', '3.x']],
    ['--python', ['--python', 'a b']],
    ['--promote', ['--promote', '']],
    ['--promote', ['--promote', 'a b']],
    ['--promote', ['--promote', '../x']],
    ['--promote', ['--promote', '$(id)']],
    ['--promote', ['--promote=-x']],
    ['--copy-to', ['--copy-to', '']],
    ['--copy-to', ['--copy-to', 'a b']],
    ['--copy-to', ['--copy-to', '../x']],
    ['--copy-to', ['--copy-to', '$(id)']],
    ['--copy-to', ['--copy-to', 'http://127.0.0.1:1']],
    ['--copy-to', ['--copy-to', 'quay.io/x']],
    ['--promote', ['--promote', '1', '--copy-to', 'ghcr.io']],
  ],
  'pull-image.ts': [
    ['--run-id', []],
    ['--run-id', ['--run-id', '']],
    ['--run-id', ['--run-id', 'latest']],
    ['--run-id', ['--run-id', '$(id)']],
    ['--run-id', ['--run-id', '1', '--run-id=../x']],
    ['--image', ['--run-id', '1', '--image', 'x']],
    ['--python', ['--run-id', '1', '--python', '3']],
    ['--format', ['--run-id', '1', '--format', 'yaml']],
  ],
  'verify-ci-image.ts': VERIFY_FLAGS,
  'verify-prod-image.ts': VERIFY_FLAGS,
  'merge-platforms.ts': [
    ['--target', ['--target', '', `sha256:${'a'.repeat(64)}`]],
    ['--target', ['--target', 'Ghcr.io/A/b:c', `sha256:${'a'.repeat(64)}`]],
    ['--target', ['--target', '$(id)', `sha256:${'a'.repeat(64)}`]],
    ['digest', ['sha256:abc']],
    ['digest', ['--target', 'ghcr.io/a/b:c', 'md5:x']],
    ['digest', ['../x']],
    ['digest', []],
    ['--image', ['--image', 'x', `sha256:${'a'.repeat(64)}`]],
    ['--python', ['--python', '3', `sha256:${'a'.repeat(64)}`]],
  ],
  'referrers.ts': [
    ['REF', []],
    ['REF', ['ghcr.io/a/b:c', 'ghcr.io/a/b:d']],
    ['REF', ['$(id)']],
    ['REF', ['ghcr.io/a/b@sha256:abc']],
    ['REF', ['Ghcr.io/A/b:c']],
    ['--depth', ['ghcr.io/a/b:c', '--depth', '0']],
    ['--depth', ['ghcr.io/a/b:c', '--depth', '$(id)']],
    ['--artifact-type', ['ghcr.io/a/b:c', '--artifact-type', 'a b']],
    ['--timeout', ['ghcr.io/a/b:c', '--timeout', 'x']],
  ],
};

/** Valid arguments a script needs for its control run (merge-platforms: a digest; pull-image: a run id). */
const CONTROL_ARGS: Record<string, readonly string[]> = {
  'merge-platforms.ts': [`sha256:${'a'.repeat(64)}`],
  'pull-image.ts': ['--run-id', '1'],
  'auth.ts': ['ghcr.io', '--check'],
  'save-image.ts': ['ghcr.io/apache/airflow:control', '--output', join(tmpdir(), 'ci-images-bad-input-control.tar')],
  'load-image.ts': ['--run-id', '1'],
  'copy-image.ts': ['ghcr.io/apache/airflow:control', 'ghcr.io/apache/airflow:copy'],
  'image-digest.ts': ['ghcr.io/apache/airflow:control'],
  'list-tags.ts': ['ghcr.io/apache/airflow'],
  'tag-image.ts': ['ghcr.io/apache/airflow:control', 'again'],
  'wait-for-images.ts': ['ghcr.io/apache/airflow:control'],
  'referrers.ts': ['ghcr.io/apache/airflow:1'],
};

/** Every variable lib/config/load.ts reads: the table's (so a new one without a case fails here). */
function variablesRead(): string[] {
  return [...PORTED_NAMES].sort();
}

// ---- the suite -------------------------------------------------------------------------------------

interface Ctx {
  dir: string;
  home: string;
  baseEnv: Record<string, string>;
  /** Cases that need files made at run time (unwritable outputs: meaningful only when not root). */
  extraEnvCases: Record<string, readonly string[]>;
}

interface Expectation {
  readonly kase: HarnessCase;
  /** What the one stderr line must contain. */
  readonly names: string;
  /** What must appear neither on stdout nor on stderr. */
  readonly absent?: readonly string[];
}

const audit = createAudit('bad-input');
const figures = {
  scripts: [] as string[],
  skipped: [] as string[],
  cases: 0,
  envCases: 0,
  flagCases: 0,
  passed: 0,
  failed: [] as string[],
  childRuns: 0,
  controls: 0,
};
let started = Date.now();

function problemsOf(result: HarnessResult | undefined, names: string, absent: readonly string[] = []): string[] {
  if (!result) return ['no result'];
  const problems: string[] = [];
  for (const text of absent)
    if (result.stdout.includes(text) || result.stderr.includes(text)) problems.push(`echoed ${JSON.stringify(text)}`);
  const lines = result.stderr.split('\n').filter((l) => l.trim() !== '');
  if (result.hung) problems.push('still running after 5 s');
  else if (result.code !== 2) problems.push(`exit ${result.code}`);
  if (lines.length !== 1) problems.push(`${lines.length} lines on stderr`);
  if (!lines.some((l) => l.includes(names))) problems.push(`no line names ${JSON.stringify(names)}`);
  if (result.stdout !== '') problems.push('printed on stdout');
  if (result.calls > 0) problems.push(`ran ${result.calls} docker/skopeo command(s)`);
  if (result.requests > 0) problems.push(`made ${result.requests} HTTP request(s)`);
  return problems;
}

async function runHarness(ctx: Ctx, script: string, cases: HarnessCase[]): Promise<Map<string, HarnessResult>> {
  const casesFile = join(ctx.dir, `${script}.cases.json`);
  const resultsFile = join(ctx.dir, `${script}.results.json`);
  const recorder = createCommandRecorder({ captureStdin: true });
  try {
    const withPath = cases.map((c) => ({ ...c, env: { ...c.env, PATH: recorder.path() } }));
    writeFileSync(casesFile, JSON.stringify(withPath));
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/itg/reliability/bad-input.test.ts')], {
      cwd: ROOT,
      env: {
        PATH: recorder.path(),
        HOME: ctx.home,
        RELIABILITY_HARNESS_CASES: casesFile,
        RELIABILITY_HARNESS_RESULTS: resultsFile,
        RELIABILITY_HARNESS_RECORDS: join(recorder.dir, 'records'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    const code = await new Promise<number | null>((ok) => child.on('close', ok));
    clearTimeout(timer);
    assert.is(code, 0, `harness for ${script}: ${output}`);
    const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as HarnessResult[];
    // Every recorded docker/skopeo argv is audited too (there should be none but the controls').
    for (const call of recorder.calls()) audit.check(`${script} ${call.command} argv`, call.argv.join(' '));
    return new Map(results.map((r) => [r.id, r]));
  } finally {
    recorder.cleanup();
  }
}

function casesFor(ctx: Ctx, script: string): { expectations: Expectation[]; control: HarnessCase } {
  const path = join(SCRIPTS_DIR, script);
  const expectations: Expectation[] = [];
  const add = (id: string, args: readonly string[], env: Record<string, string>, names: string, absent?: readonly string[]) =>
    expectations.push({ kase: { id, script: path, args, env: { ...ctx.baseEnv, ...env } }, names, absent });
  // A variable case runs with the script's valid arguments (the control's), so the variable is the only thing wrong.
  const valid = CONTROL_ARGS[script] ?? [];
  for (const [variable, values] of Object.entries({ ...ENV_CASES, ...ctx.extraEnvCases })) {
    values.forEach((value, i) => add(`${variable}#${i}`, valid, { [variable]: value }, variable, ABSENT[variable]));
    if (EMPTY_IS_AN_ERROR[variable]?.includes(script)) add(`${variable}#empty`, valid, { [variable]: '' }, variable);
  }
  const flags = [...GENERIC_FLAGS, ...(FLAG_CASES[script] ?? [])];
  flags.forEach(([name, args], i) => add(`flag ${name}#${i}`, args, {}, name));
  return { expectations, control: { id: 'control', script: path, args: CONTROL_ARGS[script] ?? [], env: ctx.baseEnv } };
}

const bad = suite<Ctx>('reliability: bad input exits 2 with one line naming it, runs nothing');

bad.before((ctx) => {
  started = Date.now();
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-bad-input-'));
  ctx.home = mkdtempSync(join(tmpdir(), 'ci-images-bad-input-home-'));
  ctx.baseEnv = {
    ...auditEnvironment(ctx.home, NET, '0.3'),
    GITHUB_OUTPUT: join(ctx.dir, 'output'),
    GITHUB_STEP_SUMMARY: join(ctx.dir, 'summary'),
  };
  writeFileSync(ctx.baseEnv.GITHUB_OUTPUT, '');
  writeFileSync(ctx.baseEnv.GITHUB_STEP_SUMMARY, '');
  ctx.extraEnvCases = {};
  // root may write anything (access(2) says so), so the unwritable cases run only as a user.
  if (process.getuid?.() !== 0) {
    const readOnly = join(ctx.dir, 'read-only-output');
    writeFileSync(readOnly, '');
    chmodSync(readOnly, 0o444);
    const lockedDir = join(ctx.dir, 'locked');
    mkdirSync(lockedDir, 0o555);
    ctx.extraEnvCases = {
      GITHUB_OUTPUT: [readOnly, join(lockedDir, 'output')],
      GITHUB_STEP_SUMMARY: [readOnly, join(lockedDir, 'summary')],
    };
  } else {
    figures.skipped.push('unwritable GITHUB_OUTPUT/GITHUB_STEP_SUMMARY (running as root)');
  }
});

bad.after((ctx) => {
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
  if (ctx.home) rmSync(ctx.home, { recursive: true, force: true });
});

bad('the table covers every variable lib/config/load.ts reads', () => {
  const missing = variablesRead().filter((v) => !(v in ENV_CASES) && !(v in NOT_VALIDATED));
  assert.equal(missing, [], `variables without bad-input cases: ${missing.join(', ')}`);
});

const scripts = readdirSync(SCRIPTS_DIR)
  .filter((f) => f.endsWith('.ts'))
  .sort();
for (const script of scripts) {
  bad(`${script}: every variable and flag, malformed`, async (ctx) => {
    const mark = audit.leaks.length;
    figures.scripts.push(script);
    if (!FLAG_CASES[script]) figures.skipped.push(`${script} (no flag table: generic flag cases only)`);
    const { expectations, control } = casesFor(ctx, script);
    const results = await runHarness(ctx, script, [control, ...expectations.map((e) => e.kase)]);

    // The control (valid input) does reach docker or the network: the recorders work.
    const c = results.get('control');
    assert.ok(c, 'control ran');
    assert.ok(c.code !== 2, `control exits ${c.code}: ${c.stderr}`);
    assert.ok(c.calls + c.requests > 0, `control made no request and ran no command: ${c.stderr}`);
    audit.check(`${script} control stdout`, c.stdout);
    audit.check(`${script} control stderr`, c.stderr);
    figures.controls++;

    const failures: string[] = [];
    for (const { kase, names, absent } of expectations) {
      const result = results.get(kase.id);
      audit.check(`${script} ${kase.id} stdout`, result?.stdout);
      audit.check(`${script} ${kase.id} stderr`, result?.stderr);
      const problems = problemsOf(result, names, absent);
      figures.cases++;
      if (kase.id.startsWith('flag ')) figures.flagCases++;
      else figures.envCases++;
      if (problems.length === 0) figures.passed++;
      else {
        const shown = kase.args.length ? `args ${JSON.stringify(kase.args)}` : `${names}=${JSON.stringify(kase.env[names] ?? '')}`;
        failures.push(`${script} ${shown}: ${problems.join(', ')} | ${(result?.stderr ?? '').trim().split('\n')[0]?.slice(0, 160)}`);
      }
    }
    figures.failed.push(...failures);
    // (assert.ok, not assert.equal: one readable line per case rather than a diff)
    assert.ok(failures.length === 0, `${failures.length} case(s) not refused properly:\n${failures.join('\n')}`);
    audit.assertClean(mark);
  });
}

bad('real child processes: exit status 2, one line, nothing run (a few per script)', async (ctx) => {
  const mark = audit.leaks.length;
  const recorder = createCommandRecorder();
  try {
    const samples: [string, string[], Record<string, string>, string][] = [];
    for (const script of scripts) {
      // With the script's valid arguments, so the variable is the only thing wrong.
      const valid = [...(CONTROL_ARGS[script] ?? [])];
      samples.push([script, valid, { GITHUB_REGISTRY: 'quay.io' }, 'GITHUB_REGISTRY']);
      samples.push([script, ['$(id)'], {}, '$(id)']);
      samples.push([script, valid, { GITHUB_REPOSITORY: '../x' }, 'GITHUB_REPOSITORY']);
    }
    const net = 'http://127.0.0.1:9';
    const queue = [...samples];
    const failures: string[] = [];
    await Promise.all(
      [0, 1].map(async () => {
        for (let sample = queue.shift(); sample; sample = queue.shift()) {
          const [script, args, vars, names] = sample;
          const env = Object.fromEntries(Object.entries({ ...ctx.baseEnv, ...vars }).map(([k, v]) => [k, v.split(NET).join(net)]));
          const run = await runScript(`scripts/ci/images/${script}`, args, { ...env, PATH: recorder.path() }, { timeoutMs: 20_000 });
          figures.childRuns++;
          audit.check(`${script} child stdout`, run.stdout);
          audit.check(`${script} child stderr`, run.stderr);
          const problems = problemsOf(
            { id: '', code: run.code ?? undefined, stdout: run.stdout, stderr: run.stderr, calls: 0, requests: 0, ms: 0, hung: false },
            names,
          );
          if (problems.length) failures.push(`${script} ${JSON.stringify(args)} ${JSON.stringify(vars)}: ${problems.join(', ')}`);
        }
      }),
    );
    assert.equal(failures, []);
    assert.equal(recorder.calls(), [], 'no docker/skopeo command');
  } finally {
    recorder.cleanup();
  }
  audit.assertClean(mark);
});

bad('figures', () => {
  console.log(
    `[reliability:bad-input] scripts=${figures.scripts.length} (${figures.scripts.join(', ')}); ` +
      `cases=${figures.cases} (env ${figures.envCases}, flags ${figures.flagCases}) over ${Object.keys(ENV_CASES).length} variables; ` +
      `refused properly=${figures.passed}; not refused properly=${figures.failed.length}; real child runs=${figures.childRuns}; controls=${figures.controls}; ` +
      `${figures.skipped.length ? `notes: ${figures.skipped.join('; ')}; ` : ''}${leakFigure([audit])}; ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );
  assert.is(audit.leaks.length, 0);
});

bad.run();
