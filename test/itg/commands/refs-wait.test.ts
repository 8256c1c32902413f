/**
 * `wait REF…` on plain references against real registries on loopback: found at once and found
 * once pushed during the wait (two registries at once), the digests cross-checked with skopeo;
 * a timeout exit 1 naming what is missing (log, envelope, job summary, annotation); refused
 * credentials exit 3 before the deadline; --platform; --dry-run without network.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { makeTestImage, pushSampleImage } from '../../../testing/sample-image.ts';
import { skopeoDigest } from '../../helpers/images.ts';
import { jsonEnvelope, jsonResult, runScript } from '../../helpers/run-script.ts';
import { RegistryClient, MEDIA_TYPES } from '../../../lib/registry/client.ts';
import { parseOutputFile } from '../../../lib/github/actions.ts';

const SCRIPT = 'scripts/ci/images/wait-for-images.ts';
interface Ctx {
  a: RegistryServer;
  b: RegistryServer;
  locked: RegistryServer;
  client: RegistryClient;
  dir: string;
}

const wait = suite<Ctx>('wait REF… (real registries, skopeo)');
wait.before(async (ctx) => {
  [ctx.a, ctx.b, ctx.locked] = await Promise.all([startRegistry(), startRegistry(), startRegistry({ mode: 'basic' })]);
  ctx.client = new RegistryClient();
  ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-refs-wait-'));
});
wait.after(async (ctx) => {
  await Promise.all([ctx.a?.stop(), ctx.b?.stop(), ctx.locked?.stop()]);
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
});

const push = (ctx: Ctx, host: string, repository: string, tag: string) =>
  pushSampleImage(ctx.client, makeTestImage({ layers: 1 }), { registry: host, repository, tag });

/** The files a runner gives a step. */
function actionsEnv(ctx: Ctx, name: string) {
  const output = join(ctx.dir, `${name}-output`);
  const summary = join(ctx.dir, `${name}-summary`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  return { output, summary, env: { GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary } };
}

wait('images in two registries, one pushed during the wait: exit 0, digests as skopeo reads them, digests output', async (ctx) => {
  const { a, b } = ctx;
  const api = await push(ctx, a.host, 'acme/widgets/api', 'sha1');
  const api2 = `${a.host}/acme/widgets/api:sha1`;
  const worker = `${b.host}/acme/widgets/worker:sha1`;
  const step = actionsEnv(ctx, 'found');
  let pushed: Promise<string> | undefined;
  const run = await runScript(SCRIPT, ['--json', '--timeout', '30', '--poll-interval', '0.3', api2, worker], step.env, {
    // Once the wait has polled the missing worker, the build job pushes it.
    onStderr: (text) => {
      if (!pushed && text.includes(`waiting   ${worker}`)) pushed = push(ctx, b.host, 'acme/widgets/worker', 'sha1');
    },
  });
  assert.is(run.code, 0, run.stderr);
  const workerDigest = await pushed!;
  const result = jsonResult(run.stdout);
  assert.equal(
    result.images.map((i: { reference: string; digest: string }) => [i.reference, i.digest]),
    [
      [api2, api],
      [worker, workerDigest],
    ],
  );
  assert.is(await skopeoDigest(a, 'acme/widgets/api:sha1'), api);
  assert.is(await skopeoDigest(b, 'acme/widgets/worker:sha1'), workerDigest);
  assert.equal(JSON.parse(parseOutputFile(readFileSync(step.output, 'utf8')).get('digests')!), { [api2]: api, [worker]: workerDigest });
  assert.match(readFileSync(step.summary, 'utf8'), /### Images found/);
});

wait('the action (from source): command wait with the images input, one reference a line; digests output', async (ctx) => {
  const { a } = ctx;
  const api = await push(ctx, a.host, 'acme/widgets/api', 'act');
  const worker = await push(ctx, a.host, 'acme/widgets/worker', 'act');
  const step = actionsEnv(ctx, 'action');
  const images = `${a.host}/acme/widgets/api:act\n\n${a.host}/acme/widgets/worker:act\n`;
  const run = await runScript('lib/action/action.ts', [], {
    ...step.env,
    INPUT_COMMAND: 'wait',
    INPUT_IMAGES: images,
    INPUT_TIMEOUT: '20',
  });
  assert.is(run.code, 0, run.stderr);
  assert.equal(JSON.parse(parseOutputFile(readFileSync(step.output, 'utf8')).get('digests')!), {
    [`${a.host}/acme/widgets/api:act`]: api,
    [`${a.host}/acme/widgets/worker:act`]: worker,
  });
  const bad = await runScript('lib/action/action.ts', [], { ...step.env, INPUT_COMMAND: 'push', INPUT_IMAGES: images });
  assert.is(bad.code, 2);
  assert.match(bad.stderr, /input images does not apply to command push/);
});

wait('a timeout names what is missing: exit 1, the log, the envelope, the summary and an annotation', async (ctx) => {
  const { a } = ctx;
  await push(ctx, a.host, 'acme/widgets/api', 'sha2');
  const missing = `${a.host}/acme/widgets/worker:sha2`;
  const step = actionsEnv(ctx, 'timeout');
  const run = await runScript(
    SCRIPT,
    ['--json', '--timeout', '2', '--poll-interval', '0.3', '--heartbeat', '1', `${a.host}/acme/widgets/api:sha2`, missing],
    step.env,
  );
  assert.is(run.code, 1, run.stderr);
  const doc = jsonEnvelope(run.stdout);
  assert.equal([doc.command, doc.ok, doc.error?.type], ['wait-for-images', false, 'WaitTimeoutError']);
  assert.match(doc.error!.message, new RegExp(`1 missing in ${a.host}: ${missing}`));
  assert.equal(doc.result.missing, { [a.host]: [missing] });
  assert.match(run.stderr, new RegExp(`^missing in ${a.host}: ${missing}$`, 'm'));
  assert.match(run.stderr, new RegExp(`still waiting: ${a.host} 1/2 found`));
  assert.match(run.stderr, /^::error title=wait-for-images failed::timed out after 2s/m);
  assert.match(readFileSync(step.summary, 'utf8'), new RegExp(`### Wait timed out[\\s\\S]*\\| ${missing} \\| ${a.host} \\| missing \\|`));
});

wait('refused credentials end the wait before its deadline: exit 3, even with another registry found', async (ctx) => {
  const { a, locked } = ctx;
  await push(ctx, a.host, 'acme/ok', '1');
  const run = await runScript(
    SCRIPT,
    ['--json', '--timeout', '60', '--poll-interval', '0.3', `${a.host}/acme/ok:1`, `${locked.host}/acme/widgets/api:1`],
    {},
  );
  assert.is(run.code, 3, run.stderr);
  assert.ok(run.durationMs < 30_000, `stopped early (${run.durationMs} ms)`);
  assert.match(jsonEnvelope(run.stdout).error!.message, new RegExp(`refused access.*${locked.host}`));
});

wait('--platform: an index without it is not there yet; --dry-run needs no network; bad input exit 2', async (ctx) => {
  const { a, client } = ctx;
  const child = await push(ctx, a.host, 'acme/multi', 'amd64');
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [
        {
          mediaType: MEDIA_TYPES.ociManifest,
          digest: child,
          size: (await client.getManifest({ registry: a.host, repository: 'acme/multi', digest: child })).body.length,
          platform: { os: 'linux', architecture: 'amd64' },
        },
      ],
    }),
  );
  await client.putManifest({ registry: a.host, repository: 'acme/multi', tag: 'v1' }, index, MEDIA_TYPES.ociIndex);
  const ref = `${a.host}/acme/multi:v1`;
  const arm = await runScript(SCRIPT, ['--platform', 'linux/arm64', '--timeout', '1.5', '--poll-interval', '0.3', ref], {});
  assert.is(arm.code, 1, arm.stderr);
  assert.match(arm.stderr, /has no linux\/arm64 image yet/);
  const amd = await runScript(SCRIPT, ['--json', '--platform', 'linux/amd64', '--timeout', '10', ref], {});
  assert.is(amd.code, 0, amd.stderr);

  const dry = await runScript(SCRIPT, ['--dry-run', 'alpine', '127.0.0.1:1/nothing:x'], {});
  assert.is(dry.code, 0, dry.stderr);
  assert.match(dry.stdout, /^ {2}docker\.io\/library\/alpine:latest$/m);
  assert.match(dry.stdout, /^ {2}127\.0\.0\.1:1\/nothing:x$/m);
  for (const args of [[], ['Not/A/Ref'], ['--platform', 'arm64', 'alpine'], ['--timeout', 'soon', 'alpine']]) {
    const bad = await runScript(SCRIPT, ['--json', ...args], {});
    assert.is(bad.code, 2, args.join(' '));
    assert.is(jsonEnvelope(bad.stdout).exitCode, 2);
  }
});

wait.run();
