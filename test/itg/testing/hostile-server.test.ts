import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startHostileServer, type HostileServer } from '../../../testing/hostile-server.ts';

const hostile = suite<{ server: HostileServer }>('testing/hostile-server.ts: scripted answers, recorded requests, clean stop');
hostile.before(async (ctx) => {
  ctx.server = await startHostileServer();
});
hostile.after(async (ctx) => ctx.server?.stop());
hostile.before.each((ctx) => ctx.server.reset());

hostile('records method, path, headers and body; unscripted requests get 404', async ({ server }) => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.is((await fetch(`${server.url}/nothing`)).status, 404);
  server.script((request, n) => ({ status: 201, headers: { 'x-n': String(n) }, body: `got ${request.body.length}` }));
  const response = await fetch(`${server.url}/v2/x?y=1`, { method: 'PUT', headers: { authorization: 'Basic abc' }, body: 'hello' });
  assert.is(response.status, 201);
  assert.is(response.headers.get('x-n'), '2');
  assert.is(await response.text(), 'got 5');
  const last = server.requests.at(-1)!;
  assert.is(last.method, 'PUT');
  assert.is(last.path, '/v2/x?y=1');
  assert.is(last.headers.authorization, 'Basic abc');
  assert.is(last.body.toString(), 'hello');
});

hostile('stream sends the bytes asked for; trickle and hold keep going until the client leaves', async ({ server }) => {
  server.script(() => ({ stream: { total: 100_000, chunk: 4096 } }));
  assert.is((await (await fetch(server.url)).arrayBuffer()).byteLength, 100_000);
  server.script(() => ({ trickle: { bytes: 2, everyMs: 20 } }));
  const controller = new AbortController();
  const reader = (await fetch(server.url, { signal: controller.signal })).body!.getReader();
  let got = 0;
  while (got < 10) got += (await reader.read()).value?.length ?? 0;
  controller.abort();
  server.script(() => ({ status: 200, headers: { 'content-length': '10' }, hold: true }));
  const held = await fetch(server.url, { signal: AbortSignal.timeout(300) });
  assert.is(held.status, 200);
  assert.instance(await held.arrayBuffer().catch((e) => e), Error, 'the body never comes');
});

hostile('stop() ends trickles and closes sockets', async () => {
  const server = await startHostileServer();
  server.script(() => ({ trickle: { bytes: 1, everyMs: 10 } }));
  const response = await fetch(server.url);
  const t0 = Date.now();
  await server.stop();
  assert.instance(await response.arrayBuffer().catch((e) => e), Error);
  assert.ok(Date.now() - t0 < 1000);
});

hostile.run();
