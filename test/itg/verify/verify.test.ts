/**
 * verify-ci-image / verify-prod-image for real: a private dockerd, a registry standing in for
 * ghcr.io, and images built FROM scratch around a static "bash" compiled here. That bash answers
 * `-c COMMAND` from files baked into the image (/fake/<fnv1a-64 of COMMAND>.out and .code, and
 * .env: a VAR=value the container must have been given), so each test image decides which checks
 * pass. No mocks of docker: every command the scripts print really runs.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PIP_CHECK_HELP } from '../../../lib/report/verify.ts';
import { DOCKER_UNAVAILABLE, dockerAvailable, startDockerd, type Dockerd } from '../../../testing/dockerd.ts';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { jsonEnvelope, runScript, type ScriptRun } from '../../helpers/run-script.ts';

const execFileP = promisify(execFile);
const VERIFY_CI = 'scripts/ci/images/verify-ci-image.ts';
const VERIFY_PROD = 'scripts/ci/images/verify-prod-image.ts';
/** The 20.10 CLI: /usr/local/bin/docker (28) comes first on PATH and refuses BuildKit. */
const DOCKER_CLI = '/usr/bin/docker';

const lines = (text: string) => text.split('\n').filter(Boolean);
const show = (run: ScriptRun) => `code ${run.code}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;

/** The fake bash: exit 127 for a command the image does not know, as bash does. */
const FAKE_BASH_C = String.raw`
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
static uint64_t fnv(const char *s) { uint64_t h = 14695981039346656037ULL; for (; *s; s++) { h ^= (unsigned char)*s; h *= 1099511628211ULL; } return h; }
static FILE *open_part(uint64_t h, const char *ext) { char p[64]; snprintf(p, sizeof p, "/fake/%016llx.%s", (unsigned long long)h, ext); return fopen(p, "r"); }
int main(int argc, char **argv) {
  if (argc < 3 || strcmp(argv[1], "-c") != 0) { fprintf(stderr, "fake bash: expected -c COMMAND\n"); return 2; }
  uint64_t h = fnv(argv[2]);
  FILE *f = open_part(h, "env");
  if (f) {
    char want[256] = ""; if (!fgets(want, sizeof want, f)) want[0] = 0; fclose(f);
    want[strcspn(want, "\n")] = 0;
    char *eq = strchr(want, '=');
    if (eq) { *eq = 0; const char *got = getenv(want); if (!got || strcmp(got, eq + 1) != 0) { fprintf(stderr, "fake bash: %s is not %s\n", want, eq + 1); return 3; } }
  }
  f = open_part(h, "out");
  if (!f) { fprintf(stderr, "fake bash: %s: command not found\n", argv[2]); return 127; }
  char buf[4096]; size_t n; while ((n = fread(buf, 1, sizeof buf, f)) > 0) fwrite(buf, 1, n, stdout); fclose(f);
  int code = 0; f = open_part(h, "code"); if (f) { if (fscanf(f, "%d", &code) != 1) code = 0; fclose(f); }
  return code;
}
`;

/** FNV-1a 64, as the fake bash computes it. */
function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(text)) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

interface Answer {
  readonly out: string;
  readonly code?: number;
  /** `VAR=value` the container must have in its environment. */
  readonly env?: string;
}

// ---------------------------------------------------------------------------------------------
// --dry-run and bad input: no daemon needed (a docker that records its calls must stay unused).

interface DryCtx {
  dir: string;
  shim: string;
  calls: string;
}

const dry = suite<DryCtx>('verify-ci-image / verify-prod-image: --dry-run plans and bad lists (docker never runs)');
dry.before((ctx) => {
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-verify-dry-'));
  ctx.calls = join(ctx.dir, 'calls');
  ctx.shim = join(ctx.dir, 'docker');
  writeFileSync(ctx.calls, '');
  writeFileSync(ctx.shim, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${ctx.calls}'\necho "test shim: docker must not run here" >&2\nexit 1\n`);
  chmodSync(ctx.shim, 0o755);
});
dry.after((ctx) => rmSync(ctx.dir, { recursive: true, force: true }));

