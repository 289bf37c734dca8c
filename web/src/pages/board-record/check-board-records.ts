import type { NewBoardMeeting } from '../../api/plans-client.ts';
import { dateProblem } from '../../components/form/date-parts.ts';

export type MemberField = 'name' | 'organisation' | 'sector';
export const MEMBER_FIELDS: readonly MemberField[] = ['name', 'organisation', 'sector'];
export const MEMBER_LABELS: Readonly<Record<MemberField, string>> = { name: 'Name', organisation: 'Organisation', sector: 'Sector' };

const MEMBER_RULES: Readonly<Record<MemberField, [string, number]>> = {
  name: ['Enter the member’s name', 200],
  organisation: ['Enter the member’s organisation', 200],
  sector: ['Enter the sector, such as early years, schools or employers', 40],
};

/** Checks a new board member as the API will. */
export function checkMember(input: Record<MemberField, string>): Partial<Record<MemberField, string>> {
  const fields: Partial<Record<MemberField, string>> = {};
  for (const field of MEMBER_FIELDS) {
    const [missing, max] = MEMBER_RULES[field];
    const value = input[field].trim();
    if (value === '') fields[field] = missing;
    else if (value.length > max) fields[field] = `${MEMBER_LABELS[field]} must be ${String(max)} characters or fewer`;
  }
  return fields;
}

/** How many decisions the meeting form offers; more can be recorded through the API. */
export const DECISION_ROWS = 3;

export interface MeetingInput {
  heldOn: string;
  papers: string;
  decisions: { decision: string; owner: string; dueOn: string }[];
}

/**
 * Checks a meeting: its date, papers one per line, and each decision row either blank or complete (decision,
 * owner, due date). Field names follow the form's ids (`decision-1`, `owner-1`, `dueOn-1`).
 */
export function checkMeeting(input: MeetingInput): { fields: Record<string, string>; meeting: NewBoardMeeting | null } {
  const fields: Record<string, string> = {};
  const heldOn = input.heldOn.trim();
  const held = dateProblem(heldOn, 'the date of the meeting');
  if (held !== null) fields['heldOn'] = held.message;
  const decisions: NewBoardMeeting['decisions'] = [];
  input.decisions.forEach((row, i) => {
    const [decision, owner, dueOn] = [row.decision.trim(), row.owner.trim(), row.dueOn.trim()];
    if (decision === '' && owner === '' && dueOn === '') return;
    const n = String(i + 1);
    if (decision === '') fields[`decision-${n}`] = `Enter decision ${n}, or clear its owner and due date`;
    if (owner === '') fields[`owner-${n}`] = `Enter who owns decision ${n}`;
    const due = dateProblem(dueOn, `the date decision ${n} is due`);
    if (due !== null) fields[`dueOn-${n}`] = due.message;
    decisions.push({ decision, owner, dueOn });
  });
  const papers = input.papers.split('\n').map((p) => p.trim()).filter((p) => p !== '');
  return { fields, meeting: Object.keys(fields).length > 0 ? null : { heldOn, papers, decisions } };
}
