/**
 * What the report layer needs of a script's run: the configuration, the output choice and where
 * lines, results and step outputs go. lib/cli/setup.ts's Session is one; the report layer never
 * imports cli.
 */
import type { Config } from '../config/load.ts';
import type { Writer } from '../support/writer.ts';

export interface ReportContext {
  readonly config: Config;
  readonly json: boolean;
  readonly dryRun: boolean;
  /** Progress, docker commands, retries (stderr; stdout for a plain dry run, whose plan is the output). */
  readonly log: Writer;
  /** Plain result lines (stdout), redacted. */
  readonly out: Writer;
  /** The `--json` result, printed once inside the envelope by the script's frame. */
  result(value: unknown): void;
  /** A step output: `$GITHUB_OUTPUT` in Actions, `NAME=value` with `--format env`. False when not in Actions. */
  output(name: string, value: string): boolean;
  /** A log group (`::group::` in Actions, a heading elsewhere). */
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
}
