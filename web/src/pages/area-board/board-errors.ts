import { ApiError } from '../../api/api-error.ts';
import { fieldErrorsFromApi, type FormErrors } from '../../components/form/form-errors.ts';
import { BOARD_LABELS, type BoardField } from './check-board.ts';

/** A refused save as form errors: the API's field errors against their fields, anything else at the top. */
export function boardErrorsFrom(error: unknown): FormErrors<BoardField> {
  if (!(error instanceof ApiError)) {
    console.error(error);
    return { fields: {}, form: 'Sorry, there is a problem with the service. Your changes were not saved. Try again later.' };
  }
  const fields = fieldErrorsFromApi(error.fields, BOARD_LABELS);
  return Object.keys(fields).length > 0 ? { fields, form: null } : { fields: {}, form: error.message };
}
