import { ApiError, type FieldError } from '../../api/api-error.ts';

/** One line of the error summary. */
export interface SummaryError {
  readonly message: string;
  /** The field to jump to, as "#email"; omitted for a problem with the whole form. */
  readonly href?: string;
}

/** What is wrong with a form: a message per field at fault, and any problem with the form as a whole. */
export interface FormErrors<F extends string> {
  readonly fields: Partial<Record<F, string>>;
  readonly form: string | null;
}

export const NO_ERRORS = { fields: {}, form: null } as const satisfies FormErrors<never>;

export function hasErrors<F extends string>(errors: FormErrors<F>): boolean {
  return errors.form !== null || Object.keys(errors.fields).length > 0;
}

/** The error summary's list: the form's own problem first, then each field in the order the form shows them. */
export function summaryErrors<F extends string>(errors: FormErrors<F>, fieldOrder: readonly F[]): SummaryError[] {
  const items: SummaryError[] = errors.form === null ? [] : [{ message: errors.form }];
  for (const field of fieldOrder) {
    const message = errors.fields[field];
    if (message !== undefined) items.push({ message, href: `#${field}` });
  }
  return items;
}

/**
 * The API's `invalid_request` fields as form errors, for fields this form has. A message written as the
 * end of a sentence ("must be a date like …") gets the field's label in front of it.
 */
export function fieldErrorsFromApi<F extends string>(fields: readonly FieldError[], labels: Readonly<Record<F, string>>): Partial<Record<F, string>> {
  const errors: Partial<Record<F, string>> = {};
  for (const { field, message } of fields) {
    if (!isFormField(field, labels) || errors[field] !== undefined) continue;
    errors[field] = /^[a-z]/.test(message) ? `${labels[field]} ${message}` : message;
  }
  return errors;
}

function isFormField<F extends string>(field: string, labels: Readonly<Record<F, string>>): field is F {
  return Object.hasOwn(labels, field);
}

/**
 * What a form shows when sending it failed: the API's field errors where it named fields this form has,
 * else its message for the whole form; anything that is not an API reply (a bug) is logged and the user is
 * told `what` was not saved, e.g. `errorsFromFailure(error, LABELS, 'The event was not added')`.
 */
export function errorsFromFailure<F extends string>(error: unknown, labels: Readonly<Record<F, string>>, what: string): FormErrors<F> {
  if (!(error instanceof ApiError)) {
    console.error(error);
    return { fields: {}, form: `Sorry, there is a problem with the service. ${what}. Try again later.` };
  }
  const fields = fieldErrorsFromApi(error.fields, labels);
  return Object.keys(fields).length > 0 ? { fields, form: null } : { fields: {}, form: error.message };
}
