import type { FormErrors } from '../../components/form/form-errors.ts';
import { poundsTextToPence } from '../../../../src/domain/shared/money.ts';
import type { EvidencePlanEntry } from '../../api/research-network-client.ts';
import { dateProblem } from '../../components/form/date-parts.ts';

export type PlanField = 'strands' | 'targetPupils' | 'costPerPupil' | 'expectedMonths' | 'startsOn';
export const PLAN_FIELDS: readonly PlanField[] = ['strands', 'targetPupils', 'costPerPupil', 'expectedMonths', 'startsOn'];
export const PLAN_LABELS: Readonly<Record<PlanField, string>> = {
  strands: 'Toolkit strands',
  targetPupils: 'Pupils it is for',
  costPerPupil: 'Cost per pupil',
  expectedMonths: 'Months of progress expected',
  startsOn: 'Starts on',
};

export interface PlanFormValues {
  readonly strands: readonly string[];
  readonly targetPupils: string;
  readonly costPerPupil: string;
  readonly expectedMonths: string;
  readonly startsOn: string;
}

/**
 * The form's values as the API takes them, or what is wrong with each field, checked as the server checks
 * them (so the error summary appears without a round trip). Cost is typed in pounds and pence.
 * `checkPlan({ strands: ['feedback'], targetPupils: '60', costPerPupil: '12.50', expectedMonths: '6', startsOn: '2019-09-02' })`
 * → ok with costPerPupilPence 1250.
 */
export function checkPlan(values: PlanFormValues): { ok: true; entry: EvidencePlanEntry } | { ok: false; errors: FormErrors<PlanField> } {
  const fields: Partial<Record<PlanField, string>> = {};
  if (values.strands.length === 0) fields.strands = 'Choose at least one Toolkit strand';
  if (values.strands.length > 10) fields.strands = 'Choose at most 10 strands';
  const pupils = Number(values.targetPupils.trim());
  if (!/^\d+$/.test(values.targetPupils.trim()) || pupils < 1 || pupils > 10_000) fields.targetPupils = 'Enter how many pupils the plan is for, a whole number from 1 to 10,000';
  const pence = poundsTextToPence(values.costPerPupil) ?? NaN;
  if (Number.isNaN(pence) || pence > 10_000_000) fields.costPerPupil = 'Enter the cost per pupil in pounds and pence, like 12.50, up to £100,000';
  const months = Number(values.expectedMonths.trim());
  if (!/^-?\d+$/.test(values.expectedMonths.trim()) || months < -12 || months > 12) fields.expectedMonths = 'Enter the months of progress expected, a whole number from −12 to 12';
  const starts = dateProblem(values.startsOn.trim(), 'the date the plan starts');
  if (starts !== null) fields.startsOn = starts.message;
  if (Object.keys(fields).length > 0) return { ok: false, errors: { fields, form: null } };
  return { ok: true, entry: { strands: [...values.strands], targetPupils: pupils, costPerPupilPence: pence, expectedMonths: months, startsOn: values.startsOn.trim() } };
}
