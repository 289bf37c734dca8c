import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPseudonymiser } from '../../../src/ingest/careers/pseudonym-key.ts';
import { readEncounterBatches, type EncounterFileEnd } from '../../../src/ingest/careers/read-encounter-batches.ts';
import { readEncounterFile } from '../../../src/ingest/careers/read-encounter-file.ts';
import { streamCsvText } from '../../../src/ingest/csv/stream-csv-records.ts';
import { ProblemList } from '../../../src/ingest/report.ts';
import { ROW_COLUMNS } from '../../../src/storage/repositories/careers/file-row-batches.ts';
import { writeEncounterCsv } from '../../support/encounter-csv.ts';

const dir = mkdtempSync(join(tmpdir(), 'oa-careers-batches-'));
const options = { pseudonymise: createPseudonymiser(Buffer.alloc(32, 9)), asAt: 2025 };
const mixed = join(dir, 'mixed.csv');
const leaving = join(dir, 'leaving.csv');

/**
 * About 2.5 MB (so three pieces), nearly all rows written the usual way, and spread through it: cells the
 * quick check leaves to the full one (good and bad), repeated encounters, a pupil's rows apart and blank
 * lines. In the middle piece only (so the first and last have no quote and no lone CR, and are read as
 * plain lines), quoted employers holding commas, quotes and line breaks, and a line ended by a lone CR.
 */
async function writeMixed(path: string): Promise<void> {
  let previous: string[] = [];
  let firstUpn = '';
  await writeEncounterCsv(path, {
    rows: 36_000,
    urns: [141257, 140001, 140002],
    asAt: 2025,
    seed: 11,
    edit: (row, cells) => {
      const upn = cells[0] ?? '';
      if (row === 0) firstUpn = upn;
      if (row % 389 === 1) cells[0] = upn.toLowerCase();
      if (row % 1201 === 9) cells[0] = `${upn.startsWith('A') ? 'B' : 'A'}${upn.slice(1)}`;
      if (row % 1301 === 17) cells[0] = firstUpn;
      if (row % 733 === 15) cells[1] = '14125';
      if (row % 997 === 5) cells[2] = 'Y14';
      if (row % 613 === 11) cells[2] = 'Year 10';
      if (row % 1999 === 7) cells[3] = 'perhaps';
      if (row % 501 === 3) cells[3] = 'yes';
      if (row % 307 === 2) cells[4] = ` ${cells[4] ?? ''}`;
      if (row % 1409 === 4) cells[4] = '2025-02-30';
      if (row % 919 === 16) cells[4] = '2010-10-15';
      if (row % 401 === 10) cells[5] = 'WORK-EXPERIENCE';
      if (row % 1601 === 12) cells[5] = 'assembly';
      const middle = row >= 16_000 && row < 22_000;
      if (middle && row % 211 === 6) cells[6] = 'Smith, "Jones" & Co';
      if (middle && row % 1103 === 8) cells[6] = 'Acme\nNorth';
      if (row % 803 === 13) cells[6] = 'x'.repeat(201);
      if (row % 457 === 14 && previous[0] === cells[0]) for (const i of [4, 5, 6]) cells[i] = previous[i] ?? '';
      previous = [...cells];
    },
  });
  const lines = readFileSync(path, 'utf8').split('\r\n');
  for (const at of [100, 30_000]) lines[at] = `${lines[at] ?? ''}\r\n`;
  lines[19_000] = `${lines[19_000] ?? ''}\r${lines[19_001] ?? ''}`;
  lines.splice(19_001, 1);
  writeFileSync(path, lines.join('\r\n'));
}

