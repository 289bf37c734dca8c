/**
 * Register benchmark: the cost of the walking skeleton's path, on both engines.
 * - demo load: rows per second into an empty, migrated database (one transaction).
 * - GET /api/opportunity-areas through the whole server stack (Fastify inject: routing, zod, JSON).
 * - reference, same run: the raw driver reading the same rows with one prepared query, no framework.
 * Run: npm run bench (PostgreSQL half uses DATABASE_URL_BENCH or postgres://postgres@127.0.0.1:5432/test).
 */
import { rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { buildServer } from '../src/server/app.ts';
import { openDatabase, type DatabaseHandle } from '../src/storage/database.ts';
import { parseDatabaseUrlOrThrow } from '../src/storage/database-url.ts';
import { migrateToLatestOrThrow } from '../src/storage/migrate.ts';
import { loadDemoData } from '../src/storage/seed/load-demo-data.ts';
import { fixed, summarise, timeRepeated, withPeakMemory } from './support.ts';

const REFERENCE_SQL =
  'select oa.id, oa.name, oa.wave, oa.announced_on, d.district_code, a.name as district_name from opportunity_areas oa ' +
  'join opportunity_area_districts d on d.opportunity_area_id = oa.id join areas a on a.code = d.district_code order by oa.wave, oa.name';

/** `openReference` is called after the demo load and returns one reference query to time. */
async function benchEngine(handle: DatabaseHandle, openReference: () => Promise<() => Promise<unknown>>): Promise<void> {
  await migrateToLatestOrThrow(handle.db);
  const loadStart = performance.now();
  const load = await loadDemoData(handle.db, () => new Date());
  const loadMs = performance.now() - loadStart;
  const app = await buildServer({ db: handle.db, engine: handle.engine, clock: () => new Date(), webRoot: null });
  await app.ready();
  const { result: apiTimings, peakMb } = await withPeakMemory(() =>
    timeRepeated(async () => {
      const response = await app.inject({ method: 'GET', url: '/api/opportunity-areas' });
      if (response.statusCode !== 200) throw new Error(`status ${String(response.statusCode)}`);
    }),
  );
  const referenceTimings = await timeRepeated(await openReference());
  await app.close();
  const api = summarise(apiTimings);
  const ref = summarise(referenceTimings);
  console.log(`\n${handle.engine} (${handle.location})`);
  console.log(`  demo load           ${String(load.rows)} rows in ${fixed(loadMs, 1)} ms = ${fixed((load.rows / loadMs) * 1000, 0)} rows/s`);
  console.log(`  GET /api/opportunity-areas  ${fixed(api.perSecond, 0)} req/s  p50 ${fixed(api.p50)} ms  p95 ${fixed(api.p95)} ms  peak RSS ${fixed(peakMb, 0)} MB`);
  console.log(`  reference: raw driver, same rows  ${fixed(ref.perSecond, 0)} queries/s  p50 ${fixed(ref.p50, 3)} ms`);
  console.log(`  ratio: full stack takes ${fixed(api.p50 / ref.p50, 1)}x the raw query's time`);
}

console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'} x${String(cpus().length)}, ${fixed(totalmem() / 1024 ** 3, 0)} GB, Node ${process.version}`);

// Both sides read one file on disk: the app through its own connection, the reference through a second one.
const sqliteFile = `${tmpdir()}/oa-bench-${String(process.pid)}.sqlite`;
const sqliteHandle = await openDatabase({ engine: 'sqlite', path: sqliteFile });
let raw: SQLite.Database | undefined;
await benchEngine(sqliteHandle, () => {
  raw = new SQLite(sqliteFile, { readonly: true });
  const statement = raw.prepare(REFERENCE_SQL);
  return Promise.resolve(() => Promise.resolve(statement.all()));
});
raw?.close();
await sqliteHandle.close();
for (const suffix of ['', '-wal', '-shm']) rmSync(sqliteFile + suffix, { force: true });

const pgUrl = process.env['DATABASE_URL_BENCH'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `oa_bench_${String(process.pid)}`;
const admin = new pg.Client({ connectionString: pgUrl });
try {
  await admin.connect();
} catch {
  console.log(`\npostgres: skipped, no server at ${pgUrl}`);
  process.exit(0);
}
await admin.query(`create schema ${schema}`);
try {
  const target = parseDatabaseUrlOrThrow(`${pgUrl}${pgUrl.includes('?') ? '&' : '?'}options=-c%20search_path%3D${schema}`);
  const pgHandle = await openDatabase(target);
  const refClient = new pg.Client({ connectionString: pgUrl, options: `-c search_path=${schema}` });
  await refClient.connect();
  await benchEngine(pgHandle, () => Promise.resolve(() => refClient.query({ name: 'reference', text: REFERENCE_SQL })));
  await refClient.end();
  await pgHandle.close();
} finally {
  await admin.query(`drop schema if exists ${schema} cascade`);
  await admin.end();
}
