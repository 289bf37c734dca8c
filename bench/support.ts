import { performance } from 'node:perf_hooks';

/** Peak resident memory seen while `work` runs, sampled every 10 ms, in MB. */
export async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakMb: peak / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

/** Runs `once` repeatedly for about `seconds` after a short warm-up; returns per-call timings in ms. */
export async function timeRepeated(once: () => Promise<unknown>, seconds = 3): Promise<number[]> {
  for (let i = 0; i < 50; i += 1) await once();
  const timings: number[] = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const start = performance.now();
    await once();
    timings.push(performance.now() - start);
  }
  return timings;
}

export function summarise(timings: readonly number[]): { perSecond: number; p50: number; p95: number } {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const total = timings.reduce((a, b) => a + b, 0);
  return { perSecond: (timings.length / total) * 1000, p50: at(0.5), p95: at(0.95) };
}

export function fixed(value: number, digits = 2): string {
  return value.toFixed(digits);
}