function dryEnv(ctx: DryCtx, extra: Record<string, string> = {}) {
  return { DOCKER: ctx.shim, DOCKER_HOST: 'unix:///nonexistent/ci-images/docker.sock', PYTHON_MAJOR_MINOR_VERSION: '3.8', ...extra };
}

dry(
  'verify-prod-image --dry-run: the pull from the docker-side host, each check as a docker run, lists read; nothing runs',
  async (ctx) => {
    const providers = join(ctx.dir, 'providers.txt');
    const imports = join(ctx.dir, 'imports.txt');
    writeFileSync(providers, '# installed by default\namazon\napache.hive\n\n');
    writeFileSync(imports, 'gevent,eventlet\nairflow.providers.microsoft.azure  # the azure group\n');
    const run = await runScript(
      VERIFY_PROD,
      ['--dry-run', '--python', '3.9'],
      dryEnv(ctx, {
        USE_GITHUB_REGISTRY: 'true',
        GITHUB_REGISTRY: 'ghcr.io',
        GITHUB_REGISTRY_PULL_IMAGE_TAG: '4242',
        REGISTRY_ENDPOINTS: 'ghcr.io=http://127.0.0.1:5999',
        VERIFY_PROVIDERS_FILE: providers,
        VERIFY_IMPORTS_FILE: imports,
      }),
    );
    assert.is(run.code, 0, show(run));
    const image = 'apache/airflow:master-python3.9';
    const docker = (command: string, env = '') =>
      `[dry-run] docker run --rm --network none ${env}--entrypoint /bin/bash ${image} -c ${command}`;
    assert.equal(lines(run.stdout), [
      '== Verifying the PROD image for python 3.9',
      'No CONTAINER_REGISTRY_TOKEN set: not logging in to ghcr.io',
      '[dry-run] docker pull 127.0.0.1:5999/apache/airflow-master-python3.9-v2:4242',
      `[dry-run] docker tag 127.0.0.1:5999/apache/airflow-master-python3.9-v2:4242 ${image}`,
      docker(`'airflow version'`),
      docker(`'python --version'`),
      docker(`'airflow providers list --output table'`, '-e COLUMNS=180 '),
      docker(`'python -c '\\''import gevent, eventlet'\\'''`),
      docker(`'python -c '\\''import airflow.providers.microsoft.azure'\\'''`),
      docker(`'pip check'`),
      'airflow version: would run',
      'python version: would run',
      'providers: would run',
      'import gevent, eventlet: would run',
      'import airflow.providers.microsoft.azure: would run',
      'pip check: would run',
      `Would verify the PROD image ${image}: 6 check(s)`,
    ]);
    assert.is(readFileSync(ctx.calls, 'utf8'), '', 'docker was called');
  },
);

dry('verify-ci-image --dry-run --json: one envelope, the planned pip check; missing lists of PROD are one line each', async (ctx) => {
  const run = await runScript(VERIFY_CI, ['--dry-run', '--json'], dryEnv(ctx));
  assert.is(run.code, 0, show(run));
  const doc = jsonEnvelope(run.stdout);
  assert.equal(doc.result, {
    dryRun: true,
    image: 'ci',
    python: '3.8',
    localImage: 'apache/airflow:master-python3.8-ci',
    checks: [{ name: 'pip check', command: 'pip check', status: 'planned' }],
    failed: [],
  });
  assert.ok(
    run.stderr.includes(
      `[dry-run] docker run --rm --network none --entrypoint /bin/bash apache/airflow:master-python3.8-ci -c 'pip check'`,
    ),
    run.stderr,
  );

  const prod = await runScript(
    VERIFY_PROD,
    ['--dry-run'],
    dryEnv(ctx, { VERIFY_PROVIDERS_FILE: join(ctx.dir, 'none.txt'), VERIFY_IMPORTS_FILE: join(ctx.dir, 'nope.txt') }),
  );
  assert.is(prod.code, 0, show(prod));
  assert.ok(
    lines(prod.stdout).includes(`providers: skipped (VERIFY_PROVIDERS_FILE: ${join(ctx.dir, 'none.txt')} does not exist; not checked)`),
    prod.stdout,
  );
  assert.ok(
    lines(prod.stdout).includes(`imports: skipped (VERIFY_IMPORTS_FILE: ${join(ctx.dir, 'nope.txt')} does not exist; not checked)`),
    prod.stdout,
  );
  assert.ok(prod.stdout.includes('Would verify the PROD image apache/airflow:master-python3.8: 3 check(s)'), prod.stdout);
  assert.is(readFileSync(ctx.calls, 'utf8'), '', 'docker was called');
});

