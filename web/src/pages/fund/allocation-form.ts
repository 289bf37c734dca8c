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
 */
export function toAllocationRequest(values: AllocationFormValues): { body: AllocationRequestBody; errors: FormErrors<AllocationField> } {
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
  const lines = values.recipients.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length > 0) {
    body.recipients = lines.map((line) => {
      const [id = '', measure] = line.split(',').map((p) => p.trim());
      return values.formula === 'equal' ? { id } : { id, measure: measure ?? null };
    });
  } else if (values.formula !== 'equal') {
    fields.recipients = 'Enter each recipient and its measure, one per line, like blackpool,1234';
  }
  return { body, errors: { fields, form: null } };
}
