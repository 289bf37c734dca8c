import type { AttendanceEntry } from '../../api/research-network-client.ts';
import type { FormErrors } from '../../components/form/form-errors.ts';

export type AttendanceField = keyof AttendanceEntry;
export const ATTENDANCE_FIELDS: readonly AttendanceField[] = ['urn', 'role', 'people'];
export const ATTENDANCE_LABELS: Readonly<Record<AttendanceField, string>> = { urn: 'School', role: 'Role', people: 'Number of people' };

/** The same checks the server makes, so most mistakes are caught before sending. */
export function checkAttendance(entry: AttendanceEntry): FormErrors<AttendanceField> {
  const fields: Partial<Record<AttendanceField, string>> = {};
  if (!/^\d{6}$/.test(entry.urn)) fields.urn = 'Enter the school’s URN, 6 digits like 141257';
  if (!['leader', 'teacher', 'teaching_assistant'].includes(entry.role)) fields.role = 'Select the role of the people who came';
  const people = Number(entry.people);
  if (!/^\d+$/.test(entry.people) || people < 1 || people > 500) fields.people = 'Enter how many people came, from 1 to 500';
  return { fields, form: null };
}
