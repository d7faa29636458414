export interface Stats {
  p50: number;
  p95: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/** Runs `work(i)` `warmup + runs` times and returns the latency percentiles in milliseconds. */
export async function measure(runs: number, work: (i: number) => unknown, warmup = Math.ceil(runs / 10)): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await work(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await work(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

export const ms = (n: number) => `${n.toFixed(3)} ms`.padStart(11);
