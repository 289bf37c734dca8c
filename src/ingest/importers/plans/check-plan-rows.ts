import { checkMeasure } from '../../../domain/delivery-plans/index.ts';
import type { CheckContext } from '../../importer.ts';
import type { ProblemList } from '../../report.ts';
import { MEASURE_FIELDS, type PlanRow } from './plan-columns.ts';
import { opportunityAreaDistricts } from '../../../storage/repositories/lookups/exists.ts';

type Numbered = { row: number; value: PlanRow };

/**
 * Checks across rows: the area exists; each measure's own fields agree on every row; each priority has one
 * theme; an actual has a source and a date; a linked measure names a district of its area and takes no
 * entered actuals; every measure has a target; and the figures pass the domain's measure check.
 */
export async function checkPlanRows(rows: readonly Numbered[], problems: ProblemList, { db }: CheckContext): Promise<void> {
  const districts = new Map<string, Set<string>>();
  for (const d of await opportunityAreaDistricts(db)) {
    districts.set(d.id, (districts.get(d.id) ?? new Set()).add(d.district_code));
  }
  const byMeasure = new Map<string, Numbered[]>();
  const themes = new Map<string, Numbered>();
  for (const numbered of rows) {
    const { row, value } = numbered;
    const areaDistricts = districts.get(value.area);
    if (areaDistricts === undefined) {
      problems.add({ row, column: 'area', value: value.area, reason: `There is no Opportunity Area "${value.area}": use its identifier, like blackpool (oa areas list)` });
      continue;
    }
    if (value.target === null && value.actual === null) problems.add({ row, column: 'target', value: null, reason: 'Give a target, an actual or both for this period' });
    if (value.actual !== null) {
      if (value.source === null) problems.add({ row, column: 'source', value: null, reason: 'Say where the actual comes from, such as the DfE release' });
      if (value.recordedOn === null) problems.add({ row, column: 'recorded_on', value: null, reason: 'Give the date the actual was recorded, like 2018-12-13' });
      if (value.indicator !== null) problems.add({ row, column: 'actual', value: String(value.actual), reason: `This measure is linked to the indicator ${value.indicator}: its actuals come from that, so leave actual blank` });
    }
    if ((value.indicator === null) !== (value.indicatorArea === null)) {
      problems.add({ row, column: value.indicator === null ? 'indicator' : 'indicator_area', value: null, reason: 'A linked measure needs both the indicator and the district (indicator_area) it is read for' });
    } else if (value.indicatorArea !== null && !areaDistricts.has(value.indicatorArea)) {
      problems.add({ row, column: 'indicator_area', value: value.indicatorArea, reason: `${value.indicatorArea} is not a district of ${value.area}: use one of ${[...areaDistricts].join(', ')}` });
    }
    const themeKey = `${value.area}|${value.priority}`;
    const firstOfPriority = themes.get(themeKey);
    if (firstOfPriority === undefined) themes.set(themeKey, numbered);
    else if (firstOfPriority.value.theme !== value.theme) {
      problems.add({ row, column: 'theme', value: value.theme, reason: `The priority "${value.priority}" has the theme ${firstOfPriority.value.theme} at line ${String(firstOfPriority.row)}: give each priority one theme` });
    }
    const key = `${value.area}|${value.measure}`;
    byMeasure.set(key, [...(byMeasure.get(key) ?? []), numbered]);
  }
  for (const measureRows of byMeasure.values()) checkMeasureRows(measureRows, problems);
}

function checkMeasureRows(measureRows: readonly Numbered[], problems: ProblemList): void {
  const [first, ...rest] = measureRows;
  if (first === undefined) return;
  for (const { row, value } of rest) {
    for (const { field, column } of MEASURE_FIELDS) {
      if (value[field] !== first.value[field]) {
        problems.add({ row, column, value: String(value[field] ?? ''), reason: `The measure ${value.measure} has a different ${column} at line ${String(first.row)}: give each measure’s details the same on every row` });
      }
    }
  }
  const targets = measureRows.flatMap(({ value }) => (value.target === null ? [] : [{ period: value.period, value: value.target }]));
  if (targets.length === 0) problems.add({ row: first.row, column: 'target', value: null, reason: `The measure ${first.value.measure} has no target: give one for at least one period` });
  const rowOf = new Map(measureRows.map(({ row, value }) => [value.period, row]));
  for (const problem of checkMeasure({
    polarity: first.value.polarity,
    baseline: { period: first.value.baselinePeriod, value: first.value.baseline },
    targets,
    actualPeriods: measureRows.filter(({ value }) => value.actual !== null).map(({ value }) => value.period),
  })) {
    problems.add({ row: problem.field === 'baseline_period' ? first.row : (rowOf.get(problem.period ?? '') ?? first.row), column: problem.field, value: problem.period, reason: problem.reason });
  }
}
