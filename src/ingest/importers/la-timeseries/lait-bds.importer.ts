import { basename, dirname, join } from 'node:path';
import { periodKey } from '../../../domain/shared/period-key.ts';
import { loadAudited } from '../../load-audited.ts';
import { readParquet } from '../../parquet/read-parquet.ts';
import type { RegisteredImporter } from '../../registry.ts';
import { ProblemList, type ImportOutcome } from '../../report.ts';
import type { ImportOptions } from '../../run-import.ts';
import { writeIndicators, type IndicatorDefinition, type IndicatorValue } from '../indicators/write-indicators.ts';
import { readLaitAreas } from './lait-areas.ts';
import { readLaitDictionary } from './lait-dictionary.ts';
import { laitIndicatorCode } from '../../../domain/shared/lait-indicator-code.ts';
import { connectionOf, type Services } from '../../../storage/services/create-services.ts';

const MEASURE = 'Short Desc';
const PERIOD = 'Years';
const AREA_NAME = 'LA and Regions';
const VALUE = 'Values';
const LA_NUMBER = 'LA Number';
/** The data dictionary's name as DfE publishes it beside the data. */
export const LAIT_DICTIONARY = 'lait_data_dictionary.csv';
/** LAIT's mark for "not available": stored as no value, never as 0. */
const NOT_AVAILABLE = '-';

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' || typeof value === 'bigint' ? String(value) : '');

/**
 * DfE's Local Authority Interactive Tool benchmarking data in long form (Parquet: measure, period, area,
 * value) with its data dictionary: every measure becomes an indicator (title, polarity, unit), every
 * value a figure by area and period (docs/methodology.md §16.6). LA numbers become GSS codes through the
 * education authorities; England and the regions stay as comparators; `-` is kept as no value; each
 * period keeps its label and gets a sortable key. Rows the platform cannot place (Inner and Outer
 * London, authorities it does not hold, a period that is not one) are left out and said so.
 */
export const laitBdsImporter: RegisteredImporter = {
  kind: 'lait-bds',
  description: 'DfE Local Authority Interactive Tool time series by LA, region and England (Parquet, with its data dictionary)',
  dependsOn: ['education-authorities'],
  recognises: (sample) => sample.extension === '.parquet' && sample.head.startsWith('PAR1'),
  run: importLaitBds,
};

async function importLaitBds(services: Services, path: string, options: ImportOptions): Promise<ImportOutcome> {
  const db = connectionOf(services);
  const file = basename(path);
  const problems = new ProblemList(file);
  const fail = (rows: number): ImportOutcome => ({ ok: false, file, kind: laitBdsImporter.kind, rows, problems: problems.items });

  const read = await readParquet(path, [MEASURE, PERIOD, AREA_NAME, VALUE, LA_NUMBER]);
  if (!read.ok) {
    problems.add({ row: null, column: null, value: null, reason: read.reason });
    return fail(0);
  }
  const dictionaryPath = options.dictionary ?? join(dirname(path), LAIT_DICTIONARY);
  const dictionary = await readLaitDictionary(dictionaryPath);
  if (!dictionary.ok) {
    problems.add({ row: null, column: null, value: basename(dictionaryPath), reason: `The data dictionary cannot be used${dictionary.row === null ? '' : ` (its row ${String(dictionary.row)})`}: ${dictionary.reason}` });
    return fail(0);
  }
  const areas = await readLaitAreas(db);
  if (areas.known === 0) {
    problems.add({ row: null, column: LA_NUMBER, value: null, reason: 'No LA numbers are loaded: import the education authorities (education-authorities) first' });
    return fail(0);
  }

  const { rows } = read.table;
  const codes = new Map<string, string>();
  const unknownMeasures = new Set<string>();
  const leftOutAreas = new Map<string, { name: string; reason: string; rows: number }>();
  const leftOutPeriods = new Map<string, number>();
  const values: IndicatorValue[] = [];
  const seen = new Map<string, number>();
  rows.forEach((record, index) => {
    const row = index + 1;
    if (index % 20_000 === 0) options.onProgress?.(index, rows.length);
    const measure = text(record[MEASURE]);
    const measureOf = dictionary.measures.get(measure);
    if (measureOf === undefined) {
      if (!unknownMeasures.has(measure)) {
        unknownMeasures.add(measure);
        problems.add({ row, column: MEASURE, value: measure, reason: measure === '' ? 'The measure code is blank' : `The measure ${measure} is not in the data dictionary: give the dictionary that came with this file` });
      }
      return;
    }
    const code = laitIndicatorCode(measure);
    const clash = codes.get(code);
    if (clash !== undefined && clash !== measure) {
      problems.add({ row, column: MEASURE, value: measure, reason: `The measures ${clash} and ${measure} would both be stored as ${code}` });
      return;
    }
    codes.set(code, measure);
    const number = record[LA_NUMBER];
    const laNumber = typeof number === 'number' && Number.isInteger(number) ? String(number).padStart(3, '0') : text(number);
    if (!/^\d{3}$/.test(laNumber)) {
      problems.add({ row, column: LA_NUMBER, value: laNumber, reason: 'A local authority number is 3 digits, like 890' });
      return;
    }
    const area = areas.areaOf(laNumber);
    if (!area.ok) {
      const left = leftOutAreas.get(laNumber) ?? { name: text(record[AREA_NAME]), reason: area.reason, rows: 0 };
      leftOutAreas.set(laNumber, { ...left, rows: left.rows + 1 });
      return;
    }
    const period = text(record[PERIOD]);
    const key = periodKey(period);
    if (key === null || period.length > 20) {
      leftOutPeriods.set(`${measure} "${period}"`, (leftOutPeriods.get(`${measure} "${period}"`) ?? 0) + 1);
      return;
    }
    const raw = text(record[VALUE]);
    const value = raw === NOT_AVAILABLE || raw === '' ? null : Number(raw);
    if (value !== null && !Number.isFinite(value)) {
      problems.add({ row, column: VALUE, value: raw, reason: `A value is a number, or ${NOT_AVAILABLE} where it is not available` });
      return;
    }
    const cellKey = `${code}|${area.code}|${period}`;
    const earlier = seen.get(cellKey);
    if (earlier !== undefined) {
      problems.add({ row, column: null, value: `${measure} ${period} ${laNumber}`, reason: `This repeats row ${String(earlier)}: one value per measure, period and area` });
      return;
    }
    seen.set(cellKey, row);
    values.push({ areaCode: area.code, indicatorCode: code, period, value, periodKey: key });
  });
  options.onProgress?.(rows.length, rows.length);
  if (problems.count > 0) return fail(rows.length);

  const definitions: IndicatorDefinition[] = [...codes].map(([code, measure]) => {
    const m = dictionary.measures.get(measure);
    return { code, name: m?.title ?? measure, unit: m?.unit ?? 'number', description: m?.description ?? '', polarity: m?.polarity ?? null };
  });
  const notes = [
    ...[...leftOutAreas].map(([number, a]) => `Left out ${String(a.rows)} rows of ${a.name} (LA number ${number}): ${a.reason}`),
    ...[...leftOutPeriods].map(([what, count]) => `Left out ${String(count)} rows of ${what}: not a period`),
  ];
  const outcome = await loadAudited(db, { kind: laitBdsImporter.kind, description: laitBdsImporter.description, file, checksum: read.table.checksum, rows: values.length }, options, {
    load: ({ trx, dataSourceId }) => writeIndicators(trx, definitions, values, dataSourceId),
  });
  return { ...outcome, notes };
}
