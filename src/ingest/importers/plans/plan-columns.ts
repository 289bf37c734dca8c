import { POLARITIES, parsePeriod, type Polarity } from '../../../domain/delivery-plans/index.ts';
import { parseSlug } from '../../../domain/shared/slug.ts';
import type { ColumnSpecs } from '../../map-columns.ts';
import { decimal, optionalDate, optionalGssCode, optionalText, type CellParser } from '../../values.ts';
import type { PlanRow } from '../../../storage/repositories/plans/write-plan-rows.ts';

/** A plan file's row is what storage writes (src/storage/repositories/plans/write-plan-rows.ts). */
export type { PlanRow };

const bad = (reason: string) => ({ ok: false as const, reason });

const required = (max: number, what: string): CellParser<string> => (raw) => {
  const value = raw.trim();
  if (value === '') return bad(`Enter ${what}`);
  return value.length > max ? bad(`${what[0]?.toUpperCase() ?? ''}${what.slice(1)} can be at most ${String(max)} characters`) : { ok: true, value };
};

const slug = (what: string): CellParser<string> => (raw) => {
  const parsed = parseSlug(raw.trim());
  return parsed.ok ? { ok: true, value: parsed.value } : bad(`${what} is lower-case letters, digits and hyphens, like early-years`);
};

const period: CellParser<string> = (raw) => {
  const parsed = parsePeriod(raw);
  return parsed.ok ? { ok: true, value: parsed.value.label } : bad(parsed.error);
};

const polarity: CellParser<Polarity> = (raw) => {
  const value = raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return (POLARITIES as readonly string[]).includes(value) ? { ok: true, value: value as Polarity } : bad('Enter higher_is_better or lower_is_better');
};

const optionalNumber: CellParser<number | null> = (raw) => (raw.trim() === '' ? { ok: true, value: null } : decimal(raw));

const indicatorCode: CellParser<string | null> = (raw) => {
  const value = raw.trim();
  if (value === '') return { ok: true, value: null };
  return /^[a-z0-9_]{1,80}$/.test(value) ? { ok: true, value } : bad('An indicator code is up to 80 lower-case letters, digits and underscores, like ks2_rwm_expected');
};

export const PLAN_COLUMNS: ColumnSpecs<PlanRow> = {
  area: { headers: ['area'], parse: slug('An Opportunity Area identifier') },
  priority: { headers: ['priority'], parse: required(200, 'the priority') },
  theme: { headers: ['theme'], parse: slug('A priority theme') },
  objective: { headers: ['objective'], parse: required(300, 'the objective') },
  measure: { headers: ['measure'], parse: slug('A measure code') },
  measureName: { headers: ['measure_name'], parse: required(200, 'the measure’s name') },
  definition: { headers: ['definition'], parse: required(2000, 'the measure’s definition') },
  unit: { headers: ['unit'], parse: required(40, 'the unit, such as % of pupils') },
  polarity: { headers: ['polarity'], parse: polarity },
  baseline: { headers: ['baseline'], parse: decimal },
  baselinePeriod: { headers: ['baseline_period'], parse: period },
  indicator: { headers: ['indicator'], parse: indicatorCode, optional: true },
  indicatorArea: { headers: ['indicator_area'], parse: optionalGssCode, optional: true },
  period: { headers: ['period'], parse: period },
  target: { headers: ['target'], parse: optionalNumber },
  actual: { headers: ['actual'], parse: optionalNumber, optional: true },
  source: { headers: ['source'], parse: optionalText, optional: true },
  recordedOn: { headers: ['recorded_on'], parse: optionalDate, optional: true },
};

/** The fields that describe a measure rather than one period of it: they must agree on every row of a measure. */
export const MEASURE_FIELDS: readonly { field: keyof PlanRow; column: string }[] = [
  { field: 'priority', column: 'priority' },
  { field: 'objective', column: 'objective' },
  { field: 'measureName', column: 'measure_name' },
  { field: 'definition', column: 'definition' },
  { field: 'unit', column: 'unit' },
  { field: 'polarity', column: 'polarity' },
  { field: 'baseline', column: 'baseline' },
  { field: 'baselinePeriod', column: 'baseline_period' },
  { field: 'indicator', column: 'indicator' },
  { field: 'indicatorArea', column: 'indicator_area' },
];