dry('a bad line in a list: exit 2 with one line naming the variable and the line, before any docker command', async (ctx) => {
  const imports = join(ctx.dir, 'bad-imports.txt');
  writeFileSync(imports, 'gevent\nos; rm -rf /\n');
  const run = await runScript(VERIFY_PROD, [], dryEnv(ctx, { VERIFY_IMPORTS_FILE: imports, USE_GITHUB_REGISTRY: 'true' }));
  assert.is(run.code, 2, show(run));
  assert.equal(
    lines(run.stderr).filter((l) => l.startsWith('error:')),
    [
      `error: VERIFY_IMPORTS_FILE: ${imports} line 2, "os; rm -rf /", is not valid: expected a python module, or modules separated by commas`,
    ],
  );
  assert.is(readFileSync(ctx.calls, 'utf8'), '', 'docker was called');
});

dry.run();

// ---------------------------------------------------------------------------------------------
interface RealCtx {
  dockerd?: Dockerd;
  ghcr?: RegistryServer;
  dir?: string;
  bash?: string;
  error?: unknown;
}
type Ready = Required<Omit<RealCtx, 'error'>>;

function ready(ctx: RealCtx): Ready {
  if (ctx.error) throw ctx.error;
  if (!ctx.dockerd || !ctx.ghcr || !ctx.dir || !ctx.bash) throw new Error('suite setup did not finish');
  return ctx as Ready;
}

async function docker(env: Ready, args: string[], extraEnv: Record<string, string> = {}): Promise<string> {
  return (await execFileP(DOCKER_CLI, ['-H', env.dockerd.dockerHost, ...args], { env: { ...process.env, ...extraEnv } })).stdout;
}

let images = 0;
/** An image FROM scratch whose /bin/bash answers `answers` (legacy builder: no BuildKit needed). */
async function buildFakeImage(env: Ready, tag: string, answers: Record<string, Answer>): Promise<void> {
  const context = join(env.dir, `image-${images++}`);
  mkdirSync(join(context, 'fake'), { recursive: true });
  copyFileSync(env.bash, join(context, 'bash'));
  for (const [command, answer] of Object.entries(answers)) {
    const base = join(context, 'fake', fnv1a64(command));
    writeFileSync(`${base}.out`, answer.out);
    writeFileSync(`${base}.code`, `${answer.code ?? 0}\n`);
    if (answer.env) writeFileSync(`${base}.env`, `${answer.env}\n`);
  }
  writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY bash /bin/bash\nCOPY fake /fake\n');
  await docker(env, ['build', '-q', '-t', tag, context], { DOCKER_BUILDKIT: '0' });
}

function realEnv(env: Ready, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DOCKER: DOCKER_CLI,
    DOCKER_HOST: env.dockerd.dockerHost,
    DOCKER_CONFIG: join(env.dir, 'docker-config'),
    PYTHON_MAJOR_MINOR_VERSION: '3.8',
    VERIFY_PROVIDERS_FILE: join(env.dir, 'providers.txt'),
    VERIFY_IMPORTS_FILE: join(env.dir, 'imports.txt'),
    ...extra,
  };
}

const PIP_OK: Answer = { out: 'No broken requirements found.\n' };
/** The first line would be a workflow command in Actions if it reached the log as it is. */
const PIP_CONFLICT: Answer = {
  out: '::error title=from the image::injected\napache-airflow 2.2.3 has requirement markupsafe<2.1, but you have markupsafe 2.1.1.\n',
  code: 1,
};

