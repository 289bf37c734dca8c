import { performance } from 'node:perf_hooks';
import { Kysely } from 'kysely';
import { OwnSchemaPostgresDialect } from '../src/storage/own-schema-postgres-dialect.ts';
import pg from 'pg';
import type { DatabaseHandle } from '../src/storage/database.ts';
import { registerRawPostgresPool } from '../src/storage/raw-postgres.ts';
import type { Database } from '../src/storage/schema.ts';

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

/**
 * Runs `work` on the local PostgreSQL server (`DATABASE_URL_BENCH`, else the test database) in a schema of
 * its own, dropped afterwards; returns null, saying so, when no server answers.
 */
export async function withBenchPostgres<T>(name: string, work: (handle: DatabaseHandle, context: { url: string; schema: string }) => Promise<T>): Promise<T | null> {
  const url = process.env['DATABASE_URL_BENCH'] ?? 'postgres://postgres@127.0.0.1:5432/test';
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
  } catch {
    console.log(`\npostgres: skipped, no server at ${url}`);
    return null;
  }
  const schema = `oa_bench_${name}_${String(process.pid)}`;
  await admin.query(`create schema ${schema}`);
  try {
    const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema}` });
    const db = new Kysely<Database>({ dialect: new OwnSchemaPostgresDialect({ pool }) });
    registerRawPostgresPool(db, pool);
    try {
      return await work({ db, engine: 'postgres', location: url, close: () => db.destroy() }, { url, schema });
    } finally {
      await db.destroy();
    }
  } finally {
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  }
}
