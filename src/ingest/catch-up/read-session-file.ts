import { academicYearOf, formatAcademicYear } from '../../domain/careers/index.ts';
import { MAX_HOURS_A_DAY, parseHalfHours, parseRoute } from '../../domain/catch-up/index.ts';
import type { SessionRow } from '../../storage/repositories/catch-up/tutoring-ledger.ts';
import { parseDay } from '../careers/parse-encounter-cells.ts';
import type { ProblemList } from '../report.ts';
import { PupilFacts, readPupilCells } from './read-pupil-cells.ts';
import { readTable } from './read-table.ts';

/** The columns of an MIS tutoring export (provider may be blank, for school-led tutoring). */
export const SESSION_COLUMNS = ['upn', 'urn', 'year_group', 'fsm', 'pupil_premium', 'route', 'subject', 'session_date', 'hours', 'group_size', 'provider'] as const;

export interface ReadSessionOptions {
  /** UPN → pseudonym; the UPN goes no further than this. */
  readonly pseudonymise: (upn: string) => string;
  /** Routes configured beside the NTP's three. */
  readonly localRoutes: readonly string[];
  /** When given, every session must fall in this academic year. */
  readonly academicYear: number | null;
  /** When given (a file uploaded for one school), every row must be this school's. */
  readonly onlyUrn?: number | null;
}

/**
 * Checks an MIS tutoring export row by row, collecting every problem with its row and column, and returns
 * the sessions with each UPN replaced by its pseudonym. Refused: a bad UPN check letter, hours not in half
 * hours or negative, more than 40 hours in a day for one pupil, an unknown route, a pupil with two FSM (or
 * pupil premium, or year group) values in a year, and a row repeating another's pupil, school, day, route,
 * subject and provider.
 */
export function readSessionFile(text: string, problems: ProblemList, options: ReadSessionOptions): SessionRow[] {
  const table = readTable(text, problems, SESSION_COLUMNS.filter((c) => c !== 'provider'), 'session');
  if (table === null) return [];
  const rows: SessionRow[] = [];
  const facts = new PupilFacts();
  const seen = new Map<string, number>();
  const daily = new Map<string, number>();
  for (const line of table) {
    const pupil = readPupilCells(line, problems, options.onlyUrn ?? null);
    const bad = (column: string, reason: string) => {
      problems.add({ row: line.row, column, value: line.get(column), reason });
    };
    const route = parseRoute(line.get('route'), options.localRoutes);
    if (!route.ok) bad('route', route.error);
    const subject = line.get('subject').trim().replace(/\s+/g, ' ');
    if (subject === '' || subject.length > 100) bad('subject', 'A subject is required, at most 100 characters, like Mathematics');
    const date = parseDay(line.get('session_date'));
    if (!date.ok) bad('session_date', date.reason);
    const hours = parseHalfHours(line.get('hours'), 1);
    if (!hours.ok) bad('hours', hours.error);
    const sizeText = line.get('group_size').trim();
    const groupSize = Number(sizeText);
    const sizeGood = /^\d{1,2}$/.test(sizeText) && groupSize >= 1;
    if (!sizeGood) bad('group_size', 'A group size is a whole number of pupils from 1 to 99 (1 for one-to-one)');
    const provider = line.get('provider').trim().replace(/\s+/g, ' ');
    if (provider.length > 200) bad('provider', 'A provider’s name is at most 200 characters');
    if (pupil === undefined || !route.ok || subject === '' || subject.length > 100 || !date.ok || !hours.ok || !sizeGood || provider.length > 200) continue;

    const academicYear = academicYearOf(date.value);
    if (options.academicYear !== null && academicYear !== options.academicYear) {
      bad('session_date', `The file is for ${formatAcademicYear(options.academicYear)} (--academic-year): a session must be from 1 September ${String(options.academicYear)} to 31 August ${String(options.academicYear + 1)}`);
      continue;
    }
    const pseudonym = options.pseudonymise(pupil.upn);
    if (!facts.agree(`${pseudonym}|${String(academicYear)}`, line.row, pupil, problems)) continue;
    const day = Number(date.value.replaceAll('-', ''));
    const key = `${pseudonym}|${String(pupil.urn)}|${String(day)}|${route.value}|${subject.toLowerCase()}|${provider.toLowerCase()}`;
    const repeated = seen.get(key);
    if (repeated !== undefined) {
      problems.add({ row: line.row, column: null, value: null, reason: `This repeats the session at row ${String(repeated)}: the same pupil, school, day, route, subject and provider (give their hours in one row)` });
      continue;
    }
    seen.set(key, line.row);
    const dayKey = `${pseudonym}|${String(day)}`;
    const halves = (daily.get(dayKey) ?? 0) + hours.value;
    daily.set(dayKey, halves);
    if (halves > MAX_HOURS_A_DAY * 2) {
      bad('hours', `This pupil’s sessions on ${date.value} come to ${String(halves / 2)} hours by this row: no pupil is tutored more than ${String(MAX_HOURS_A_DAY)} hours a day`);
      continue;
    }
    rows.push({ pseudonym, urn: pupil.urn, academicYear, yearGroup: pupil.yearGroup, fsm: pupil.fsm, pupilPremium: pupil.pupilPremium, day, route: route.value, subject, provider, groupSize, halfHours: hours.value });
  }
  return rows;
}
