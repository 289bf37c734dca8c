import { parseDaysOffered, clubDays } from '../../domain/holiday/index.ts';
import { normalisePostcode } from '../../domain/shared/postcode.ts';
import { parseDay } from '../careers/parse-encounter-cells.ts';
import type { ProblemList } from '../report.ts';
import { readTable } from './read-table.ts';

/** The columns of a clubs file, and those it may have (a club meets at a school, `urn`, or a `postcode`). */
export const CLUB_COLUMNS = ['club_id', 'club_name', 'provider', 'start_date', 'end_date', 'days_offered', 'places_per_day'] as const;
export const OPTIONAL_CLUB_COLUMNS = ['urn', 'postcode', 'district_code'] as const;
type Column = (typeof CLUB_COLUMNS)[number] | (typeof OPTIONAL_CLUB_COLUMNS)[number];

/** A club as its file describes it, checked on its own; where it is is settled against the register next. */
export interface ClubFileRow {
  readonly row: number;
  readonly ref: string;
  readonly name: string;
  readonly provider: string;
  readonly urn: number | null;
  readonly postcode: string | null;
  readonly districtCode: string | null;
  readonly startDate: string;
  readonly endDate: string;
  /** ISO weekdays as digits, '1234' for Monday to Thursday. */
  readonly days: string;
  readonly placesPerDay: number;
}

/**
 * Checks a clubs file row by row, collecting every problem with its row and column: a club id at most 64
 * characters and not twice in the file, a name and provider, a place (a URN, or a postcode with its
 * district code), dates in order, days offered that fall at least once between them, and places a day.
 */
export function readClubsFile(text: string, problems: ProblemList): ClubFileRow[] {
  const table = readTable<Column>(text, problems, CLUB_COLUMNS, OPTIONAL_CLUB_COLUMNS, 'club');
  const clubs: ClubFileRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cell } of table) {
    const state = { good: true };
    const fail = (column: Column | null, reason: string, value: string | null = column === null ? null : cell(column)) => {
      state.good = false;
      problems.add({ row, column, value, reason });
    };
    const ref = cell('club_id').trim();
    if (ref === '' || ref.length > 64) fail('club_id', 'A club id is 1 to 64 characters');
    const earlier = seen.get(ref);
    if (ref !== '' && earlier !== undefined) fail('club_id', `The club id is also at row ${String(earlier)}: one row per club`);
    seen.set(ref, row);
    const name = cell('club_name').trim().replace(/\s+/g, ' ');
    if (name === '' || name.length > 200) fail('club_name', 'A club name is 1 to 200 characters');
    const provider = cell('provider').trim().replace(/\s+/g, ' ');
    if (provider === '' || provider.length > 200) fail('provider', 'A provider is 1 to 200 characters');
    const urnText = cell('urn').trim();
    const urn = urnText === '' ? null : /^\d{6}$/.test(urnText) ? Number(urnText) : undefined;
    if (urn === undefined) fail('urn', 'A URN must be 6 digits, like 141257');
    const postcodeText = cell('postcode').trim();
    const postcode = postcodeText === '' ? null : normalisePostcode(postcodeText);
    if (postcodeText !== '' && postcode === null) fail('postcode', 'A postcode is like FY1 1AA');
    const districtText = cell('district_code').trim().toUpperCase();
    const districtCode = districtText === '' ? null : /^E0[6-9]\d{6}$/.test(districtText) ? districtText : undefined;
    if (districtCode === undefined) fail('district_code', 'A district code is a 9-character GSS code of a local authority district, like E06000009 or E07000011');
    if (urnText === '' && postcodeText === '') fail(null, 'A club needs where it meets: a school’s URN, or a postcode with its district_code');
    if (urnText === '' && postcodeText !== '' && districtText === '') fail('district_code', 'A club given by postcode needs the district_code of the district it is in');
    const start = parseDay(cell('start_date'));
    if (!start.ok) fail('start_date', start.reason);
    const end = parseDay(cell('end_date'));
    if (!end.ok) fail('end_date', end.reason);
    const days = parseDaysOffered(cell('days_offered'));
    if (!days.ok) fail('days_offered', days.error);
    const placesText = cell('places_per_day').trim();
    const places = /^\d{1,6}$/.test(placesText) ? Number(placesText) : 0;
    if (places < 1) fail('places_per_day', 'Places a day is a whole number from 1');
    if (!state.good || !start.ok || !end.ok || !days.ok || urn === undefined || districtCode === undefined) continue;
    if (end.value < start.value) {
      problems.add({ row, column: 'end_date', value: end.value, reason: `The club ends before it starts (${start.value})` });
      continue;
    }
    if (clubDays(start.value, end.value, days.value).length === 0) {
      problems.add({ row, column: 'days_offered', value: cell('days_offered'), reason: `None of the days offered falls from ${start.value} to ${end.value}` });
      continue;
    }
    clubs.push({ row, ref, name, provider, urn, postcode, districtCode, startDate: start.value, endDate: end.value, days: days.value, placesPerDay: places });
  }
  return clubs;
}
