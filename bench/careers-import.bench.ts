/**
 * Real careers files at national speed (issue 22): a realistic school-style encounter CSV of 2,000,000 rows
 * (UPNs with their check letters, each pupil's rows together, both date styles, employers spelt with
 * varying case and spacing; real secondary URNs from the shared register when it is beside the repository)
 * through the real command line, `node bin/oa.js careers import FILE`, in a child process on SQLite (a
 * file) and PostgreSQL (the local server, a fresh database): rows per second and the child's peak resident
 * memory (GNU time's maximum RSS). In the same run, beside it:
 * - **synthetic path**: `oa demo careers` writing as many encounters, the bulk path the import now shares;
 * - **DuckDB**: `read_csv` of the same file plus every school's four-encounter count, in a child too.
 * The number of pupils reaching four encounters is checked to agree between DuckDB and the SQLite import.
 *
 * Run: npx tsx bench/careers-import.bench.ts [rows]   (default 2000000)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../src/storage/database.ts';
import { loadDemoData } from '../src/storage/seed/load-demo-data.ts';
import { migrateToLatestOrThrow } from '../src/storage/migrate.ts';
import type { DatabaseHandle } from '../src/storage/database.ts';
import { writeEncounterCsv } from '../test/support/encounter-csv.ts';
import { fixed } from './support.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const REGISTER = fileURLToPath(new URL('../../shared/data/schools/schools_open_state_funded_joined.csv', import.meta.url));
const AS_AT = 2025;
const mb = (kb: number) => `${fixed(kb / 1024, 0)} MB`;

/** `--duckdb FILE`: the reference, run as its own process so its memory is its own. */
async function duckdbChild(file: string): Promise<void> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const started = performance.now();
  const result = await connection.runAndReadAll(
    `select count(*) as rows, sum(reached) as reached from (
       select urn, count(*) as pupils, sum(case when n >= 4 then 1 else 0 end) as reached, sum(n) as rows
       from (select upn, urn, count(*) as n from read_csv('${file.replaceAll("'", "''")}', header = true) group by upn, urn) p group by urn) s`,
  );
  const ms = performance.now() - started;
  const rows = await connection.runAndReadAll(`select count(*) from read_csv('${file.replaceAll("'", "''")}', header = true)`);
  console.log(JSON.stringify({ ms, schools: Number(result.getRows()[0]?.[0]), reached: Number(result.getRows()[0]?.[1]), rows: Number(rows.getRows()[0]?.[0]) }));
  connection.closeSync();
}

/** Real open secondary and all-through URNs from the shared register, or made-up ones without it. */
function schoolUrns(): { urns: number[]; real: boolean } {
  if (!existsSync(REGISTER)) return { urns: Array.from({ length: 3_400 }, (_, i) => 100_000 + i * 7), real: false };
  const [head, ...lines] = readFileSync(REGISTER, 'utf8').split(/\r?\n/);
  const columns = (head ?? '').split(',');
  const urnAt = columns.indexOf('urn');
  const phaseAt = columns.indexOf('phase');
  const urns: number[] = [];
  for (const line of lines) {
    // The register quotes names with commas; URN and phase are read from cells before and after them safely
    // only when the line has no quotes, which covers nearly all secondary schools: enough for a benchmark.
    if (line.includes('"')) continue;
    const cells = line.split(',');
    if (cells[phaseAt] === 'Secondary' || cells[phaseAt] === 'All-through') urns.push(Number(cells[urnAt]));
  }
  return { urns, real: true };
}

async function addSchools(handle: DatabaseHandle, urns: readonly number[]): Promise<void> {
  await migrateToLatestOrThrow(handle.db);
  await loadDemoData(handle.db, () => new Date());
  const districts = (await handle.db.selectFrom('areas').select('code').where('kind', '=', 'district').execute()).map((a) => a.code);
  await handle.db.insertInto('data_sources').values({ id: 9002, name: 'bench register', origin: 'bench', loaded_at: new Date().toISOString(), row_count: urns.length, checksum: '-' }).execute();
  for (let start = 0; start < urns.length; start += 500) {
    await handle.db
      .insertInto('schools')
      .values(urns.slice(start, start + 500).map((urn, i) => ({
        urn, la_code_old: '000', estab: '4000', name: `School ${String(urn)}`, street: null, locality: null, town: null, postcode: null,
        status: 'open', open_date: null, close_date: null, minor_group: null, school_type: null, phase: 'secondary', age_low: 11, age_high: 18,
        gender: null, religious_character: null, admissions_policy: null, easting: null, northing: null, lat: null, lon: null,
        district_code: districts[(start + i) % Math.max(districts.length, 1)] ?? null, education_la_code: null, data_source_id: 9002,
      })))
      .execute();
  }
}

interface Measured {
  seconds: number;
  /** User and system CPU time: steadier than wall time on a machine shared with other work. */
  cpuSeconds: number;
  peakKb: number;
  stdout: string;
}

