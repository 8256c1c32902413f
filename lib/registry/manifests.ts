/** Manifests: HEAD for a digest, GET checked against its digest and its shape, PUT, DELETE. */
import { isNotFound, RegistryError, statusError } from './errors.ts';
import { LIMITS } from './limits.ts';
import { errorDetail, type RepositoryHandle } from './transport/index.ts';
import { isDigest } from '../oci/grammar.ts';
import { checkManifestBody, MANIFEST_ACCEPT } from '../oci/media-types.ts';
import { digestLike, sha256Digest } from '../oci/digest.ts';
import { manifestKey, type Reference } from '../oci/reference.ts';
import { discard } from '../support/http.ts';
import { neutralize } from '../support/network-text.ts';

export interface Manifest {
  readonly mediaType: string;
  readonly digest: string;
  readonly body: Buffer;
}

/**
 * Digest of a manifest by HEAD; undefined when it does not exist. When HEAD is refused, or its
 * Docker-Content-Digest is not a digest at all, the manifest is fetched and its digest computed.
 */
export async function manifestDigest(repo: RepositoryHandle, ref: Reference, signal?: AbortSignal): Promise<string | undefined> {
  const what = `HEAD manifest ${ref.repository}:${manifestKey(ref)}`;
  const { response } = await repo.send({
    method: 'HEAD',
    path: `manifests/${manifestKey(ref)}`,
    actions: 'pull',
    what,
    headers: { accept: MANIFEST_ACCEPT },
    signal,
    subject: 'manifest',
  });
  if (response.status === 404) return undefined;
  const digest = response.headers.get('docker-content-digest');
  if (response.ok && isDigest(digest)) return digest;
  if (!response.ok && response.status !== 405 && response.status !== 400) throw statusError(response.status, what, undefined, 'manifest');
  try {
    return (await getManifest(repo, ref, signal)).digest;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** GET a manifest (at most 4 MiB); its digest is checked against the body (and against the reference's digest). */
export async function getManifest(repo: RepositoryHandle, ref: Reference, signal?: AbortSignal): Promise<Manifest> {
  const what = `GET manifest ${ref.repository}:${manifestKey(ref)}`;
  const { response } = await repo.send({
    method: 'GET',
    path: `manifests/${manifestKey(ref)}`,
    actions: 'pull',
    what,
    headers: { accept: MANIFEST_ACCEPT },
    signal,
    maxBytes: LIMITS.manifest,
    subject: 'manifest',
  });
  if (!response.ok) throw statusError(response.status, what, await errorDetail(response), 'manifest');
  const body = response.buffered ?? Buffer.alloc(0);
  const digest = sha256Digest(body);
  const header = response.headers.get('docker-content-digest');
  // A header that is no digest at all is ignored: the body is checked and hashed instead. A claim
  // is checked in its own algorithm (sha256 or sha512; the reference grammar admits no other).
  const claimed = ref.digest ?? (isDigest(header) ? header : undefined);
  if (claimed && digestLike(claimed, body) !== claimed) {
    throw new RegistryError(`${what}: body digest ${digestLike(claimed, body)} does not match ${neutralize(claimed)}`, {
      status: response.status,
      code: 'DIGEST_INVALID',
    });
  }
  const contentType = (response.headers.get('content-type') ?? '').split(';')[0].trim();
  const checked = checkManifestBody(body, contentType);
  if ('problem' in checked) {
    throw new RegistryError(`${what}: the answer is not a manifest (${neutralize(checked.problem)})`, {
      status: 200,
      code: 'MANIFEST_INVALID',
    });
  }
  return { mediaType: checked.mediaType, digest, body };
}

/** PUT a manifest under a tag or digest; returns its digest (checked against the registry's). */
export async function putManifest(
  repo: RepositoryHandle,
  ref: Reference,
  body: Buffer,
  mediaType: string,
  signal?: AbortSignal,
): Promise<string> {
  const what = `PUT manifest ${ref.repository}:${manifestKey(ref)}`;
  const { response } = await repo.send({
    method: 'PUT',
    path: `manifests/${manifestKey(ref)}`,
    actions: 'pull,push',
    what,
    headers: { 'content-type': mediaType },
    body,
    subject: 'manifest',
    signal,
  });
  if (response.status !== 201 && response.status !== 200) throw statusError(response.status, what, await errorDetail(response), 'manifest');
  discard(response);
  const digest = sha256Digest(body);
  const returned = response.headers.get('docker-content-digest');
  if (returned && returned !== digest) {
    throw new RegistryError(`${what}: registry stored ${neutralize(returned)}, expected ${digest}`, {
      status: response.status,
      code: 'DIGEST_INVALID',
    });
  }
  return digest;
}

export async function deleteManifest(repo: RepositoryHandle, ref: Reference): Promise<void> {
  if (!ref.digest) throw new RegistryError(`DELETE manifest ${ref.repository}: needs a digest, not a tag`, { code: 'DIGEST_REQUIRED' });
  const what = `DELETE manifest ${ref.repository}@${ref.digest}`;
  const { response } = await repo.send({ method: 'DELETE', path: `manifests/${ref.digest}`, actions: 'delete', what, subject: 'manifest' });
  if (response.status !== 202 && response.status !== 200) throw statusError(response.status, what, await errorDetail(response), 'manifest');
  discard(response);
}
