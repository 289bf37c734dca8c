import { err, ok, type Result } from '../shared/result.ts';
import { comparePeriods } from './compare-periods.ts';
import { listSome, type Dropped, type ImpactProblem, type Panel, type PanelRow } from './panel.ts';

const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Turns long rows (`unit, period, value, treated`) into a balanced panel (docs/methodology.md §16.6).
 * Treated units are those with any row marked treated; they must start in the same period and stay
 * treated. To balance the panel: a period is dropped when a treated unit has no value in it, or when
 * fewer than half of the comparison units have one; then a comparison unit with no value in a period
 * still kept is left out of the pool. Every drop is listed with its reason. The start becomes the
 * first kept period at or after the treated units' first treated period.
 * @example
 * buildPanel([{ unit: 'A', period: '2016', value: 1, treated: false }, …])
 * // → ok({ units: ['A', 'B', …], periods: ['2015', '2016', …], values, treated: ['A'], start: '2017', dropped: [] })
 */
export function buildPanel(rows: readonly PanelRow[]): Result<Panel, ImpactProblem> {
  if (rows.length === 0) return err({ code: 'no-rows', message: 'The panel has no rows: give at least one row for each area and period' });
  const cells = new Map<string, Map<string, PanelRow>>();
  const duplicates: string[] = [];
  for (const row of rows) {
    const byPeriod = cells.get(row.unit) ?? new Map<string, PanelRow>();
    cells.set(row.unit, byPeriod);
    if (byPeriod.has(row.period)) duplicates.push(`${row.unit} in ${row.period}`);
    else byPeriod.set(row.period, row);
  }
  if (duplicates.length > 0) {
    return err({ code: 'duplicate-rows', message: `Each area may have only one row for each period: there is more than one for ${listSome(duplicates)}` });
  }
  const units = [...cells.keys()].sort(compareCodes);
  const periods = [...new Set(rows.map((r) => r.period))].sort(comparePeriods);

  const starts = new Map<string, string>();
  for (const unit of units) {
    const own = periods.map((p) => cells.get(unit)?.get(p)).filter((r): r is PanelRow => r !== undefined);
    const first = own.findIndex((r) => r.treated);
    if (first < 0) continue;
    const stopped = own.slice(first).find((r) => !r.treated);
    if (stopped !== undefined) {
      return err({ code: 'treatment-stops', message: `Once an area is treated it must stay treated: ${unit} is treated from ${own[first]?.period ?? ''} but not in ${stopped.period}` });
    }
    starts.set(unit, own[first]?.period ?? '');
  }
  const treated = [...starts.keys()];
  if (treated.length === 0) return err({ code: 'no-treated', message: 'No area is marked as treated: mark the treated areas’ rows from the start period onwards' });
  const firstStart = [...starts.values()].sort(comparePeriods)[0] ?? '';
  const late = treated.filter((u) => starts.get(u) !== firstStart);
  if (late.length > 0) {
    const each = treated.map((u) => `${u} from ${starts.get(u) ?? ''}`);
    return err({ code: 'different-starts', message: `The treated areas must start in the same period: ${listSome(each, 8)}` });
  }
  const controls = units.filter((u) => !starts.has(u));
  if (controls.length === 0) return err({ code: 'no-comparison', message: 'Every area is marked as treated: the panel needs comparison areas that are not' });

  const has = (unit: string, period: string): boolean => {
    const value = cells.get(unit)?.get(period)?.value;
    return value !== null && value !== undefined && Number.isFinite(value);
  };
  const dropped: Dropped[] = [];
  const keptPeriods = periods.filter((period) => {
    const missingTreated = treated.filter((u) => !has(u, period));
    if (missingTreated.length > 0) {
      dropped.push({ kind: 'period', period, reason: `No value for the treated area${missingTreated.length > 1 ? 's' : ''} ${listSome(missingTreated)}` });
      return false;
    }
    const present = controls.filter((u) => has(u, period)).length;
    if (2 * present < controls.length) {
      dropped.push({ kind: 'period', period, reason: `Only ${String(present)} of ${String(controls.length)} comparison areas have a value` });
      return false;
    }
    return true;
  });
  const keptControls = controls.filter((unit) => {
    const gaps = keptPeriods.filter((p) => !has(unit, p));
    if (gaps.length > 0) dropped.push({ kind: 'unit', unit, reason: `Left out of the comparison: no value for ${listSome(gaps)}` });
    return gaps.length === 0;
  });
  if (keptControls.length === 0) {
    return err({ code: 'no-comparison', message: `No comparison area has a value in every period kept (${listSome(keptPeriods)}): every one has gaps` });
  }
  const start = keptPeriods.find((p) => comparePeriods(p, firstStart) >= 0);
  if (start === undefined) {
    return err({ code: 'no-post-periods', message: `No period from the start (${firstStart}) onwards has a value for every treated area` });
  }

  const kept = new Set([...treated, ...keptControls]);
  const keptUnits = units.filter((u) => kept.has(u));
  const values = new Float64Array(keptUnits.length * keptPeriods.length);
  keptUnits.forEach((unit, u) => {
    keptPeriods.forEach((period, t) => {
      values[u * keptPeriods.length + t] = cells.get(unit)?.get(period)?.value ?? Number.NaN;
    });
  });
  return ok({ units: keptUnits, periods: keptPeriods, values, treated, start, dropped });
}
