/**
 * Public reads under load (issue 22): each public GET of the table, with the shared data loaded and
 * warm, under 100 concurrent keep-alive connections, beside a bare Fastify 5 route serving the same bytes in
 * the same run. Prints req/s, p50 and p99 for both and the ratios the issue sets as its goal: at least 40% of
 * the bare route's throughput, p99 within 3× the bare route's.
 *
 * The server runs on this process's event loop and the load generator in a worker thread (bench/reads-load.ts),
 * so the two use the machine's two cores as a server and an autocannon process would.
 *
 * Run: npx tsx bench/reads.bench.ts [--postgres] (needs the shared data beside the repository; about 6 minutes)
 *   --postgres              on PostgreSQL: a fresh database on the server at DATABASE_URL_BENCH (default the
 *                           local test server), loaded as below and dropped afterwards; else SQLite, a file
 *   READS_BENCH_SECONDS=20  seconds measured per route, in 4 rounds taking turns with the bare route (each
 *                           round after READS_BENCH_WARM=2 seconds not counted)
 *   READS_BENCH_ONLY=text   only the routes whose path holds this text
 *   READS_BENCH_DB=path|url a database already loaded (oa db migrate, demo load, import all, indicators
 *                           derive), to skip loading one: a SQLite file, or a postgres:// URL
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { runCli } from '../src/cli/program.ts';
import { buildServer } from '../src/server/index.ts';
import { openDatabase } from '../src/storage/database.ts';
import { parseDatabaseUrlOrThrow } from '../src/storage/database-url.ts';
import { runLoad, summariseLoad, type LoadResult, type LoadSummary } from './reads-load.ts';
import { fixed } from './support.ts';

const SHARED = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const SECONDS = Number(process.env['READS_BENCH_SECONDS'] ?? 20);
const WARM = Number(process.env['READS_BENCH_WARM'] ?? 2);
/**
 * The seconds measured are split into rounds, bare route and route taking turns, so that other work on a
 * shared machine weighs on both alike instead of on whichever ran while it did.
 */
const ROUNDS = 4;
const CONNECTIONS = 100;

const ALL_ROUTES = [
  '/api/opportunity-areas',
  '/api/health',
  '/api/areas/E06000009',
  '/api/twins/areas/E06000009',
  '/api/index?recipe=proxy-district-2019',
  // Not in the table: the funds list, a page of it read from the database on every request.
  '/api/funds',
];
// READS_BENCH_ONLY=areas measures only the routes whose path holds that text.
const ONLY = process.env['READS_BENCH_ONLY'];
const ROUTES = ONLY === undefined ? ALL_ROUTES : ALL_ROUTES.filter((route) => route.includes(ONLY));
const LOADED = process.env['READS_BENCH_DB'];
const ENGINE = LOADED === undefined ? (process.argv.includes('--postgres') ? 'postgres' : 'sqlite') : parseDatabaseUrlOrThrow(LOADED.startsWith('postgres') ? LOADED : `sqlite:${LOADED}`).engine;

async function oa(args: readonly string[], databaseUrl: string): Promise<void> {
  let output = '';
  const code = await runCli(args, {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdout: (t) => (output += t),
    stderr: (t) => (output += t),
    now: () => new Date(),
    readStdin: () => Promise.resolve(''),
    interactive: false,
  });
  if (code !== 0) throw new Error(`oa ${args.join(' ')} failed:\n${output}`);
}

async function listen(app: FastifyInstance): Promise<number> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return (app.server.address() as AddressInfo).port;
}

/** A bare Fastify 5 app answering every GET with these bytes as JSON: the floor a route can reach. */
async function bareRoute(body: Buffer): Promise<FastifyInstance> {
  const app = Fastify();
  app.get('/*', (_request, reply) => reply.type('application/json; charset=utf-8').send(body));
  return app;
}

function load(port: number, path: string): Promise<LoadResult> {
  return runLoad({ port, path, connections: CONNECTIONS, seconds: SECONDS / ROUNDS, warmSeconds: WARM, timeoutMs: 10_000 });
}

const line = (what: string, r: LoadSummary) =>
  `  ${what.padEnd(44)} ${fixed(r.perSecond, 0).padStart(7)} req/s  p50 ${fixed(r.p50Ms, 1).padStart(7)} ms  p99 ${fixed(r.p99Ms, 1).padStart(7)} ms` +
  (r.errors + r.timeouts > 0 ? `  (${String(r.errors)} errors, ${String(r.timeouts)} timeouts)` : '');

const LOAD_STEPS = [['db', 'migrate'], ['demo', 'load'], ['import', 'all', SHARED], ['indicators', 'derive']];

/**
 * The database to read, as a `DATABASE_URL`: READS_BENCH_DB's, or one made and loaded with the shared
 * data for this run (a SQLite file in `dir`, or a fresh database on the PostgreSQL server), with what
 * throws it away afterwards.
 */
