import { err, ok, type Result } from '../shared/result.ts';
import type { Design } from './design.ts';
import { listSome, type ImpactProblem, type Panel } from './panel.ts';

/** Below this many periods before the start every estimate carries a warning (the rule). */
export const FEW_PRE_PERIODS = 3;

export interface CheckedPanel {
  readonly design: Design;
  /** Comparison unit codes in the design's order (A–Z), then the treated codes (A–Z). */
  readonly controlCodes: readonly string[];
  readonly treatedCodes: readonly string[];
  readonly warnings: readonly string[];
}

const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Checks a panel can be estimated on (docs/methodology.md §16.6) and lays it out for the estimators:
 * at least one treated and one comparison unit, a start among the periods with at least one period
 * before it, and no missing values. Units are put in code order, so an estimate (placebo draws
 * included) does not depend on the order the units came in. A panel of the wrong shape is a
 * programmer error and throws.
 * @example checkPanel(panel) → ok({ design, controlCodes: ['E06000001', …], treatedCodes: ['E06000009'], warnings: [] })
 */
export function checkPanel(panel: Panel): Result<CheckedPanel, ImpactProblem> {
  const t = panel.periods.length;
  if (panel.values.length !== panel.units.length * t) {
    throw new Error(`A panel of ${String(panel.units.length)} units and ${String(t)} periods needs ${String(panel.units.length * t)} values, not ${String(panel.values.length)}`);
  }
  const rowOf = new Map(panel.units.map((code, row) => [code, row]));
  if (rowOf.size !== panel.units.length) throw new Error('Each unit may appear only once in a panel');
  if (new Set(panel.periods).size !== t) throw new Error('Each period may appear only once in a panel');

  if (panel.treated.length === 0) return err({ code: 'no-treated', message: 'No area is marked as treated: say which areas the programme covers' });
  const unknown = panel.treated.filter((code) => !rowOf.has(code));
  if (unknown.length > 0) return err({ code: 'unknown-treated', message: `The treated area${unknown.length > 1 ? 's' : ''} ${listSome(unknown)} ${unknown.length > 1 ? 'are' : 'is'} not in the panel` });
  const treatedCodes = [...new Set(panel.treated)].sort(compareCodes);
  const isTreated = new Set(treatedCodes);
  const controlCodes = panel.units.filter((code) => !isTreated.has(code)).sort(compareCodes);
  if (controlCodes.length === 0) return err({ code: 'no-comparison', message: 'There are no comparison areas: an estimate needs at least one area outside the programme' });

  const pre = panel.periods.indexOf(panel.start);
  if (pre < 0) return err({ code: 'unknown-start', message: `The start period ${panel.start} is not one of the panel’s periods (${listSome(panel.periods, 8)})` });
  if (pre === 0) {
    return err({ code: 'no-pre-periods', message: `There is no period before the start (${panel.start}): an estimate needs at least 1, and ${String(FEW_PRE_PERIODS)} or more to be reliable` });
  }

  const missing: string[] = [];
  panel.units.forEach((code, row) => {
    panel.periods.forEach((period, s) => {
      if (!Number.isFinite(panel.values[row * t + s])) missing.push(`${code} in ${period}`);
    });
  });
  if (missing.length > 0) {
    return err({ code: 'missing-values', message: `The panel has no value for ${listSome(missing)}: leave out those periods or areas (buildPanel does this and lists them)` });
  }

  const warnings: string[] = [];
  if (pre < FEW_PRE_PERIODS) {
    const periods = pre === 1 ? '1 period' : `${String(pre)} periods`;
    warnings.push(`Only ${periods} before the start (${panel.start}): with fewer than ${String(FEW_PRE_PERIODS)}, how well the comparison matched beforehand is hard to judge, so treat the estimate with caution`);
  }
  const design: Design = {
    y: panel.values,
    periods: t,
    pre,
    controls: controlCodes.map((code) => rowOf.get(code) ?? 0),
    treated: treatedCodes.map((code) => rowOf.get(code) ?? 0),
  };
  return ok({ design, controlCodes, treatedCodes, warnings });
}
