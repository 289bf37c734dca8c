import { ApiError } from '../../api/api-error.ts';
import type { SpendEntry } from '../../api/funding-types.ts';
import { fieldErrorsFromApi, type FormErrors } from '../../components/form/form-errors.ts';
import { validateSpend, type SpendContext } from '../../../../src/domain/funding/index.ts';
import { dateProblem } from '../../components/form/date-parts.ts';

export type SpendField = keyof SpendEntry;

export const SPEND_FIELDS: readonly SpendField[] = ['recipient', 'kind', 'spentOn', 'amount', 'purpose', 'evidenceStrand'];

export const SPEND_LABELS: Readonly<Record<SpendField, string>> = {
  recipient: 'Recipient',
  kind: 'Commitment or payment',
  spentOn: 'Date',
  amount: 'Amount',
  purpose: 'What it was for',
  evidenceStrand: 'Toolkit strand (optional)',
};

/**
 * The same checks the server makes (src/domain/funding/spend), run before sending so the error summary
 * appears at once; the server checks again.
 */
export function checkSpend(entry: SpendEntry, context: SpendContext): FormErrors<SpendField> {
  const fields: Partial<Record<SpendField, string>> = {};
  const dateAt = dateProblem(entry.spentOn, 'the date of the spend');
  if (dateAt !== null) fields.spentOn = dateAt.message;
  const checked = validateSpend(entry, context);
  if (checked.ok) return { fields, form: null };
  for (const error of checked.error) {
    const field: SpendField = error.field === 'amountPence' ? 'amount' : error.field;
    fields[field] ??= error.message;
  }
  return { fields, form: null };
}

/** A refused save as form errors: the API's field errors against their fields, anything else at the top. */
export function spendErrorsFrom(error: unknown): FormErrors<SpendField> {
  if (!(error instanceof ApiError)) {
    console.error(error);
    return { fields: {}, form: 'Sorry, there is a problem with the service. The spend was not saved. Try again later.' };
  }
  const fields = fieldErrorsFromApi(error.fields, SPEND_LABELS);
  return Object.keys(fields).length > 0 ? { fields, form: null } : { fields: {}, form: error.message };
}
