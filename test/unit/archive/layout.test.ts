import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { entryKind, normalizeName } from '../../../lib/archive/extract.ts';
import { dockerManifestJson, indexJson, tagOf, type ArchiveImage } from '../../../lib/archive/layout.ts';
import { sha256Digest } from '../../../lib/oci/digest.ts';

test('entry names: traversal, absolute and odd names are not names at all', () => {
  assert.is(normalizeName('./blobs/sha256/'), 'blobs/sha256');
  for (const bad of ['../x', '/etc/passwd', 'blobs/../../x', 'a//b', 'a/./b', 'a\\b', 'a\nb', '', './'])
    assert.is(normalizeName(bad), undefined, bad);
});

test('entry kinds: only what an OCI or docker image archive holds', () => {
  const hex = 'a'.repeat(64);
  assert.equal(entryKind(`blobs/sha256/${hex}`, 'file'), { kind: 'blob', digest: `sha256:${hex}` });
  assert.equal(entryKind(`blobs/sha512/${'b'.repeat(128)}`, 'file'), { kind: 'blob', digest: `sha512:${'b'.repeat(128)}` });
  assert.equal(entryKind('index.json', 'file'), { kind: 'document' });
  assert.equal(entryKind(`${hex}/layer.tar`, 'file'), { kind: 'file' });
  assert.equal(entryKind('blobs', 'directory'), { kind: 'directory' });
  for (const [name, type] of [
    [`blobs/sha256/${hex.slice(1)}`, 'file'],
    [`blobs/md5/${hex}`, 'file'],
    [`blobs/sha256/${hex}`, 'symlink'],
    ['index.json', 'link'],
    ['etc', 'directory'],
    ['dev-null', 'character-device'],
    ['README', 'file'],
  ]) {
    assert.is(entryKind(name, type), undefined, `${name} ${type}`);
  }
});

test('ref names and docker manifest.json: the tag of a reference; an index contributes one runnable child', () => {
  assert.is(tagOf('127.0.0.1:5000/a/b:1.0'), '1.0');
  assert.is(tagOf('127.0.0.1:5000/a/b@sha256:' + 'c'.repeat(64)), undefined);
  const config = Buffer.from('{"architecture":"arm64","os":"linux"}');
  const layer = Buffer.from('layer');
  const child = (arch: string) => {
    const body = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256Digest(config + arch), size: 10 },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: sha256Digest(layer), size: 5 }],
      }),
    );
    return {
      digest: sha256Digest(body),
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      body,
      platform: { os: 'linux', architecture: arch },
    };
  };
  const children = [child('amd64'), child('arm64')];
  const top = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      manifests: children.map((c) => ({ mediaType: c.mediaType, digest: c.digest, size: c.body.length })),
    }),
  );
  const image: ArchiveImage = {
    name: 'host:5000/a/b:1',
    top: { digest: sha256Digest(top), mediaType: 'application/vnd.oci.image.index.v1+json', body: top },
    children,
  };
  const entries = JSON.parse(dockerManifestJson([image], 'arm64').toString());
  assert.is(entries.length, 1);
  assert.is(entries[0].Config, `blobs/sha256/${sha256Digest(config + 'arm64').slice(7)}`);
  assert.equal(entries[0].RepoTags, ['host:5000/a/b:1']);
  const index = JSON.parse(indexJson([image]).toString());
  assert.equal(index.manifests[0].annotations, { 'io.containerd.image.name': 'host:5000/a/b:1', 'org.opencontainers.image.ref.name': '1' });
});

test.run();
