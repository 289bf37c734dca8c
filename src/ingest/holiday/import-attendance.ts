import { basename } from 'node:path';
import type { AuditActor } from '../../domain/access/index.ts';
import { academicYearOf } from '../../domain/careers/index.ts';
import { formatDaysOffered, holidayRetentionFirstYearKept, isDayOffered } from '../../domain/holiday/index.ts';
import { OverPlacesError, saveAttendance, type AttendanceRecord, type SaveAttendanceCounts } from '../../storage/repositories/holiday/attendance.ts';
import { findClubs } from '../../storage/repositories/holiday/clubs.ts';
import { connectionOf, type Services } from '../../storage/services/create-services.ts';
import { readTextFile } from '../csv/read-text-file.ts';
import { ProblemList } from '../report.ts';
import type { HolidayImportOutcome } from './import-clubs.ts';
import { readAttendanceFile } from './read-attendance-file.ts';
import { schoolsHeld } from '../../storage/repositories/lookups/exists.ts';

export interface ImportAttendanceOptions {
  /** UPN → pseudonym; the UPN goes no further than the file reader. */
  readonly pseudonymise: (upn: string) => string;
  readonly actor: AuditActor;
  readonly now: () => Date;
  /** How many years records are kept (OA_RETENTION_YEARS): rows of academic years already past it are skipped. */
  readonly retentionYears: number;
  /** Only bookings at clubs in these districts may be imported (an area lead's upload); all when absent. */
  readonly onlyDistricts?: { readonly codes: ReadonlySet<string>; readonly name: string };
  /** What the audit log names as the import's source; the file's name when absent. */
  readonly source?: string;
}

export interface AttendanceImportCounts extends SaveAttendanceCounts {
  /** Rows of academic years retention has already removed, not imported. */
  readonly pastRetention: number;
  readonly firstYearKept: number;
}

/**
 * Imports an attendance file all or nothing: every problem is reported (row, column, reason) and nothing is
 * written unless there are none. Each club must be held (import clubs first), each date within the club's
 * dates and on a day it offers, each pupil's school in the register, and no club day may end up with more
 * pupils booked than places. Rows retention would remove are skipped and counted.
 */
export async function importHolidayAttendance(services: Services, path: string, options: ImportAttendanceOptions): Promise<HolidayImportOutcome<AttendanceImportCounts>> {
  const file = basename(path);
  const read = await readTextFile(path);
  if (!read.ok) return { ok: false, file, problems: [{ file, row: null, column: null, value: null, reason: read.reason }], more: 0 };
  return importHolidayAttendanceText(services, file, read.file.text, options);
}

/** The same import for a file's text already read (an upload on the web), named `file` in its problems. */
export async function importHolidayAttendanceText(services: Services, file: string, text: string, options: ImportAttendanceOptions): Promise<HolidayImportOutcome<AttendanceImportCounts>> {
  const db = connectionOf(services);
  const problems = new ProblemList(file);
  const fail = (): HolidayImportOutcome<AttendanceImportCounts> => ({ ok: false, file, problems: problems.items, more: problems.truncatedBy });
  const rows = readAttendanceFile(text, problems, options.pseudonymise);
  const clubs = await findClubs(db, rows.map((r) => r.clubRef));
  const schools = await schoolsHeld(db, [...new Set(rows.map((r) => r.urn))]);
  const firstYearKept = holidayRetentionFirstYearKept(options.now().toISOString().slice(0, 10), options.retentionYears);
  const records: AttendanceRecord[] = [];
  const firstRowOf = new Map<string, number>();
  let pastRetention = 0;
  for (const r of rows) {
    const club = clubs.get(r.clubRef);
    if (club === undefined) {
      problems.add({ row: r.row, column: 'club_id', value: r.clubRef, reason: 'There is no club with this id: import the clubs file first (oa holiday import --clubs FILE)' });
      continue;
    }
    if (options.onlyDistricts !== undefined && !options.onlyDistricts.codes.has(club.districtCode)) {
      problems.add({ row: r.row, column: 'club_id', value: r.clubRef, reason: `Club ${club.ref} is outside ${options.onlyDistricts.name}: only bookings at its own clubs can be imported here` });
      continue;
    }
    if (!schools.has(r.urn)) {
      problems.add({ row: r.row, column: 'urn', value: String(r.urn), reason: 'This URN is not in the school register: import the register first (oa import gias)' });
      continue;
    }
    if (r.day < club.startDate || r.day > club.endDate) {
      problems.add({ row: r.row, column: 'date', value: r.day, reason: `Club ${club.ref} runs from ${club.startDate} to ${club.endDate}` });
      continue;
    }
    if (!isDayOffered(club.days, r.day)) {
      problems.add({ row: r.row, column: 'date', value: r.day, reason: `Club ${club.ref} does not run on this day of the week: it offers ${formatDaysOffered(club.days)}` });
      continue;
    }
    const academicYear = academicYearOf(r.day);
    if (academicYear < firstYearKept) {
      pastRetention += 1;
      continue;
    }
    const key = `${String(club.id)}|${r.day}`;
    if (!firstRowOf.has(key)) firstRowOf.set(key, r.row);
    records.push({ pseudonym: r.pseudonym, urn: r.urn, fsm: r.fsm, clubId: club.id, day: r.day, academicYear, attended: r.attended });
  }
  if (problems.count > 0) return fail();
  try {
    const counts = await saveAttendance(db, records, { actor: options.actor, now: options.now().toISOString(), source: options.source ?? file });
    return { ok: true, file, counts: { ...counts, pastRetention, firstYearKept } };
  } catch (error) {
    if (!(error instanceof OverPlacesError)) throw error;
    const refs = new Map([...clubs.values()].map((c) => [c.id, c.ref]));
    for (const d of error.days) {
      problems.add({
        row: firstRowOf.get(`${String(d.clubId)}|${d.day}`) ?? null,
        column: 'date',
        value: d.day,
        reason: `Club ${refs.get(d.clubId) ?? ''} would have ${String(d.booked)} pupils booked on ${d.day}, with those already held, but offers ${String(d.places)} places a day`,
      });
    }
    return fail();
  }
}

