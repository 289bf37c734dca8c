/**
 * The careers import's reading thread alone (issue 22): `readEncounterBatches` over a realistic school-style
 * encounter CSV (`test/support/encounter-csv.ts`, as `bench/careers-import.bench.ts` makes it), parsing,
 * checking every cell and the UPN's check letter, pseudonymising and numbering the rows into batches, with
 * no database. Printed per run: wall ms, rows/s, CPU ms (user + system of this process, which runs nothing
 * else meanwhile) and peak RSS; then the same over `readEncounterBatchesInThread`, as the import runs it.
 * A digest of every batch and problem is printed, so two versions of the reader can be shown to give the
 * same output. In the same run, beside it, the reference: reading the same file in the same 1 MB pieces,
 * decoding it and splitting it into lines and cells, and nothing more.
 *
 * Run: npx tsx bench/careers-reading.bench.ts [rows] [file]   (default 1000000 rows; a file given is
 * written when it does not exist, and kept, so runs can share it)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, readSync, closeSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { TextDecoder } from 'node:util';
import { createPseudonymiser } from '../src/ingest/careers/pseudonym-key.ts';
import { readEncounterBatches, type EncounterFileEnd, type EncounterFilePiece } from '../src/ingest/careers/read-encounter-batches.ts';
import { readEncounterBatchesInThread } from '../src/ingest/careers/read-encounter-batches-in-thread.ts';
import { ROW_COLUMNS } from '../src/storage/repositories/careers/file-row-batches.ts';
import { writeEncounterCsv } from '../test/support/encounter-csv.ts';
import { fixed, withPeakMemory } from './support.ts';

const AS_AT = 2025;
const KEY = Buffer.alloc(32, 7);
const RUNS = 3;

interface Measured {
  ms: number;
  cpuMs: number;
  peakMb: number;
  rows: number;
  digest: string;
}

/** Times `work`, with this process's CPU time and peak resident memory over it. */
async function measure(work: () => Promise<{ rows: number; digest: string }>): Promise<Measured> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { result, peakMb } = await withPeakMemory(work);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, peakMb, ...result };
}

/** The reference: the file read in 1 MB pieces, decoded, split into lines and cells; rows counted. */
function splitOnly(path: string): Promise<{ rows: number; digest: string }> {
  const fd = openSync(path, 'r');
  const buffer = Buffer.allocUnsafe(1 << 20);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let carried = '';
  let rows = -1;
  let cells = 0;
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      const text = carried + decoder.decode(buffer.subarray(0, n), { stream: n > 0 });
      const lines = text.split('\n');
      carried = n === 0 ? '' : (lines.pop() ?? '');
      for (const line of lines) {
        if (line === '') continue;
        rows += 1;
        cells += line.split(',').length;
      }
      if (n === 0) break;
    }
  } finally {
    closeSync(fd);
  }
  return Promise.resolve({ rows, digest: `${String(cells)} cells` });
}

/** Consumes a reading, hashing every batch (its rows' bytes, runs and employers) and the end with its problems. */
async function consume(reading: AsyncGenerator<EncounterFilePiece, EncounterFileEnd>): Promise<{ rows: number; digest: string }> {
  const hash = createHash('sha256');
  let rows = 0;
  for (;;) {
    const next = await reading.next();
    if (next.done === true) {
      hash.update(JSON.stringify(next.value));
      break;
    }
    if (!('batch' in next.value)) continue;
    const { batch } = next.value;
    rows += batch.rowCount;
    hash.update(new Uint8Array(batch.rows.buffer, batch.rows.byteOffset, batch.rowCount * ROW_COLUMNS.length * 4));
    hash.update(JSON.stringify([batch.rowCount, batch.runs, batch.employers]));
  }
  return { rows, digest: hash.digest('hex').slice(0, 16) };
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const given = process.argv[3];
  const dir = given === undefined ? mkdtempSync(join(tmpdir(), 'oa-bench-careers-reading-')) : null;
  const file = given ?? join(dir ?? '', 'encounters.csv');
  if (!existsSync(file)) await writeEncounterCsv(file, { rows, urns: Array.from({ length: 3_400 }, (_, i) => 100_000 + i * 7), asAt: AS_AT });
  const load = () => loadavg().map((l) => fixed(l, 2)).join(', ');
  console.log(`Careers reading benchmark: ${String(rows)} rows, ${fixed(statSync(file).size / 1e6, 0)} MB`);
  console.log(`Machine: ${cpus()[0]?.model ?? 'unknown'}, ${String(cpus().length)} cores, ${fixed(totalmem() / 2 ** 30, 0)} GB, Node ${process.version}; ${new Date().toISOString()}; load average ${load()}\n`);

  const pseudonymise = createPseudonymiser(KEY);
  const cases: [string, () => Promise<{ rows: number; digest: string }>][] = [
    ['reference: read, decode, split lines and cells', () => splitOnly(file)],
    ['readEncounterBatches, this thread', () => consume(readEncounterBatches(file, 'encounters.csv', { pseudonymise, asAt: AS_AT }, 1000))],
    ['readEncounterBatchesInThread', () => consume(readEncounterBatchesInThread(file, 'encounters.csv', { asAt: AS_AT, key: KEY, listed: 1000 }))],
  ];
  const best = new Map<string, Measured>();
  for (let run = 1; run <= RUNS; run += 1) {
    for (const [label, work] of cases) {
      const m = await measure(work);
      if (m.rows !== rows) throw new Error(`${label} gave ${String(m.rows)} rows, not ${String(rows)}`);
      const line = `${label.padEnd(48)} ${fixed(m.ms, 0).padStart(6)} ms  ${fixed(rows / (m.ms / 1000), 0).padStart(8)} rows/s  CPU ${fixed(m.cpuMs, 0).padStart(6)} ms  peak ${fixed(m.peakMb, 0)} MB  ${m.digest}`;
      console.log(`run ${String(run)}: ${line}`);
      const earlier = best.get(label);
      if (earlier === undefined || m.cpuMs < earlier.cpuMs) best.set(label, m);
    }
  }
  const reference = best.get(cases[0]?.[0] ?? '');
  const own = best.get(cases[1]?.[0] ?? '');
  if (reference !== undefined && own !== undefined) {
    console.log(`\nleast CPU of ${String(RUNS)} runs: readEncounterBatches ${fixed(own.cpuMs, 0)} ms (${fixed((own.cpuMs * 1000) / rows, 2)} µs a row), ${fixed(own.cpuMs / reference.cpuMs, 1)}× the reference's ${fixed(reference.cpuMs, 0)} ms`);
  }
  console.log(`load average at the end: ${load()}`);
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
}

await main();
