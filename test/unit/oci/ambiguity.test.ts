// What a hostile registry can hand us as a manifest: ambiguous documents (CVE-2021-41190), digests
// outside the grammar, algorithms we cannot verify. Every case is refused before it is used.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkManifestBody, descriptorProblem, indexChildren, manifestBlobs, MEDIA_TYPES } from '../../../lib/oci/media-types.ts';
import { digestLike, verifyingTransform } from '../../../lib/oci/digest.ts';

const oci = suite('lib/oci: ambiguous manifests, digest grammar, verified algorithms');
const D = `sha256:${'a'.repeat(64)}`;
const layer = { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: D, size: 3 };
const image = {
  schemaVersion: 2,
  mediaType: MEDIA_TYPES.ociManifest,
  config: { ...layer, mediaType: 'application/vnd.oci.image.config.v1+json' },
  layers: [layer],
};
const index = { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [{ ...layer, mediaType: MEDIA_TYPES.ociManifest }] };
const body = (doc: unknown) => Buffer.from(JSON.stringify(doc));

oci('a plain image and a plain index pass, with or without a Content-Type', () => {
  assert.equal(checkManifestBody(body(image), MEDIA_TYPES.ociManifest), { mediaType: MEDIA_TYPES.ociManifest });
  assert.equal(checkManifestBody(body(index), ''), { mediaType: MEDIA_TYPES.ociIndex });
  assert.equal(checkManifestBody(body({ ...image, mediaType: undefined }), 'application/json'), { mediaType: MEDIA_TYPES.ociManifest });
});

oci('ambiguous documents are refused: body mediaType vs Content-Type, both kinds of fields, fields of the other kind', () => {
  const cases: [unknown, string, RegExp][] = [
    [image, MEDIA_TYPES.ociIndex, /ambiguous: mediaType .* in the body/],
    [index, MEDIA_TYPES.dockerManifest, /ambiguous: mediaType/],
    [{ ...image, manifests: index.manifests }, MEDIA_TYPES.ociManifest, /ambiguous: both manifests and config\/layers/],
    [{ ...index, layers: [layer] }, '', /ambiguous: both/],
    [{ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, config: image.config, layers: [layer] }, '', /an index with config\/layers/],
    [{ schemaVersion: 2, manifests: [], mediaType: MEDIA_TYPES.dockerManifest }, '', /an image manifest with manifests/],
    [{ ...image, mediaType: 42 }, '', /mediaType is not a string/],
  ];
  for (const [doc, contentType, expected] of cases) {
    const checked = checkManifestBody(body(doc), contentType);
    assert.ok('problem' in checked && expected.test(checked.problem), `${JSON.stringify(checked)} for ${JSON.stringify(doc)}`);
  }
});

oci('descriptor digests are held to the grammar before they reach a URL', () => {
  assert.is(descriptorProblem(layer), undefined);
  assert.is(descriptorProblem({ ...layer, digest: `sha512:${'b'.repeat(128)}` }), undefined);
  assert.match(descriptorProblem({ ...layer, digest: `sha256:${'a'.repeat(64)}/../../other/blobs` })!, /is not a digest/);
  assert.match(descriptorProblem({ ...layer, digest: `${D}?x=1` })!, /is not a digest/);
  assert.match(descriptorProblem({ ...layer, digest: `md5:${'c'.repeat(32)}` })!, /algorithm of "md5:c+" is not supported/);
  assert.match(descriptorProblem({ ...layer, size: -1 })!, /size/);
  assert.match(descriptorProblem({ ...layer, mediaType: 'x\r\ny' })!, /mediaType/);
  assert.throws(
    () => manifestBlobs(body({ ...image, layers: [layer, { ...layer, digest: 'sha256:../x' }] })),
    /layers\[1\] is refused: digest "sha256:..\/x" is not a digest/,
  );
  assert.throws(
    () => indexChildren(body({ ...index, manifests: [{ ...layer, digest: 'foo:bar' }] })),
    /manifests\[0\] is refused: digest algorithm/,
  );
  assert.is(indexChildren(body(index)).length, 1);
});

async function verify(digest: string, data: Buffer): Promise<string> {
  try {
    await pipeline(
      Readable.from([data]),
      verifyingTransform(digest, data.length, (problem, detail) => new Error(`${problem}: ${detail}`)),
      async function* (s) {
        for await (const _ of s) yield;
      },
    );
    return 'ok';
  } catch (error) {
    return (error as Error).message;
  }
}

oci('sha256 and sha512 bytes are verified; other algorithms never stream unverified', async () => {
  const data = Buffer.from('hello');
  const sha512 = `sha512:${createHash('sha512').update(data).digest('hex')}`;
  assert.is(await verify(sha512, data), 'ok');
  assert.is(digestLike(sha512, data), sha512);
  assert.match(await verify(`sha512:${'0'.repeat(128)}`, data), /^mismatch/);
  assert.match(await verify(`sha256:${'0'.repeat(64)}`, data), /^mismatch/);
  assert.match(await verify(`blake3:${'0'.repeat(64)}`, data), /^unsupported/);
  assert.match(await verify(`blake3:${'0'.repeat(64)}`, Buffer.alloc(0)), /^unsupported/);
});

oci.run();
