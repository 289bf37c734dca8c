import { parseHalfHours } from '../../domain/catch-up/index.ts';
import type { CensusRow } from '../../storage/repositories/catch-up/tutoring-ledger.ts';
import { parseFlag } from '../careers/parse-encounter-cells.ts';
import type { ProblemList } from '../report.ts';
import { PupilFacts, readPupilCells } from './read-pupil-cells.ts';
import { readTable } from './read-table.ts';

/** The School Census shape: one row per pupil on roll, tutored Y/N and cumulative hours to the half hour. */
export const CENSUS_COLUMNS = ['upn', 'urn', 'year_group', 'fsm', 'pupil_premium', 'tutored', 'hours'] as const;

/**
 * Checks a School Census-shaped return row by row: every pupil once per school, tutored Y with at least
 * half an hour, tutored N with none (or blank), hours to the half hour.
 */
export function readCensusFile(text: string, problems: ProblemList, options: { readonly pseudonymise: (upn: string) => string; readonly academicYear: number; readonly onlyUrn?: number | null }): CensusRow[] {
  const table = readTable(text, problems, CENSUS_COLUMNS, 'pupil');
  if (table === null) return [];
  const rows: CensusRow[] = [];
  const facts = new PupilFacts();
  const seen = new Map<string, number>();
  for (const line of table) {
    const pupil = readPupilCells(line, problems, options.onlyUrn ?? null);
    const tutored = parseFlag(line.get('tutored'));
    if (!tutored.ok) problems.add({ row: line.row, column: 'tutored', value: line.get('tutored'), reason: tutored.reason });
    const hoursText = line.get('hours').trim();
    const hours = hoursText === '' ? { ok: true as const, value: 0 } : parseHalfHours(hoursText, 0);
    if (!hours.ok) problems.add({ row: line.row, column: 'hours', value: hoursText, reason: hours.error });
    if (pupil === undefined || !tutored.ok || !hours.ok) continue;
    if (tutored.value && hours.value === 0) {
      problems.add({ row: line.row, column: 'hours', value: hoursText, reason: 'A tutored pupil has at least half an hour of tutoring: give their cumulative hours' });
      continue;
    }
    if (!tutored.value && hours.value > 0) {
      problems.add({ row: line.row, column: 'hours', value: hoursText, reason: 'A pupil not tutored has no tutoring hours: give 0 or mark them tutored' });
      continue;
    }
    const pseudonym = options.pseudonymise(pupil.upn);
    const key = `${pseudonym}|${String(pupil.urn)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.add({ row: line.row, column: 'upn', value: null, reason: `This pupil is already in this school’s return at row ${String(earlier)}: a census lists each pupil once` });
      continue;
    }
    seen.set(key, line.row);
    if (!facts.agree(pseudonym, line.row, pupil, problems)) continue;
    rows.push({ pseudonym, urn: pupil.urn, academicYear: options.academicYear, yearGroup: pupil.yearGroup, fsm: pupil.fsm, pupilPremium: pupil.pupilPremium, tutored: tutored.value, halfHours: hours.value });
  }
  return rows;
}
