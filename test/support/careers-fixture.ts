import type { Kysely } from 'kysely';
import { upnCheckLetter } from '../../src/domain/careers/index.ts';
import type { Database } from '../../src/storage/schema.ts';
import type { LedgerRow } from '../../src/storage/repositories/careers-ledger.repository.ts';

/** Three schools: two secondary in Blackpool (E06000009), one in Derby (E06000015). */
export const CAREERS_SCHOOLS = [
  { urn: 141257, name: "St Mary's Catholic Academy", district: 'E06000009', phase: 'secondary' },
  { urn: 140001, name: 'Blackpool Test Academy', district: 'E06000009', phase: 'secondary' },
  { urn: 140002, name: 'Derby Test School', district: 'E06000015', phase: 'all-through' },
] as const;

/** Adds the fixture schools to the register (after `loadDemoData`, which gives the districts their names). */
export async function seedCareersSchools(db: Kysely<Database>): Promise<void> {
  await db.insertInto('data_sources').values({ id: 901, name: 'fixture register', origin: 'fixture.csv', loaded_at: '2026-01-01T00:00:00.000Z', row_count: 3, checksum: 'x' }).execute();
  await db
    .insertInto('schools')
    .values(
      CAREERS_SCHOOLS.map((s) => ({
        urn: s.urn, la_code_old: '890', estab: '4000', name: s.name, street: null, locality: null, town: 'Town', postcode: 'FY1 1AA', status: 'open',
        open_date: null, close_date: null, minor_group: 'Academy', school_type: 'Academy converter', phase: s.phase, age_low: 11, age_high: 16,
        gender: 'Mixed', religious_character: null, admissions_policy: null, easting: null, northing: null, lat: null, lon: null,
        district_code: s.district, education_la_code: s.district, data_source_id: 901,
      })),
    )
    .execute();
}

/** A well-formed permanent UPN for pupil `n` (its check letter worked out): `fakeUpn(1)` → 'K890200000001'-like. */
export function fakeUpn(n: number): string {
  const digits = `8902000${String(n).padStart(5, '0')}`;
  return `${upnCheckLetter(digits)}${digits}`;
}

/** The time the ledger-write tests import at, and the options they write with (a CLI import refusing pupils held elsewhere). */
export const LEDGER_TEST_TIME = '2026-01-15T09:30:00.000Z';
export const LEDGER_WRITE_OPTIONS = { replace: false, actor: { userId: null, label: 'cli:test' }, now: LEDGER_TEST_TIME, source: 'test.csv', pupilsElsewhere: 'refuse' as const };

/** One checked encounter row of a pupil in year 9 at St Mary's, Blackpool, changed by `over`. */
export const ledgerRow = (over: Partial<LedgerRow> = {}): LedgerRow => ({
  pseudonym: 'p1', urn: 141257, yearGroup: 9, fsm: false, asAt: 2025, leavingDate: null,
  date: '2025-10-15', academicYear: 2025, type: 'talk', employerName: 'Acme Ltd', ...over,
});