const real = suite<RealCtx>('verify-ci-image / verify-prod-image for real (dockerd, a registry as ghcr.io, FROM scratch images)', {});
const realTest = dockerAvailable() ? real : (console.log(`verify real suite: ${DOCKER_UNAVAILABLE}`), real.skip);
real.before(async (ctx) => {
  if (!dockerAvailable()) return;
  try {
    ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-verify-'));
    writeFileSync(join(ctx.dir, 'fakebash.c'), FAKE_BASH_C);
    ctx.bash = join(ctx.dir, 'fakebash');
    execFileSync('gcc', ['-static', '-O2', '-o', ctx.bash, join(ctx.dir, 'fakebash.c')], { stdio: 'pipe' });
    writeFileSync(join(ctx.dir, 'providers.txt'), 'amazon\napache.hive\ngoogle\n');
    writeFileSync(join(ctx.dir, 'imports.txt'), 'gevent, eventlet\nairflow.providers.microsoft.azure\n');
    [ctx.dockerd, ctx.ghcr] = await Promise.all([startDockerd(), startRegistry({ mode: 'open' })]);
  } catch (error) {
    ctx.error = error;
  }
});
real.after(async (ctx) => {
  await Promise.allSettled([ctx.ghcr?.stop(), ctx.dockerd?.stop()]);
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
});

realTest('CI: pip check passes in the local image → exit 0; the docker run is echoed, its output shown', async (ctx) => {
  const env = ready(ctx);
  await buildFakeImage(env, 'apache/airflow:master-python3.8-ci', { 'pip check': PIP_OK });
  const run = await runScript(VERIFY_CI, [], realEnv(env));
  assert.is(run.code, 0, show(run));
  assert.equal(lines(run.stdout), ['pip check: ok', 'Verified the CI image apache/airflow:master-python3.8-ci: 1 check(s) passed']);
  const log = lines(run.stderr);
  assert.ok(
    log.includes(`docker run --rm --network none --entrypoint /bin/bash apache/airflow:master-python3.8-ci -c 'pip check'`),
    run.stderr,
  );
  assert.ok(log.includes('  No broken requirements found.'), run.stderr);
  assert.not.ok(
    log.some((l) => l.startsWith('docker pull')),
    'USE_GITHUB_REGISTRY=false pulls nothing',
  );
});

realTest('CI: pip check fails → exit 1, the conflict, how to fix it, one error line; container output is data', async (ctx) => {
  const env = ready(ctx);
  await buildFakeImage(env, 'apache/airflow:master-python3.9-ci', { 'pip check': PIP_CONFLICT });
  const run = await runScript(VERIFY_CI, ['--python', '3.9'], realEnv(env));
  assert.is(run.code, 1, show(run));
  assert.equal(lines(run.stdout), [
    'pip check: FAILED (exit code 1: apache-airflow 2.2.3 has requirement markupsafe<2.1, but you have markupsafe 2.1.1.)',
    PIP_CHECK_HELP,
  ]);
  assert.equal(
    lines(run.stderr).filter((l) => l.startsWith('error:')),
    ['error: 1 of 1 check(s) failed in the CI image apache/airflow:master-python3.9-ci: pip check'],
  );
  assert.ok(
    lines(run.stderr).includes('  apache-airflow 2.2.3 has requirement markupsafe<2.1, but you have markupsafe 2.1.1.'),
    run.stderr,
  );
  assert.not.ok(
    lines(run.stdout + run.stderr).some((l) => l.trimStart().startsWith('::')),
    'container output started a workflow command',
  );
});

const PROD_ANSWERS: Record<string, Answer> = {
  'airflow version': { out: '2.2.3\n' },
  'python --version': { out: 'Python 3.8.12\n' },
  // Only with COLUMNS=180 in the container's environment; apache-hive is not installed.
  'airflow providers list --output table': {
    env: 'COLUMNS=180',
    out: [
      'package_name                            | description          | version',
      '========================================+======================+========',
      'apache-airflow-providers-amazon         | Amazon integration   | 2.4.0',
      'apache-airflow-providers-apache-hive2   | not the one expected | 1.0.0',
      'apache-airflow-providers-google         | Google services      | 6.2.0',
      '',
    ].join('\n'),
  },
  "python -c 'import gevent, eventlet'": { out: '' },
  "python -c 'import airflow.providers.microsoft.azure'": {
    out: "ModuleNotFoundError: No module named 'airflow.providers.microsoft'\n",
    code: 1,
  },
  'pip check': PIP_OK,
};

