import { findRepeatedHeaders, repeatedHeaderReason } from './csv/repeated-headers.ts';
import { FIELD_LIMITS, tooLongReason } from './field-limits.ts';
import type { ProblemList } from './report.ts';
import type { CellParser } from './values.ts';

/** One column an importer reads: the header names it goes by (first is the published one) and its parser. */
export interface ColumnSpec<T> {
  readonly headers: readonly string[];
  readonly parse: CellParser<T>;
  /** When true, a file without this column is accepted and the value is null. */
  readonly optional?: boolean;
  /**
   * For an optional column: the value a file without it gives, in place of parsing an empty cell, so a load
   * can tell "this file does not say" from "blank" (and leave what an earlier file set alone).
   */
  readonly whenMissing?: { readonly value: T };
  /**
   * The most characters a cell of this column may hold before it is parsed; FIELD_LIMITS.cell when absent.
   * Only a column of shapes (GeoJSON geometry) needs more, and the file size limit bounds it.
   */
  readonly maxLength?: number;
}

export type ColumnSpecs<Row> = { readonly [K in keyof Row]: ColumnSpec<Row[K]> };

const normalise = (header: string) => header.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

/**
 * Finds each spec'd column by header name (case, spaces, hyphens and underscores ignored; any order),
 * reporting every required column that is missing and every header that repeats another (which of the two
 * to read would be a guess). Returns the column index per field, or null.
 */
export function locateColumns<Row>(headers: readonly string[], specs: ColumnSpecs<Row>, problems: ProblemList): Map<keyof Row, number | null> | null {
  const repeated = findRepeatedHeaders(headers, normalise);
  for (const repeat of repeated) problems.add({ row: 1, column: repeat.header, value: null, reason: repeatedHeaderReason(repeat) });
  if (repeated.length > 0) return null;
  const index = new Map(headers.map((h, i) => [normalise(h), i]));
  const located = new Map<keyof Row, number | null>();
  let missing = false;
  for (const field of Object.keys(specs) as (keyof Row)[]) {
    const spec = specs[field];
    const found = spec.headers.map((h) => index.get(normalise(h))).find((i) => i !== undefined);
    if (found === undefined && spec.optional !== true) {
      problems.add({ row: 1, column: spec.headers[0] ?? String(field), value: null, reason: `The column "${spec.headers[0] ?? String(field)}" is missing from the header row` });
      missing = true;
    }
    located.set(field, found ?? null);
  }
  return missing ? null : located;
}

/**
 * A parser for one file's rows, given where each spec'd column is: it turns a row's cells into a typed row,
 * adding a problem for every cell that fails, and returns null if any did. The fields and their positions
 * are worked out once per file, not once per row.
 */
export function rowParser<Row>(
  specs: ColumnSpecs<Row>,
  located: Map<keyof Row, number | null>,
): (cells: readonly string[], row: number, problems: ProblemList) => Row | null {
  const fields = Object.keys(specs) as (keyof Row)[];
  // Parallel arrays walked by index: this runs once per cell of a national file.
  const parsers = fields.map((field) => specs[field].parse);
  const positions = fields.map((field) => located.get(field) ?? null);
  const columns = fields.map((field) => specs[field].headers[0] ?? String(field));
  const missing = fields.map((field) => specs[field].whenMissing);
  const limits = fields.map((field) => specs[field].maxLength ?? FIELD_LIMITS.cell);
  const count = fields.length;
  return (cells, row, problems) => {
    const out: Partial<Record<keyof Row, unknown>> = {};
    let valid = true;
    for (let i = 0; i < count; i += 1) {
      const field = fields[i] as keyof Row;
      const position = positions[i] ?? null;
      const absent = missing[i];
      if (position === null && absent !== undefined) {
        out[field] = absent.value;
        continue;
      }
      const raw = position === null ? '' : (cells[position] ?? '');
      const limit = limits[i] ?? FIELD_LIMITS.cell;
      if (raw.length > limit) {
        valid = false;
        problems.add({ row, column: columns[i] ?? String(field), value: raw, reason: tooLongReason(raw.length, limit) });
        continue;
      }
      const parsed = (parsers[i] as CellParser<unknown>)(raw);
      if (parsed.ok) out[field] = parsed.value;
      else {
        valid = false;
        problems.add({ row, column: columns[i] ?? String(field), value: raw, reason: parsed.reason });
      }
    }
    return valid ? (out as Row) : null;
  };
}

/** True when every required column of `specs` is present in `headers`: how `oa import all` recognises a file. */
export function hasColumns<Row>(headers: readonly string[], specs: ColumnSpecs<Row>): boolean {
  const present = new Set(headers.map(normalise));
  return Object.values<ColumnSpec<unknown>>(specs).every((spec) => spec.optional === true || spec.headers.some((h) => present.has(normalise(h))));
}

/**
 * True when the file has every required column of `specs` and no column `specs` does not know: a stricter
 * test for files whose required columns also turn up in wider files (a district lookup's columns are all in
 * the joined schools table, too).
 */
export function hasExactlyColumns<Row>(headers: readonly string[], specs: ColumnSpecs<Row>): boolean {
  const known = new Set(Object.values<ColumnSpec<unknown>>(specs).flatMap((spec) => spec.headers.map(normalise)));
  return hasColumns(headers, specs) && headers.every((h) => known.has(normalise(h)));
}
