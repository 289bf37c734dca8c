import type { Importer } from '../../importer.ts';
import { gssCode, numberOrMissing, optionalText, type CellParser } from '../../values.ts';
import { readKnownAreas } from '../geography/known-areas.ts';
import { writeIndicators, type IndicatorDefinition } from './write-indicators.ts';
import { indicatorCodes, indicatorUnits } from '../../../storage/repositories/indicators.repository.ts';

interface AreaIndicatorRow {
  areaCode: string;
  indicatorCode: string;
  period: string;
  value: number | null;
  indicatorName: string | null;
  unit: string | null;
}

/** Marks for "no figure": blank, `x` (not available) and `c` (confidential), as ONS and DfE files use them. */
export const NO_FIGURE = ['', 'x', 'c'] as const;
export const DEFAULT_UNIT = 'number';

const indicatorCode: CellParser<string> = (raw) => {
  const value = raw.trim();
  // As the API's indicator routes accept them.
  return /^[a-z0-9_]{1,80}$/.test(value)
    ? { ok: true, value }
    : { ok: false, reason: 'An indicator code is up to 80 lower-case letters, digits and underscores, like imd2015_mean_lsoa_score' };
};

const shortText = (max: number, what: string, required: boolean): CellParser<string | null> => (raw) => {
  const value = raw.trim();
  if (value === '') return required ? { ok: false, reason: 'This value is blank, but it is required' } : { ok: true, value: null };
  return value.length > max ? { ok: false, reason: `${what} can be at most ${String(max)} characters` } : { ok: true, value };
};

const period: CellParser<string> = (raw) => {
  const parsed = shortText(20, 'A period', true)(raw);
  return parsed.ok ? { ok: true, value: parsed.value ?? '' } : parsed;
};

/**
 * Figures by area in long form: one row per area, indicator and period (`area_code, indicator_code,
 * period, value`, with optional `indicator_name` and `unit`). Every area must be known. A value is a
 * number, or blank, `x` or `c` for no figure (stored as null). An indicator not yet defined is created with
 * the file's name (or its code) and unit (or "number"); an existing definition is left as it is, but a
 * different unit for it is a problem, since the figures would not mean what it says.
 */
export const areaIndicatorsImporter: Importer<AreaIndicatorRow> = {
  kind: 'indicators',
  description: 'Indicator values by area and period (long format)',
  dependsOn: ['geography'],
  columns: {
    areaCode: { headers: ['area_code'], parse: gssCode },
    indicatorCode: { headers: ['indicator_code'], parse: indicatorCode },
    period: { headers: ['period'], parse: period },
    value: { headers: ['value'], parse: numberOrMissing(NO_FIGURE) },
    indicatorName: { headers: ['indicator_name'], parse: optionalText, optional: true },
    unit: { headers: ['unit'], parse: shortText(40, 'A unit', false), optional: true },
  },
  key: (row) => `${row.areaCode}|${row.indicatorCode}|${row.period}`,
  async check(rows, problems, { db }) {
    const areas = await readKnownAreas(db);
    const existing = await indicatorUnits(db);
    const firstSeen = new Map<string, { row: number; name: string | null; unit: string | null }>();
    for (const { row, value } of rows) {
      if (!areas.has(value.areaCode)) {
        problems.add({ row, column: 'area_code', value: value.areaCode, reason: `There is no area ${value.areaCode}: import the districts (geography) first, or correct the code` });
      }
      const unit = existing.get(value.indicatorCode);
      if (unit !== undefined && value.unit !== null && value.unit !== unit) {
        problems.add({ row, column: 'unit', value: value.unit, reason: `The indicator ${value.indicatorCode} is measured in "${unit}": give that unit, or use a new indicator code` });
      }
      const first = firstSeen.get(value.indicatorCode);
      if (first === undefined) firstSeen.set(value.indicatorCode, { row, name: value.indicatorName, unit: value.unit });
      else {
        if (value.indicatorName !== null && first.name !== null && value.indicatorName !== first.name) {
          problems.add({ row, column: 'indicator_name', value: value.indicatorName, reason: `The indicator ${value.indicatorCode} is named "${first.name}" at line ${String(first.row)}: give each indicator one name` });
        }
        if (value.unit !== null && first.unit !== null && value.unit !== first.unit) {
          problems.add({ row, column: 'unit', value: value.unit, reason: `The indicator ${value.indicatorCode} is in "${first.unit}" at line ${String(first.row)}: give each indicator one unit` });
        }
      }
    }
  },
  async load(rows, { trx, dataSourceId, file }) {
    const existing = new Set(await indicatorCodes(trx));
    // The checks made each indicator's name and unit agree across rows, so the first one given is the one.
    const given = new Map<string, { name: string | null; unit: string | null }>();
    for (const r of rows) {
      if (existing.has(r.indicatorCode)) continue;
      const seen = given.get(r.indicatorCode);
      given.set(r.indicatorCode, { name: seen?.name ?? r.indicatorName, unit: seen?.unit ?? r.unit });
    }
    const created: IndicatorDefinition[] = [...given].map(([code, { name, unit }]) => ({
      code,
      name: name ?? code,
      unit: unit ?? DEFAULT_UNIT,
      description: `Imported from ${file}.`,
    }));
    return writeIndicators(
      trx,
      created,
      rows.map((r) => ({ areaCode: r.areaCode, indicatorCode: r.indicatorCode, period: r.period, value: r.value })),
      dataSourceId,
    );
  },
};
