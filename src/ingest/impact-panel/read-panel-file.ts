import { comparePeriods, type PanelRow } from '../../domain/impact/index.ts';
import { parseCsv } from '../csv/parse-csv.ts';
import { locateColumns, rowParser, type ColumnSpecs } from '../map-columns.ts';
import type { ProblemList } from '../report.ts';
import { decimal, numberOrMissing, text, type CellParser } from '../values.ts';

/** The header names of a panel file's four columns; `unit,period,value,treated` unless told otherwise. */
export interface PanelColumns {
  readonly unit: string;
  readonly period: string;
  readonly value: string;
  readonly treated: string;
}

export const DEFAULT_PANEL_COLUMNS: PanelColumns = { unit: 'unit', period: 'period', value: 'value', treated: 'treated' };

/** What stands for "no value" in a panel file: blank, or the marks R, Stata and spreadsheets write. */
const MISSING_MARKS = ['', 'NA', '-', '.'];

const TRUE_WORDS = new Set(['1', 'true', 'yes']);
const FALSE_WORDS = new Set(['0', 'false', 'no']);

const treatedFlag: CellParser<boolean> = (raw) => {
  const value = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(value)) return { ok: true, value: true };
  if (FALSE_WORDS.has(value)) return { ok: true, value: false };
  return { ok: false, reason: 'Expected 1, 0, true, false, yes or no' };
};

/** In a semicolon-separated file a lone comma is the decimal mark (12,5 is twelve and a half). */
const decimalCommaNumber: CellParser<number> = (raw) => decimal(/^\s*-?\d+,\d+\s*$/.test(raw) ? raw.replace(',', '.') : raw);

interface FileRow {
  unit: string;
  period: string;
  value: number | null;
  treated: boolean;
}

/**
 * Reads a panel file brought by an evaluator (docs/methodology.md §16.6): one row per unit and period
 * with `unit, period, value, treated`, separated by commas or semicolons (told apart by the header),
 * the header names configurable. Every row is checked and every problem collected (row, column, reason):
 * a value must be a number or blank/NA/-/. (missing), `treated` 1/0/true/false/yes/no, and a unit may
 * have one row per period. A unit with any row marked treated is a treated unit. With `from`, the start
 * is that period (it must be one of the file's), rows of a treated unit before it count as before the
 * programme whatever they say, and a treated unit's row marked 0 from it on is refused; without it,
 * the rows' own marks give the start. Returns the rows, or null when anything was wrong.
 * @example readPanelFile('unit,period,value,treated\nA,2016,1.5,0\n…', { from: '2017' }, problems) → [{ unit: 'A', period: '2016', value: 1.5, treated: false }, …]
 */
export function readPanelFile(content: string, options: { readonly columns?: PanelColumns; readonly from?: string }, problems: ProblemList): PanelRow[] | null {
  const columns = options.columns ?? DEFAULT_PANEL_COLUMNS;
  const firstLine = content.slice(0, content.search(/\r?\n|$/));
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const parsed = parseCsv(content, { separator });
  if (!parsed.ok) {
    for (const p of parsed.problems) problems.add({ row: p.row, column: null, value: null, reason: p.reason });
    return null;
  }
  const specs: ColumnSpecs<FileRow> = {
    unit: { headers: [columns.unit], parse: text },
    period: { headers: [columns.period], parse: text },
    value: { headers: [columns.value], parse: numberOrMissing(MISSING_MARKS, separator === ';' ? decimalCommaNumber : decimal) },
    treated: { headers: [columns.treated], parse: treatedFlag },
  };
  const located = locateColumns(parsed.table.headers, specs, problems);
  if (located === null) return null;
  const parse = rowParser(specs, located);
  const unitAt = located.get('unit') ?? 0;
  const periodAt = located.get('period') ?? 0;
  const rows: (FileRow & { line: number })[] = [];
  // Repeats and the file's periods are judged on the unit and period as written, so a row with a bad
  // value still counts: its repeat is reported, and its period is one of the file's.
  const seen = new Map<string, number>();
  const periods = new Set<string>();
  for (const { row, cells } of parsed.table.rows) {
    const fileRow = parse(cells, row, problems);
    const unit = (cells[unitAt] ?? '').trim();
    const period = (cells[periodAt] ?? '').trim();
    if (unit !== '' && period !== '') {
      periods.add(period);
      const key = `${unit}\u0000${period}`;
      const first = seen.get(key);
      if (first !== undefined) {
        problems.add({ row, column: columns.period, value: period, reason: `${unit} already has a row for ${period} (row ${String(first)}): each unit may have one row per period` });
        continue;
      }
      seen.set(key, row);
    }
    if (fileRow !== null) rows.push({ ...fileRow, line: row });
  }
  const from = options.from?.trim();
  if (from !== undefined && periods.size > 0 && !periods.has(from)) {
    const listed = [...periods].sort(comparePeriods);
    problems.add({ row: null, column: columns.period, value: from, reason: `The start ${from} is not a period of the file: choose one of ${listed.slice(0, 12).join(', ')}${listed.length > 12 ? ' …' : ''}` });
  }
  if (problems.count > 0) return null;
  if (from === undefined) return rows.map(({ unit, period, value, treated }) => ({ unit, period, value, treated }));
  const treatedUnits = new Set(rows.filter((r) => r.treated).map((r) => r.unit));
  for (const r of rows) {
    if (treatedUnits.has(r.unit) && !r.treated && comparePeriods(r.period, from) >= 0) {
      problems.add({ row: r.line, column: columns.treated, value: '0', reason: `${r.unit} is a treated unit (other rows are marked treated) but this row, from the start ${from} on, is not: mark it treated, or give another start` });
    }
  }
  if (problems.count > 0) return null;
  return rows.map(({ unit, period, value }) => ({ unit, period, value, treated: treatedUnits.has(unit) && comparePeriods(period, from) >= 0 }));
}

/**
 * Reads `--panel-columns unit=la,period=year,value=score,treated=oa`: any of the four, the rest keep
 * their default names. Throws nothing: returns the reason a setting cannot be read.
 */
export function parsePanelColumns(setting: string): { readonly ok: true; readonly columns: PanelColumns } | { readonly ok: false; readonly reason: string } {
  const columns: Record<keyof PanelColumns, string> = { ...DEFAULT_PANEL_COLUMNS };
  for (const part of setting.split(',')) {
    const [key = '', name = '', ...rest] = part.split('=');
    const field = key.trim().toLowerCase();
    if (!(field in DEFAULT_PANEL_COLUMNS) || name.trim() === '' || rest.length > 0) {
      return { ok: false, reason: `"${part.trim()}" is not a column setting: write field=header, with field one of unit, period, value, treated, like unit=la,period=year` };
    }
    columns[field as keyof PanelColumns] = name.trim();
  }
  return { ok: true, columns };
}
