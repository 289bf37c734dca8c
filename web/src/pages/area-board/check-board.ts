import type { BoardChange } from '../../api/types.ts';
import type { FormErrors } from '../../components/form/form-errors.ts';

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
const ISO_DAY_OR_MONTH = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * Checks the form as the API will (schema of PUT /api/opportunity-areas/:id/board), with GOV.UK messages,
 * so most mistakes are caught without a round trip. Values are checked trimmed, as they will be sent.
 */
export function checkBoard(change: BoardChange): FormErrors<BoardField> {
  const fields: Partial<Record<BoardField, string>> = {};
  if (change.chair === '') fields.chair = 'Enter the chair’s name';
  else if (change.chair.length > CHAIR_MAX) fields.chair = `Chair’s name must be ${String(CHAIR_MAX)} characters or fewer`;
  if (change.chairNamedOn === '') fields.chairNamedOn = 'Enter the date the chair was named';
  else if (!isRealDayOrMonth(change.chairNamedOn)) {
    fields.chairNamedOn = 'Date the chair was named must be a real date, like 2017-07-14, or 2017-07 if you only know the month';
  }
  if (change.sourceNote === '') fields.sourceNote = 'Enter where this comes from, such as the board’s minutes or a press release';
  else if (change.sourceNote.length > SOURCE_MAX) fields.sourceNote = `Source must be ${String(SOURCE_MAX)} characters or fewer`;
  return { fields, form: null };
}

/** `isRealDayOrMonth('2017-07-14')` and `('2017-07')` → true; `('2017-02-30')`, `('14/07/2017')` → false. */
function isRealDayOrMonth(value: string): boolean {
  const match = ISO_DAY_OR_MONTH.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}
