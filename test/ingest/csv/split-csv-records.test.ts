import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/domain/social-mobility-index/seeded-random.ts';
import { parseCsv } from '../../../src/ingest/csv/parse-csv.ts';
import { splitCsvRecords } from '../../../src/ingest/csv/split-csv-records.ts';

function records(text: string) {
  const result = splitCsvRecords(text);
  if (!result.ok) throw new Error(`refused at line ${String(result.line)}`);
  return result.records;
}

describe('splitCsvRecords', () => {
  it('splits plain lines on commas, with LF, CRLF or a lone CR, and numbers each row by its line', () => {
    expect(records('a,b\n1,2\r\n3,4\r5,6')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', '2'] },
      { row: 3, cells: ['3', '4'] },
      { row: 4, cells: ['5', '6'] },
    ]);
  });

  it('keeps empty cells, including a last empty cell', () => {
    expect(records('a,,c,\n')).toEqual([{ row: 1, cells: ['a', '', 'c', ''] }]);
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks, and counts the lines they span', () => {
    expect(records('name,note\n"Smith, J","said ""hi""\non two lines"\nx,y\n')).toEqual([
      { row: 1, cells: ['name', 'note'] },
      { row: 2, cells: ['Smith, J', 'said "hi"\non two lines'] },
      { row: 4, cells: ['x', 'y'] },
    ]);
  });

  it('skips blank lines but keeps a row of one quoted empty value', () => {
    expect(records('a\n\n\r\n""\nb\n\n')).toEqual([
      { row: 1, cells: ['a'] },
      { row: 4, cells: [''] },
      { row: 5, cells: ['b'] },
    ]);
  });

  it.each([
    ['a quote never closed', 'a,b\n1,"open\n2,3\n', 2],
    ['a quote inside an unquoted value', 'a,b\n1,2\nx"y,3\n', 3],
    ['text after a closing quote', 'a,b\n"x"y,1\n', 2],
  ])('refuses %s, naming the line the record starts on', (_label, text, line) => {
    expect(splitCsvRecords(text)).toEqual({ ok: false, line });
  });

  it('agrees with csv-parse on 500 random files, cell for cell and line for line', () => {
    const random = seededRandom(7);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const pieces = ['a', 'b', 'Z', ' ', ',', '"', '\n', '\r\n', 'é', '1', '.'];
    for (let file = 0; file < 500; file += 1) {
      const columns = 1 + Math.floor(random() * 4);
      const table = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        Array.from({ length: columns }, () => Array.from({ length: Math.floor(random() * 5) }, () => pick(pieces)).join('')),
      ).filter((cells) => !(cells.length === 1 && cells[0] === ''));
      const encode = (cell: string) => (/[",\r\n]/.test(cell) || random() < 0.1 ? `"${cell.replaceAll('"', '""')}"` : cell);
      const ending = pick(['\n', '\r\n']);
      const text = table.map((cells) => cells.map(encode).join(',')).join(ending) + (random() < 0.5 ? ending : '');
      const expected: string[][] = parse(text, { relax_column_count: true, skip_empty_lines: true });
      const ours = records(text);
      expect(ours.map((r) => r.cells)).toEqual(expected);
      // Each row starts one line after the previous row's last line (CRLF, LF or CR each end one line).
      const breaks = (cells: readonly string[]) => cells.join(',').split(/\r\n|\n|\r/).length - 1;
      let line = 1;
      const starts = table.map((cells) => {
        const start = line;
        line += 1 + breaks(cells);
        return start;
      });
      expect(ours.map((r) => r.row)).toEqual(starts);
    }
  });
});

describe('parseCsv', () => {
  it('names every row whose number of cells differs from the header', () => {
    expect(parseCsv('a,b\n1\n1,2\n1,2,3\n')).toEqual({
      ok: false,
      problems: [
        { row: 2, reason: 'This row has 1 value but the header has 2 columns' },
        { row: 4, reason: 'This row has 3 values but the header has 2 columns' },
      ],
    });
  });

  it('refuses a broken quote with the row it starts on', () => {
    expect(parseCsv('a,b\n1,2\n3,"4\n')).toEqual({
      ok: false,
      problems: [{ row: 3, reason: 'A quoted value is never closed: the file may be cut short, or a value has a stray quote mark' }],
    });
  });
});
