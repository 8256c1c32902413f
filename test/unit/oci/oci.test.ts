import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DIGEST, HOST, isDigest, isTag, NAME_COMPONENT, TAG } from '../../../lib/oci/grammar.ts';
import { checkManifestBody, isIndex, manifestBlobs, MEDIA_TYPES } from '../../../lib/oci/media-types.ts';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sha256Digest, verifyingTransform } from '../../../lib/oci/digest.ts';
import { parseReference } from '../../../lib/oci/reference.ts';

const oci = suite('lib/oci: grammar, media types, digests (pure)');

oci('the grammar: one copy of tag, name component, host and digest', () => {
  for (const tag of ['latest', '1.0', 'v2_rc-1', 'A'.repeat(128)]) assert.ok(isTag(tag) && TAG.test(tag), tag);
  for (const tag of ['', '.x', '-x', 'a b', 'a:b', 'A'.repeat(129), '::set-output']) assert.not.ok(isTag(tag), tag);
  assert.ok(NAME_COMPONENT.test('airflow-master-python3.8-ci'));
  assert.not.ok(NAME_COMPONENT.test('Airflow'));
  for (const host of ['ghcr.io', 'docker.pkg.github.com', '127.0.0.1:5000', 'localhost']) assert.ok(HOST.test(host), host);
  for (const host of ['-a.io', 'a..io', 'a.io:', 'http://a.io', 'a.io/x']) assert.not.ok(HOST.test(host), host);
  assert.ok(isDigest(`sha256:${'a'.repeat(64)}`) && isDigest(`sha512:${'0'.repeat(128)}`));
  for (const d of ['sha256:', `sha256:${'a'.repeat(63)}`, `SHA256:${'a'.repeat(64)}`, `sha256:${'g'.repeat(64)}`, null, undefined])
    assert.not.ok(isDigest(d), String(d));
  assert.ok(DIGEST.test(sha256Digest('x')));
  assert.throws(() => parseReference('ghcr.io/a/b:.bad'), /docker tag/);
  assert.throws(() => parseReference(`ghcr.io/a/b@sha256:${'z'.repeat(64)}`), /sha256:<64 hex digits>/);
});

oci('a manifest body is checked for its shape; blobs listed', () => {
  const [c, l] = [`sha256:${'c'.repeat(64)}`, `sha256:${'d'.repeat(64)}`];
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: c, size: 1 },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: l, size: 2 }],
    }),
  );
  assert.equal(checkManifestBody(manifest, ''), { mediaType: MEDIA_TYPES.ociManifest });
  assert.equal(
    manifestBlobs(manifest).map((b) => b.digest),
    [c, l],
  );
  assert.ok('problem' in checkManifestBody(Buffer.from('<html>'), 'text/html'));
  assert.ok('problem' in checkManifestBody(Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json"}'), ''));
  assert.ok(isIndex(MEDIA_TYPES.dockerList) && !isIndex(MEDIA_TYPES.dockerManifest));
});

oci('the verifying stream: digest, size, and what it says when they differ', async () => {
  const data = Buffer.from('hello blob');
  const run = async (digest: string, size: number | undefined) => {
    const verify = verifyingTransform(digest, size, (problem, detail) => new Error(`${problem}: ${detail}`));
    return pipeline(
      Readable.from([data.subarray(0, 4), data.subarray(4)]),
      verify,
      new Writable({ write: (_chunk, _encoding, done) => done() }),
    ).then(
      () => 'ok',
      (e: Error) => e.message,
    );
  };
  assert.is(await run(sha256Digest(data), data.length), 'ok');
  assert.match(await run(sha256Digest('other'), data.length), /^mismatch/);
  assert.match(await run(sha256Digest(data), data.length + 5), /^short/);
  assert.match(await run(sha256Digest(data), 3), /^too-long/);
});

oci.run();
