import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DOCKER_HUB,
  dockerConfigKey,
  familiarReference,
  formatReference,
  hostOfConfigKey,
  isLoopbackHost,
  parseImageReference,
  parseReference,
  parseRepository,
} from '../../../lib/oci/reference.ts';
import { dockerConfigCredentials } from '../../../lib/registry/credentials.ts';
import { registryEndpoints } from '../../../lib/hosts.ts';

const refs = suite("lib/oci/reference: docker's normalisation (pure)");
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const full = (text: string) => formatReference(parseReference(text));

refs("short names are Docker Hub's, official images under library/, :latest by default", () => {
  assert.is(full('alpine'), 'docker.io/library/alpine:latest');
  assert.is(full('alpine:3.20'), 'docker.io/library/alpine:3.20');
  assert.is(full('acme/widgets'), 'docker.io/acme/widgets:latest');
  assert.is(full('docker.io/alpine'), 'docker.io/library/alpine:latest');
  assert.is(full('index.docker.io/library/alpine:1'), 'docker.io/library/alpine:1');
  assert.is(full('registry-1.docker.io/acme/x'), 'docker.io/acme/x:latest');
  assert.is(full('a/b/c'), 'docker.io/a/b/c:latest');
});

refs('a first component is a host when it holds . or :, is localhost, or has capitals', () => {
  assert.equal(parseReference('localhost:5000/x'), { registry: 'localhost:5000', repository: 'x', tag: 'latest', digest: undefined });
  assert.equal(parseReference('localhost/x:1'), { registry: 'localhost', repository: 'x', tag: '1', digest: undefined });
  assert.is(full('ghcr.io/acme/widgets/api:abc123'), 'ghcr.io/acme/widgets/api:abc123');
  assert.is(full('127.0.0.1:5000/a/b'), '127.0.0.1:5000/a/b:latest');
  assert.is(full('[::1]:5000/a'), '[::1]:5000/a:latest');
  assert.is(parseReference('Registry/x').registry, 'registry');
  assert.is(parseReference('GHCR.IO/acme/x').registry, 'ghcr.io');
  assert.is(parseReference('localhostx/y').registry, 'docker.io');
});

refs('digests alone or with a tag; no default tag when asked', () => {
  assert.equal(parseReference(`alpine@${DIGEST}`), { registry: 'docker.io', repository: 'library/alpine', tag: undefined, digest: DIGEST });
  assert.equal(parseReference(`ghcr.io/a/b:1.0@${DIGEST}`), { registry: 'ghcr.io', repository: 'a/b', tag: '1.0', digest: DIGEST });
  assert.equal(parseImageReference('localhost:5000/x', { defaultTag: false }).tag, undefined);
  assert.equal(parseRepository('ghcr.io/acme/widgets/api'), { registry: 'ghcr.io', repository: 'acme/widgets/api' });
  assert.equal(parseRepository('alpine'), { registry: 'docker.io', repository: 'library/alpine' });
});

refs('bad references: exit-2 errors naming what was given and what is accepted', () => {
  const cases: [string, RegExp][] = [
    ['Alpine', /lower-case path components/],
    ['ghcr.io/a/b:.x', /docker tag/],
    ['ghcr.io/a/b@sha256:xyz', /sha256:<64 hex digits>/],
    ['ghcr.io/a//b', /lower-case path components/],
    ['ghcr.io/', /lower-case path components/],
    ['-bad.io/x', /registry host/],
    [`ghcr.io/${'a'.repeat(250)}`, /longer than 255/],
    ['', /lower-case path components/],
  ];
  for (const [text, why] of cases) {
    try {
      parseImageReference(text, { what: 'SRC' });
      assert.unreachable(text);
    } catch (error) {
      assert.is((error as { exitCode?: number }).exitCode, 2, text);
      assert.match(
        (error as Error).message,
        new RegExp(`^SRC ${JSON.stringify(text).replace(/[[\]().*+?\\/]/g, '\\$&')} is not valid`),
        text,
      );
      assert.match((error as Error).message, why, text);
    }
  }
  assert.throws(() => parseRepository('ghcr.io/a/b:1'), /without :tag or @digest/);
});

refs('the familiar form drops docker.io (and library/) as docker prints it', () => {
  assert.is(familiarReference(parseReference('alpine')), 'alpine:latest');
  assert.is(familiarReference(parseReference('acme/x:1')), 'acme/x:1');
  assert.is(familiarReference(parseReference('library/a/b')), 'library/a/b:latest');
  assert.is(familiarReference(parseReference('ghcr.io/a/b:1')), 'ghcr.io/a/b:1');
});

refs('loopback hosts speak plain http: localhost, 127.0.0.0/8, [::1], any port; nothing else', () => {
  for (const host of ['localhost', 'localhost:5000', '127.0.0.1', '127.1.2.3:80', '[::1]', '[::1]:5000'])
    assert.ok(isLoopbackHost(host), host);
  for (const host of ['ghcr.io', '10.0.0.1:5000', 'localhost.example.com', '128.0.0.1', '[::2]']) assert.not.ok(isLoopbackHost(host), host);
});

refs('Docker Hub: API host registry-1.docker.io, config.json key https://index.docker.io/v1/', () => {
  assert.is(DOCKER_HUB.apiHost, 'registry-1.docker.io');
  assert.is(registryEndpoints({ registryEndpoints: new Map() }).get('docker.io'), 'https://registry-1.docker.io');
  assert.is(
    registryEndpoints({ registryEndpoints: new Map([['docker.io', 'http://127.0.0.1:1']]) }).get('docker.io'),
    'http://127.0.0.1:1',
  );
  assert.is(dockerConfigKey('docker.io'), 'https://index.docker.io/v1/');
  assert.is(dockerConfigKey('ghcr.io'), 'ghcr.io');
  for (const key of ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'https://registry-1.docker.io/v2/'])
    assert.is(hostOfConfigKey(key), 'docker.io', key);
  assert.is(hostOfConfigKey('http://127.0.0.1:5000/v2/'), '127.0.0.1:5000');

  const dir = mkdtempSync(join(tmpdir(), 'ci-images-dockercfg-'));
  try {
    const auth = (user: string) => Buffer.from(`${user}:pw-${user}`).toString('base64');
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth: auth('hub') }, 'ghcr.io': { auth: auth('gh') } } }),
    );
    const lookup = dockerConfigCredentials(join(dir, 'config.json'));
    assert.equal(lookup(parseReference('alpine').registry), { username: 'hub', password: 'pw-hub' });
    assert.equal(lookup('ghcr.io'), { username: 'gh', password: 'pw-gh' });
    assert.is(lookup('quay.io'), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

refs.run();
