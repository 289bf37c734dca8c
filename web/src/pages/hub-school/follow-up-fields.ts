import type { FormErrors } from '../../components/form/form-errors.ts';
import { idFrom } from '../hub/event-fields.ts';
import { dateProblem } from '../../components/form/date-parts.ts';

/** A new follow-up session, as opposed to one of the hub's existing ones (chosen by its event id). */
export const NEW_SESSION = 'new';

export interface FollowUpValues {
  readonly session: string;
  readonly title: string;
  readonly heldOn: string;
  readonly role: string;
  readonly people: string;
}
export type FollowUpField = keyof FollowUpValues;
export const FOLLOW_UP_FIELDS: readonly FollowUpField[] = ['session', 'title', 'heldOn', 'role', 'people'];
export const FOLLOW_UP_LABELS: Readonly<Record<FollowUpField, string>> = {
  session: 'Follow-up session',
  title: 'Title of the new session',
  heldOn: 'Date of the new session',
  role: 'Who from the school took part',
  people: 'Number of people',
};

/** What to send: the session to record at (creating it first when new) and who came. */
export interface FollowUpEntry {
  readonly newSession: { readonly id: string; readonly title: string; readonly heldOn: string } | null;
  readonly eventId: string;
  readonly role: string;
  readonly people: string;
}

/**
 * Checks the form as the API would check the event and the attendance it sends.
 * `checkFollowUp({ session: 'new', title: 'Feedback visit', heldOn: '2018-10-15', role: 'leader', people: '1' })`
 * → ok, creating the event `feedback-visit-2018-10-15`.
 */
export function checkFollowUp(values: FollowUpValues): { ok: true; entry: FollowUpEntry } | { ok: false; errors: FormErrors<FollowUpField> } {
  const fields: Partial<Record<FollowUpField, string>> = {};
  const [title, heldOn, people] = [values.title.trim(), values.heldOn.trim(), values.people.trim()];
  const isNew = values.session === NEW_SESSION;
  if (values.session === '') fields.session = 'Select the follow-up session, or a new one';
  if (isNew && title === '') fields.title = 'Enter the title of the new session';
  const held = isNew ? dateProblem(heldOn, 'the date of the new session') : null;
  if (held !== null) fields.heldOn = held.message;
  if (!['leader', 'teacher', 'teaching_assistant'].includes(values.role)) fields.role = 'Select who from the school took part';
  if (!/^\d+$/.test(people) || Number(people) < 1 || Number(people) > 500) fields.people = 'Enter how many people took part, from 1 to 500';
  if (Object.keys(fields).length > 0) return { ok: false, errors: { fields, form: null } };
  const newSession = isNew ? { id: idFrom(title, heldOn, 'follow-up'), title, heldOn } : null;
  return { ok: true, entry: { newSession, eventId: newSession?.id ?? values.session, role: values.role, people } };
}
