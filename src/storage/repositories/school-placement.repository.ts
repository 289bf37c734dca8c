import type { Kysely, Transaction } from 'kysely';
import type { DistrictGeometry, PlacedSchool, Placement, PlacementGeography } from '../../domain/places/index.ts';
import { readColumns, type Value } from '../read-columns.ts';
import { readStoredRows, writeChanges, type Row, type SyncCounts } from '../sync-rows.ts';
import type { Database } from '../schema.ts';
import { listBoundaries } from './boundaries.repository.ts';

/** What the register and the files say about where one school is, read for placement. */
export interface StoredPlacementInput {
  readonly urn: number;
  readonly postcode: string | null;
  readonly laNumber: string;
  /** The education authority its LA number names; null when the number is not in `education_la_numbers`. */
  readonly educationLaCode: string | null;
  readonly giasDistrictCode: string | null;
  readonly locatedDistrictCode: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
}

/** Every school's placement evidence, in URN order (read as arrays: a national register is 26,000 rows). */
export async function readPlacementInputs(db: Kysely<Database> | Transaction<Database>): Promise<StoredPlacementInput[]> {
  const numbers = new Map((await db.selectFrom('education_la_numbers').select(['la_number', 'area_code']).execute()).map((n) => [n.la_number, n.area_code]));
  const rows = await readColumns(db, 'schools', ['urn', 'postcode', 'la_code_old', 'gias_district_code', 'located_district_code', 'lat', 'lon']);
  const text = (v: Value | undefined) => (v === null || v === undefined ? null : String(v));
  const number = (v: Value | undefined) => (v === null || v === undefined ? null : Number(v));
  return rows
    .map(([urn, postcode, laNumber, gias, located, lat, lon]) => ({
      urn: Number(urn),
      postcode: text(postcode),
      laNumber: String(laNumber),
      educationLaCode: numbers.get(String(laNumber)) ?? null,
      giasDistrictCode: text(gias),
      locatedDistrictCode: text(located),
      lat: number(lat),
      lon: number(lon),
    }))
    .sort((a, b) => a.urn - b.urn);
}

/**
 * Each district with the education authority it is in, and the names of both. A district under a county
 * (or, for the 2013–18 districts of Dorset and Bournemouth, Christchurch and Poole, under the 2019 authority
 * that replaced them) is in that authority; a district under a region is a single-tier authority, in itself,
 * unless the districts lookup (`district_authorities`) names another authority for it, as it does for
 * Bournemouth and Poole.
 */
export async function readPlacementGeography(db: Kysely<Database> | Transaction<Database>): Promise<PlacementGeography> {
  const areas = await db.selectFrom('areas').select(['code', 'name', 'kind', 'parent_code']).where('kind', 'in', ['district', 'education_la']).execute();
  const kindOf = new Map(areas.map((a) => [a.code, a.kind]));
  const authorityOf = new Map<string, string>();
  for (const a of areas) {
    if (a.kind !== 'district') continue;
    const parentKind = a.parent_code === null ? undefined : kindOf.get(a.parent_code);
    authorityOf.set(a.code, parentKind === undefined || a.parent_code === null ? a.code : a.parent_code);
  }
  for (const d of await db.selectFrom('district_authorities').select(['district_code', 'authority_code']).execute()) {
    if (authorityOf.has(d.district_code)) authorityOf.set(d.district_code, d.authority_code);
  }
  return { authorityOf, names: new Map(areas.map((a) => [a.code, a.name])) };
}

/** The outline of every district with a boundary loaded, for finding the district a point falls in. */
export async function readDistrictGeometries(db: Kysely<Database> | Transaction<Database>): Promise<{ code: string; geometry: DistrictGeometry }[]> {
  const boundaries = await listBoundaries(db, 'district');
  return boundaries.map((b) => ({ code: b.code, geometry: JSON.parse(b.geojson) as DistrictGeometry }));
}

const PLACEMENT_COLUMNS = ['urn', 'district_code', 'education_la_code', 'district_rule', 'district_confidence', 'district_basis', 'district_note'];

/**
 * Writes each school's placement and education authority where they changed (`educationLaOf` by URN; a
 * school whose LA number is unknown keeps the authority it has). Returns how many schools changed.
 */
export async function writePlacements(trx: Transaction<Database>, placements: readonly Placement[], educationLaOf: ReadonlyMap<number, string | null>): Promise<SyncCounts> {
  const stored = await readStoredRows(trx, 'schools', ['urn'], PLACEMENT_COLUMNS);
  const laAt = PLACEMENT_COLUMNS.indexOf('education_la_code');
  const rows: Row[] = placements.map((p) => ({
    urn: p.urn,
    district_code: p.districtCode,
    education_la_code: educationLaOf.get(p.urn) ?? stored.find({ urn: p.urn })?.[laAt] ?? null,
    district_rule: p.rule,
    district_confidence: p.confidence,
    district_basis: p.basis,
    district_note: p.note,
  }));
  return writeChanges(trx, 'schools', ['urn'], rows, stored);
}

/** Every school with its placement as stored, in URN order. */
export async function listSchoolPlacements(db: Kysely<Database>): Promise<PlacedSchool[]> {
  const rows = await db
    .selectFrom('schools')
    .select(['urn', 'name', 'status', 'phase', 'minor_group', 'school_type', 'district_code', 'district_rule', 'district_confidence', 'district_basis', 'district_note'])
    .orderBy('urn')
    .execute();
  return rows.map((r) => ({
    urn: r.urn,
    name: r.name,
    status: r.status,
    phase: r.phase,
    minorGroup: r.minor_group,
    schoolType: r.school_type,
    districtCode: r.district_code,
    rule: r.district_rule,
    confidence: r.district_confidence,
    basis: r.district_basis,
    note: r.district_note,
  }));
}
