import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, undecodableReason } from '../../../src/ingest/csv/read-text-file.ts';
import { splitCsvRecords } from '../../../src/ingest/csv/split-csv-records.ts';
import { CsvStreamError, streamCsvRecords, streamCsvText } from '../../../src/ingest/csv/stream-csv-records.ts';

const dir = mkdtempSync(join(tmpdir(), 'oa-csv-text-'));
const MB = 1 << 20;

/** Lines of ASCII up to about `bytes`, each `n,` and a run of letters. */
function asciiLines(bytes: number): string {
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i += 1) {
    const line = `${String(i)},${'abcdefghij'.repeat(1 + (i % 7))}\r\n`;
    lines.push(line);
    length += line.length;
  }
  return lines.join('');
}

/** What reading the file whole gives (as `readTextFile` decodes it), beside what reading it in pieces gives. */
async function bothWays(bytes: Buffer) {
  const path = join(dir, `f${String(Math.random()).slice(2)}.csv`);
  writeFileSync(path, bytes);
  const decoded = decodeText(bytes);
  const whole = decoded.ok ? splitCsvRecords(decoded.text) : null;
  let text = '';
  const records: { row: number; cells: string[] }[] = [];
  let failure: unknown = null;
  try {
    for await (const piece of streamCsvText(path)) text += piece.text;
    for await (const piece of streamCsvRecords(path)) records.push(...piece.records);
  } catch (error) {
    failure = error;
  }
  return { decoded, whole: whole?.ok === true ? whole.records : null, text, records, failure };
}

describe('reading a CSV file as text in pieces', () => {
  it('decodes UTF-8 whose characters fall across the pieces after ASCII ones, as reading it whole does', async () => {
    const ascii = Buffer.from(asciiLines(3 * MB));
    // A two-, three- and four-byte character each cut by a megabyte's end (where a piece's read ends),
    // ASCII between them, and a megabyte and a half of ASCII after.
    const bytes = Buffer.concat([
      ascii.subarray(0, MB - 1),
      Buffer.from('é'),
      ascii.subarray(7, 7 + MB - 2),
      Buffer.from('€'),
      ascii.subarray(11, 11 + MB - 4),
      Buffer.from('😀'),
      ascii.subarray(0, MB + MB / 2),
      Buffer.from('\r\n'),
    ]);
    expect([bytes.subarray(MB - 1, MB + 1).toString(), bytes.subarray(2 * MB - 1, 2 * MB + 2).toString(), bytes.subarray(3 * MB - 2, 3 * MB + 2).toString()]).toEqual(['é', '€', '😀']);
    const read = await bothWays(bytes);
    expect(read.decoded.ok).toBe(true);
    expect(read.failure).toBeNull();
    expect(read.text).toBe(read.decoded.ok ? read.decoded.text : '');
    expect(read.records).toEqual(read.whole);
  });

  it('drops a byte-order mark at the start only, keeping one met later in the file', async () => {
    const body = asciiLines(2 * MB);
    const read = await bothWays(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body), Buffer.from('\ufeffz,y\r\n')]));
    expect(read.text).toBe(`${body}\ufeffz,y\r\n`);
    expect(read.records).toEqual(read.whole);
    // After a first piece of ASCII, a mark at the start of the next piece is a character like any other.
    const first = asciiLines(MB).slice(0, MB);
    const later = await bothWays(Buffer.concat([Buffer.from(first), Buffer.from('\ufeffa,b\r\n'), Buffer.from(asciiLines(MB))]));
    expect(later.text).toBe(later.decoded.ok ? later.decoded.text : '');
    expect(later.text.slice(MB, MB + 4)).toBe('\ufeffa,b');
    expect(later.records).toEqual(later.whole);
  });

  it('refuses bytes that are not UTF-8, in an ASCII file or cut off at its end', async () => {
    const ascii = Buffer.from(asciiLines(MB + 5000));
    for (const bytes of [Buffer.concat([ascii, Buffer.from([0x43, 0xe9, 0x0a]), ascii]), Buffer.concat([ascii, Buffer.from('a,€'.slice(0, 2)), Buffer.from([0xe2, 0x82])])]) {
      const read = await bothWays(bytes);
      expect(read.decoded.ok).toBe(false);
      expect(read.failure).toBeInstanceOf(CsvStreamError);
      expect((read.failure as CsvStreamError).reason).toBe(undecodableReason(false));
    }
  });

  it('gives plain pieces as text only, and pieces with quotes or lone CRs as records with their lines', async () => {
    const plain = asciiLines(MB / 2);
    const path = join(dir, 'mixed.csv');
    writeFileSync(path, `${plain}${plain}7,"a\nb"\r\n${plain}${plain}${plain}8,x\ry\r\n`);
    const pieces: { line: number; records: number | null }[] = [];
    for await (const piece of streamCsvText(path)) if (piece.text !== '') pieces.push({ line: piece.line, records: piece.records?.length ?? null });
    expect(pieces.map((p) => p.records === null)).toEqual([true, false, false]);
    const lines = plain.split('\r\n').length - 1;
    expect(pieces[0]?.line).toBe(1);
    // The second piece starts after the first's lines, and its records' lines count the break inside quotes.
    const records: { row: number; cells: string[] }[] = [];
    for await (const piece of streamCsvRecords(path)) records.push(...piece.records);
    const quoted = records.find((r) => r.cells[1] === 'a\nb');
    expect(quoted?.row).toBe(2 * lines + 1);
    expect(records.slice(-2)).toEqual([
      { row: 5 * lines + 3, cells: ['8', 'x'] },
      { row: 5 * lines + 4, cells: ['y'] },
    ]);
  });
});
