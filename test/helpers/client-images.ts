/** Push test images with our own client (the harness's skopeo push is the cross-check). */
import type { RegistryClient } from '../../lib/registry/client.ts';
import type { Reference } from '../../lib/registry/reference.ts';
import type { TestImage } from './images.ts';

export async function pushTestImage(client: RegistryClient, image: TestImage, ref: Reference): Promise<string> {
  for (const blob of [image.config, ...image.layers]) {
    if (!(await client.blobExists(ref, blob.digest))) await client.pushBlob(ref, blob.digest, blob.data);
  }
  return client.putManifest(ref, image.manifest, image.mediaType);
}
