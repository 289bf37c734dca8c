import { basename } from 'node:path';
import type { AuditActor } from '../../domain/access/index.ts';
import { isSingleTierAuthority, type GssCode } from '../../domain/shared/gss-code.ts';
import { ClubConflictError, findClubs, saveClubs, type ClubRecord, type HeldClub, type SaveClubsCounts } from '../../storage/repositories/holiday/clubs.ts';
import { connectionOf, type Services } from '../../storage/services/create-services.ts';
import { readTextFile } from '../csv/read-text-file.ts';
import { ProblemList, type Problem } from '../report.ts';
import { readClubsFile, type ClubFileRow } from './read-clubs-file.ts';
import { districtsOfSchools, parentsOfDistricts } from '../../storage/repositories/lookups/exists.ts';

export type HolidayImportOutcome<C> =
  | { readonly ok: true; readonly file: string; readonly counts: C }
  | { readonly ok: false; readonly file: string; readonly problems: readonly Problem[]; readonly more: number };

/**
 * Imports a clubs file all or nothing: every problem is reported (row, column, reason) and nothing is
 * written unless there are none. A club at a school takes its district from the school register (a
 * district_code given as well must agree); a club given by postcode needs a district the platform holds.
 * The local authority is the district when single-tier, else its county.
 */
export async function importHolidayClubs(services: Services, path: string, options: ImportClubsOptions): Promise<HolidayImportOutcome<SaveClubsCounts>> {
  const file = basename(path);
  const read = await readTextFile(path);
  if (!read.ok) return { ok: false, file, problems: [{ file, row: null, column: null, value: null, reason: read.reason }], more: 0 };
  return importHolidayClubsText(services, file, read.file.text, options);
}

export interface ImportClubsOptions {
  readonly actor: AuditActor;
  readonly now: () => Date;
  /** Only clubs in these districts may be imported (an area lead's upload: their Opportunity Area's); all when absent. */
  readonly onlyDistricts?: { readonly codes: ReadonlySet<string>; readonly name: string };
  /** What the audit log names as the import's source; the file's name when absent. */
  readonly source?: string;
}

/** The same import for a file's text already read (an upload on the web), named `file` in its problems. */
export async function importHolidayClubsText(services: Services, file: string, text: string, options: ImportClubsOptions): Promise<HolidayImportOutcome<SaveClubsCounts>> {
  const db = connectionOf(services);
  const problems = new ProblemList(file);
  const fail = (): HolidayImportOutcome<SaveClubsCounts> => ({ ok: false, file, problems: problems.items, more: problems.truncatedBy });
  const rows = readClubsFile(text, problems);
  const schools = await districtsOfSchools(db, [...new Set(rows.flatMap((r) => (r.urn === null ? [] : [r.urn])))]);
  const wantedDistricts = [...new Set(rows.flatMap((r) => [r.districtCode, ...(r.urn === null ? [] : [schools.get(r.urn) ?? null])]).filter((d): d is string => d !== null))];
  const districts = await parentsOfDistricts(db, wantedDistricts);
  // A club held outside the districts may not be moved into them by a file that names it.
  const held = options.onlyDistricts === undefined ? new Map<string, HeldClub>() : await findClubs(db, rows.map((r) => r.ref));
  const clubs: ClubRecord[] = [];
  for (const row of rows) {
    const heldClub = held.get(row.ref);
    if (options.onlyDistricts !== undefined && heldClub !== undefined && !options.onlyDistricts.codes.has(heldClub.districtCode)) {
      problems.add({ row: row.row, column: 'club_id', value: null, reason: `Club ${row.ref} is held in district ${heldClub.districtCode}, outside ${options.onlyDistricts.name}: only its own clubs can be changed here` });
      continue;
    }
    const district = placeOf(row, schools, districts, problems);
    if (district === null) continue;
    if (options.onlyDistricts !== undefined && !options.onlyDistricts.codes.has(district)) {
      problems.add({ row: row.row, column: row.urn === null ? 'district_code' : 'urn', value: null, reason: `Club ${row.ref} is in district ${district}, outside ${options.onlyDistricts.name}: only its own clubs can be imported here` });
      continue;
    }
    const laCode = isSingleTierAuthority(district as GssCode) ? district : (districts.get(district) ?? district);
    const { urn, postcode, ref, name, provider, startDate, endDate, days, placesPerDay } = row;
    clubs.push({ ref, name, provider, urn, postcode, districtCode: district, laCode, startDate, endDate, days, placesPerDay });
  }
  if (problems.count > 0) return fail();
  try {
    return { ok: true, file, counts: await saveClubs(db, clubs, { actor: options.actor, now: options.now().toISOString(), source: options.source ?? file }) };
  } catch (error) {
    if (!(error instanceof ClubConflictError)) throw error;
    for (const c of error.conflicts) problems.add({ row: rows.find((r) => r.ref === c.ref)?.row ?? null, column: null, value: null, reason: `Club ${c.ref}: ${c.reason}` });
    return fail();
  }
}

function placeOf(row: ClubFileRow, schools: ReadonlyMap<number, string | null>, districts: ReadonlyMap<string, string | null>, problems: ProblemList): string | null {
  if (row.urn !== null) {
    if (!schools.has(row.urn)) {
      problems.add({ row: row.row, column: 'urn', value: String(row.urn), reason: 'This URN is not in the school register: import the register first (oa import gias), or give the club’s postcode and district_code instead' });
      return null;
    }
    const registered = schools.get(row.urn) ?? null;
    if (registered !== null && row.districtCode !== null && registered !== row.districtCode) {
      problems.add({ row: row.row, column: 'district_code', value: row.districtCode, reason: `The school is in district ${registered} in the register: leave district_code empty or make it agree` });
      return null;
    }
    const district = registered ?? row.districtCode;
    if (district === null) {
      problems.add({ row: row.row, column: 'district_code', value: null, reason: 'The school has no district in the register: give the district_code it is in' });
      return null;
    }
    if (!districts.has(district)) {
      problems.add({ row: row.row, column: 'district_code', value: district, reason: 'This district is not one the platform holds: load the published areas first (oa demo load)' });
      return null;
    }
    return district;
  }
  if (row.districtCode === null || !districts.has(row.districtCode)) {
    problems.add({ row: row.row, column: 'district_code', value: row.districtCode, reason: 'This district is not one the platform holds: use the GSS code of a local authority district, like E06000009' });
    return null;
  }
  return row.districtCode;
}
