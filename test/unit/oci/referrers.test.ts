import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { artifactKind, artifactTypeOf, cosignTagName, fallbackTagName, isAttestationManifest } from '../../../lib/oci/referrers.ts';

const HEX = 'a'.repeat(64);

test('fallback tag: sha256-<hex>; sha512 cut to 64 characters; a non-digest refused', () => {
  assert.is(fallbackTagName(`sha256:${HEX}`), `sha256-${HEX}`);
  assert.is(fallbackTagName(`sha512:${'b'.repeat(128)}`), `sha512-${'b'.repeat(64)}`);
  assert.throws(() => fallbackTagName('sha256:../../x'), /not a digest/);
  assert.throws(() => fallbackTagName(`md5:${HEX}`), /not a digest/);
});

test("cosign's tags: .sig, .att, .sbom after the fallback name", () => {
  assert.is(cosignTagName(`sha256:${HEX}`, 'sig'), `sha256-${HEX}.sig`);
  assert.is(cosignTagName(`sha256:${HEX}`, 'att'), `sha256-${HEX}.att`);
  assert.is(cosignTagName(`sha256:${HEX}`, 'sbom'), `sha256-${HEX}.sbom`);
});

test('isAttestationManifest: the buildx annotation, or the unknown/unknown platform; real platforms are not', () => {
  assert.ok(
    isAttestationManifest({
      platform: { os: 'unknown', architecture: 'unknown' },
      annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
    }),
  );
  assert.ok(isAttestationManifest({ annotations: { 'vnd.docker.reference.type': 'attestation-manifest' } }));
  assert.ok(isAttestationManifest({ platform: { os: 'unknown', architecture: 'unknown' } }));
  assert.not.ok(isAttestationManifest({ platform: { os: 'linux', architecture: 'amd64' } }));
  assert.not.ok(isAttestationManifest({ platform: { os: 'unknown', architecture: 'amd64' } }));
  assert.not.ok(isAttestationManifest({ annotations: { 'vnd.docker.reference.type': 'something-else' } }));
  assert.not.ok(isAttestationManifest({}));
  assert.not.ok(isAttestationManifest(undefined));
});

test('artifactTypeOf: artifactType, else a specific config type, else the first layer; generic configs say nothing', () => {
  assert.is(
    artifactTypeOf({ artifactType: 'application/spdx+json', config: { mediaType: 'application/vnd.oci.empty.v1+json' } }),
    'application/spdx+json',
  );
  assert.is(
    artifactTypeOf({ config: { mediaType: 'application/vnd.cncf.notary.signature' }, layers: [] }),
    'application/vnd.cncf.notary.signature',
  );
  assert.is(
    artifactTypeOf({
      config: { mediaType: 'application/vnd.oci.image.config.v1+json' },
      layers: [{ mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json' }],
    }),
    'application/vnd.dev.cosign.simplesigning.v1+json',
  );
  assert.is(artifactTypeOf({ artifactType: 'not a type\r\n::x', layers: [] }), undefined);
  assert.is(artifactTypeOf(null), undefined);
});

test('artifactKind: signature, sbom, attestation, artifact', () => {
  assert.is(artifactKind('application/vnd.dev.cosign.simplesigning.v1+json'), 'signature');
  assert.is(artifactKind('application/vnd.cncf.notary.signature'), 'signature');
  assert.is(artifactKind('application/spdx+json'), 'sbom');
  assert.is(artifactKind('application/vnd.cyclonedx+json'), 'sbom');
  assert.is(artifactKind('application/vnd.in-toto+json'), 'attestation');
  assert.is(artifactKind('application/vnd.dsse.envelope.v1+json'), 'attestation');
  assert.is(artifactKind('application/x-custom'), 'artifact');
  assert.is(artifactKind(undefined), 'unknown');
});

test.run();
