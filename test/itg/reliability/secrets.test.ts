/**
 * Secrets: with recognisable fake tokens, no token (nor base64 of it, nor of user:token) appears in
 * any stdout/stderr, in the argv of any docker/skopeo call (PATH shims record them all), or in an
 * error message; in GitHub Actions mode every token form is announced with `::add-mask::` before
 * anything else is printed, by every script.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { runScript } from '../../helpers/run-script.ts';
import {
  AUDIT_USER,
  FAKE_GHCR_TOKEN,
  FAKE_PACKAGES_TOKEN,
  FAKE_TOKENS,
  auditEnvironment,
  createAudit,
  createCommandRecorder,
  leakFigure,
  secretForms,
} from '../../helpers/secrets-audit.ts';
import { DockerRunner, DockerCommandError } from '../../../lib/docker/runner.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';
import { parseReference } from '../../../lib/oci/reference.ts';
import { exitCodeFor } from '../../../lib/support/errors.ts';
import { isRefused } from '../../../lib/registry/errors.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCRIPTS_DIR = join(ROOT, 'scripts/ci/images');

// ---- child mode: docker logins whose docker exits without reading the password ----------------------

if (process.env.RELIABILITY_EPIPE_CHILD) {
  const runner = new DockerRunner({ dryRun: false, log: () => undefined });
  let clean = 0;
  const total = Number(process.env.RELIABILITY_EPIPE_CHILD);
  for (let i = 0; i < total; i++) {
    const error = await runner.login('ghcr.io', { username: AUDIT_USER, password: FAKE_GHCR_TOKEN }).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (error instanceof DockerCommandError) clean++;
  }
  process.stdout.write(`done ${clean}/${total}\n`);
  process.exit(0);
}

// ---- the suite -----------------------------------------------------------------------------------------

interface Ctx {
  dir: string;
  stub: Server;
  stubUrl: string;
  baseEnv: Record<string, string>;
}

const audit = createAudit('secrets');
const figures = { actionsRuns: 0, masksChecked: 0, argvRecorded: 0, loginsViaStdin: 0, errorsChecked: 0, pastedSecrets: 0 };
let started = Date.now();
const MASK_FORMS = FAKE_TOKENS.flatMap((t) => [t, Buffer.from(t).toString('base64'), Buffer.from(`${AUDIT_USER}:${t}`).toString('base64')]);
const scripts = readdirSync(SCRIPTS_DIR)
  .filter((f) => f.endsWith('.ts'))
  .sort();

/** Runs a script with stdout and stderr into one file, so the order of everything printed is kept. */
async function runCombined(
  script: string,
  args: string[],
  env: Record<string, string>,
  file: string,
): Promise<{ code: number | null; output: string }> {
  const fd = openSync(file, 'w');
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', join(SCRIPTS_DIR, script), ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', fd, fd],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const code = await new Promise<number | null>((ok) => child.on('close', ok));
    clearTimeout(timer);
    return { code, output: readFileSync(file, 'utf8') };
  } finally {
    closeSync(fd);
  }
}

const secrets = suite<Ctx>('reliability: no secret leaks; Actions masks first');

secrets.before(async (ctx) => {
  started = Date.now();
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-secrets-'));
  ctx.stub = createServer((req, res) => {
    req.resume();
    audit.check('stub request url', req.url ?? '');
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"code":"NAME_UNKNOWN","message":"stub"}]}');
  });
  await new Promise<void>((ok) => ctx.stub.listen(0, '127.0.0.1', ok));
  const address = ctx.stub.address();
  ctx.stubUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  ctx.baseEnv = auditEnvironment(ctx.dir, ctx.stubUrl, '0.5');
});

secrets.after((ctx) => {
  ctx.stub?.closeAllConnections();
  ctx.stub?.close();
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
});

