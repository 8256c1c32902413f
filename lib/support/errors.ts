/** Typed errors; `exitCodeFor` is the one place that turns them into exit codes. */

export class CiImagesError extends Error {
  readonly exitCode: number = 1;
}

/** Bad input: a variable or flag with a value we do not accept. Exit 2. */
export class ConfigError extends CiImagesError {
  override readonly exitCode = 2;
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }

  /** `NAME="value" is not valid: <accepted>` — the value is shown unless it is secret. */
  static invalid(variable: string, value: string, accepted: string): ConfigError {
    return new ConfigError(variable, `${variable}=${JSON.stringify(value)} is not valid: ${accepted}`);
  }
}

/** The exit code of a refusal of our credentials, whoever refused (a registry, its token service, GitHub's API). */
export const REFUSED_EXIT_CODE = 3;

/**
 * A refusal of our credentials outside the registry client (401 after auth, or 403). Exit 3. A
 * RegistryError is a refusal when its tables say so; `isRefused` is the one test for both.
 */
export class AuthError extends CiImagesError {
  override readonly exitCode = REFUSED_EXIT_CODE;
  constructor(message: string) {
    super(message);
    this.name = 'AuthError';
  }
}

/** A deadline passed. Exit 1. */
export class TimeoutError extends CiImagesError {
  override readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'TimeoutError';
  }
}

/** A refusal of our credentials (exit 3): an AuthError, or a RegistryError that is a refusal. Never worth retrying. */
export function isRefused(error: unknown): error is CiImagesError & { readonly exitCode: typeof REFUSED_EXIT_CODE } {
  return error instanceof CiImagesError && error.exitCode === REFUSED_EXIT_CODE;
}

export function exitCodeFor(error: unknown): number {
  if (error instanceof CiImagesError) return error.exitCode;
  return 1;
}
