/**
 * Catch-up tutoring benchmark, on SQLite (a file) and, with --postgres, PostgreSQL (the local server, a fresh schema):
 * - **bulk ingest**: `oa demo catch-up`'s path, synthetic pupils and sessions from the seeded generator
 *   written in batches through the bulk paths, in sessions per second;
 * - **import**: an MIS-style sessions CSV with UPNs through the whole importer (parse, check every cell and
 *   the UPN check letter, HMAC each UPN, stage and write), into the full ledger, in rows per second;
 * - **report by school**: every school's pupils tutored, hours, courses (the NTP rule) and disadvantaged
 *   share for the year (`tutoringReport`, pupil-level figures), median of repeated runs;
 * - **peak memory**: the process's peak resident set over the whole run.
 * Reference, same run: DuckDB in memory (`@duckdb/node-api`) loaded by its appender from the same generator
 * and seed, timing its load and the same report as one SQL query; tutees, hours and courses are checked to
 * agree with ours. The school register is synthetic (20,000 schools over the demo data's districts).
 *
 * Run: npx tsx bench/catch-up.bench.ts [pupils] [sessions] [import rows] [--postgres]   (default 600000 2500000 100000)
 */
import { rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import { tutoringReport, type TutoringReportRow } from '../src/app/catch-up/tutoring-report.ts';
import { upnCheckLetter } from '../src/domain/careers/index.ts';
import { generateSyntheticTutoring, NTP_COURSE_RULE, type SyntheticTutoringSettings } from '../src/domain/catch-up/index.ts';
import { createPseudonymiser } from '../src/ingest/careers/pseudonym-key.ts';
import { importTutoring } from '../src/ingest/catch-up/import-tutoring.ts';
import { openDatabase, type DatabaseHandle } from '../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../src/storage/migrate.ts';
import { replaceSyntheticTutoring } from '../src/storage/repositories/catch-up/synthetic-tutoring.ts';
import { loadDemoData } from '../src/storage/seed/load-demo-data.ts';
import { fixed, withBenchPostgres } from './support.ts';
import { createServices } from '../src/storage/services/create-services.ts';

const numbers = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const PUPILS = Number(numbers[0] ?? 600_000);
const SESSIONS = Number(numbers[1] ?? 2_500_000);
const IMPORT_ROWS = Number(numbers[2] ?? 100_000);
const SCHOOLS = 20_000;
const YEAR = 2022;
const settings: SyntheticTutoringSettings = { pupils: PUPILS, sessions: SESSIONS, seed: 1, academicYear: YEAR };
const actor = { userId: null, label: 'bench' };
const urns = Array.from({ length: SCHOOLS }, (_, i) => 100_000 + i * 7);

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const mb = (bytes: number) => `${fixed(bytes / 1024 / 1024, 0)} MB`;
const rate = (rows: number, ms: number) => `${fixed((rows / ms) * 1000, 0)}/s`;

console.log(`Catch-up tutoring benchmark: ${String(PUPILS)} pupils, about ${String(SESSIONS)} sessions, ${String(SCHOOLS)} schools; import file ${String(IMPORT_ROWS)} rows`);
console.log(`Machine: ${cpus()[0]?.model ?? 'unknown'}, ${String(cpus().length)} cores, ${fixed(totalmem() / 2 ** 30, 0)} GB, Node ${process.version}\n`);

/** Totals a report's rows add up to: tutees (at each school), hours, courses. */
const totals = (rows: readonly { pupils_tutored: number; hours: number; courses: number }[]) =>
  rows.reduce((t, r) => ({ tutees: t.tutees + r.pupils_tutored, hours: t.hours + r.hours, courses: t.courses + r.courses }), { tutees: 0, hours: 0, courses: 0 });

async function median(runs: number, once: () => Promise<unknown>): Promise<number> {
  const timings: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await once();
    timings.push(performance.now() - start);
  }
  return [...timings].sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.NaN;
}

