/**
 * Blobs: existence, streamed downloads verified while they flow (and abandoned when they stall or
 * trickle), cross-repository mounts, and monolithic or chunked uploads.
 *
 * An upload `Location` may name another origin (a storage service): the bytes go there without
 * our credentials, which only ever go to the registry's own origin.
 */
import type { Readable } from 'node:stream';
import { networkError, RegistryError, statusError } from './errors.ts';
import { errorDetail, type BodySource, type RepositoryHandle } from './transport/index.ts';
import { verifyingTransform } from '../oci/digest.ts';
import { formatBytes } from '../support/bounded-body.ts';
import { discard, STREAM_CHUNK, type HttpResponse } from '../support/http.ts';
import { streamedBytes } from '../support/memory.ts';

export async function blobExists(repo: RepositoryHandle, digest: string, signal?: AbortSignal): Promise<boolean> {
  const what = `HEAD blob ${repo.name}@${digest}`;
  const { response } = await repo.send({ method: 'HEAD', path: `blobs/${digest}`, actions: 'pull', what, subject: 'blob', signal });
  if (response.status === 404) return false;
  if (response.ok) return true;
  throw statusError(response.status, what, undefined, 'blob');
}

/**
 * A blob as a stream whose digest (and size, when given) is verified while it flows: the stream
 * errors at its end on a mismatch, after `timeoutMs` without a byte, and when the transfer is
 * slower than the client's minimum throughput. Never buffered.
 */
export async function fetchBlob(repo: RepositoryHandle, digest: string, size?: number, signal?: AbortSignal): Promise<Readable> {
  const what = `GET blob ${repo.name}@${digest}`;
  const { response, abort } = await repo.send({
    method: 'GET',
    path: `blobs/${digest}`,
    actions: 'pull',
    what,
    streaming: true,
    subject: 'blob',
    signal,
  });
  if (!response.ok) throw statusError(response.status, what, await errorDetail(response), 'blob');
  const { minBytesPerSecond = 1024, throughputWindowMs = 30_000 } = repo.transport.options;
  const verify = verifyingTransform(
    digest,
    size,
    (problem, detail) =>
      problem === 'short'
        ? networkError(`${what}: ${detail}`)
        : new RegistryError(`${what}: ${detail}`, { code: problem === 'mismatch' ? 'DIGEST_INVALID' : 'SIZE_INVALID' }),
    STREAM_CHUNK,
  );
  const stop = transferWatchdog(response.body, what, abort, repo.transport.timeoutMs, minBytesPerSecond, throughputWindowMs, size);
  // One stage after the socket: hashing happens as the consumer pulls, with the consumer's backpressure.
  response.body.pipe(verify);
  response.body.once('error', (error) => {
    stop();
    // A connection lost mid-body is a network failure (temporary); the watchdog's errors are already ours.
    verify.destroy(
      error instanceof RegistryError ? error : networkError(`${what}: connection lost after the headers (${networkCode(error)})`),
    );
  });
  // Whoever reads the stream sees its error (a stream destroyed with one passes it on when piped
  // later); until then, e.g. while the upload it feeds is being opened, it must not crash the process.
  verify.on('error', () => undefined);
  verify.once('close', () => {
    stop();
    // Dropped by the consumer before the end: the rest is not read and the socket is closed.
    if (!response.body.readableEnded) response.body.destroy();
  });
  return verify;
}

function networkCode(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown };
  return typeof e?.code === 'string' ? e.code : String(e?.message ?? error);
}

/**
 * Cross-repository mount (`POST …/uploads/?mount=&from=`). True when mounted; false when the
 * registry declined (it then opened an upload session, which we cancel).
 */
export async function mountBlob(target: RepositoryHandle, digest: string, fromRepository: string, signal?: AbortSignal): Promise<boolean> {
  const what = `mount blob ${digest} from ${fromRepository} into ${target.name}`;
  const query = new URLSearchParams({ mount: digest, from: fromRepository });
  const { response } = await target.send({
    method: 'POST',
    path: `blobs/uploads/?${query}`,
    actions: 'pull,push',
    moreScopes: [target.scope('pull', fromRepository)],
    what,
    headers: { 'content-length': '0' },
    subject: 'blob',
    signal,
  });
  discard(response);
  if (response.status === 201) return true;
  if (response.status === 202) {
    const location = response.headers.get('location');
    if (location && URL.canParse(location, target.baseUrl)) await cancelUpload(target, new URL(location, target.baseUrl).toString());
    return false;
  }
  throw statusError(response.status, what, undefined, 'blob');
}

/**
 * Upload a blob: monolithic (POST then PUT with the bytes), or chunked (PATCH pieces of
 * `chunkSize`) when the data is a buffer larger than `chunkSize`. A stream body is never
 * buffered; the registry checks the digest and refuses bytes that do not match it.
 */
