/** What every benchmark section gets and gives back. */
import type { SummaryRow, Table } from './stats.ts';

export interface SectionOptions {
  /** Fewer runs and smaller images: a smoke run. */
  readonly quick: boolean;
  /** Progress lines (stderr), so a long section shows it is alive. */
  readonly progress: (line: string) => void;
  /** Adds a row to the final summary table (one per target of the issue). */
  readonly summary: (row: SummaryRow) => void;
}

export interface Section {
  readonly name: string;
  readonly title: string;
  run(options: SectionOptions): Promise<Table[]>;
}
