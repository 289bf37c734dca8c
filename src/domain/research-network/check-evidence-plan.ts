import { formatPence } from '../shared/money.ts';
import { planCostPence, type EvidencePlan } from './records.ts';

/**
 * The most a plan may put on one pupil: £5,000 a year, over four times where the Toolkit's dearest band
 * ("very high", over £1,200 per pupil per year) begins (docs/methodology.md §14.6).
 */
export const MAX_COST_PER_PUPIL_PENCE = 500_000;

/** The most one school's plan may cost in all: £1,000,000, more than a large secondary's whole pupil premium. */
export const MAX_PLAN_COST_PENCE = 100_000_000;

export interface PlanFieldProblem {
  readonly field: 'targetPupils' | 'costPerPupilPence';
  readonly message: string;
}

/**
 * What is wrong with a plan's amounts, field by field (empty when nothing is): the cost per pupil above
 * £5,000, more pupils than the school had on roll at its latest census (when known), or a whole plan
 * above £1,000,000. Figures past these are slips (pounds typed as pence, a digit too many), and a plan's
 * cost feeds the area's strand investment, so one slip would swamp a whole area (§14.6).
 * `checkEvidencePlan({ targetPupils: 10_000, costPerPupilPence: 10_000_000 }, { pupilsOnRoll: 1_200 })`
 * → two problems; `checkEvidencePlan({ targetPupils: 30, costPerPupilPence: 5_000 }, { pupilsOnRoll: 900 })` → [].
 */
export function checkEvidencePlan(
  plan: Pick<EvidencePlan, 'targetPupils' | 'costPerPupilPence'>,
  school: { readonly pupilsOnRoll: number | null; readonly censusPeriod?: string | null },
): PlanFieldProblem[] {
  const problems: PlanFieldProblem[] = [];
  if (school.pupilsOnRoll !== null && plan.targetPupils > school.pupilsOnRoll) {
    const when = school.censusPeriod == null ? 'at its latest census' : `in the ${school.censusPeriod} census`;
    problems.push({
      field: 'targetPupils',
      message: `Enter at most ${school.pupilsOnRoll.toLocaleString('en-GB')} pupils: the school had ${school.pupilsOnRoll.toLocaleString('en-GB')} pupils on roll ${when}`,
    });
  }
  if (plan.costPerPupilPence > MAX_COST_PER_PUPIL_PENCE) {
    problems.push({
      field: 'costPerPupilPence',
      message: `Enter a cost per pupil of ${formatPence(MAX_COST_PER_PUPIL_PENCE)} or less: the Toolkit’s dearest approaches start at £1,200 per pupil a year`,
    });
  } else if (planCostPence(plan) > MAX_PLAN_COST_PENCE) {
    problems.push({
      field: 'costPerPupilPence',
      message: `The plan would cost ${formatPence(planCostPence(plan))} (pupils × cost per pupil): a plan can cost at most ${formatPence(MAX_PLAN_COST_PENCE)}. Check the number of pupils and the cost per pupil`,
    });
  }
  return problems;
}