secrets('Actions mode: every script announces every token form with ::add-mask:: before printing anything else', async (ctx) => {
  const mark = audit.leaks.length;
  const recorder = createCommandRecorder({ captureStdin: true, exitCode: 0, stderr: 'recorded' });
  const failures: string[] = [];
  try {
    for (const script of scripts) {
      for (const args of [[], ['--json']]) {
        const output = join(ctx.dir, `gh-output-${script}-${args.length}`);
        const summary = join(ctx.dir, `gh-summary-${script}-${args.length}`);
        writeFileSync(output, '');
        writeFileSync(summary, '');
        const env = { ...ctx.baseEnv, PATH: recorder.path(), GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary };
        const run = await runCombined(script, args, env, join(ctx.dir, `combined-${script}-${args.length}`));
        figures.actionsRuns++;
        const lines = run.output.split('\n').filter((l) => l !== '');
        const first = lines.slice(0, MASK_FORMS.length);
        const announced = new Set(first.filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length)));
        const missing = MASK_FORMS.filter((form) => !announced.has(form));
        const label = `${script} ${args.join(' ')}`.trim();
        // Each script calls enableMasking right after loadConfig(), before its first line of output.
        if (missing.length)
          failures.push(
            `${label}: first ${MASK_FORMS.length} lines are not the masks (missing ${missing.length}); first line: ${JSON.stringify(lines[0]?.slice(0, 100))}`,
          );
        figures.masksChecked += MASK_FORMS.length - missing.length;
        audit.check(`${label} (after the masks)`, lines.filter((l) => !l.startsWith('::add-mask::')).join('\n'));
        audit.check(`${label} GITHUB_OUTPUT`, readFileSync(output, 'utf8'));
        audit.check(`${label} step summary`, readFileSync(summary, 'utf8'));
      }
    }
    const calls = recorder.calls();
    for (const call of calls) {
      figures.argvRecorded++;
      audit.check(`${call.command} argv`, call.argv.join('\0'));
      if (call.argv[0] === 'login') {
        // The password goes on stdin, and it is the right one for the host logged in to.
        assert.ok(call.argv.includes('--password-stdin'), call.argv.join(' '));
        assert.ok(FAKE_TOKENS.includes(call.stdin as never), `login read ${JSON.stringify(call.stdin?.length)} chars on stdin`);
        figures.loginsViaStdin++;
      }
    }
    assert.ok(
      calls.some((c) => c.argv[0] === 'login'),
      'the scripts that use docker logged in (through the recorder)',
    );
  } finally {
    recorder.cleanup();
  }
  assert.ok(failures.length === 0, failures.join('\n'));
  audit.assertClean(mark);
});

secrets('a token pasted into another variable or a flag is never echoed back', async (ctx) => {
  const mark = audit.leaks.length;
  const recorder = createCommandRecorder();
  const cases: [string, string[], Record<string, string>][] = [
    // Tokens are registered first thing in runMain (and in buildConfig), before any validation.
    ['wait-for-all-ci-images.ts', [], { GITHUB_REPOSITORY: `apache/${FAKE_GHCR_TOKEN} x` }],
    ['wait-for-all-ci-images.ts', [], { GITHUB_REGISTRY_PULL_IMAGE_TAG: `${FAKE_PACKAGES_TOKEN}!` }],
    ['wait-for-all-ci-images.ts', ['--timeout', FAKE_GHCR_TOKEN], {}],
    ['wait-for-all-ci-images.ts', [], { REGISTRY_ENDPOINTS: `ghcr.io=http://${AUDIT_USER}:${FAKE_GHCR_TOKEN}@127.0.0.1:9` }],
    ['wait-for-all-prod-images.ts', [], { BRANCH_NAME: FAKE_PACKAGES_TOKEN }],
    // Flags parsed before loadConfig(): covered by runMain's registration.
    ['prune-images.ts', ['--keep', FAKE_GHCR_TOKEN], {}],
  ];
  // push-images validates --promote before loadConfig(): same as --keep.
  if (scripts.includes('push-images.ts')) cases.push(['push-images.ts', ['--promote', `${FAKE_GHCR_TOKEN}!`], {}]);
  if (scripts.includes('prepare-ci-image.ts')) cases.push(['prepare-ci-image.ts', ['--python', FAKE_PACKAGES_TOKEN], {}]);
  const failures: string[] = [];
  try {
    for (const [script, args, vars] of cases) {
      const run = await runScript(`scripts/ci/images/${script}`, args, { ...ctx.baseEnv, ...vars, PATH: recorder.path() });
      figures.pastedSecrets++;
      const before = audit.leaks.length;
      audit.check(`${script} ${JSON.stringify(args)} ${Object.keys(vars).join(',')} stdout`, run.stdout);
      audit.check(`${script} ${JSON.stringify(args)} ${Object.keys(vars).join(',')} stderr`, run.stderr);
      if (run.code !== 2) failures.push(`${script} ${JSON.stringify(args)}: exit ${run.code}`);
      if (audit.leaks.length > before)
        failures.push(`${script} ${Object.keys(vars).join(',') || args[0]}: echoed the token: ${run.stderr.trim().slice(0, 160)}`);
    }
    assert.equal(recorder.calls(), []);
  } finally {
    recorder.cleanup();
  }
  assert.ok(failures.length === 0, failures.join('\n'));
  audit.assertClean(mark);
});