/** An MIS export: pupils with well-formed UPNs, five sessions each a week apart, at the benchmark's schools. */
function writeImportFile(): string {
  const lines = ['upn,urn,year_group,fsm,pupil_premium,route,subject,session_date,hours,group_size,provider'];
  for (let i = 0; i < IMPORT_ROWS; i += 1) {
    const pupil = Math.floor(i / 5);
    const digits = `9990000${String(pupil).padStart(5, '0')}`;
    const fsm = pupil % 4 === 0;
    const day = String(1 + (i % 5) * 7).padStart(2, '0');
    lines.push(`${upnCheckLetter(digits)}${digits},${String(urns[pupil % urns.length] ?? 0)},${String(1 + (pupil % 11))},${fsm ? 'Y' : 'N'},${fsm || pupil % 9 === 0 ? 'Y' : 'N'},school-led,Mathematics,2022-10-${day},1.5,3,`);
  }
  const path = join(tmpdir(), `oa-bench-catch-up-${String(process.pid)}.csv`);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

async function duckdbReference(): Promise<{ loadMs: number; sessions: number; reportMs: number; tutees: number; hours: number; courses: number }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run('create table sessions (pupil_id integer, urn integer, session_day integer, route varchar, subject varchar, provider varchar, group_size integer, half_hours integer, disadvantaged integer)');
  const start = performance.now();
  const appender = await connection.createAppender('sessions');
  let count = 0;
  for (const batch of generateSyntheticTutoring(urns, settings)) {
    for (const t of batch) {
      for (const s of t.sessions) {
        appender.appendInteger(t.n); appender.appendInteger(t.urn); appender.appendInteger(s.day); appender.appendVarchar(s.route); appender.appendVarchar(s.subject);
        appender.appendVarchar(s.provider); appender.appendInteger(s.groupSize); appender.appendInteger(s.halfHours); appender.appendInteger(t.fsm || t.pupilPremium ? 1 : 0); appender.endRow();
        count += 1;
      }
    }
  }
  appender.flushSync(); appender.closeSync();
  const loadMs = performance.now() - start;
  const query = `with u as (select pupil_id, urn, max(disadvantaged) as d, sum(half_hours) as h from sessions group by pupil_id, urn)
    select urn, count(*) as tutees, sum(h) / 2.0 as hours, sum(case when h > 32 then 2 else 1 end) as courses, avg(d) as disadvantaged_share from u group by urn order by urn`;
  const rows = (await connection.runAndReadAll(query)).getRows();
  const reportMs = await median(5, () => connection.runAndReadAll(query));
  connection.closeSync();
  const sum = (i: number) => rows.reduce((s, r) => s + Number(r[i]), 0);
  return { loadMs, sessions: count, reportMs, tutees: sum(1), hours: sum(2), courses: sum(3) };
}

