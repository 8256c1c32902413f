import { Readable } from 'node:stream';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash } from 'node:crypto';
import { hasPlatform, indexBody, mergePlatforms, parseDigestArgument } from '../../../lib/commands/merge-platforms.ts';
import { MEDIA_TYPES, parseReference, type Manifest, type Reference, type RegistryClient } from '../../../lib/registry/index.ts';
import { CiImagesError, ConfigError, exitCodeFor } from '../../../lib/support/errors.ts';

const digestOf = (data: string | Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** A registry of one repository in memory, behind the façade methods merge-platforms uses. */
function fakeRegistry() {
  const manifests = new Map<string, { mediaType: string; body: Buffer }>();
  const blobs = new Map<string, Buffer>();
  const puts: { tag?: string; mediaType: string; body: Buffer }[] = [];
  const image = (platform: Record<string, string>) => {
    const config = Buffer.from(JSON.stringify({ ...platform, rootfs: { type: 'layers', diff_ids: [] } }));
    blobs.set(digestOf(config), config);
    const body = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociManifest,
        config: { digest: digestOf(config), size: config.length },
        layers: [],
      }),
    );
    manifests.set(digestOf(body), { mediaType: MEDIA_TYPES.ociManifest, body });
    return digestOf(body);
  };
  const key = (ref: Reference) => ref.digest ?? ref.tag!;
  const client = {
    async manifestDigest(ref: Reference) {
      const found = manifests.get(key(ref));
      return found && digestOf(found.body);
    },
    async getManifest(ref: Reference): Promise<Manifest> {
      const found = manifests.get(key(ref));
      if (!found) throw new Error('not found');
      return { ...found, digest: digestOf(found.body) };
    },
    async putManifest(ref: Reference, body: Buffer, mediaType: string) {
      puts.push({ tag: ref.tag, mediaType, body });
      manifests.set(ref.tag!, { mediaType, body });
      manifests.set(digestOf(body), { mediaType, body });
      return digestOf(body);
    },
    async fetchBlob(_ref: Reference, digest: string) {
      const data = blobs.get(digest)!;
      return Readable.from([data]);
    },
  } as unknown as RegistryClient;
  return { client, image, manifests, puts };
}

const TARGET = parseReference('ghcr.io/apache/airflow-main-python3.8-ci-v2:latest');

test('two images → one OCI index under the tag and the extra tags, platforms from the configs, order kept', async () => {
  const reg = fakeRegistry();
  const arm = reg.image({ os: 'linux', architecture: 'arm64', variant: 'v8' });
  const amd = reg.image({ os: 'linux', architecture: 'amd64' });
  const result = await mergePlatforms(reg.client, TARGET, [arm, amd], { extraTags: ['abc123', 'latest'] });
  assert.equal(
    reg.puts.map((p) => [p.tag, p.mediaType]),
    [
      ['latest', MEDIA_TYPES.ociIndex],
      ['abc123', MEDIA_TYPES.ociIndex],
    ],
  );
  const index = JSON.parse(reg.puts[0].body.toString());
  assert.equal(
    index.manifests.map((m: { digest: string; platform: unknown }) => [m.digest, m.platform]),
    [
      [arm, { os: 'linux', architecture: 'arm64' }],
      [amd, { os: 'linux', architecture: 'amd64' }],
    ],
  );
  assert.is(result.imageDigest, digestOf(reg.puts[0].body));
  assert.equal(result.references, [
    'ghcr.io/apache/airflow-main-python3.8-ci-v2:latest',
    'ghcr.io/apache/airflow-main-python3.8-ci-v2:abc123',
  ]);
  assert.ok(await hasPlatform(reg.client, TARGET, 'linux/arm64/v8'));
  assert.not.ok(await hasPlatform(reg.client, TARGET, 'linux/arm/v7'));
});

test('an index argument contributes its platform children; attestation entries (unknown/unknown) stay out', async () => {
  const reg = fakeRegistry();
  const amd = reg.image({ os: 'linux', architecture: 'amd64' });
  const s390 = reg.image({ os: 'linux', architecture: 's390x' });
  const body = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [
        { mediaType: MEDIA_TYPES.ociManifest, digest: s390, size: 10, platform: { os: 'linux', architecture: 's390x' } },
        { mediaType: MEDIA_TYPES.ociManifest, digest: amd, size: 10, platform: { os: 'unknown', architecture: 'unknown' } },
      ],
    }),
  );
  reg.manifests.set(digestOf(body), { mediaType: MEDIA_TYPES.ociIndex, body });
  const result = await mergePlatforms(reg.client, TARGET, [amd, digestOf(body)], { dryRun: true, log: () => undefined });
  assert.equal(
    result.manifests.map((m) => [m.digest, m.platform.architecture]),
    [
      [amd, 'amd64'],
      [s390, 's390x'],
    ],
  );
  assert.is(reg.puts.length, 0, 'dry run writes nothing');
  assert.is(result.imageDigest, digestOf(indexBody(result.manifests)));
});

test('refusals: missing digest, same digest twice, two images of one platform (exit 1); bad digest, no digest, no tag (exit 2)', async () => {
  const reg = fakeRegistry();
  const amd = reg.image({ os: 'linux', architecture: 'amd64' });
  const amd2 = reg.image({ os: 'linux', architecture: 'x86_64', 'os.version': '2' });
  const missing = `sha256:${'1'.repeat(64)}`;
  const cases: [string[], Reference, 1 | 2, RegExp][] = [
    [[amd, missing], TARGET, 1, new RegExp(`^${missing} is not in ghcr\\.io/apache/airflow-main-python3\\.8-ci-v2: push it there first$`)],
    [[amd, amd], TARGET, 1, new RegExp(`^${amd} is given twice$`)],
    [[amd, amd2], TARGET, 1, new RegExp(`^two images for linux/amd64: ${amd} and ${amd2}; keep one$`)],
    [['sha256:ABC'], TARGET, 2, /^digest="sha256:ABC" is not valid/],
    [[], TARGET, 2, /^no digest given/],
    [[amd], { ...TARGET, tag: undefined, digest: amd }, 2, /has no tag/],
  ];
  for (const [digests, target, exitCode, message] of cases) {
    const error = await mergePlatforms(reg.client, target, digests).then(
      () => undefined,
      (e: Error) => e,
    );
    assert.instance(error, exitCode === 2 ? ConfigError : CiImagesError, String(error));
    assert.is(exitCodeFor(error), exitCode, error!.message);
    assert.match(error!.message, message);
  }
  assert.is(reg.puts.length, 0);
  assert.is(parseDigestArgument(amd), amd);
});

test.run();