realTest(
  'PROD: one provider missing and one import failing → every check runs and is reported, exit 1; --json lists each; job summary',
  async (ctx) => {
    const env = ready(ctx);
    await buildFakeImage(env, 'apache/airflow:master-python3.8', PROD_ANSWERS);
    const summary = join(env.dir, 'summary.md');
    writeFileSync(summary, '');
    const run = await runScript(VERIFY_PROD, ['--json'], realEnv(env, { GITHUB_STEP_SUMMARY: summary }));
    assert.is(run.code, 1, show(run));
    const doc = jsonEnvelope(run.stdout);
    assert.is(doc.ok, false);
    assert.is(doc.exitCode, 1);
    assert.equal(doc.error, {
      type: 'VerifyFailedError',
      message:
        '2 of 6 check(s) failed in the PROD image apache/airflow:master-python3.8: providers, import airflow.providers.microsoft.azure',
    });
    assert.equal(doc.result.checks, [
      { name: 'airflow version', command: 'airflow version', status: 'passed', exitCode: 0 },
      { name: 'python version', command: 'python --version', status: 'passed', exitCode: 0 },
      {
        name: 'providers',
        command: 'airflow providers list --output table',
        status: 'failed',
        exitCode: 0,
        reason: 'not installed: apache-airflow-providers-apache-hive',
        missing: ['apache-airflow-providers-apache-hive'],
      },
      { name: 'import gevent, eventlet', command: "python -c 'import gevent, eventlet'", status: 'passed', exitCode: 0 },
      {
        name: 'import airflow.providers.microsoft.azure',
        command: "python -c 'import airflow.providers.microsoft.azure'",
        status: 'failed',
        exitCode: 1,
        reason: "exit code 1: ModuleNotFoundError: No module named 'airflow.providers.microsoft'",
      },
      { name: 'pip check', command: 'pip check', status: 'passed', exitCode: 0 },
    ]);
    assert.equal(doc.result.failed, ['providers', 'import airflow.providers.microsoft.azure']);
    assert.ok(
      run.stderr.includes(
        `docker run --rm --network none -e COLUMNS=180 --entrypoint /bin/bash apache/airflow:master-python3.8 -c 'airflow providers list --output table'`,
      ),
      run.stderr,
    );
    const table = readFileSync(summary, 'utf8');
    assert.ok(table.includes('### Verify failed: `apache/airflow:master-python3.8`'), table);
    assert.ok(
      table.includes(
        '| providers | `airflow providers list --output table` | FAILED | not installed: apache-airflow-providers-apache-hive |',
      ),
      table,
    );
    assert.ok(table.includes('| pip check | `pip check` | ok | – |'), table);

    // The same image, plain lines: one per check.
    const plain = await runScript(VERIFY_PROD, [], realEnv(env));
    assert.is(plain.code, 1, show(plain));
    assert.equal(lines(plain.stdout), [
      'airflow version: ok',
      'python version: ok',
      'providers: FAILED (not installed: apache-airflow-providers-apache-hive)',
      'import gevent, eventlet: ok',
      "import airflow.providers.microsoft.azure: FAILED (exit code 1: ModuleNotFoundError: No module named 'airflow.providers.microsoft')",
      'pip check: ok',
    ]);
  },
);

const GHCR_CI_REPO = 'apache/airflow-master-python3.7-ci-v2';

function pullEnv(env: Ready, tag: string, extra: Record<string, string> = {}) {
  return realEnv(env, {
    USE_GITHUB_REGISTRY: 'true',
    GITHUB_REGISTRY: 'ghcr.io',
    GITHUB_REGISTRY_PULL_IMAGE_TAG: tag,
    REGISTRY_ENDPOINTS: `ghcr.io=${env.ghcr.url}`,
    PYTHON_MAJOR_MINOR_VERSION: '3.7',
    ...extra,
  });
}