/** Ingest, report and import on one engine's database (migrated, demo data and the synthetic register loaded here). */
async function runOn(handle: DatabaseHandle, label: string, file: string): Promise<{ ingestMs: number; reportMs: number; totals: ReturnType<typeof totals> }> {
  await migrateToLatestOrThrow(handle.db);
  await loadDemoData(handle.db, () => new Date());
  const districts = (await handle.db.selectFrom('areas').select('code').where('kind', '=', 'district').execute()).map((a) => a.code);
  await handle.db.insertInto('data_sources').values({ id: 9001, name: 'bench register', origin: 'synthetic', loaded_at: new Date().toISOString(), row_count: SCHOOLS, checksum: '-' }).execute();
  for (let start = 0; start < SCHOOLS; start += 500) {
    await handle.db
      .insertInto('schools')
      .values(urns.slice(start, start + 500).map((urn, i) => ({
        urn, la_code_old: '000', estab: '2000', name: `Bench school ${String(start + i + 1)}`, street: null, locality: null, town: null, postcode: null,
        status: 'open', open_date: null, close_date: null, minor_group: null, school_type: null, phase: (start + i) % 6 === 0 ? 'secondary' : 'primary', age_low: 4, age_high: 11,
        gender: null, religious_character: null, admissions_policy: null, easting: null, northing: null, lat: null, lon: null,
        district_code: districts[(start + i) % Math.max(districts.length, 1)] ?? null, education_la_code: null, data_source_id: 9001,
      })))
      .execute();
  }
  let start = performance.now();
  const ingest = await replaceSyntheticTutoring(handle.db, generateSyntheticTutoring(urns, settings), { seed: 1, academicYear: YEAR, actor, now: new Date().toISOString() });
  const ingestMs = performance.now() - start;
  console.log(`ours: ${label}`);
  console.log(`  bulk ingest (oa demo catch-up's path)   ${String(ingest.sessions)} sessions, ${String(ingest.pupils)} pupils in ${fixed(ingestMs / 1000, 1)} s = ${rate(ingest.sessions, ingestMs)} sessions`);
  const query = { by: 'school' as const, academicYear: YEAR, urns: null, rule: NTP_COURSE_RULE };
  const services = createServices(handle.db);
  let report = await tutoringReport(services, query, false);
  const reportMs = await median(3, async () => (report = await tutoringReport(services, query, false)));
  console.log(`  report by school, all schools           ${String(report.rows.length)} schools in p50 ${fixed(reportMs, 0)} ms (of 3 runs)`);
  start = performance.now();
  const imported = await importTutoring(services, file, {
    pseudonymise: createPseudonymiser(randomBytes(32)), census: false, academicYear: null, localRoutes: [], actor, now: () => new Date('2023-07-15T00:00:00Z'), principal: null, retentionYears: 6,
  });
  const importMs = performance.now() - start;
  if (!imported.ok) throw new Error(`import failed: ${JSON.stringify(imported.problems.slice(0, 3))}`);
  console.log(`  import (MIS CSV through the importer)   ${String(imported.counts.rows)} rows into the full ledger in ${fixed(importMs / 1000, 1)} s = ${rate(imported.counts.rows, importMs)} rows`);
  return { ingestMs, reportMs, totals: totals(report.rows as TutoringReportRow[]) };
}

const file = writeImportFile();
const sqliteFile = join(tmpdir(), `oa-bench-catch-up-${String(process.pid)}.sqlite`);
const sqlite = await openDatabase({ engine: 'sqlite', path: sqliteFile });
const ours = await runOn(sqlite, 'SQLite file', file);
await sqlite.close();
for (const suffix of ['', '-wal', '-shm']) rmSync(`${sqliteFile}${suffix}`, { force: true });
const postgres = process.argv.includes('--postgres') ? await withBenchPostgres('catch_up', (handle) => runOn(handle, 'PostgreSQL (local server, a fresh schema)', file)) : null;
rmSync(file, { force: true });

const duck = await duckdbReference();
console.log('\nreference: DuckDB in memory, same generator and seed');
console.log(`  appender load                           ${String(duck.sessions)} sessions in ${fixed(duck.loadMs / 1000, 1)} s = ${rate(duck.sessions, duck.loadMs)} sessions`);
console.log(`  report by school as one query           p50 ${fixed(duck.reportMs, 0)} ms (of 5 runs)`);
console.log(`\nratios: SQLite ingest ÷ DuckDB load ${fixed(ours.ingestMs / duck.loadMs, 1)}×; SQLite report ÷ DuckDB ${fixed(ours.reportMs / duck.reportMs, 1)}×` +
  (postgres === null ? '' : `; PostgreSQL ingest ÷ DuckDB ${fixed(postgres.ingestMs / duck.loadMs, 1)}×, report ÷ DuckDB ${fixed(postgres.reportMs / duck.reportMs, 1)}×`));
const t = ours.totals;
console.log(`totals: ours ${String(t.tutees)} tutees, ${String(t.hours)} hours, ${String(t.courses)} courses${postgres === null ? '' : ` (PostgreSQL ${String(postgres.totals.tutees)}, ${String(postgres.totals.hours)}, ${String(postgres.totals.courses)})`}; DuckDB ${String(duck.tutees)}, ${String(duck.hours)}, ${String(duck.courses)}`);
console.log(`peak memory ${mb(peakRss)}`);
clearInterval(sampler);
const agree = (x: ReturnType<typeof totals>) => x.tutees === duck.tutees && x.hours === duck.hours && x.courses === duck.courses;
if (!agree(ours.totals) || (postgres !== null && !agree(postgres.totals))) {
  console.error('MISMATCH: our report and DuckDB disagree');
  process.exitCode = 1;
}
