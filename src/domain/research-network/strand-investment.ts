import type { EvidencePlan } from './records.ts';
import { planCostPence } from './records.ts';

export interface StrandInvestment {
  /** The area (e.g. district or Opportunity Area) the schools are in. */
  readonly areaKey: string;
  readonly strand: string;
  readonly schools: number;
  readonly plans: number;
  /** Pupils the plans target with this strand (a plan's pupils count under each strand it names). */
  readonly targetPupils: number;
  /** The plans' cost shared equally among their strands, to the penny (docs/methodology.md §14.6). */
  readonly costPence: number;
}

/** A cost split into `parts` shares that differ by at most a penny and sum exactly to it, larger shares first. */
export function splitPence(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  const remainder = total - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < remainder ? 1 : 0));
}

/**
 * Which strands each area is investing in: per area and strand, the schools and plans, the pupils targeted
 * and the cost, each plan's cost shared equally among its strands. Sorted by area, then cost, largest first.
 * One plan for 30 pupils at £50 a pupil naming two strands → £750 under each.
 */
export function strandInvestment(plans: readonly (EvidencePlan & { readonly areaKey: string | null })[]): StrandInvestment[] {
  const rows = new Map<string, { areaKey: string; strand: string; schools: Set<number>; plans: number; targetPupils: number; costPence: number }>();
  for (const plan of plans) {
    if (plan.areaKey === null || plan.strands.length === 0) continue;
    const strands = [...new Set(plan.strands)];
    const shares = splitPence(planCostPence(plan), strands.length);
    strands.forEach((strand, i) => {
      const key = `${plan.areaKey ?? ''}|${strand}`;
      const row = rows.get(key) ?? { areaKey: plan.areaKey ?? '', strand, schools: new Set<number>(), plans: 0, targetPupils: 0, costPence: 0 };
      row.schools.add(plan.urn);
      row.plans += 1;
      row.targetPupils += plan.targetPupils;
      row.costPence += shares[i] ?? 0;
      rows.set(key, row);
    });
  }
  return [...rows.values()]
    .map((r) => ({ areaKey: r.areaKey, strand: r.strand, schools: r.schools.size, plans: r.plans, targetPupils: r.targetPupils, costPence: r.costPence }))
    .sort((a, b) => (a.areaKey < b.areaKey ? -1 : a.areaKey > b.areaKey ? 1 : b.costPence - a.costPence || (a.strand < b.strand ? -1 : 1)));
}
