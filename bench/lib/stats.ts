/** Latency statistics for benchmarks: percentiles over sorted samples (nearest-rank). */
export function percentile(sortedMs: readonly number[], p: number): number {
  if (!sortedMs.length) return NaN;
  const rank = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[rank];
}

export interface LatencySummary {
  n: number;
  p50: number;
  p95: number;
  mean: number;
}

export function summarize(samplesMs: readonly number[]): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    mean: sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1),
  };
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, returning per-call milliseconds. */
export async function measure(
  fn: (i: number) => Promise<unknown>,
  runs: number,
  warmup = Math.min(20, runs),
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  return samples;
}

export const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
