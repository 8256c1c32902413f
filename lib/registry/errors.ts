/**
 * One error type for everything a registry exchange can end in (go-containerregistry's
 * `transport.Error`): the HTTP status, the registry's error code, and what follows from tables of
 * both: `temporary` (worth another attempt) and a refusal of our credentials (exit 3).
 */
import { CiImagesError, isRefused, REFUSED_EXIT_CODE } from '../support/errors.ts';

/** The one test for a refusal (exit 3), registry or not: lib/support/errors.ts. */
export { isRefused };
import { neutralize } from '../support/network-text.ts';

export interface RegistryErrorDetail {
  readonly code: string;
  readonly message: string;
}

/** Statuses that may well succeed when tried again. */
const TEMPORARY_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);
/** Registry error codes (distribution spec and ours) that may succeed when tried again. */
const TEMPORARY_CODES: ReadonlySet<string> = new Set(['NETWORK', 'TOOMANYREQUESTS', 'UNAVAILABLE', 'TOO_SLOW']);
/** 401 reaches an error only after we authenticated; 403 means authenticated but not allowed. */
const REFUSED_STATUSES: ReadonlySet<number> = new Set([401, 403]);
/** Codes that mean "not there" (a missing repository answers either). */
const NOT_FOUND_CODES: ReadonlySet<string> = new Set(['MANIFEST_UNKNOWN', 'NAME_UNKNOWN']);
/** How the message of a status error starts, by code. */
const PREFIXES: Readonly<Record<string, string>> = {
  MANIFEST_UNKNOWN: 'manifest unknown',
  NAME_UNKNOWN: 'name unknown',
  BLOB_UNKNOWN: 'blob unknown',
  DIGEST_INVALID: 'digest invalid',
};
/** What a 404 without a code means, by what was asked for. */
const NOT_FOUND_BY_SUBJECT = { manifest: 'MANIFEST_UNKNOWN', repository: 'NAME_UNKNOWN', blob: 'BLOB_UNKNOWN' } as const;
export type Subject = keyof typeof NOT_FOUND_BY_SUBJECT | 'other';

export interface RegistryErrorInit {
  readonly status?: number;
  readonly code?: string;
  /** Overrides the tables (e.g. a 401 that only asks us to resend with a fresh token). */
  readonly temporary?: boolean;
  readonly refused?: boolean;
  readonly retryAfterMs?: number;
}

export class RegistryError extends CiImagesError {
  override readonly exitCode: number;
  readonly status: number | undefined;
  readonly code: string | undefined;
  /** Worth another attempt (408, 429, 5xx, network, a stalled transfer). */
  readonly temporary: boolean;
  /** A server-mandated wait before the next attempt (Retry-After), in ms. */
  retryAfterMs: number | undefined;

  constructor(message: string, init: RegistryErrorInit = {}) {
    super(message);
    this.name = 'RegistryError';
    this.status = init.status;
    this.code = init.code;
    this.temporary =
      init.temporary ??
      ((init.status !== undefined && TEMPORARY_STATUSES.has(init.status)) || (init.code !== undefined && TEMPORARY_CODES.has(init.code)));
    const refused = init.refused ?? (init.status !== undefined && REFUSED_STATUSES.has(init.status));
    this.exitCode = refused && !this.temporary ? REFUSED_EXIT_CODE : 1;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** What `lib/support/retry.ts` reads: the same as `temporary`. */
  get retryable(): boolean {
    return this.temporary;
  }
}

export function isTemporaryStatus(status: number): boolean {
  return TEMPORARY_STATUSES.has(status);
}

export function isNotFound(error: unknown): error is RegistryError {
  return error instanceof RegistryError && error.code !== undefined && NOT_FOUND_CODES.has(error.code);
}

/** The `{"errors":[{code,message}]}` body of a registry error (already read and capped), tolerating anything else. */
export function parseErrorDetail(body: Buffer | undefined): RegistryErrorDetail | undefined {
  if (!body || body.length === 0) return undefined;
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { errors?: { code?: unknown; message?: unknown }[] };
    const first = Array.isArray(parsed.errors) ? parsed.errors[0] : undefined;
    if (typeof first?.code === 'string' && first.code) {
      return { code: neutralize(first.code, 64), message: typeof first.message === 'string' ? neutralize(first.message) : '' };
    }
  } catch {
    // not JSON: the status code is all we have
  }
  return undefined;
}

/** The error for an answer with an unwanted status; `subject` says what a bare 404 means. */
export function statusError(
  status: number,
  what: string,
  detail: RegistryErrorDetail | undefined,
  subject: Subject = 'other',
  retryAfterMs?: number,
): RegistryError {
  const said = detail ? `: ${detail.code}${detail.message ? ` (${detail.message})` : ''}` : '';
  const message = `${what} → HTTP ${status}${said}`;
  if (status === 401)
    return new RegistryError(`unauthorized: ${message}; check the credentials for this registry`, {
      status,
      code: detail?.code ?? 'UNAUTHORIZED',
    });
  if (status === 403)
    return new RegistryError(`denied: ${message}; the credentials lack access to this repository`, {
      status,
      code: detail?.code ?? 'DENIED',
    });
  const code =
    detail?.code ??
    (status === 404 && subject !== 'other' ? NOT_FOUND_BY_SUBJECT[subject] : TEMPORARY_STATUSES.has(status) ? `HTTP_${status}` : undefined);
  const prefix = code !== undefined ? PREFIXES[code] : undefined;
  return new RegistryError(prefix ? `${prefix}: ${message}` : message, { status, code, retryAfterMs });
}

/** A refusal that happened before any status error: no challenge, no credentials, the token service said no. */
export function refusal(message: string, code = 'UNAUTHORIZED'): RegistryError {
  return new RegistryError(`unauthorized: ${message}`, { code, refused: true });
}

/** Connection-level failures that say the endpoint is not there at all (not a slow or busy one). */
const UNREACHABLE_CAUSES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** A network failure or timeout: temporary. */
export function networkError(message: string, causeCode?: string): RegistryError {
  return Object.assign(new RegistryError(message, { code: 'NETWORK' }), {
    unreachable: causeCode !== undefined && UNREACHABLE_CAUSES.has(causeCode),
  });
}

/** The endpoint refused the connection or its name did not resolve. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof RegistryError && (error as { unreachable?: boolean }).unreachable === true;
}
