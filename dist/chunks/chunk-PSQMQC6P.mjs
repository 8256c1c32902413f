import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  RegistryError,
  isIndex,
  manifestBlobs,
  networkError,
  retry
} from "./chunk-ODCBDXED.mjs";

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
function limiter(limit) {
  let running = 0;
  const waiting = [];
  return async (body) => {
    if (running >= limit) await new Promise((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await body();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

// lib/registry/copy.ts
var SMALL_BLOB = 1024 * 1024;
var SMALL_CONCURRENCY = 8;
var LARGE_CONCURRENCY = 3;
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
    const byDigest = (ref, digest2) => ({ ...ref, tag: void 0, digest: digest2 });
    const children = await mapLimit(index.manifests, SMALL_CONCURRENCY, (child) => client.getManifest(byDigest(source, child.digest)));
    await copyBlobs(client, source, target, children.flatMap((child) => manifestBlobs(child.body)), options, onBlob);
    await mapLimit(children, SMALL_CONCURRENCY, (child) => client.putManifest(byDigest(target, child.digest), child.body, child.mediaType));
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
async function copyBlobs(client, source, target, blobs, options, onBlob) {
  const unique = [...new Map(blobs.map((b) => [b.digest, b])).values()].sort((a, b) => b.size - a.size);
  const checks = limiter(SMALL_CONCURRENCY);
  const small = limiter(SMALL_CONCURRENCY);
  const large = limiter(options.concurrency ?? LARGE_CONCURRENCY);
  await Promise.all(unique.map(async (blob) => {
    if (await checks(() => placeWithoutTransfer(client, source, target, blob, onBlob))) return;
    await (blob.size <= SMALL_BLOB ? small : large)(() => streamBlob(client, source, target, blob, onBlob));
  }));
}
async function placeWithoutTransfer(client, source, target, blob, onBlob) {
  const event = (action) => (onBlob({ digest: blob.digest, size: blob.size, action }), true);
  if (blob.urls?.length) return event("foreign");
  if (await client.blobExists(target, blob.digest)) return event("skipped");
  if (source.registry === target.registry && source.repository !== target.repository) {
    if (await client.mountBlob(target, blob.digest, source.repository)) return event("mounted");
  }
  return false;
}
async function streamBlob(client, source, target, blob, onBlob) {
  await retry(async () => {
    const download = client.fetchBlob(source, blob.digest, blob.size);
    download.catch(() => void 0);
    try {
      await client.pushBlob(target, blob.digest, () => download, { size: blob.size });
    } catch (error) {
      download.then((stream) => stream.destroy(), () => void 0);
      if (error instanceof RegistryError) throw error;
      throw networkError(`copy blob ${blob.digest}: ${error.message}`);
    }
  }, client.retryOptions);
  onBlob({ digest: blob.digest, size: blob.size, action: "streamed" });
}

export {
  mapLimit,
  copyImage,
  retagImage
};
