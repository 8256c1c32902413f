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

/** The registry refused our credentials (401 after auth, or 403). Exit 3. */
export class AuthError extends CiImagesError {
  override readonly exitCode = 3;
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

export function exitCodeFor(error: unknown): number {
  if (error instanceof CiImagesError) return error.exitCode;
  return 1;
}
