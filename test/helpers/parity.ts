/**
 * Docker build commands without the #20664 build arguments that follow PYTHON_BASE_IMAGE and
 * without the OCI labels: suites about other things compare the rest; the parity set itself is
 * asserted in test/itg/commands/parity.test.ts.
 */

/** One echoed command line (shell words). */
export function withoutParity(line: string): string {
  return line
    .replace(
      /(--build-arg PYTHON_BASE_IMAGE=\S+ )(?:--build-arg \S+ )*?--build-arg COMMIT_SHA=\S* (?:--build-arg (?:INSTALL_M[SY]SQL_CLIENT|AIRFLOW_SOURCES_[A-Z_]+|AIRFLOW_INSTALLATION_METHOD)=\S* )*/,
      '$1',
    )
    .replace(/--label org\.opencontainers\.image\.\S+ /g, '');
}

/** One recorded argv. */
export function withoutParityArgv(argv: readonly string[]): string[] {
  return withoutParity(argv.join(' ') + ' ')
    .trimEnd()
    .split(' ');
}
