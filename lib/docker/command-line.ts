/** A docker command as a reader sees it: the pasteable line, and the error when it fails. */
import { CiImagesError } from '../support/errors.ts';
import { redact } from '../support/secrets.ts';

/** A docker command that failed; the message carries the redacted command and stderr tail. */
export class DockerCommandError extends CiImagesError {
  readonly retryable: boolean;
  constructor(
    readonly argv: readonly string[],
    readonly status: number,
    readonly stderr: string,
  ) {
    const tail = stderr.trim().split('\n').filter(Boolean).slice(-10).join('\n');
    super(redact(`${shellLine(['docker', ...argv])} failed with exit code ${status}${tail ? `:\n${tail}` : ''}`));
    this.name = 'DockerCommandError';
    // Retrying cannot fix refused credentials or a missing local image.
    this.retryable = !/unauthorized|denied|authentication required|no such image|does not exist locally/i.test(stderr);
  }
}

const SAFE_WORD = /^[\w@%+=:,./-]+$/;

/**
 * POSIX shell quoting for display: a line a reader can paste into a terminal. Not zx's `quote`:
 * it writes ANSI-C `$'…'` strings and quotes commas, so every buildx line
 * (`--cache-from=type=registry,ref=…`) would read differently from the bash `docker_v` trace.
 */
export function shellLine(argv: readonly string[]): string {
  return argv.map((a) => (SAFE_WORD.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** The manifest digest in `docker push` output, e.g. `latest: digest: sha256:… size: 528`. */
export function pushedDigest(output: string): string | undefined {
  return /digest: (sha256:[a-f0-9]{64})/.exec(output)?.[1];
}

/** Chunks split lines anywhere; hold the partial tail until its newline (or the end) arrives. */
export function forwardLines(stream: NodeJS.ReadableStream, log: (line: string) => void): () => void {
  let pending = '';
  const emit = (line: string) => line.trim() && log(redact(line));
  stream.on('data', (chunk: Buffer) => {
    const lines = (pending + String(chunk)).split('\n');
    pending = lines.pop() ?? '';
    lines.forEach(emit);
  });
  return () => {
    emit(pending);
    pending = '';
  };
}

/** The last line of an error's message: what a retry line shows. */
export function lastLine(error: unknown): string {
  return (
    String(error instanceof Error ? error.message : error)
      .split('\n')
      .slice(-1)[0] ?? ''
  );
}
