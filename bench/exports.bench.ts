/**
 * Downloads benchmark (issue 23, finding 3): N schools.xlsx downloads of the national register at once.
 * - before: the old way, every school read in one query and the workbook built whole with ExcelJS on the
 *   event loop (what `sendTable` did until this change), N at once in one process;
 * - after: through the server over HTTP, each from its own address (the download limiter admits them all,
 *   building as many at once as it allows and queueing the rest), read a page at a time and streamed, the
 *   workbook built in a worker thread.
 * Each run is a fresh process, so its peak RSS is its own. Reference in the same run: one bare `toCsv` of
 * the same rows. Needs the shared data folder beside the repository (`../shared/data`); without it, says so.
 * Run: npx tsx bench/exports.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { runCli } from '../src/cli/program.ts';
import { toCsv } from '../src/domain/shared/csv.ts';
import { buildServer } from '../src/server/app.ts';
import { SCHOOL_CSV } from '../src/server/routes/schools/routes.ts';
import { openDatabase } from '../src/storage/database.ts';
import { findSchools } from '../src/storage/repositories/schools.repository.ts';
import { fixed } from './support.ts';

const SHARED_DATA_DIR = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const THIS_FILE = fileURLToPath(import.meta.url);

interface RunFigures {
  readonly seconds: number;
  readonly peakMb: number;
  readonly maxBlockedMs: number;
  readonly bytes: number;
}

/** One run in this process: N downloads at once, the old way or through the server; prints its figures as JSON. */
async function runOnce(way: 'before' | 'after', n: number, path: string): Promise<void> {
  const handle = await openDatabase({ engine: 'sqlite', path });
  const app = way === 'after' ? await buildServer({ db: handle.db, engine: 'sqlite', clock: () => new Date(), webRoot: null }) : null;
  let port = 0;
  if (app !== null) {
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as AddressInfo).port;
  }
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  await new Promise((resolve) => setTimeout(resolve, 50));
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const start = performance.now();
  const sizes = await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      if (way === 'after') return download(port, '/api/schools?format=xlsx', `127.0.0.${String(i + 10)}`);
      const all = await findSchools(handle.db, { page: 1, pageSize: 50_000 });
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('schools');
      sheet.addRow(SCHOOL_CSV.map((c) => c.header)).font = { bold: true };
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
      for (const row of all.items) sheet.addRow(SCHOOL_CSV.map((c) => c.value(row)));
      return (await workbook.xlsx.writeBuffer()).byteLength;
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 30));
  clearInterval(sampler);
  delay.disable();
  const figures: RunFigures = { seconds, peakMb: peak / 1024 / 1024, maxBlockedMs: delay.max / 1e6, bytes: sizes[0] ?? 0 };
  console.log(JSON.stringify(figures));
  await app?.close();
  await handle.close();
}

function download(port: number, path: string, address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, localAddress: address }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => {
        if (res.statusCode === 200) resolve(bytes);
        else reject(new Error(`status ${String(res.statusCode)}`));
      });
    });
    req.on('error', reject);
    req.end();
  });
}

async function main(): Promise<void> {
  console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'} x${String(availableParallelism())}, ${fixed(totalmem() / 1024 ** 3, 0)} GB, Node ${process.version}`);
  if (!existsSync(join(SHARED_DATA_DIR, 'schools'))) {
    console.log(`exports: skipped, no shared data folder beside the repository (expected ${SHARED_DATA_DIR})`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'oa-bench-exports-'));
  const path = join(dir, 'oa.sqlite');
  const quiet = { stdout: () => undefined, stderr: (t: string) => process.stderr.write(t), now: () => new Date(), readStdin: () => Promise.resolve(''), interactive: false };
  for (const args of [['db', 'migrate'], ['import', 'all', SHARED_DATA_DIR]]) {
    if ((await runCli(args, { ...quiet, env: { ...process.env, DATABASE_URL: `sqlite:${path}` } })) !== 0) throw new Error(`oa ${args.join(' ')} failed`);
  }
  const handle = await openDatabase({ engine: 'sqlite', path });
  const rows = (await findSchools(handle.db, { page: 1, pageSize: 50_000 })).items;
  await handle.close();
  const csvStart = performance.now();
  const csv = toCsv(SCHOOL_CSV, rows);
  const referenceMs = performance.now() - csvStart;
  console.log(`\nschools.xlsx downloads at once, ${String(rows.length)} schools each (SQLite file)`);
  console.log(`  reference: one toCsv of the same rows on the event loop: ${fixed(referenceMs, 0)} ms (${fixed(csv.length / 1024 / 1024, 1)} MB)`);
  for (const n of [1, 8, 16]) {
    for (const way of ['before', 'after'] as const) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', THIS_FILE, 'run', way, String(n), path], { encoding: 'utf8', maxBuffer: 1 << 20 });
      const line = child.stdout.trim().split('\n').at(-1) ?? '';
      if (child.status !== 0 || !line.startsWith('{')) throw new Error(`${way} ×${String(n)} failed:\n${child.stderr}`);
      const f = JSON.parse(line) as RunFigures;
      console.log(
        `  ${way.padEnd(6)} ×${String(n).padEnd(2)}  all done in ${fixed(f.seconds, 1).padStart(6)} s  (${fixed((f.seconds * 1000) / referenceMs, 0).padStart(4)}x reference)  ` +
          `peak RSS ${fixed(f.peakMb, 0).padStart(5)} MB  longest event-loop block ${fixed(f.maxBlockedMs, 0).padStart(6)} ms  (${fixed(f.bytes / 1024 / 1024, 1)} MB each)`,
      );
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

const [mode, way, n, path] = process.argv.slice(2);
if (mode === 'run' && (way === 'before' || way === 'after') && n !== undefined && path !== undefined) await runOnce(way, Number(n), path);
else await main();