realTest('pull: the image at the pull tag comes from the registry (ghcr.io mapped), is tagged locally and verified', async (ctx) => {
  const env = ready(ctx);
  const remote = `${env.ghcr.host}/${GHCR_CI_REPO}:4242`;
  await buildFakeImage(env, remote, { 'pip check': PIP_OK });
  await docker(env, ['push', remote]);
  await docker(env, ['rmi', remote]);
  const run = await runScript(VERIFY_CI, ['--json'], pullEnv(env, '4242'));
  assert.is(run.code, 0, show(run));
  const doc = jsonEnvelope(run.stdout);
  assert.equal(doc.result.pull, { source: `ghcr.io/${GHCR_CI_REPO}:4242`, pulled: true });
  assert.equal(doc.result.failed, []);
  const log = lines(run.stderr);
  assert.ok(log.includes(`docker pull ${remote}`), run.stderr);
  assert.ok(log.includes(`docker tag ${remote} apache/airflow:master-python3.7-ci`), run.stderr);
  assert.ok((await docker(env, ['image', 'inspect', '--format', '{{.Id}}', 'apache/airflow:master-python3.7-ci'])).startsWith('sha256:'));
});

realTest('pull of a missing tag, FAIL_ON_GITHUB_DOCKER_PULL_ERROR=false: one line, the local image is verified (exit 0)', async (ctx) => {
  const env = ready(ctx);
  const run = await runScript(VERIFY_CI, ['--json'], pullEnv(env, '9999'));
  assert.is(run.code, 0, show(run));
  const pull = jsonEnvelope(run.stdout).result.pull;
  assert.is(pull.pulled, false);
  assert.is(pull.source, `ghcr.io/${GHCR_CI_REPO}:9999`);
  assert.match(pull.error, /not found|manifest unknown/i);
  const note = lines(run.stderr).filter((l) => l.startsWith('Could not pull'));
  assert.is(note.length, 1, run.stderr);
  assert.ok(note[0].startsWith(`Could not pull ghcr.io/${GHCR_CI_REPO}:9999: `), note[0]);
  assert.ok(
    note[0].endsWith('verifying the local apache/airflow:master-python3.7-ci (FAIL_ON_GITHUB_DOCKER_PULL_ERROR=true would stop here)'),
    note[0],
  );
  assert.ok(run.stderr.includes(`-c 'pip check'`), 'pip check ran on the local image');
});

realTest('pull of a missing tag, FAIL_ON_GITHUB_DOCKER_PULL_ERROR=true: exit 1 with a docker login hint, no check runs', async (ctx) => {
  const env = ready(ctx);
  const run = await runScript(VERIFY_CI, [], pullEnv(env, '9999', { FAIL_ON_GITHUB_DOCKER_PULL_ERROR: 'true' }));
  assert.is(run.code, 1, show(run));
  const errors = lines(run.stderr).filter((l) => l.startsWith('error:'));
  assert.is(errors.length, 1, run.stderr);
  assert.ok(
    errors[0].startsWith(`error: docker pull ${env.ghcr.host}/${GHCR_CI_REPO}:9999 failed (FAIL_ON_GITHUB_DOCKER_PULL_ERROR=true): `),
    errors[0],
  );
  assert.ok(errors[0].endsWith(`set CONTAINER_REGISTRY_TOKEN or run docker login ${env.ghcr.host}`), errors[0]);
  assert.not.ok(run.stderr.includes('docker run'), 'a check ran');
  assert.is(run.stdout, '');
});

realTest('pull failed and no local image: exit 1 saying so, no check runs', async (ctx) => {
  const env = ready(ctx);
  const run = await runScript(VERIFY_CI, [], pullEnv(env, '9999', { PYTHON_MAJOR_MINOR_VERSION: '3.6' }));
  assert.is(run.code, 1, show(run));
  assert.equal(
    lines(run.stderr).filter((l) => l.startsWith('error:')),
    [
      'error: apache/airflow:master-python3.6-ci is not in the local docker (the pull of ghcr.io/apache/airflow-master-python3.6-ci-v2:9999 failed): ' +
        'nothing to verify; prepare it first (prepare-ci-image)',
    ],
  );
  assert.not.ok(run.stderr.includes('docker run'), 'a check ran');
});

real.run();
