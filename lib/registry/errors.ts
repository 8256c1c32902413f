/** Typed registry errors carrying the registry's own error code and message. */
import { AuthError, CiImagesError } from '../support/errors.ts';

export interface RegistryErrorDetail {
  readonly code: string;
  readonly message: string;
}

export class RegistryError extends CiImagesError {
  /** Transient: worth another attempt (408, 429, 5xx, network). */
  retryable = false;
  retryAfterMs: number | undefined;
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

export class TransientError extends RegistryError {
  override retryable = true;
  constructor(message: string, status: number | undefined, retryAfterMs?: number) {
    super(message, status, status === undefined ? 'NETWORK' : `HTTP_${status}`);
    this.name = 'TransientError';
    this.retryAfterMs = retryAfterMs;
  }
}

export class ManifestUnknownError extends RegistryError {
  override name = 'ManifestUnknownError';
}
export class NameUnknownError extends RegistryError {
  override name = 'NameUnknownError';
}
export class BlobUnknownError extends RegistryError {
  override name = 'BlobUnknownError';
}
export class DigestMismatchError extends RegistryError {
  override name = 'DigestMismatchError';
}

/** 401 after authentication was tried. Exit 3, never retried. */
export class UnauthorizedError extends AuthError {
  constructor(message: string, readonly code = 'UNAUTHORIZED') {
    super(message);
    this.name = 'UnauthorizedError';
  }
}

/** 403: authenticated, but not allowed. Exit 3, never retried. */
export class DeniedError extends AuthError {
  constructor(message: string, readonly code = 'DENIED') {
    super(message);
    this.name = 'DeniedError';
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ManifestUnknownError || error instanceof NameUnknownError;
}

/** Reads the `{"errors":[{code,message}]}` body of a registry error, tolerating anything else. */
export async function readErrorDetail(response: Response): Promise<RegistryErrorDetail | undefined> {
  try {
    const text = await response.text();
    const body = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
    const first = body.errors?.[0];
    if (first?.code) return { code: first.code, message: first.message ?? '' };
  } catch {
    // not JSON: the status code is all we have
  }
  return undefined;
}

export function errorFor(status: number, what: string, detail: RegistryErrorDetail | undefined): Error {
  const said = detail ? `: ${detail.code}${detail.message ? ` (${detail.message})` : ''}` : '';
  const message = `${what} → HTTP ${status}${said}`;
  const code = detail?.code;
  if (status === 401) return new UnauthorizedError(`unauthorized: ${message}; check the credentials for this registry`, code);
  if (status === 403) return new DeniedError(`denied: ${message}; the credentials lack access to this repository`, code);
  if (code === 'MANIFEST_UNKNOWN' || (status === 404 && !code && /manifest/.test(what))) return new ManifestUnknownError(`manifest unknown: ${message}`, status, code ?? 'MANIFEST_UNKNOWN');
  if (code === 'NAME_UNKNOWN' || (status === 404 && !code && /tags/.test(what))) return new NameUnknownError(`name unknown: ${message}`, status, code ?? 'NAME_UNKNOWN');
  if (code === 'BLOB_UNKNOWN' || (status === 404 && /blob/.test(what))) return new BlobUnknownError(`blob unknown: ${message}`, status, code ?? 'BLOB_UNKNOWN');
  if (code === 'DIGEST_INVALID') return new DigestMismatchError(`digest invalid: ${message}`, status, code);
  return new RegistryError(message, status, code);
}
