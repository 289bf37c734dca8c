/**
 * Import benchmark: the 26,078-row DfE school information spine (`schools`) and the 21,660-row joined
 * schools table (`school-locations`) through the full importer (read, validate every cell, check codes,
 * compare with what is stored, write in one transaction), on SQLite and PostgreSQL.
 * Reference, same run: the engine's own bulk load of the same CSV into a bare all-text table with no
 * validation: `sqlite3 … .import` and PostgreSQL `\copy` through psql.
 * Needs ../shared/data beside the repository. Run: npx tsx bench/import.bench.ts
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { findImporter } from '../src/ingest/importers/index.ts';
import { openDatabase, type DatabaseHandle } from '../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../src/storage/migrate.ts';
import { loadDemoData } from '../src/storage/seed/load-demo-data.ts';
import { fixed, withBenchPostgres, withPeakMemory } from './support.ts';
import { createServices } from '../src/storage/services/create-services.ts';

const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));
if (!existsSync(DATA)) {
  console.log('Import benchmark skipped: the shared data folder is not beside the repository.');
  process.exit(0);
}
const SPINE = join(DATA, 'schools/dfe_school_information_spine.csv');
const JOINED = join(DATA, 'schools/schools_open_state_funded_joined.csv');
const options = { now: () => new Date(), actor: { userId: null, label: 'bench' } };

/** Files the timed imports depend on (geography, postcodes), loaded first and not timed. */
const PREREQUISITES: readonly [kind: string, file: string][] = [
  ['education-authorities', 'lookups/education_la_codes.csv'],
  ['geography', 'lookups/lad13_to_education_la.csv'],
  ['postcodes', 'schools/school_postcode_centroids_2017.csv'],
];

async function importOrThrow(handle: DatabaseHandle, kind: string, path: string) {
  const importer = findImporter(kind);
  if (importer === undefined) throw new Error(`No importer "${kind}"`);
  const outcome = await importer.run(createServices(handle.db, handle.engine), path, options);
  if (!outcome.ok) throw new Error(`${kind} failed: ${JSON.stringify(outcome.problems.slice(0, 3))}`);
  return outcome.counts;
}

async function timeImport(handle: DatabaseHandle, kind: string, path: string): Promise<{ rows: number; ms: number; peakMb: number }> {
  const start = performance.now();
  const { result, peakMb } = await withPeakMemory(() => importOrThrow(handle, kind, path));
  return { rows: result.rows, ms: performance.now() - start, peakMb };
}

function csvHeader(path: string): string[] {
  return (readFileSync(path, 'utf8').split(/\r?\n/, 1)[0] ?? '').replace(/^\uFEFF/, '').split(',');
}

interface Reference {
  readonly what: string;
  readonly ms: number | null;
}

function report(label: string, ours: { rows: number; ms: number; peakMb: number }, references: readonly Reference[]): void {
  const rate = (ours.rows / ours.ms) * 1000;
  console.log(`  ${label.padEnd(34)} ${String(ours.rows)} rows in ${fixed(ours.ms, 0)} ms = ${fixed(rate, 0)} rows/s, peak RSS ${fixed(ours.peakMb, 0)} MB`);
  for (const { what, ms } of references) {
    const line = ms === null ? 'not available' : `${fixed(ms, 0)} ms (${fixed((ours.rows / ms) * 1000, 0)} rows/s); ours is ${fixed(ms / ours.ms, 2)} of its speed`;
    console.log(`    reference, ${what}: ${line}`);
  }
}

function sqliteReference(csv: string): number | null {
  if (spawnSync('sqlite3', ['-version']).status !== 0) return null;
  const db = join(tmpdir(), `oa-bench-ref-${String(process.pid)}.sqlite`);
  rmSync(db, { force: true });
  const start = performance.now();
  execFileSync('sqlite3', [db, '-cmd', '.mode csv', `.import ${csv} reference`]);
  const ms = performance.now() - start;
  rmSync(db, { force: true });
  return ms;
}

function postgresReference(url: string, schema: string, csv: string): number | null {
  if (spawnSync('psql', ['--version']).status !== 0) return null;
  const columns = csvHeader(csv).map((h, i) => `c${String(i)}_${h.replace(/\W/g, '_').toLowerCase()} text`);
  const sql = `create table ${schema}.reference (${columns.join(', ')})`;
  execFileSync('psql', [url, '-q', '-c', sql]);
  const start = performance.now();
  execFileSync('psql', [url, '-q', '-c', `\\copy ${schema}.reference from '${csv}' with (format csv, header true)`]);
  return performance.now() - start;
}

