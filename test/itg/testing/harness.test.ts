import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startRegistry, type AuthMode } from '../../../testing/registry.ts';
import { makeTestImage, pushWithSkopeo, skopeo, sha256 } from '../../helpers/images.ts';

for (const mode of ['open', 'basic', 'token'] as AuthMode[]) {
  test(`real registry in ${mode} mode: ping, push with skopeo, image visible`, async () => {
    const registry = await startRegistry({ mode });
    try {
      const ping = await fetch(`${registry.url}/v2/`);
      assert.is(ping.status, mode === 'open' ? 200 : 401);
      if (mode !== 'open') {
        const challenge = ping.headers.get('www-authenticate') ?? '';
        assert.match(challenge, mode === 'basic' ? /^Basic / : /^Bearer realm="http:\/\/127\.0\.0\.1:\d+\/token"/);
      }
      const image = makeTestImage({ layers: 2 });
      await pushWithSkopeo(registry, image, 'apache/airflow-master-python3.8-ci-v2', 'latest');
      const raw = await skopeo(registry, [
        'inspect',
        '--tls-verify=false',
        '--raw',
        `docker://${registry.host}/apache/airflow-master-python3.8-ci-v2:latest`,
      ]);
      assert.is(sha256(Buffer.from(raw)), image.manifestDigest);
      if (mode === 'token') assert.ok(registry.tokenServer!.requests.some((r) => r.status === 200 && r.user === registry.username));
    } finally {
      await registry.stop();
    }
  });
}

test.run();
