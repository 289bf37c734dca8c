import type { BoardChange } from '../../api/types.ts';
import type { FormErrors } from '../../components/form/form-errors.ts';
import { dateProblem } from '../../components/form/date-parts.ts';

export type BoardField = keyof BoardChange;
export const BOARD_FIELDS: readonly BoardField[] = ['chair', 'chairNamedOn', 'sourceNote'];

/** Each field's label: on the form, and in front of a server message that needs one. */
export const BOARD_LABELS: Readonly<Record<BoardField, string>> = {
  chair: 'Chair’s name',
  chairNamedOn: 'Date the chair was named',
  sourceNote: 'Source',
};

const CHAIR_MAX = 200;
const SOURCE_MAX = 500;

/**
 * Checks the form as the API will (schema of PUT /api/opportunity-areas/:id/board), with GOV.UK messages,
 * so most mistakes are caught without a round trip. Values are checked trimmed, as they will be sent.
 */
export function checkBoard(change: BoardChange): FormErrors<BoardField> {
  const fields: Partial<Record<BoardField, string>> = {};
  if (change.chair === '') fields.chair = 'Enter the chair’s name';
  else if (change.chair.length > CHAIR_MAX) fields.chair = `Chair’s name must be ${String(CHAIR_MAX)} characters or fewer`;
  const named = dateProblem(change.chairNamedOn, 'the date the chair was named', { monthEnough: true });
  if (named !== null) fields.chairNamedOn = named.message;
  if (change.sourceNote === '') fields.sourceNote = 'Enter where this comes from, such as the board’s minutes or a press release';
  else if (change.sourceNote.length > SOURCE_MAX) fields.sourceNote = `Source must be ${String(SOURCE_MAX)} characters or fewer`;
  return { fields, form: null };
}

