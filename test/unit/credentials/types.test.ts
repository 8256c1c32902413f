import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeAuthEntry, helperServerUrl, keyHost, validHelperName } from '../../../lib/credentials/index.ts';

test('keyHost: URL forms match their host; Docker Hub aliases are docker.io', () => {
  for (const key of ['ghcr.io', 'https://ghcr.io', 'ghcr.io/v2/', 'http://GHCR.io/v1/', ' https://ghcr.io/ '])
    assert.is(keyHost(key), 'ghcr.io', key);
  for (const key of ['https://index.docker.io/v1/', 'docker.io', 'registry-1.docker.io', 'index.docker.io'])
    assert.is(keyHost(key), 'docker.io', key);
  assert.is(keyHost('127.0.0.1:5000/v2/'), '127.0.0.1:5000');
});

test('helperServerUrl: Docker Hub by its v1 URL, others by host', () => {
  assert.is(helperServerUrl('docker.io'), 'https://index.docker.io/v1/');
  assert.is(helperServerUrl('ghcr.io'), 'ghcr.io');
});

test('decodeAuthEntry: auth, username/password, identity and registry tokens; empty entries are nothing', () => {
  assert.equal(decodeAuthEntry({ auth: Buffer.from('u:p:w').toString('base64') }), { username: 'u', password: 'p:w' });
  assert.equal(decodeAuthEntry({ username: 'u', password: 'p' }), { username: 'u', password: 'p' });
  assert.equal(decodeAuthEntry({ identitytoken: 'rt' }), { username: '', password: '', identityToken: 'rt' });
  assert.equal(decodeAuthEntry({ registrytoken: 'bt' }), { username: '', password: '', registryToken: 'bt' });
  for (const entry of [{}, null, 'x', { auth: '' }, { auth: Buffer.from('nocolon').toString('base64') }, { username: 'u' }]) {
    assert.is(decodeAuthEntry(entry), undefined, JSON.stringify(entry));
  }
});

test('validHelperName: a program name part, never a path', () => {
  for (const name of ['desktop', 'osxkeychain', 'ecr-login', 'gcloud', 'pass']) assert.ok(validHelperName(name), name);
  for (const name of ['', '../bin/sh', 'a/b', '-rf', 'x y', 42, null]) assert.not.ok(validHelperName(name), String(name));
});

test.run();
