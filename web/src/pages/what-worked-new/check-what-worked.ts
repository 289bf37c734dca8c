import type { NewWhatWorked } from '../../api/plans-client.ts';
import { poundsTextToPence } from '../../../../src/domain/shared/money.ts';
import type { FormErrors } from '../../components/form/form-errors.ts';

export type WhatWorkedField = keyof NewWhatWorked;
export const WHAT_WORKED_FIELDS: readonly WhatWorkedField[] = ['what', 'where', 'forWhom', 'costPence', 'evidenceStrand', 'result', 'contact'];

export const WHAT_WORKED_LABELS: Readonly<Record<WhatWorkedField, string>> = {
  what: 'What was done',
  where: 'Where',
  forWhom: 'For whom',
  costPence: 'Cost in pounds (optional)',
  evidenceStrand: 'Evidence it draws on',
  result: 'Result',
  contact: 'Contact',
};

export type WhatWorkedInput = Record<WhatWorkedField, string>;

const REQUIRED: Readonly<Record<Exclude<WhatWorkedField, 'costPence'>, [string, number]>> = {
  what: ['Say what was done', 2000],
  where: ['Say where it was done, such as 12 primary schools in Blackpool', 500],
  forWhom: ['Say who it was for, such as Year 5 pupils eligible for free school meals', 500],
  evidenceStrand: ['Name the evidence it draws on, such as a Teaching and Learning Toolkit strand', 200],
  result: ['Say what the result was', 2000],
  contact: ['Give a contact, such as a name and email address', 200],
};

/** Checks the form as the API will, and gives the entry to send (cost in whole pence) when nothing is wrong. */
export function checkWhatWorked(input: WhatWorkedInput): { errors: FormErrors<WhatWorkedField>; entry: NewWhatWorked | null } {
  const fields: Partial<Record<WhatWorkedField, string>> = {};
  for (const [field, [missing, max]] of Object.entries(REQUIRED) as [Exclude<WhatWorkedField, 'costPence'>, [string, number]][]) {
    const value = input[field].trim();
    if (value === '') fields[field] = missing;
    else if (value.length > max) fields[field] = `${WHAT_WORKED_LABELS[field]} must be ${max.toLocaleString('en-GB')} characters or fewer`;
  }
  let costPence: number | null = null;
  if (input.costPence.trim() !== '') {
    costPence = poundsTextToPence(input.costPence);
    if (costPence === null) fields.costPence = 'Enter the cost in pounds, like 45000 or 1,250.50';
  }
  const errors = { fields, form: null };
  if (Object.keys(fields).length > 0) return { errors, entry: null };
  const t = (field: Exclude<WhatWorkedField, 'costPence'>) => input[field].trim();
  return { errors, entry: { what: t('what'), where: t('where'), forWhom: t('forWhom'), costPence, evidenceStrand: t('evidenceStrand'), result: t('result'), contact: t('contact') } };
}
