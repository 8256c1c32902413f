/** Small statistics and plain-text tables for the benchmarks: medians, p90, ratios against a peer. */
import { mulberry32 } from '../testing/fault-proxy.ts';

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
  /** `left`: every column left-aligned (text tables such as the summary); default: numbers right-aligned. */
  readonly align?: 'left';
}

/** A plain-text table: first column left-aligned, the others right-aligned. */
export function renderTable(table: Table): string {
  const widths = table.headers.map((h, i) => Math.max(h.length, ...table.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 || table.align === 'left' ? (c ?? '').padEnd(widths[i]) : (c ?? '').padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [table.title, '-'.repeat(table.title.length), line(table.headers), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of table.rows) out.push(line(row));
  for (const note of table.notes ?? []) out.push(`  * ${note}`);
  return out.join('\n') + '\n';
}

// ---- intervals ---------------------------------------------------------------------------------

export const p10 = (values: readonly number[]) => quantile(values, 0.1);

/** A small, fast, seedable PRNG (the fault proxy's mulberry32): the same seed gives the same resamples every run. */
export const seededRandom: (seed: number) => () => number = mulberry32;

/** Fisher-Yates with the given PRNG; returns a new array. */
export function shuffled<T>(values: readonly T[], random: () => number): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface Interval {
  readonly lo: number;
  readonly hi: number;
  /** The interval's actual coverage (order statistics give discrete levels; small n cannot reach 95 %). */
  readonly coverage: number;
}

/**
 * Distribution-free confidence interval of the median: the order statistics x(k) and x(n+1-k),
 * with k the largest rank for which P(B < k) <= (1 - level) / 2, B ~ Binomial(n, 1/2). Its
 * coverage is 1 - 2 P(B < k) >= level; when n is too small for that (n < 6 at 95 %), it is
 * [min, max] with the coverage that has.
 */
export function medianCI(values: readonly number[], level = 0.95): Interval {
  const n = values.length;
  if (n === 0) return { lo: NaN, hi: NaN, coverage: NaN };
  const s = sorted(values);
  // cdf[j] = P(B <= j), from the pmf computed in log space (n can be a few hundred).
  const cdf: number[] = [];
  let logC = 0;
  let total = 0;
  for (let j = 0; j <= n; j++) {
    total += Math.exp(logC - n * Math.LN2);
    cdf.push(total);
    logC += Math.log(n - j) - Math.log(j + 1);
  }
  // Coverage of [x(k), x(n+1-k)] is 1 - 2 P(B <= k-1); k = 1 ([min, max]) when nothing better reaches the level.
  let k = 1;
  while (k + 1 <= Math.floor((n + 1) / 2) && cdf[k] <= (1 - level) / 2) k++;
  const below = cdf[k - 1];
  return { lo: s[k - 1], hi: s[n - k], coverage: 1 - 2 * below };
}

/**
 * Percentile-bootstrap confidence interval of median(a) / median(b), the two samples resampled
 * independently, with a fixed-seed PRNG (reproducible). Also the point estimate.
 */
export function ratioCI(
  a: readonly number[],
  b: readonly number[],
  options: { resamples?: number; level?: number; seed?: number } = {},
): Interval & { ratio: number } {
  const ratio = median(a) / median(b);
  if (a.length === 0 || b.length === 0) return { ratio: NaN, lo: NaN, hi: NaN, coverage: NaN };
  const random = seededRandom(options.seed ?? 0x5eed);
  const resamples = options.resamples ?? 2000;
  const level = options.level ?? 0.95;
  const draw = (values: readonly number[]) => {
    const pick = new Array<number>(values.length);
    for (let i = 0; i < values.length; i++) pick[i] = values[Math.floor(random() * values.length)];
    return median(pick);
  };
  const ratios: number[] = [];
  for (let i = 0; i < resamples; i++) ratios.push(draw(a) / draw(b));
  return { ratio, lo: quantile(ratios, (1 - level) / 2), hi: quantile(ratios, 1 - (1 - level) / 2), coverage: level };
}

/** `2.51 s [2.30 s, 2.70 s]`: the median and its distribution-free 95 % interval (coverage noted when below). */
export function fmtMedianCI(values: readonly number[], format: (v: number) => string = fmtMs): string {
  if (!values.length) return '-';
  const ci = medianCI(values);
  const low = ci.coverage < 0.949 ? ` (${(ci.coverage * 100).toFixed(0)}%)` : '';
  return `${format(median(values))} [${format(ci.lo)}, ${format(ci.hi)}]${low}`;
}

export const fmtX = (r: number) => (!Number.isFinite(r) ? '-' : `${r < 0.1 ? r.toFixed(3) : r < 10 ? r.toFixed(2) : r.toFixed(0)}x`);

/** `1.05x [0.98x, 1.12x]` */
export function fmtRatioCI(ci: { ratio: number; lo: number; hi: number }): string {
  return `${fmtX(ci.ratio)} [${fmtX(ci.lo)}, ${fmtX(ci.hi)}]`;
}

/** "flat" only when the ratio's interval includes 1.00. */
export function flatness(ci: { lo: number; hi: number }): string {
  if (!Number.isFinite(ci.lo)) return '-';
  return ci.lo <= 1 && ci.hi >= 1 ? 'flat (CI holds 1.00)' : ci.lo > 1 ? 'grows (CI above 1.00)' : 'shrinks (CI below 1.00)';
}

/**
 * A verdict against a target: `met` when the point estimate meets it, saying whether the
 * interval's far end does too; `not met` otherwise, saying whether the interval's near end does.
 */
export function verdict(point: number, interval: { lo: number; hi: number }, target: number, direction: '<=' | '>='): string {
  if (!Number.isFinite(point)) return 'not measured';
  const ok = (v: number) => (direction === '<=' ? v <= target : v >= target);
  const far = direction === '<=' ? interval.hi : interval.lo;
  const near = direction === '<=' ? interval.lo : interval.hi;
  if (ok(point)) return ok(far) ? 'met (whole CI)' : 'met (point; CI far end not)';
  return ok(near) ? 'not met (point; CI near end would)' : 'not met (whole CI)';
}

/** One row of the final summary: a target of the issue and what this run measured. */
export interface SummaryRow {
  readonly metric: string;
  readonly target: string;
  readonly measured: string;
  readonly verdict: string;
  readonly note?: string;
}
