import type { FormErrors } from '../../components/form/form-errors.ts';
import { dateProblem } from '../../components/form/date-parts.ts';

export interface EventValues {
  readonly title: string;
  readonly kind: string;
  readonly heldOn: string;
  readonly programmeId: string;
}
export type EventField = keyof EventValues;
export const EVENT_FIELDS: readonly EventField[] = ['title', 'kind', 'heldOn', 'programmeId'];
export const EVENT_LABELS: Readonly<Record<EventField, string>> = { title: 'Title', kind: 'What kind of event', heldOn: 'Date', programmeId: 'Programme' };

/** An id from a title and a date: `idFrom('Phonics training', '2018-01-10', 'event')` → `phonics-training-2018-01-10`. */
export function idFrom(title: string, date: string, fallback: string): string {
  const words = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
  return `${words === '' ? fallback : words}-${date}`;
}

/** An id for the event from its title and date: `phonics-training-2018-01-10`. */
export function eventIdFrom(values: EventValues): string {
  return idFrom(values.title, values.heldOn, 'event');
}

/** The checks the server makes, so most mistakes are caught before sending. */
export function checkEvent(values: EventValues): FormErrors<EventField> {
  const fields: Partial<Record<EventField, string>> = {};
  if (values.title.trim() === '') fields.title = 'Enter the event’s title';
  if (!['briefing', 'training', 'follow_up'].includes(values.kind)) fields.kind = 'Select briefing, training or follow-up';
  const held = dateProblem(values.heldOn, 'the date it was held');
  if (held !== null) fields.heldOn = held.message;
  return { fields, form: null };
}
