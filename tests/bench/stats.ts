/** How the benchmarks summarise and print their timings. */

export const median = (values: number[]) => quantile(values, 0.5);

export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The share of `values` under `limit`, as a percentage. */
export const share = (values: number[], limit: number) =>
  `${((100 * values.filter((value) => value < limit).length) / values.length).toFixed(1)}%`;

export const verdict = (met: boolean) => (met ? 'PASS' : 'FAIL');