/** Every batch's rows (as bytes), runs and employers, and the end with its problems, hashed in order. */
async function digestOf(path: string, listed = 1000): Promise<{ batches: string; end: EncounterFileEnd; rows: number }> {
  const hash = createHash('sha256');
  const reading = readEncounterBatches(path, 'x.csv', options, listed);
  let rows = 0;
  for (;;) {
    const next = await reading.next();
    if (next.done === true) return { batches: hash.digest('hex'), end: next.value, rows };
    if (!('batch' in next.value)) continue;
    const { batch } = next.value;
    rows += batch.rowCount;
    hash.update(new Uint8Array(batch.rows.buffer, batch.rows.byteOffset, batch.rowCount * ROW_COLUMNS.length * 4));
    hash.update(JSON.stringify([batch.rowCount, batch.runs, batch.employers]));
  }
}

const problemsDigest = (end: EncounterFileEnd) => createHash('sha256').update(JSON.stringify(end)).digest('hex');

beforeAll(async () => {
  await writeMixed(mixed);
  // The same rows with a leaving date column: empty mostly, then in either style, and one not a date.
  const lines = readFileSync(mixed, 'utf8').split('\r\n');
  const withLeaving = lines.map((line, i) => (i === 0 ? `${line},Leaving_Date` : line === '' ? line : `${line},${i % 7 === 0 ? '2025-07-20' : i % 11 === 0 ? '20/07/2025' : i % 13 === 0 ? 'soon' : i % 17 === 0 ? ' ' : ''}`));
  writeFileSync(leaving, withLeaving.join('\r\n'));
});

describe('reading a careers file into batches', () => {
  // Digests of what the reader gave before issue 22's reading-thread work (commit 9ed7395): a change that
  // alters any batch's bytes, runs or employers, or any problem, its wording or its line, changes them.
  it('gives the same batches and problems, byte for byte, as before', async () => {
    const read = await digestOf(mixed);
    expect(read.end.kind).toBe('read');
    if (read.end.kind !== 'read') return;
    expect(read.end.problems.length).toBeGreaterThan(150);
    expect({ rows: read.rows, records: read.end.records, staged: read.end.staged, oneRunEach: read.end.oneRunEach }).toEqual({ rows: 35_728, records: 36_000, staged: 35_728, oneRunEach: false });
    expect(read.batches).toBe('4577e2b59bba5cd8787497e24da73f19900b1160d023fdf73b509294ac043ebb');
    expect(problemsDigest(read.end)).toBe('1eb2e78dda13202e0903d05301c24e2063dd258e295f0e87a9143019ec011a92');
  });

  it('gives the same batches and problems as before for a file with leaving dates, listing only the first 50 problems', async () => {
    const read = await digestOf(leaving, 50);
    expect(read.end.kind).toBe('read');
    if (read.end.kind !== 'read') return;
    expect(read.end.problems).toHaveLength(50);
    expect({ rows: read.rows, unlisted: read.end.unlisted, oneRunEach: read.end.oneRunEach }).toEqual({ rows: 33_590, unlisted: 2_378, oneRunEach: false });
    expect(read.batches).toBe('2facb0160f398f502cc3ab0a2cbab62f1865bdae93429ea4374101a3110b5534');
    expect(problemsDigest(read.end)).toBe('906e5d83dd3c1f35a73b972c49d3fb6a227b2a1a43ecb3683de40db7d30a6125');
  });

  it('reads the file’s first and last pieces as plain lines, the middle one as records', async () => {
    const plain: boolean[] = [];
    for await (const piece of streamCsvText(mixed)) if (piece.text !== '') plain.push(piece.records === null);
    expect(plain).toEqual([true, false, true]);
  });

  it('reports each row’s own problems as the in-memory reader does', async () => {
    const read = await digestOf(mixed);
    const reference = new ProblemList('x.csv');
    readEncounterFile(readFileSync(mixed, 'utf8'), reference, options);
    // The in-memory reader also refuses what only the whole file shows (rows apart, repeats); the rows' own are the same.
    const own = reference.items.filter((p) => p.column !== null);
    expect(read.end.kind === 'read' ? read.end.problems : []).toEqual(own);
  });
});
