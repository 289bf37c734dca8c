/**
 * Careers benchmark, on SQLite (a file) and PostgreSQL (the local server, a fresh schema):
 * - **import**: a school-style encounter CSV with UPNs through the whole importer (parse, validate every
 *   cell and the UPN check letter, HMAC each UPN, write pupils and encounters, recompute their tallies), in
 *   encounters per second;
 * - **bulk ingest**: `oa demo careers`' path, synthetic pupils and encounters streamed in batches, in
 *   encounters per second;
 * - **coverage report**: every school's coverage (target 4) from the kept per-pupil tallies, warm, median
 *   and 95th percentile of repeated runs;
 * - **peak memory**: the process's peak resident set over the whole run.
 * Reference, same run: DuckDB in memory (`@duckdb/node-api`) loaded by its appender from the same generator
 * and seed, timing its load and the same coverage query, both from the same tallies and from the raw
 * ledger; the total reaching the target is checked to agree with ours.
 * The school register is synthetic here (3,400 secondary schools over the demo data's districts) so the
 * benchmark needs no downloaded files.
 *
 * Run: npx tsx bench/careers.bench.ts [pupils] [encounters]   (default 350000 2000000: a tenth of England)
 */
import { writeFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import { Kysely } from 'kysely';
import { OwnSchemaPostgresDialect } from '../src/storage/own-schema-postgres-dialect.ts';
import pg from 'pg';
import { generateSyntheticCareers, summariseCoverage, upnCheckLetter, type SyntheticSettings } from '../src/domain/careers/index.ts';
import { importEncounters } from '../src/ingest/careers/import-encounters.ts';
import { createPseudonymiser } from '../src/ingest/careers/pseudonym-key.ts';
import { syntheticBatchesInThread } from '../src/ingest/careers/synthetic-batches-in-thread.ts';
import { openDatabase, type DatabaseHandle } from '../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../src/storage/migrate.ts';
import { registerRawPostgresPool } from '../src/storage/raw-postgres.ts';
import { coverageTallies } from '../src/storage/repositories/careers-coverage.repository.ts';
import { replaceSyntheticCareers } from '../src/storage/repositories/careers-synthetic.repository.ts';
import type { Database } from '../src/storage/schema.ts';
import { loadDemoData } from '../src/storage/seed/load-demo-data.ts';
import { fixed, summarise, timeRepeated } from './support.ts';
import { createServices } from '../src/storage/services/create-services.ts';

const PUPILS = Number(process.argv[2] ?? 350_000);
const ENCOUNTERS = Number(process.argv[3] ?? 2_000_000);
const SCHOOLS = 3_400;
const IMPORT_ROWS = 100_000;
const AS_AT = 2025;
const settings: SyntheticSettings = { pupils: PUPILS, encounters: ENCOUNTERS, seed: 1, asAt: AS_AT, employers: Math.max(40, Math.ceil(PUPILS / 500)) };
const actor = { userId: null, label: 'bench' };

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const mb = (bytes: number) => `${fixed(bytes / 1024 / 1024, 0)} MB`;
const rate = (rows: number, ms: number) => `${fixed((rows / ms) * 1000, 0)}/s`;

console.log(`Careers benchmark: ${String(PUPILS)} pupils, about ${String(ENCOUNTERS)} encounters, ${String(SCHOOLS)} schools; import file ${String(IMPORT_ROWS)} rows`);
console.log(`Machine: ${cpus()[0]?.model ?? 'unknown'}, ${String(cpus().length)} cores, ${fixed(totalmem() / 2 ** 30, 0)} GB, Node ${process.version}\n`);

async function prepare(handle: DatabaseHandle): Promise<number[]> {
  await migrateToLatestOrThrow(handle.db);
  await loadDemoData(handle.db, () => new Date());
  const districts = (await handle.db.selectFrom('areas').select('code').where('kind', '=', 'district').execute()).map((a) => a.code);
  await handle.db.insertInto('data_sources').values({ id: 9001, name: 'bench register', origin: 'synthetic', loaded_at: new Date().toISOString(), row_count: SCHOOLS, checksum: '-' }).execute();
  const urns = Array.from({ length: SCHOOLS }, (_, i) => 100_000 + i * 7);
  for (let start = 0; start < SCHOOLS; start += 500) {
    await handle.db
      .insertInto('schools')
      .values(urns.slice(start, start + 500).map((urn, i) => ({
        urn, la_code_old: '000', estab: '4000', name: `Bench school ${String(start + i + 1)}`, street: null, locality: null, town: null, postcode: null,
        status: 'open', open_date: null, close_date: null, minor_group: null, school_type: null, phase: 'secondary', age_low: 11, age_high: 18,
        gender: null, religious_character: null, admissions_policy: null, easting: null, northing: null, lat: null, lon: null,
        district_code: districts[(start + i) % Math.max(districts.length, 1)] ?? null, education_la_code: null, data_source_id: 9001,
      })))
      .execute();
  }
  return urns;
}

/** A school-style export: pupils with well-formed UPNs, four or so encounters each, dated within their years. */
function writeImportFile(urns: readonly number[]): string {
  const lines = ['upn,urn,year_group,fsm,encounter_date,encounter_type,employer_name'];
  const types = ['talk', 'workplace visit', 'mentoring', 'work experience'];
  for (let i = 0; i < IMPORT_ROWS; i += 1) {
    const pupil = Math.floor(i / 4);
    const digits = `9990000${String(pupil).padStart(5, '0')}`;
    const yearGroup = 7 + (pupil % 7);
    const year = AS_AT - (pupil % (yearGroup - 6));
    lines.push(`${upnCheckLetter(digits)}${digits},${String(urns[pupil % urns.length] ?? 0)},${String(yearGroup)},${pupil % 4 === 0 ? 'Y' : 'N'},${String(year)}-10-${String(1 + (i % 4)).padStart(2, '0')},${types[i % 4] ?? 'talk'},Employer ${String(pupil % 997)}`);
  }
  const path = join(tmpdir(), `oa-bench-careers-${String(process.pid)}.csv`);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

interface EngineFigures {
  importRate: string;
  bulkRate: string;
  bulkSeconds: number;
  reportP50: number;
  reportP95: number;
  reached: number;
}

async function runEngine(name: string, handle: DatabaseHandle, file: string): Promise<EngineFigures> {
  const urns = await prepare(handle);
  let start = performance.now();
  const counts = await replaceSyntheticCareers(handle.db, urns, (firstId) => syntheticBatchesInThread(urns, settings, firstId), { employers: settings.employers, asAt: AS_AT, actor, now: new Date().toISOString() });
  const bulkMs = performance.now() - start;
  const report = async () => summariseCoverage((await coverageTallies(handle.db, { by: 'school', rule: { target: 4, eachYear: false } })).rows);
  const groups = await report();
  const timings = summarise(await timeRepeated(report, 5));
  // The import goes into the full database, as a school's file would, after the report is measured.
  const pseudonymise = createPseudonymiser(Buffer.alloc(32, 7));
  start = performance.now();
  const imported = await importEncounters(createServices(handle.db), file, { pseudonymise, asAt: AS_AT, replace: false, actor, now: () => new Date(), principal: null, transferPupils: false, retentionYears: 6 });
  if (!imported.ok) throw new Error(`import failed: ${JSON.stringify(imported.problems.slice(0, 3))}`);
  const importMs = performance.now() - start;
  console.log(name);
  console.log(`  bulk ingest (demo path)                  ${String(counts.encounters)} encounters + ${String(counts.pupils)} pupils in ${fixed(bulkMs / 1000, 1)} s = ${rate(counts.encounters, bulkMs)} encounters`);
  console.log(`  coverage report, all ${String(groups.length)} schools, warm  p50 ${fixed(timings.p50, 1)} ms, p95 ${fixed(timings.p95, 1)} ms`);
  console.log(`  import (CSV with UPNs, whole importer)   ${String(IMPORT_ROWS)} rows in ${fixed(importMs, 0)} ms = ${rate(IMPORT_ROWS, importMs)} into the full database`);
  return { importRate: rate(IMPORT_ROWS, importMs), bulkRate: rate(counts.encounters, bulkMs), bulkSeconds: bulkMs / 1000, reportP50: timings.p50, reportP95: timings.p95, reached: groups.reduce((sum, g) => sum + g.reached, 0) };
}

async function duckdbReference(urns: readonly number[]): Promise<{ loadMs: number; encounters: number; tallyP50: number; ledgerP50: number; reached: number; ledgerReached: number }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run('create table pupils (id integer, urn integer, year_group integer, fsm integer, as_at integer, encounters integer, encounter_years integer)');
  await connection.run('create table encounters (pupil_id integer, urn integer, academic_year integer)');
  const start = performance.now();
  const pupils = await connection.createAppender('pupils');
  const encounters = await connection.createAppender('encounters');
  let count = 0;
  for (const batch of generateSyntheticCareers(urns, settings, 1)) {
    const p = batch.pupils;
    for (let i = 0; i < p.length; i += 1) {
      pupils.appendInteger(p.id[i] ?? 0); pupils.appendInteger(p.urn[i] ?? 0); pupils.appendInteger(p.yearGroup[i] ?? 0); pupils.appendInteger(p.fsm[i] ?? 0);
      pupils.appendInteger(AS_AT); pupils.appendInteger(p.encounters[i] ?? 0); pupils.appendInteger(p.encounterYears[i] ?? 0); pupils.endRow();
    }
    const e = batch.encounters;
    for (let i = 0; i < e.length; i += 1) {
      encounters.appendInteger(e.pupilId[i] ?? 0); encounters.appendInteger(e.urn[i] ?? 0); encounters.appendInteger(e.academicYear[i] ?? 0); encounters.endRow();
    }
    count += batch.encounters.length;
  }
  pupils.flushSync(); pupils.closeSync(); encounters.flushSync(); encounters.closeSync();
  const loadMs = performance.now() - start;
  const tallyQuery = 'select urn, fsm, count(*) as pupils, sum(case when encounters >= 4 then 1 else 0 end) as reached from pupils group by urn, fsm';
  const ledgerQuery = `select p.urn, p.fsm, count(*) as pupils, sum(case when coalesce(c.n, 0) >= 4 then 1 else 0 end) as reached
    from pupils p left join (select e.pupil_id, count(*) as n from encounters e join pupils q on q.id = e.pupil_id
      where e.academic_year between q.as_at - q.year_group + 7 and q.as_at group by e.pupil_id) c on c.pupil_id = p.id group by p.urn, p.fsm`;
  const total = async (query: string) => (await connection.runAndReadAll(query)).getRows().reduce((s, r) => s + Number(r[3]), 0);
  const reached = await total(tallyQuery);
  const ledgerReached = await total(ledgerQuery);
  const tallyP50 = summarise(await timeRepeated(() => connection.runAndReadAll(tallyQuery), 5)).p50;
  const ledgerP50 = summarise(await timeRepeated(() => connection.runAndReadAll(ledgerQuery), 5)).p50;
  connection.closeSync();
  return { loadMs, encounters: count, tallyP50, ledgerP50, reached, ledgerReached };
}

const file = writeImportFile(Array.from({ length: SCHOOLS }, (_, i) => 100_000 + i * 7));
const sqliteFile = join(tmpdir(), `oa-bench-careers-${String(process.pid)}.sqlite`);
const sqlite = await openDatabase({ engine: 'sqlite', path: sqliteFile });
const ours = await runEngine('sqlite', sqlite, file);
await sqlite.close();
for (const suffix of ['', '-wal', '-shm']) rmSync(sqliteFile + suffix, { force: true });

const url = process.env['DATABASE_URL_BENCH'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const admin = new pg.Client({ connectionString: url });
let postgres: EngineFigures | null = null;
try {
  await admin.connect();
  const schema = `oa_bench_careers_${String(process.pid)}`;
  await admin.query(`create schema ${schema}`);
  try {
    const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema}` });
    const db = new Kysely<Database>({ dialect: new OwnSchemaPostgresDialect({ pool }) });
    registerRawPostgresPool(db, pool);
    postgres = await runEngine('\npostgres', { db, engine: 'postgres', location: url, close: () => db.destroy() }, file);
    await db.destroy();
  } finally {
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  }
} catch (error) {
  console.log(`\npostgres: skipped (${error instanceof Error ? error.message : String(error)})`);
}
rmSync(file, { force: true });

const duck = await duckdbReference(Array.from({ length: SCHOOLS }, (_, i) => 100_000 + i * 7));
console.log('\nreference: DuckDB in memory, same generator and seed');
console.log(`  appender load                            ${String(duck.encounters)} encounters in ${fixed(duck.loadMs / 1000, 1)} s = ${rate(duck.encounters, duck.loadMs)} encounters`);
console.log(`  coverage from the same tallies, warm     p50 ${fixed(duck.tallyP50, 1)} ms`);
console.log(`  coverage from the raw ledger, warm       p50 ${fixed(duck.ledgerP50, 1)} ms`);
console.log(`  pupils reaching 4: DuckDB ${String(duck.reached)} (tallies) / ${String(duck.ledgerReached)} (ledger); ours ${String(ours.reached)} on SQLite${postgres === null ? '' : `, ${String(postgres.reached)} on PostgreSQL`}`);
console.log(`\nratios: SQLite report ÷ DuckDB (tallies) ${fixed(ours.reportP50 / duck.tallyP50, 1)}×${postgres === null ? '' : `; PostgreSQL ÷ DuckDB ${fixed(postgres.reportP50 / duck.tallyP50, 1)}×`}`);
clearInterval(sampler);
console.log(`peak RSS of the whole run ${mb(peakRss)}`);
if (ours.reached !== duck.reached || duck.reached !== duck.ledgerReached || (postgres !== null && postgres.reached !== ours.reached)) {
  console.log('MISMATCH: the engines disagree on the number of pupils reaching the target');
  process.exitCode = 1;
}
