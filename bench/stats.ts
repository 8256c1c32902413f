/** Small statistics and plain-text tables for the benchmarks: medians, p90, ratios against a peer. */

export function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** The q-quantile (0..1) with linear interpolation between closest ranks. NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = sorted(values);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);
export const p90 = (values: readonly number[]) => quantile(values, 0.9);
export const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN);
export const min = (values: readonly number[]) => (values.length ? Math.min(...values) : NaN);
export const max = (values: readonly number[]) => (values.length ? Math.max(...values) : NaN);

/** Milliseconds, human-sized: 0.84 ms, 12.3 ms, 412 ms, 2.51 s. */
export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${ms.toFixed(0)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** ours / peer, e.g. `0.12x`; below 1 means we take less (time, requests, memory). */
export function fmtRatio(ours: number, peer: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(peer) || peer === 0) return '-';
  const r = ours / peer;
  return `${r < 0.1 ? r.toFixed(3) : r < 10 ? r.toFixed(2) : r.toFixed(0)}x`;
}

export function fmtNum(n: number, digits = 1): string {
  if (!Number.isFinite(n)) return '-';
  return Number.isInteger(n) ? String(n) : n.toFixed(digits);
}

export function fmtBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '-';
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(bytes >= 100 * 1024 ** 2 ? 0 : 1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KiB`;
  return `${bytes} B`;
}

export function fmtRate(bytes: number, ms: number): string {
  if (!Number.isFinite(bytes) || !Number.isFinite(ms) || ms <= 0) return '-';
  const perSecond = bytes / (ms / 1000);
  if (perSecond >= 10 * 1024 ** 3) return `${(perSecond / 1024 ** 3).toFixed(0)} GiB/s`;
  if (perSecond >= 1024 ** 3) return `${(perSecond / 1024 ** 3).toFixed(2)} GiB/s`;
  return `${(perSecond / 1024 ** 2).toFixed(0)} MiB/s`;
}

export interface Table {
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly notes?: readonly string[];
}

/** A plain-text table: first column left-aligned, the others right-aligned. */
export function renderTable(table: Table): string {
  const widths = table.headers.map((h, i) => Math.max(h.length, ...table.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? (c ?? '').padEnd(widths[i]) : (c ?? '').padStart(widths[i]))).join('  ').trimEnd();
  const out = [table.title, '-'.repeat(table.title.length), line(table.headers), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of table.rows) out.push(line(row));
  for (const note of table.notes ?? []) out.push(`  * ${note}`);
  return out.join('\n') + '\n';
}
