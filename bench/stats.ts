import { performance } from 'node:perf_hooks';

// Latency samples and their summary. Percentiles use the nearest-rank method: p99 of 50 samples
// is the largest one, which is honest for small samples (no interpolation invents values).

export type LatencySummary = { count: number; p50: number; p95: number; p99: number; mean: number; max: number };

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, v) => sum + v, 0) / (sorted.length || 1);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** Milliseconds `work` takes. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/**
 * Runs `work` `warmup` times unrecorded (JIT, connection pool, plan cache and buffer cache warm
 * up), then `runs` times one after another, returning each run's latency in milliseconds.
 * Warm-up runs get negative run numbers (-1, -2, ...), measured runs 0 .. runs - 1.
 */
export async function timeRuns(runs: number, warmup: number, work: (run: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await work(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) samples.push((await timed(() => work(i))).ms);
  return samples;
}