async function loadedDatabase(dir: string): Promise<{ url: string; dispose: () => Promise<void> }> {
  if (LOADED !== undefined) return { url: LOADED.startsWith('postgres') ? LOADED : `sqlite:${LOADED}`, dispose: () => Promise.resolve() };
  let url = `sqlite:${join(dir, 'oa.sqlite')}`;
  let dispose = () => Promise.resolve();
  if (ENGINE === 'postgres') {
    const server = process.env['DATABASE_URL_BENCH'] ?? 'postgres://postgres@127.0.0.1:5432/test';
    const name = `oa_bench_reads_${String(process.pid)}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const target = new URL(server);
    target.pathname = `/${name}`;
    url = target.toString();
    dispose = async () => {
      const cleanup = new pg.Client({ connectionString: server });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name}`);
      await cleanup.end();
    };
  }
  try {
    const started = performance.now();
    for (const args of LOAD_STEPS) await oa(args, url);
    console.log(`Loaded the shared data in ${fixed((performance.now() - started) / 1000, 1)} s`);
    if (ENGINE === 'postgres') {
      // Warm as a server that has run a while: the autovacuum and statistics a fresh load sets off are done
      // now rather than on the machine's cores while the first routes are measured.
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query('vacuum analyze');
      await client.end();
    }
  } catch (error) {
    await dispose();
    throw error;
  }
  return { url, dispose };
}

async function main(): Promise<void> {
  if (!existsSync(join(SHARED, 'schools')) && LOADED === undefined) {
    console.log(`reads: skipped, no shared data beside the repository (expected ${SHARED})`);
    return;
  }
  console.log(`Machine: ${String(cpus().length)} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${fixed(totalmem() / 1024 ** 3, 1)} GB, Node ${process.version}; load average ${loadavg().map((l) => fixed(l, 2)).join(' ')}`);
  console.log(
    `Load: ${String(CONNECTIONS)} keep-alive connections; per route ${String(SECONDS)} s measured in ${String(ROUNDS)} rounds taking turns with the bare route, each after ${String(WARM)} s not counted; ${ENGINE === 'postgres' ? 'PostgreSQL (the server on this machine)' : 'SQLite'}`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'oa-bench-reads-'));
  try {
    const database = await loadedDatabase(dir);
    try {
      await measure(database.url);
    } finally {
      await database.dispose();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`Load average at the end: ${loadavg().map((l) => fixed(l, 2)).join(' ')}`);
}

/** Each route under load beside a bare route serving its bytes, on the database at `url`. */
async function measure(url: string): Promise<void> {
  const handle = await openDatabase(parseDatabaseUrlOrThrow(url));
  const app = await buildServer({ db: handle.db, engine: handle.engine, clock: () => new Date(), webRoot: null });
  const port = await listen(app);
  const rows: { route: string; bytes: number; bare: LoadSummary; route_: LoadSummary }[] = [];
  try {
    for (const route of ROUTES) {
      const first = await fetch(`http://127.0.0.1:${String(port)}${route}`);
      if (first.status !== 200) throw new Error(`${route} answered ${String(first.status)}: ${await first.text()}`);
      const body = Buffer.from(await first.arrayBuffer());
      const bare = await bareRoute(body);
      const barePort = await listen(bare);
      const bareRuns: LoadResult[] = [];
      const routeRuns: LoadResult[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        bareRuns.push(await load(barePort, route));
        routeRuns.push(await load(port, route));
      }
      await bare.close();
      const bareResult = summariseLoad(bareRuns);
      const routeResult = summariseLoad(routeRuns);
      console.log(`\n${route} (${body.length.toLocaleString('en-GB')} bytes)`);
      console.log(line('bare Fastify 5 route, same bytes', bareResult));
      console.log(line(route, routeResult));
      const ratio = routeResult.perSecond / bareResult.perSecond;
      const p99 = routeResult.p99Ms / bareResult.p99Ms;
      console.log(`  throughput ÷ bare ${fixed(ratio, 3)} (goal ≥ 0.4), p99 ÷ bare ${fixed(p99, 2)} (goal ≤ 3)  ${ratio >= 0.4 && p99 <= 3 ? 'met' : 'NOT met'}`);
      rows.push({ route, bytes: body.length, bare: bareResult, route_: routeResult });
    }
    // The issue saw /api/areas answer nothing in 20 s while the index was under load: both at once now, half
    // the connections each, one round (the index's first computation, if still to do, falls in the warm-up).
    const [index, areas] = await Promise.all([
      runLoad({ port, path: '/api/index?recipe=proxy-district-2019', connections: CONNECTIONS / 2, seconds: SECONDS / ROUNDS, warmSeconds: WARM, timeoutMs: 10_000 }),
      runLoad({ port, path: '/api/areas/E06000009', connections: CONNECTIONS / 2, seconds: SECONDS / ROUNDS, warmSeconds: WARM, timeoutMs: 10_000 }),
    ]);
    console.log(`\nBoth at once, ${String(CONNECTIONS / 2)} connections each, ${String(SECONDS / ROUNDS)} s:`);
    console.log(line('/api/index?recipe=proxy-district-2019', summariseLoad([index])));
    console.log(line('/api/areas/E06000009', summariseLoad([areas])));
  } finally {
    await app.close();
    await handle.close();
  }
  console.log('\n| route | bytes | req/s | p99 | bare req/s | bare p99 | ÷ bare req/s | p99 ÷ bare p99 |\n|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| \`GET ${r.route}\` | ${r.bytes.toLocaleString('en-GB')} | ${fixed(r.route_.perSecond, 0)} | ${fixed(r.route_.p99Ms, 1)} ms | ${fixed(r.bare.perSecond, 0)} | ${fixed(r.bare.p99Ms, 1)} ms | ` +
        `${fixed(r.route_.perSecond / r.bare.perSecond, 3)} | ${fixed(r.route_.p99Ms / r.bare.p99Ms, 2)} |`,
    );
  }
}

await main();
