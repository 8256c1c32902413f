/** Test images without Docker: an OCI layout of a sample image, and skopeo as the reference client. */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RegistryServer } from '../../testing/registry.ts';

const execFileP = promisify(execFile);

export { makeTestImage, sha256, type Blob, type TestImage, type TestImageOptions } from '../../testing/sample-image.ts';
import { sha256, type TestImage } from '../../testing/sample-image.ts';

export function writeOciLayout(image: TestImage, tag = 'latest'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'ci-images-oci-'));
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  for (const b of [image.config, ...image.layers, { digest: image.manifestDigest, data: image.manifest }]) {
    writeFileSync(join(dir, 'blobs', 'sha256', b.digest.slice(7)), b.data);
  }
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: image.mediaType,
          digest: image.manifestDigest,
          size: image.manifest.length,
          annotations: { 'org.opencontainers.image.ref.name': tag },
        },
      ],
    }),
  );
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs skopeo with credentials in an --authfile (never on argv). Returns stdout. */
export async function skopeo(registry: RegistryServer | undefined, args: string[]): Promise<string> {
  let authDir: string | undefined;
  const extra: string[] = [];
  if (registry && registry.mode !== 'open') {
    authDir = mkdtempSync(join(tmpdir(), 'ci-images-auth-'));
    const auth = Buffer.from(`${registry.username}:${registry.password}`).toString('base64');
    writeFileSync(join(authDir, 'auth.json'), JSON.stringify({ auths: { [registry.host]: { auth } } }));
    extra.push('--authfile', join(authDir, 'auth.json'));
  }
  try {
    const [command, ...rest] = args;
    const { stdout } = await execFileP('skopeo', [command, ...extra, ...rest], { maxBuffer: 64 << 20 });
    return stdout;
  } finally {
    if (authDir) rmSync(authDir, { recursive: true, force: true });
  }
}

/** Pushes a test image with skopeo (the reference client) to `registry/<repository>:<tag>`. */
export async function pushWithSkopeo(registry: RegistryServer, image: TestImage, repository: string, tag: string): Promise<void> {
  const layout = writeOciLayout(image, tag);
  try {
    await skopeo(registry, [
      'copy',
      '--dest-tls-verify=false',
      '--preserve-digests',
      `oci:${layout.dir}:${tag}`,
      `docker://${registry.host}/${repository}:${tag}`,
    ]);
  } finally {
    layout.cleanup();
  }
}

/** `skopeo inspect` digest of a reference in the registry. */
export async function skopeoDigest(registry: RegistryServer, reference: string): Promise<string> {
  const out = await skopeo(registry, ['inspect', '--tls-verify=false', '--raw', `docker://${registry.host}/${reference}`]);
  return sha256(Buffer.from(out));
}
