import type { NewProgramme } from '../../api/research-network-client.ts';
import type { FormErrors } from '../../components/form/form-errors.ts';
import { idFrom } from '../hub/event-fields.ts';
import { dateProblem } from '../../components/form/date-parts.ts';

export interface ProgrammeValues {
  readonly title: string;
  readonly strands: readonly string[];
  readonly guidanceReportId: string;
  readonly format: string;
  readonly startsOn: string;
  readonly endsOn: string;
}
export type ProgrammeField = keyof ProgrammeValues;
export const PROGRAMME_FIELDS: readonly ProgrammeField[] = ['title', 'strands', 'guidanceReportId', 'format', 'startsOn', 'endsOn'];
/** Labels as errors name the fields; the form marks the optional ones. */
export const PROGRAMME_LABELS: Readonly<Record<ProgrammeField, string>> = {
  title: 'Title',
  strands: 'Toolkit strands',
  guidanceReportId: 'Guidance Report',
  format: 'Format',
  startsOn: 'Start date',
  endsOn: 'End date',
};
export const FORMAT_OPTIONS = [
  { value: 'face_to_face', text: 'Face to face' },
  { value: 'online', text: 'Online' },
  { value: 'blended', text: 'Blended' },
] as const;

/**
 * The programme as the API takes it, with an id from its title and start date, or what is wrong with each
 * field, checked as the server checks them so the error summary appears without a round trip.
 * `checkProgramme({ title: 'Literacy in KS1', strands: ['phonics'], guidanceReportId: '', format: 'blended', startsOn: '2018-01-08', endsOn: '' })`
 * → ok with id `literacy-in-ks1-2018-01-08`, no Guidance Report and no end date.
 */
export function checkProgramme(values: ProgrammeValues): { ok: true; programme: NewProgramme } | { ok: false; errors: FormErrors<ProgrammeField> } {
  const fields: Partial<Record<ProgrammeField, string>> = {};
  const title = values.title.trim();
  const [startsOn, endsOn] = [values.startsOn.trim(), values.endsOn.trim()];
  if (title === '') fields.title = 'Enter the programme’s title';
  else if (title.length > 200) fields.title = 'The title must be 200 characters or fewer';
  if (values.strands.length === 0) fields.strands = 'Choose at least one Toolkit strand';
  else if (values.strands.length > 10) fields.strands = 'Choose at most 10 strands';
  if (!FORMAT_OPTIONS.some((f) => f.value === values.format)) fields.format = 'Select face to face, online or blended';
  const startProblem = dateProblem(startsOn, 'the date the programme starts');
  if (startProblem !== null) fields.startsOn = startProblem.message;
  const endProblem = dateProblem(endsOn, 'the date the programme ends', { optional: true });
  if (endProblem !== null) fields.endsOn = endProblem.message;
  else if (endsOn !== '' && fields.startsOn === undefined && endsOn < startsOn) fields.endsOn = 'The end date must be the same as or after the start date';
  if (Object.keys(fields).length > 0) return { ok: false, errors: { fields, form: null } };
  return {
    ok: true,
    programme: {
      id: idFrom(title, startsOn, 'programme'),
      title,
      strands: [...values.strands],
      guidanceReportId: values.guidanceReportId === '' ? null : values.guidanceReportId,
      format: values.format,
      startsOn,
      endsOn: endsOn === '' ? null : endsOn,
    },
  };
}
