import { parseCsv } from '../../csv/parse-csv.ts';
import { readTextFile } from '../../csv/read-text-file.ts';

/** One LAIT measure as the data dictionary describes it. */
export interface LaitMeasure {
  readonly shortCode: string;
  readonly title: string;
  readonly polarity: 'high' | 'low' | null;
  readonly unit: string;
  readonly description: string;
}

export type LaitDictionaryResult = { readonly ok: true; readonly measures: ReadonlyMap<string, LaitMeasure> } | { readonly ok: false; readonly row: number | null; readonly reason: string };

const REQUIRED = ['Measure_short', 'Measure', 'Polarity', 'y_axis_name'] as const;
/** The longest unit the indicator store keeps (migration 0024). */
const MAX_UNIT = 80;

/**
 * Reads LAIT's data dictionary (`lait_data_dictionary.csv`): one row per measure, joined to the data by
 * `Measure_short`. Polarity `High`/`Low` becomes `high`/`low`; `-`, `NA` or blank, none. The unit is
 * `y_axis_name`. A measure listed twice keeps its first row (the published file repeats 14).
 */
export async function readLaitDictionary(path: string): Promise<LaitDictionaryResult> {
  const read = await readTextFile(path);
  if (!read.ok) return { ok: false, row: null, reason: `${read.reason}: give the data dictionary with --dictionary, or put lait_data_dictionary.csv beside the data file` };
  const parsed = parseCsv(read.file.text);
  if (!parsed.ok) return { ok: false, row: parsed.problems[0]?.row ?? null, reason: parsed.problems[0]?.reason ?? 'The data dictionary is not CSV' };
  const { headers, rows } = parsed.table;
  const missing = REQUIRED.filter((h) => !headers.includes(h));
  if (missing.length > 0) return { ok: false, row: 1, reason: `This is not LAIT's data dictionary: it has no column ${missing.join(', ')}` };
  const at = (name: string) => headers.indexOf(name);
  const cell = (cells: readonly string[], name: string) => (at(name) < 0 ? '' : (cells[at(name)] ?? '').trim());
  const measures = new Map<string, LaitMeasure>();
  for (const { row, cells } of rows) {
    const shortCode = cell(cells, 'Measure_short');
    if (shortCode === '' || measures.has(shortCode)) continue;
    const unit = cell(cells, 'y_axis_name') || 'number';
    if (unit.length > MAX_UNIT) return { ok: false, row, reason: `The unit of ${shortCode} is longer than ${String(MAX_UNIT)} characters` };
    const polarity = cell(cells, 'Polarity').toLowerCase();
    const description = [
      cell(cells, 'Description'),
      `LAIT measure ${shortCode}${cell(cells, 'Measure_code') === '' ? '' : ` (number ${cell(cells, 'Measure_code')})`}${cell(cells, 'Topic') === '' ? '' : `, topic ${cell(cells, 'Topic')}`}${cell(cells, 'Year_Type') === '' ? '' : `, by ${cell(cells, 'Year_Type').toLowerCase()}`}; DfE Local Authority Interactive Tool.`,
    ].filter((part) => part !== '');
    measures.set(shortCode, {
      shortCode,
      title: cell(cells, 'Measure') || shortCode,
      polarity: polarity === 'high' || polarity === 'low' ? polarity : null,
      unit,
      description: description.join('\n\n'),
    });
  }
  return { ok: true, measures };
}