/**
 * The second reference: the engine's own bulk load, with no checks, of the rows our import wrote into an
 * empty copy of `schools` (the same columns, types, primary key and indexes): what writing into the real
 * table costs the engine itself.
 */
function sqliteSameTableReference(file: string): number | null {
  if (spawnSync('sqlite3', ['-version']).status !== 0) return null;
  const csv = join(tmpdir(), `oa-bench-schools-${String(process.pid)}.csv`);
  const copy = join(tmpdir(), `oa-bench-copy-${String(process.pid)}.sqlite`);
  writeFileSync(csv, execFileSync('sqlite3', ['-csv', file, 'select * from schools'], { maxBuffer: 1 << 30 }));
  rmSync(copy, { force: true });
  execFileSync('sqlite3', [copy], { input: execFileSync('sqlite3', [file, '.schema schools']) });
  const start = performance.now();
  execFileSync('sqlite3', [copy, '-cmd', '.mode csv', `.import ${csv} schools`]);
  const ms = performance.now() - start;
  rmSync(copy, { force: true });
  rmSync(csv, { force: true });
  return ms;
}

function postgresSameTableReference(url: string, schema: string): number | null {
  if (spawnSync('psql', ['--version']).status !== 0) return null;
  const csv = join(tmpdir(), `oa-bench-schools-${String(process.pid)}.csv`);
  execFileSync('psql', [url, '-q', '-c', `create table ${schema}.reference_schools (like ${schema}.schools including all)`]);
  execFileSync('psql', [url, '-q', '-c', `\\copy ${schema}.schools to '${csv}' with (format csv)`]);
  const start = performance.now();
  execFileSync('psql', [url, '-q', '-c', `\\copy ${schema}.reference_schools from '${csv}' with (format csv)`]);
  const ms = performance.now() - start;
  execFileSync('psql', [url, '-q', '-c', `drop table ${schema}.reference_schools`]);
  rmSync(csv, { force: true });
  return ms;
}

console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'} x${String(cpus().length)}, ${fixed(totalmem() / 1024 ** 3, 0)} GB, Node ${process.version}`);

async function prepare(handle: DatabaseHandle): Promise<void> {
  await migrateToLatestOrThrow(handle.db);
  await loadDemoData(handle.db, () => new Date());
  for (const [kind, file] of PREREQUISITES) await importOrThrow(handle, kind, join(DATA, file));
}

// SQLite, on a file as in production.
const sqliteFile = join(tmpdir(), `oa-bench-import-${String(process.pid)}.sqlite`);
const sqlite = await openDatabase({ engine: 'sqlite', path: sqliteFile });
await prepare(sqlite);
console.log('\nsqlite (file)');
const sqliteSpine = await timeImport(sqlite, 'schools', SPINE);
report('schools (spine)', sqliteSpine, [
  { what: 'sqlite3 .import of the file into a bare all-text table', ms: sqliteReference(SPINE) },
  { what: 'sqlite3 .import of the rows written into an empty copy of schools', ms: sqliteSameTableReference(sqliteFile) },
]);
report('school-locations (joined table)', await timeImport(sqlite, 'school-locations', JOINED), [
  { what: 'sqlite3 .import of the file into a bare all-text table', ms: sqliteReference(JOINED) },
]);
report('schools again (all unchanged)', await timeImport(sqlite, 'schools', SPINE), []);
await sqlite.close();
for (const suffix of ['', '-wal', '-shm']) rmSync(sqliteFile + suffix, { force: true });

// PostgreSQL, in a fresh schema on the local server.
await withBenchPostgres('import', async (handle, { url, schema }) => {
  await prepare(handle);
  console.log('\npostgres');
  const postgresSpine = await timeImport(handle, 'schools', SPINE);
  report('schools (spine)', postgresSpine, [
    { what: 'psql \\copy of the file into a bare all-text table', ms: postgresReference(url, schema, SPINE) },
    { what: 'psql \\copy of the rows written into an empty copy of schools', ms: postgresSameTableReference(url, schema) },
  ]);
  await handle.db.schema.dropTable('reference').ifExists().execute();
  report('school-locations (joined table)', await timeImport(handle, 'school-locations', JOINED), [
    { what: 'psql \\copy of the file into a bare all-text table', ms: postgresReference(url, schema, JOINED) },
  ]);
  report('schools again (all unchanged)', await timeImport(handle, 'schools', SPINE), []);
});
