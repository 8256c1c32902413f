/**
 * The run-time HTTP stack is node:http alone: a copy between two real registries (token auth on
 * the source) and an existence check, in a child process, never load Node's fetch (undici), whose
 * first use costs ~50–60 ms and ~15 MiB of RSS per process.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startRegistry, type RegistryServer } from '../../../testing/registry.ts';
import { makeTestImage, skopeoDigest } from '../../helpers/images.ts';
import { pushTestImage } from '../../helpers/client-images.ts';
import { RegistryClient } from '../../../lib/registry/client.ts';
import { parseReference } from '../../../lib/oci/reference.ts';

const execFileP = promisify(execFile);
const CHILD = join(import.meta.dirname, '../../helpers/transport-child.ts');

const transport = suite<{ source: RegistryServer; target: RegistryServer }>('run-time transport: node:http only');
transport.before(async (ctx) => {
  [ctx.source, ctx.target] = await Promise.all([startRegistry({ mode: 'token' }), startRegistry()]);
});
transport.after(async (ctx) => {
  await Promise.all([ctx.source?.stop(), ctx.target?.stop()]);
});

transport("a copy and an existence check never load undici (Node's fetch)", async ({ source, target }) => {
  const image = makeTestImage({ layers: 3 });
  const from = parseReference(`${source.host}/apache/no-undici:1`);
  const pusher = new RegistryClient({ credentials: () => ({ username: source.username, password: source.password }) });
  await pushTestImage(pusher, image, from);
  const run = async (to: string, env: Record<string, string> = {}) => {
    const { stdout } = await execFileP(
      process.execPath,
      ['--import', 'tsx', CHILD, `${source.host}/apache/no-undici:1`, `${target.host}/${to}`],
      {
        env: { ...process.env, CHILD_USER: source.username, CHILD_PASSWORD: source.password, ...env },
      },
    );
    return JSON.parse(stdout) as { copied: { digest: string; blobs: { streamed: number } }; exists: boolean; undici: string[] };
  };
  const report = await run('apache/copied:1');
  assert.is(report.copied.digest, image.manifestDigest);
  assert.is(report.copied.blobs.streamed, 4, 'config and three layers streamed');
  assert.is(report.exists, true);
  assert.is(await skopeoDigest(target, 'apache/copied:1'), image.manifestDigest, 'skopeo reads the copy back');
  assert.equal(report.undici, [], 'undici was loaded');
  const control = await run('apache/control:1', { CHILD_TOUCH_FETCH: '1' });
  assert.ok(control.undici.length > 0, 'the probe sees undici once Response is touched');
});

transport.run();
