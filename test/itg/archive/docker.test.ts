/**
 * The daemon side, with a private dockerd and Debian's docker 20.10 CLI chosen explicitly (DOCKER):
 * two images sharing a layer (docker save links the second copy) → save-image --from-docker → a
 * pruned daemon gets them back both with `docker load` of the file and with load-image (no --to),
 * same image ids and tags; and the same file pushed to a real registry keeps the file's digests.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DOCKER_UNAVAILABLE, dockerAvailable, startDockerd, type Dockerd } from '../../../testing/dockerd.ts';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { jsonResult, runScript } from '../../helpers/run-script.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';
import { tarOf } from '../../helpers/archives.ts';

const execFileP = promisify(execFile);
const DOCKER = '/usr/bin/docker';
const IMAGES = ['ci-images-test/one:1', 'ci-images-test/two:1'];

interface Ctx {
  dockerd: Dockerd;
  registry: RegistryServer;
  dir: string;
  ids: string[];
}

const test = suite<Ctx>('save-image --from-docker and load-image into a pruned daemon (dockerd, docker 20.10 CLI)');

async function docker(ctx: Ctx, args: string[]): Promise<string> {
  const { stdout } = await execFileP(DOCKER, ['-H', ctx.dockerd.dockerHost, ...args], { timeout: 60_000, maxBuffer: 16 << 20 });
  return stdout.trim();
}
const imageIds = (ctx: Ctx) => Promise.all(IMAGES.map((image) => docker(ctx, ['image', 'inspect', '--format', '{{.Id}}', image])));
const prune = (ctx: Ctx) => docker(ctx, ['rmi', ...IMAGES]);

const rootfs = () => tarOf([{ name: 'hello.txt', data: Buffer.from('hello from a saved image\n') }]);

if (!dockerAvailable()) {
  console.log(DOCKER_UNAVAILABLE);
} else {
  test.before(async (ctx) => {
    [ctx.dockerd, ctx.registry] = await Promise.all([startDockerd(), startRegistry({ mode: 'open' })]);
    ctx.dir = mkdtempSync(join(tmpdir(), 'ci-images-archive-docker-'));
    const tarball = join(ctx.dir, 'rootfs.tar');
    writeFileSync(tarball, await rootfs());
    // Same layer, two configs: docker save stores the layer once and links the second copy.
    await docker(ctx, ['import', '-m', 'first', tarball, IMAGES[0]]);
    await docker(ctx, ['import', '-m', 'second', '--change', 'ENV SECOND=1', tarball, IMAGES[1]]);
    ctx.ids = await imageIds(ctx);
  });
  test.after(async (ctx) => {
    await Promise.allSettled([ctx.registry?.stop(), ctx.dockerd?.stop()]);
    if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
  });

  test('daemon → file → docker load and load-image on a pruned daemon; the file → a registry keeps its digests', async (ctx) => {
    const env = { DOCKER, DOCKER_HOST: ctx.dockerd.dockerHost };
    const file = join(ctx.dir, 'images.tar');
    const saved = await runScript('scripts/ci/images/save-image.ts', ['--from-docker', ...IMAGES, '--output', file, '--json'], env, {
      timeoutMs: 120_000,
    });
    assert.is(saved.code, 0, saved.stderr);
    const result = jsonResult(saved.stdout);
    assert.equal(
      result.images.map((i: { name: string }) => i.name),
      IMAGES.map((i) => `${i}`),
    );

    await prune(ctx);
    await docker(ctx, ['load', '-i', file]);
    assert.equal(await imageIds(ctx), ctx.ids);

    await prune(ctx);
    const loaded = await runScript('scripts/ci/images/load-image.ts', [file], env, { timeoutMs: 120_000 });
    assert.is(loaded.code, 0, loaded.stderr);
    assert.match(loaded.stdout, /docker: Loaded image: ci-images-test\/one:1/);
    assert.equal(await imageIds(ctx), ctx.ids);

    const host = ctx.registry.host;
    const targets = ['from-docker/one:1', 'from-docker/two:1'];
    const pushed = await runScript('scripts/ci/images/load-image.ts', [file, ...targets.flatMap((t) => ['--to', `${host}/${t}`])], env);
    assert.is(pushed.code, 0, pushed.stderr);
    const client = new RegistryClient();
    for (const [i, target] of targets.entries()) {
      const [repository, tag] = target.split(':');
      assert.is(await client.manifestDigest({ registry: host, repository, tag }), result.images[i].digest);
    }
  });
}

test.run();
