import { parseUpn } from '../../domain/careers/index.ts';
import { parseDay, parseFlag } from '../careers/parse-encounter-cells.ts';
import type { ProblemList } from '../report.ts';
import { readTable } from './read-table.ts';

/** The columns of an attendance file: one row per pupil booked on a club day. */
export const ATTENDANCE_COLUMNS = ['upn', 'urn', 'fsm', 'club_id', 'date', 'attended'] as const;
type Column = (typeof ATTENDANCE_COLUMNS)[number];

/** A checked attendance row, the pupil already pseudonymised. */
export interface AttendanceFileRow {
  readonly row: number;
  readonly pseudonym: string;
  /** The pupil's school. */
  readonly urn: number;
  readonly fsm: boolean;
  readonly clubRef: string;
  readonly day: string;
  readonly attended: boolean;
}

/**
 * Checks an attendance file row by row, collecting every problem with its row and column, and returns the
 * rows with each UPN replaced by its pseudonym. A problem never quotes a UPN. Rows for one pupil must agree
 * on their school and FSM eligibility; a pupil is booked on a club day once.
 */
export function readAttendanceFile(text: string, problems: ProblemList, pseudonymise: (upn: string) => string): AttendanceFileRow[] {
  const table = readTable<Column>(text, problems, ATTENDANCE_COLUMNS, [], 'attendance row');
  const rows: AttendanceFileRow[] = [];
  const pupils = new Map<string, { row: number; urn: number; fsm: boolean }>();
  const seen = new Map<string, number>();
  for (const { row, cell } of table) {
    const state = { good: true };
    const fail = (column: Column, reason: string, showValue = true) => {
      state.good = false;
      problems.add({ row, column, value: showValue ? cell(column) : null, reason });
    };
    const upn = parseUpn(cell('upn'));
    if (!upn.ok) fail('upn', upn.error, false);
    const urnText = cell('urn').trim();
    if (!/^\d{6}$/.test(urnText)) fail('urn', 'A URN must be 6 digits, like 141257');
    const fsm = parseFlag(cell('fsm'));
    if (!fsm.ok) fail('fsm', fsm.reason);
    const clubRef = cell('club_id').trim();
    if (clubRef === '' || clubRef.length > 64) fail('club_id', 'A club id is 1 to 64 characters');
    const day = parseDay(cell('date'));
    if (!day.ok) fail('date', day.reason);
    const attended = parseFlag(cell('attended'));
    if (!attended.ok) fail('attended', attended.reason);
    if (!state.good || !upn.ok || !fsm.ok || !day.ok || !attended.ok) continue;

    const pseudonym = pseudonymise(upn.value);
    const urn = Number(urnText);
    const earlier = pupils.get(pseudonym);
    if (earlier === undefined) pupils.set(pseudonym, { row, urn, fsm: fsm.value });
    else if (earlier.fsm !== fsm.value) {
      problems.add({ row, column: 'fsm', value: cell('fsm'), reason: `This pupil’s FSM eligibility differs from row ${String(earlier.row)}: one pupil has one FSM value in a file` });
      continue;
    } else if (earlier.urn !== urn) {
      problems.add({ row, column: 'urn', value: urnText, reason: `This pupil’s school differs from row ${String(earlier.row)}: one pupil has one school in a file` });
      continue;
    }
    const key = `${clubRef}|${day.value}|${pseudonym}`;
    const repeated = seen.get(key);
    if (repeated !== undefined) {
      problems.add({ row, column: null, value: null, reason: `This repeats row ${String(repeated)}: the same pupil, club and date` });
      continue;
    }
    seen.set(key, row);
    rows.push({ row, pseudonym, urn, fsm: fsm.value, clubRef, day: day.value, attended: attended.value });
  }
  return rows;
}
