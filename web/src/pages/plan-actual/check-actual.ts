import { parsePeriod } from '../../../../src/domain/delivery-plans/index.ts';
import type { ActualEntry } from '../../api/plans-types.ts';
import type { FormErrors } from '../../components/form/form-errors.ts';
import { dateProblem } from '../../components/form/date-parts.ts';

export type ActualField = keyof ActualEntry;
export const ACTUAL_FIELDS: readonly ActualField[] = ['period', 'value', 'source', 'recordedOn'];

export const ACTUAL_LABELS: Readonly<Record<ActualField, string>> = {
  period: 'Period',
  value: 'Figure',
  source: 'Source',
  recordedOn: 'Date recorded',
};

export interface ActualInput {
  period: string;
  value: string;
  source: string;
  recordedOn: string;
}

const NUMBER = /^-?(\d+\.?\d*|\.\d+)$/;

/**
 * Checks the form as the API will (POST …/plan/measures/:code/actuals), with GOV.UK messages, and gives
 * the entry to send when there is nothing wrong. Values are checked trimmed, as they will be sent.
 */
export function checkActual(input: ActualInput): { errors: FormErrors<ActualField>; entry: ActualEntry | null } {
  const fields: Partial<Record<ActualField, string>> = {};
  const period = input.period.trim();
  const value = input.value.trim().replaceAll(',', '');
  const source = input.source.trim();
  const recordedOn = input.recordedOn.trim();
  if (period === '') fields.period = 'Enter the period, like 2018/19';
  else if (!parsePeriod(period).ok) fields.period = 'Enter the period as an academic year like 2018/19, or a calendar year like 2019';
  if (value === '') fields.value = 'Enter the figure';
  else if (!NUMBER.test(value)) fields.value = 'Enter the figure as a number, like 56.2';
  if (source === '') fields.source = 'Say where the figure comes from, such as the DfE statistical release';
  else if (source.length > 500) fields.source = 'Source must be 500 characters or fewer';
  const recorded = dateProblem(recordedOn, 'the date the figure was recorded');
  if (recorded !== null) fields.recordedOn = recorded.message;
  const errors = { fields, form: null };
  return { errors, entry: Object.keys(fields).length > 0 ? null : { period, value: Number(value), source, recordedOn } };
}