/** Runs a command under GNU time, returning its wall time and peak resident memory; throws if it fails. */
function measured(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Measured {
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', command, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 << 20 });
  const timing = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(run.stderr);
  if (run.status !== 0 || timing === null) throw new Error(`${command} ${args.join(' ')} failed (${String(run.status)}): ${run.stderr.slice(-2000)}`);
  return { seconds: Number(timing[1]), cpuSeconds: Number(timing[2]) + Number(timing[3]), peakKb: Number(timing[4]), stdout: run.stdout };
}

const oa = (args: readonly string[], env: NodeJS.ProcessEnv) => measured(process.execPath, ['bin/oa.js', ...args], env);

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 2_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'oa-bench-careers-import-'));
  const { urns, real } = schoolUrns();
  const file = join(dir, 'encounters.csv');
  const { pupils } = await writeEncounterCsv(file, { rows, urns, asAt: AS_AT });
  console.log(`Careers import benchmark: ${String(rows)} rows (${String(pupils)} pupils, ${fixed(statSync(file).size / 1e6, 0)} MB) over ${String(urns.length)} ${real ? 'real secondary URNs from the shared register' : 'made-up URNs (no shared register)'}`);
  const load = () => loadavg().map((l) => fixed(l, 1)).join(', ');
  console.log(`Machine: ${cpus()[0]?.model ?? 'unknown'}, ${String(cpus().length)} cores, ${fixed(totalmem() / 2 ** 30, 0)} GB, Node ${process.version}; ${new Date().toISOString()}; load average ${load()}\n`);
  // Builds the compiled command once, outside the timings.
  execFileSync(process.execPath, ['bin/oa.js', '--version'], { cwd: ROOT, stdio: 'ignore' });
  const academicYear = `${String(AS_AT)}/${String(AS_AT + 1).slice(2)}`;
  const lines: string[] = [];
  const report = (label: string, count: number, m: Measured) => {
    // Rows per CPU second as well: on a machine shared with other work, wall time says more about the load.
    const line = `${label.padEnd(44)} ${fixed(m.seconds, 1).padStart(6)} s  ${fixed(count / m.seconds, 0).padStart(9)} rows/s  CPU ${fixed(m.cpuSeconds, 1).padStart(5)} s  ${fixed(count / m.cpuSeconds, 0).padStart(9)} rows/CPU s  peak ${mb(m.peakKb)}`;
    lines.push(line);
    console.log(line);
  };

  // SQLite, a file.
  const sqliteFile = join(dir, 'oa.sqlite');
  const sqlite = await openDatabase({ engine: 'sqlite', path: sqliteFile });
  await addSchools(sqlite, urns);
  await sqlite.close();
  const sqliteEnv = { DATABASE_URL: `sqlite:${sqliteFile}`, OA_PSEUDONYM_KEY_FILE: join(dir, 'key') };
  const sqliteImport = oa(['careers', 'import', file, '--academic-year', academicYear], sqliteEnv);
  report('oa careers import, SQLite', rows, sqliteImport);
  const check = await openDatabase({ engine: 'sqlite', path: sqliteFile });
  const ours = Number((await check.db.selectFrom('careers_pupils').select((eb) => eb.fn.countAll().as('n')).where('encounters', '>=', 4).executeTakeFirstOrThrow()).n);
  await check.close();
  const synthetic = oa(['demo', 'careers', '--pupils', String(pupils), '--encounters', String(rows)], sqliteEnv);
  report('oa demo careers (synthetic path), SQLite', rows, synthetic);

  // PostgreSQL, a fresh database on the local server.
  const serverUrl = process.env['DATABASE_URL_BENCH'] ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `oa_bench_import_${String(process.pid)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
    try {
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const postgres = await openDatabase({ engine: 'postgres', url: url.toString(), host: url.hostname, port: Number(url.port || 5432), database: name });
      await addSchools(postgres, urns);
      await postgres.close();
      const env = { DATABASE_URL: url.toString(), OA_PSEUDONYM_KEY_FILE: join(dir, 'pg-key') };
      report('oa careers import, PostgreSQL', rows, oa(['careers', 'import', file, '--academic-year', academicYear], env));
      report('oa demo careers (synthetic path), PostgreSQL', rows, oa(['demo', 'careers', '--pupils', String(pupils), '--encounters', String(rows)], env));
    } finally {
      await admin.query(`drop database if exists ${name}`);
    }
  } catch (error) {
    console.log(`PostgreSQL: skipped (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    await admin.end().catch(() => undefined);
  }

  const duck = measured(process.execPath, ['--import', 'tsx', 'bench/careers-import.bench.ts', '--duckdb', file], {});
  const figures = JSON.parse(duck.stdout.trim().split('\n').pop() ?? '{}') as { ms: number; reached: number; rows: number };
  report('DuckDB read_csv + four-encounter count', rows, duck);
  console.log(`  (DuckDB's query alone ${fixed(figures.ms / 1000, 2)} s; the process includes Node and tsx starting)`);
  console.log(`\nratios: SQLite import ÷ DuckDB ${fixed(sqliteImport.seconds / duck.seconds, 1)}× the time; ÷ the synthetic path ${fixed(sqliteImport.seconds / synthetic.seconds, 1)}×`);
  console.log('(PostgreSQL figures include the server\'s own work, which GNU time does not see: its CPU and memory are the command\'s alone)');
  console.log(`pupils reaching 4 encounters: DuckDB ${String(figures.reached)}, SQLite import ${String(ours)}`);
  console.log(`load average at the end: ${load()}`);
  rmSync(dir, { recursive: true, force: true });
  if (figures.reached !== ours || figures.rows !== rows) {
    console.log('MISMATCH: DuckDB and the import disagree');
    process.exitCode = 1;
  }
}

if (process.argv[2] === '--duckdb') await duckdbChild(process.argv[3] ?? '');
else await main();
