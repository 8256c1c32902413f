import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  RegistryError,
  isIndex,
  manifestBlobs,
  networkError,
  retry
} from "./chunk-O436QBZH.mjs";

// lib/support/concurrency.ts
async function mapLimit(items, limit, body) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await body(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// lib/registry/copy.ts
async function copyImage(client, source, target, options = {}) {
  const result = { digest: "", mediaType: "", blobs: { skipped: 0, mounted: 0, streamed: 0, foreign: 0 }, bytesStreamed: 0 };
  const onBlob = (event) => {
    result.blobs[event.action]++;
    if (event.action === "streamed") result.bytesStreamed += event.size;
    options.onBlob?.(event);
  };
  const top = await client.getManifest(source);
  if (isIndex(top.mediaType)) {
    const index = JSON.parse(top.body.toString());
    for (const child of index.manifests) {
      await copySingle(client, { ...source, tag: void 0, digest: child.digest }, { ...target, tag: void 0, digest: child.digest }, options, onBlob);
    }
  } else {
    await copyBlobs(client, source, target, manifestBlobs(top.body), options, onBlob);
  }
  const digest = await client.putManifest(target, top.body, top.mediaType);
  return { ...result, digest, mediaType: top.mediaType };
}
async function retagImage(client, source, tag) {
  const manifest = await client.getManifest(source);
  return client.putManifest({ registry: source.registry, repository: source.repository, tag }, manifest.body, manifest.mediaType);
}
async function copySingle(client, source, target, options, onBlob) {
  const manifest = await client.getManifest(source);
  await copyBlobs(client, source, target, manifestBlobs(manifest.body), options, onBlob);
  await client.putManifest(target, manifest.body, manifest.mediaType);
}
async function copyBlobs(client, source, target, blobs, options, onBlob) {
  const unique = [...new Map(blobs.map((b) => [b.digest, b])).values()];
  await mapLimit(unique, options.concurrency ?? 4, (blob) => copyBlob(client, source, target, blob, onBlob));
}
async function copyBlob(client, source, target, blob, onBlob) {
  const event = (action) => onBlob({ digest: blob.digest, size: blob.size, action });
  if (blob.urls?.length) return event("foreign");
  if (await client.blobExists(target, blob.digest)) return event("skipped");
  if (source.registry === target.registry && source.repository !== target.repository) {
    if (await client.mountBlob(target, blob.digest, source.repository)) return event("mounted");
  }
  await retry(async () => {
    const stream = await client.fetchBlob(source, blob.digest, blob.size);
    try {
      await client.pushBlob(target, blob.digest, () => stream, { size: blob.size });
    } catch (error) {
      await stream.cancel().catch(() => void 0);
      if (error instanceof RegistryError) throw error;
      throw networkError(`copy blob ${blob.digest}: ${error.message}`);
    }
  }, client.retryOptions);
  event("streamed");
}

export {
  mapLimit,
  copyImage,
  retagImage
};
