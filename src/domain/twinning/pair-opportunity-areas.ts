import type { FeatureMatrix } from './feature-matrix.ts';
import { greedyAssignment, solveAssignment } from './solve-assignment.ts';
import { squaredDistance } from './weighted-distance.ts';

/** An Opportunity Area and its areas at the tier being twinned (districts, or education authorities). */
export interface OpportunityAreaGroup {
  readonly id: string;
  readonly name: string;
  readonly areaCodes: readonly string[];
}

export interface TwinPairing {
  readonly opportunityAreas: readonly { readonly id: string; readonly name: string; readonly twins: readonly { readonly code: string; readonly name: string; readonly distance: number }[] }[];
  /** Σ of every twin's distance. */
  readonly total: number;
}

export interface PairingResult {
  readonly optimal: TwinPairing;
  readonly greedy: TwinPairing;
  /** Opportunity Areas none of whose areas has values, so they cannot be twinned. */
  readonly unpaired: readonly { readonly id: string; readonly name: string; readonly reason: string }[];
}

/**
 * One-to-one twinning (docs/methodology.md §11.7): each Opportunity Area gets k twins, no twin shared,
 * from the areas in no Opportunity Area, with the least total distance. An Opportunity Area's distance to
 * a candidate is the mean distance from its areas (Fenland and East Cambridgeshire count as one area
 * with two members). Solved as a rectangular assignment with k copies of each Opportunity Area's row;
 * the greedy result is given beside it.
 * @example pairOpportunityAreas(matrix, groups, 1).optimal.total ≤ …greedy.total
 */
export function pairOpportunityAreas(matrix: FeatureMatrix, groups: readonly OpportunityAreaGroup[], k = 1): PairingResult {
  if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a whole number of at least 1, not ${String(k)}`);
  const rowOf = new Map(matrix.areas.map((a, r) => [a.code, r]));
  const inProgramme = new Set(groups.flatMap((g) => g.areaCodes));
  const candidates = matrix.areas.map((a, r) => ({ area: a, r })).filter(({ area }) => !inProgramme.has(area.code) && area.opportunityArea === null);
  const sortedGroups = [...groups].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const pairable = sortedGroups.map((g) => ({ group: g, rows: g.areaCodes.map((c) => rowOf.get(c)).filter((r): r is number => r !== undefined) }));
  const unpaired = pairable
    .filter((p) => p.rows.length === 0)
    .map(({ group }) => {
      const why = group.areaCodes.flatMap((code) => matrix.excluded.filter((x) => x.areaCode === code).map((x) => `${x.areaName}: ${x.reason}`));
      return { id: group.id, name: group.name, reason: why.length > 0 ? why.join('; ') : 'none of its areas has values for these indicators' };
    });
  const paired = pairable.filter((p) => p.rows.length > 0);
  if (paired.length * k > candidates.length) {
    throw new Error(`Cannot give ${String(paired.length)} Opportunity Areas ${String(k)} twin(s) each from only ${String(candidates.length)} areas`);
  }
  const groupCost = paired.map(({ rows }) =>
    candidates.map(({ r: c }) => rows.reduce((sum, r) => sum + Math.sqrt(squaredDistance(matrix.standardised, matrix.columns, r, c)), 0) / rows.length),
  );
  // k copies of each Opportunity Area's row, so each gets k different twins.
  const cost = groupCost.flatMap((row) => Array.from({ length: k }, () => row));
  const shape = (columnOfRow: readonly number[]): TwinPairing => {
    const opportunityAreas = paired.map(({ group }, g) => {
      const twins = Array.from({ length: k }, (_, copy) => {
        const c = columnOfRow[g * k + copy] ?? -1;
        const area = candidates[c]?.area;
        return { code: area?.code ?? '', name: area?.name ?? '', distance: groupCost[g]?.[c] ?? Number.NaN };
      }).sort((a, b) => a.distance - b.distance || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
      return { id: group.id, name: group.name, twins };
    });
    return { opportunityAreas, total: opportunityAreas.reduce((sum, oa) => sum + oa.twins.reduce((s, t) => s + t.distance, 0), 0) };
  };
  return { optimal: shape(solveAssignment(cost).columnOfRow), greedy: shape(greedyAssignment(cost).columnOfRow), unpaired };
}
