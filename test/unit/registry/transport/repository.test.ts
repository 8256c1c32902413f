import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buffered } from './fakes.ts';
import { RepositoryHandle, Transport, type Request, type RepositoryTransport } from '../../../../lib/registry/transport/index.ts';

const test = suite("lib/registry/transport: a handle bound to one repository, and the stack's base URLs");

function handle(name = 'apache/airflow') {
  const seen: Request[] = [];
  const transport = new Transport({ endpoints: new Map([['ghcr.io', 'http://127.0.0.1:5001']]) });
  const fake: RepositoryTransport = {
    auth: transport.auth,
    options: transport.options,
    timeoutMs: transport.timeoutMs,
    baseUrl: (registry) => transport.baseUrl(registry),
    send: async (req) => {
      seen.push(req);
      return { response: buffered({ status: 200 }), url: req.url, abort: () => undefined };
    },
  };
  return { repo: new RepositoryHandle(fake, 'ghcr.io', name), seen };
}

test('registry, scopes and URL are resolved once; a request says only its path, its actions and what it does', async () => {
  const { repo, seen } = handle();
  assert.is(repo.baseUrl, 'http://127.0.0.1:5001');
  assert.is(repo.v2, 'http://127.0.0.1:5001/v2/apache/airflow/');
  await repo.send({ method: 'HEAD', path: 'manifests/latest', actions: 'pull', what: 'HEAD manifest' });
  const moreScopes = [repo.scope('pull', 'apache/other')];
  await repo.send({ method: 'POST', path: 'blobs/uploads/', actions: 'pull,push', moreScopes, what: 'mount' });
  await repo.send({ method: 'PUT', url: 'https://storage.test/upload?x=1', actions: 'pull,push', what: 'upload' });
  assert.equal(
    seen.map((r) => [r.method, r.url, r.registry, r.scopes]),
    [
      ['HEAD', 'http://127.0.0.1:5001/v2/apache/airflow/manifests/latest', 'ghcr.io', ['repository:apache/airflow:pull']],
      ['POST', 'http://127.0.0.1:5001/v2/apache/airflow/blobs/uploads/', 'ghcr.io', ['repository:apache/airflow:pull,push', ...moreScopes]],
      ['PUT', 'https://storage.test/upload?x=1', 'ghcr.io', ['repository:apache/airflow:pull,push']],
    ],
  );
  assert.ok(repo.isRegistryOrigin('http://127.0.0.1:5001/v2/apache/airflow/tags/list?n=2'));
  assert.not.ok(repo.isRegistryOrigin('https://127.0.0.1:5001/v2/'));
});

test('base URLs: an endpoint given for the host, else https, plain http only for loopback hosts', () => {
  const transport = new Transport({ endpoints: new Map([['ghcr.io', 'http://127.0.0.1:5001']]) });
  assert.is(transport.baseUrl('GHCR.io'), 'http://127.0.0.1:5001');
  assert.is(transport.baseUrl('docker.io'), 'https://docker.io');
  assert.is(transport.baseUrl('localhost:5000'), 'http://localhost:5000');
  assert.is(transport.repository({ registry: 'quay.io', repository: 'a/b' }).v2, 'https://quay.io/v2/a/b/');
  assert.is(transport.requestCount, 0);
  assert.is(transport.timeoutMs, 30_000);
});

test.run();
