import type { AllocationFormula, AllocationRequestBody } from '../../api/funding-types.ts';
import type { FormErrors } from '../../components/form/form-errors.ts';
import { parsePounds } from '../../../../src/domain/funding/index.ts';

export interface AllocationFormValues {
  formula: AllocationFormula;
  recipients: string;
  measureName: string;
  base: string;
  floor: string;
  ceiling: string;
}

export type AllocationField = keyof AllocationFormValues;
export const ALLOCATION_FIELDS: readonly AllocationField[] = ['formula', 'recipients', 'measureName', 'base', 'floor', 'ceiling'];

/**
 * The form as a request body: amounts in pounds become pence (exactly, via the domain's parser), and the
 * recipients box (`id,measure` per line) becomes the recipients; an empty box means the twelve areas.
 * Every line's problems are found at once (`recipientProblems`), for the error summary to list each.
 */
export function toAllocationRequest(values: AllocationFormValues): { body: AllocationRequestBody; errors: FormErrors<AllocationField>; recipientProblems: readonly string[] } {
  const fields: Partial<Record<AllocationField, string>> = {};
  const body: AllocationRequestBody = { formula: values.formula };
  const pounds = (field: 'base' | 'floor' | 'ceiling'): number | undefined => {
    if (values[field].trim() === '') return undefined;
    const parsed = parsePounds(values[field]);
    if (!parsed.ok) fields[field] = parsed.error;
    return parsed.ok ? parsed.value : undefined;
  };
  const base = pounds('base');
  const floor = pounds('floor');
  const ceiling = pounds('ceiling');
  if (values.formula === 'base-plus') {
    if (base === undefined && fields.base === undefined) fields.base = 'Enter the base each recipient gets';
    body.basePence = base ?? 0;
  }
  if (floor !== undefined) body.floorPence = floor;
  if (ceiling !== undefined) body.ceilingPence = ceiling;
  if (values.measureName.trim() !== '') body.measureName = values.measureName.trim();
  const lines = values.recipients.split(/\r?\n/).map((l) => l.trim());
  const given = lines.map((line, i) => ({ line, number: i + 1 })).filter(({ line }) => line !== '');
  const recipientProblems: string[] = [];
  if (given.length > 0) {
    const firstLine = new Map<string, number>();
    body.recipients = given.map(({ line, number }) => {
      const [id = '', measure] = line.split(',').map((p) => p.trim());
      recipientProblems.push(...lineProblems(id, measure, number, values.formula, firstLine));
      return values.formula === 'equal' ? { id } : { id, measure: measure ?? null };
    });
    if (recipientProblems.length > 0) fields.recipients = recipientProblems.length === 1 ? recipientProblems[0] : `${String(recipientProblems.length)} lines have problems: ${recipientProblems.join('; ')}`;
  } else if (values.formula !== 'equal') {
    fields.recipients = 'Enter each recipient and its measure, one per line, like blackpool,1234';
  }
  if (floor !== undefined && ceiling !== undefined && floor > ceiling) fields.ceiling = 'The ceiling must be the same as or more than the floor';
  return { body, errors: { fields, form: null }, recipientProblems };
}

/** What is wrong with one line of the recipients box, every problem at once, in the line's own words. */
function lineProblems(id: string, measure: string | undefined, line: number, formula: AllocationFormula, firstLine: Map<string, number>): string[] {
  const at = `Line ${String(line)}`;
  if (id === '') return [`${at}: enter the recipient before the comma`];
  const problems: string[] = [];
  const earlier = firstLine.get(id);
  if (earlier === undefined) firstLine.set(id, line);
  else problems.push(`${at}: ${id} is already on line ${String(earlier)}; list each recipient once`);
  if (formula !== 'equal') {
    if (measure === undefined || measure === '') problems.push(`${at}: enter ${id}’s measure after a comma, like ${id},1234`);
    else if (!/^\d+(\.\d+)?$/.test(measure)) problems.push(`${at}: ${id}’s measure must be a number, 0 or more, like 1234, not “${measure}”`);
  }
  return problems;
}