export async function pushBlob(
  repo: RepositoryHandle,
  digest: string,
  data: Buffer | BodySource,
  options: { size?: number; chunkSize?: number; signal?: AbortSignal } = {},
): Promise<void> {
  const what = `upload blob ${repo.name}@${digest}`;
  const base = { actions: 'pull,push', what, subject: 'blob', signal: options.signal } as const;
  const { response: started } = await repo.send({ ...base, method: 'POST', path: 'blobs/uploads/', headers: { 'content-length': '0' } });
  discard(started);
  if (started.status !== 202) throw statusError(started.status, what, undefined, 'blob');
  let location = uploadLocation(repo, started, what);
  if (Buffer.isBuffer(data) && options.chunkSize && data.length > options.chunkSize) {
    for (let offset = 0; offset < data.length; offset += options.chunkSize) {
      const chunk = data.subarray(offset, Math.min(data.length, offset + options.chunkSize));
      const { response } = await repo.send({
        ...base,
        method: 'PATCH',
        url: location,
        body: chunk,
        headers: {
          'content-type': 'application/octet-stream',
          'content-range': `${offset}-${offset + chunk.length - 1}`,
          'content-length': String(chunk.length),
        },
      });
      discard(response);
      if (response.status !== 202) throw statusError(response.status, what, undefined, 'blob');
      location = uploadLocation(repo, response, what);
    }
    data = Buffer.alloc(0);
  }
  const url = new URL(location);
  url.searchParams.set('digest', digest);
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  if (Buffer.isBuffer(data)) headers['content-length'] = String(data.length);
  else if (options.size !== undefined) headers['content-length'] = String(options.size);
  const { response } = await repo.send({ ...base, method: 'PUT', url: url.toString(), headers, body: data });
  if (response.status !== 201) throw statusError(response.status, what, await errorDetail(response), 'blob');
  discard(response);
}

/**
 * Watches a blob download: aborts it after `idleMs` without a byte, and when fewer than
 * `minBytesPerSecond` arrived on average over a window (0: no such check). Returns the function
 * that stops the watch. It counts bytes as they leave the socket (no stage of its own in the
 * stream): a download held back by a slow consumer counts as slow, as it did before.
 */
function transferWatchdog(
  body: Readable,
  what: string,
  abort: (reason?: unknown) => void,
  idleMs: number,
  minBytesPerSecond: number,
  windowMs: number,
  size?: number,
): () => void {
  let received = 0;
  let inWindow = 0;
  let idle: NodeJS.Timeout | undefined;
  let window: NodeJS.Timeout | undefined;
  const stop = () => {
    clearTimeout(idle);
    clearInterval(window);
    body.off('data', onData);
  };
  const armIdle = () => {
    if (idle) idle.refresh();
    else {
      idle = setTimeout(() => {
        stop();
        abort(networkError(`${what}: no data for ${idleMs} ms`));
      }, idleMs).unref();
    }
  };
  const onData = (chunk: Buffer) => {
    armIdle();
    streamedBytes(chunk.length);
    received += chunk.length;
    inWindow += chunk.length;
    if (size !== undefined && received >= size) stop();
  };
  armIdle();
  if (minBytesPerSecond > 0) {
    window = setInterval(() => {
      if (inWindow < (minBytesPerSecond * windowMs) / 1000) {
        stop();
        abort(
          new RegistryError(
            `${what}: too slow, ${formatBytes(inWindow)} in ${windowMs / 1000} s (less than ${formatBytes(minBytesPerSecond)}/s); abandoned after ${formatBytes(received)}`,
            { code: 'TOO_SLOW' },
          ),
        );
      }
      inWindow = 0;
    }, windowMs).unref();
  }
  body.on('data', onData);
  body.once('close', stop);
  return stop;
}

async function cancelUpload(repo: RepositoryHandle, location: string): Promise<void> {
  try {
    const { response } = await repo.send({ method: 'DELETE', url: location, actions: 'pull,push', what: 'cancel upload' });
    discard(response);
  } catch {
    // an abandoned upload session expires on its own
  }
}

/** The upload session's URL, resolved against the registry; only http(s). */
function uploadLocation(repo: RepositoryHandle, response: HttpResponse, what: string): string {
  const location = response.headers.get('location');
  const base = repo.baseUrl + '/';
  if (!location)
    throw new RegistryError(`${what}: the registry sent no upload Location`, { status: response.status, code: 'BLOB_UPLOAD_INVALID' });
  const url = URL.canParse(location, base) ? new URL(location, base) : undefined;
  if (!url || !/^https?:$/.test(url.protocol)) {
    throw new RegistryError(`${what}: the upload Location is not an http(s) URL`, { status: response.status, code: 'BLOB_UPLOAD_INVALID' });
  }
  return url.toString();
}
