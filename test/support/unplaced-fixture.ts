import type { Kysely } from 'kysely';
import type { Database } from '../../src/storage/schema.ts';

interface FixtureSchool {
  readonly urn: number;
  readonly name: string;
  readonly status: 'open' | 'closed';
  readonly phase: string;
  readonly minorGroup: string;
  readonly schoolType: string;
  /** Null: no rule placed it. */
  readonly district: string | null;
  readonly authority: string;
  readonly lat: number | null;
}

/**
 * Schools of Somerset (E10000027), the education authority of West Somerset (E07000191), some placed in the
 * district and some with no district, and two in Blackpool (E06000009), every one placed. After `loadDemoData`.
 *
 * Placed in West Somerset (open): an academy, a sixth form college, an independent school.
 * Somerset, no district: an academy and a primary (open, state-funded), an independent school (open), a closed academy.
 * Blackpool: an academy with a location and one without (both placed, by the single-tier rule).
 * Devon (E10000008): a primary academy on an island, with a location outside every district boundary, so no district.
 * Open state-funded schools in all: 6, of which 3 have no district.
 */
export const UNPLACED_FIXTURE: readonly FixtureSchool[] = [
  { urn: 123101, name: 'Minehead Academy', status: 'open', phase: 'secondary', minorGroup: 'Academy', schoolType: 'Academy converter', district: 'E07000191', authority: 'E10000027', lat: 51.2 },
  { urn: 123102, name: 'Exmoor Sixth Form College', status: 'open', phase: '16 plus', minorGroup: 'College', schoolType: 'Sixth form college', district: 'E07000191', authority: 'E10000027', lat: 51.2 },
  { urn: 123103, name: 'Quantock Independent School', status: 'open', phase: 'secondary', minorGroup: 'Independent School', schoolType: 'Other independent school', district: 'E07000191', authority: 'E10000027', lat: 51.2 },
  { urn: 123201, name: 'Somerset New Academy', status: 'open', phase: 'secondary', minorGroup: 'Academy', schoolType: 'Free school - Mainstream', district: null, authority: 'E10000027', lat: null },
  { urn: 123202, name: 'Somerset New Primary', status: 'open', phase: 'primary', minorGroup: 'Maintained School', schoolType: 'Community school', district: null, authority: 'E10000027', lat: null },
  { urn: 123203, name: 'Somerset Independent College', status: 'open', phase: 'secondary', minorGroup: 'Independent School', schoolType: 'Other independent school', district: null, authority: 'E10000027', lat: null },
  { urn: 123204, name: 'Somerset Closed Academy', status: 'closed', phase: 'secondary', minorGroup: 'Academy', schoolType: 'Academy converter', district: null, authority: 'E10000027', lat: null },
  { urn: 123301, name: 'Blackpool Located Academy', status: 'open', phase: 'secondary', minorGroup: 'Academy', schoolType: 'Academy converter', district: 'E06000009', authority: 'E06000009', lat: 53.8 },
  { urn: 123302, name: 'Blackpool Unlocated Academy', status: 'open', phase: 'secondary', minorGroup: 'Academy', schoolType: 'Academy converter', district: 'E06000009', authority: 'E06000009', lat: null },
  { urn: 123401, name: 'Lundy Island Primary', status: 'open', phase: 'primary', minorGroup: 'Academy', schoolType: 'Academy converter', district: null, authority: 'E10000008', lat: 51.18 },
];

/** Adds the fixture's schools to the register. */
export async function seedUnplacedSchools(db: Kysely<Database>): Promise<void> {
  await db.insertInto('data_sources').values({ id: 931, name: 'unplaced fixture', origin: 'unplaced.csv', loaded_at: '2026-01-01T00:00:00.000Z', row_count: UNPLACED_FIXTURE.length, checksum: 'u' }).execute();
  await db
    .insertInto('schools')
    .values(
      UNPLACED_FIXTURE.map((s) => ({
        urn: s.urn, la_code_old: { E10000027: '933', E10000008: '878' }[s.authority] ?? '890', estab: String(s.urn).slice(-4), name: s.name, street: null, locality: null, town: 'Town',
        postcode: s.authority === 'E10000027' ? 'TA24 5AA' : 'FY1 1AA', status: s.status, open_date: null, close_date: null, minor_group: s.minorGroup, school_type: s.schoolType,
        phase: s.phase, age_low: 11, age_high: 18, gender: 'Mixed', religious_character: null, admissions_policy: null, easting: null, northing: null, lat: s.lat,
        lon: s.lat === null ? null : s.authority === 'E10000008' ? -4.67 : -3.0, district_code: s.district, education_la_code: s.authority, data_source_id: 931,
        district_rule: s.district === null ? null : s.lat === null ? 'single-tier-la' : 'coordinates', district_confidence: s.district === null ? null : 1,
        district_note: s.district === null ? 'No coordinates, and no placed school shares its postcode sector TA24 5 in Somerset' : null,
      })),
    )
    .execute();
}