secrets('docker login: the password goes on stdin, never argv; docker errors and dry-run lines are redacted', async () => {
  const mark = audit.leaks.length;
  const echoing = createCommandRecorder({
    captureStdin: true,
    stderr: `Error response from daemon: login attempt for ${FAKE_GHCR_TOKEN} (${Buffer.from(`${AUDIT_USER}:${FAKE_GHCR_TOKEN}`).toString('base64')}) failed: unauthorized`,
  });
  const logged: string[] = [];
  try {
    const runner = new DockerRunner({ dryRun: false, log: (line) => logged.push(line), env: { ...process.env, PATH: echoing.path() } });
    const error = await runner.login('ghcr.io', { username: AUDIT_USER, password: FAKE_GHCR_TOKEN }).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.instance(error, DockerCommandError);
    audit.checkError('docker login error', error);
    figures.errorsChecked++;
    const [call] = echoing.calls();
    assert.equal(call.argv, ['login', '--username', AUDIT_USER, '--password-stdin', 'ghcr.io']);
    assert.is(call.stdin, FAKE_GHCR_TOKEN, 'the password went on stdin');
    figures.argvRecorded++;
    figures.loginsViaStdin++;
    const dry = new DockerRunner({ dryRun: true, log: (line) => logged.push(line) });
    await dry.login('docker.pkg.github.com', { username: AUDIT_USER, password: FAKE_PACKAGES_TOKEN });
    assert.ok(
      logged.some((l) => l.startsWith('[dry-run] docker login')),
      logged.join('\n'),
    );
    for (const line of logged) audit.check('docker log line', line);
  } finally {
    echoing.cleanup();
  }
  audit.assertClean(mark);
});

secrets('docker login whose docker exits without reading the password: a clean error, not a crash', async () => {
  const mark = audit.leaks.length;
  // When docker exits before reading stdin, writing the password fails with EPIPE: lib/docker/runner.ts
  // ignores that write error so the exit status becomes a DockerCommandError, not a crash.
  // A docker that fails at once (no recording: the recorder's own work gives the write time to land).
  const dir = mkdtempSync(join(tmpdir(), 'ci-images-quick-docker-'));
  writeFileSync(join(dir, 'docker'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/itg/reliability/secrets.test.ts')], {
      cwd: ROOT,
      env: { PATH: `${dir}:${process.env.PATH}`, HOME: tmpdir(), RELIABILITY_EPIPE_CHILD: '100' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const code = await new Promise<number | null>((ok) => child.on('close', ok));
    audit.check('EPIPE child output', output);
    assert.ok(code === 0 && output.includes('done 100/100'), `exit ${code}: ${output.trim().split('\n').slice(0, 6).join(' | ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  audit.assertClean(mark);
});

secrets('refused credentials (basic and token registries): error messages and stacks carry no token', async () => {
  const mark = audit.leaks.length;
  const registries: RegistryServer[] = [];
  try {
    registries.push(await startRegistry({ mode: 'basic', username: AUDIT_USER, password: 'not-the-audit-token' }));
    registries.push(await startRegistry({ mode: 'token', username: AUDIT_USER, password: 'not-the-audit-token' }));
    for (const registry of registries) {
      for (const token of FAKE_TOKENS) {
        const client = new RegistryClient({
          endpoints: new Map([['ghcr.io', registry.url]]),
          credentials: () => ({ username: AUDIT_USER, password: token }),
          retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 20 },
          onRetry: (message) => audit.check('onRetry', message),
        });
        const error = await client.manifestDigest(parseReference('ghcr.io/apache/airflow-master-python3.8-ci-v2:latest')).then(
          () => undefined,
          (e: unknown) => e,
        );
        assert.ok(isRefused(error) && exitCodeFor(error) === 3, `${registry.mode}: ${String(error)}`);
        audit.checkError(`${registry.mode} refused`, error);
        audit.check(`${registry.mode} String(error)`, String(error));
        audit.check(`${registry.mode} JSON`, JSON.stringify(error, Object.getOwnPropertyNames(error)));
        figures.errorsChecked++;
      }
    }
  } finally {
    for (const registry of registries) await registry.stop();
  }
  audit.assertClean(mark);
});

secrets('figures', () => {
  console.log(
    `[reliability:secrets] fake tokens=${FAKE_TOKENS.length} (${FAKE_TOKENS.flatMap((t) => secretForms(t)).length} forms searched); ` +
      `Actions-mode runs=${figures.actionsRuns} over ${scripts.length} scripts, mask lines verified first=${figures.masksChecked}; ` +
      `docker/skopeo argv recorded=${figures.argvRecorded}, logins with the password on stdin=${figures.loginsViaStdin}; ` +
      `error messages checked=${figures.errorsChecked}; pasted-secret runs=${figures.pastedSecrets}; ${leakFigure([audit])}; ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );
  assert.is(audit.leaks.length, 0);
});

secrets.run();
