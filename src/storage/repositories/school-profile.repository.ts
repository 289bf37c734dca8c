import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { Ks2ResultsTable, Ks4DestinationsTable, Ks4ResultsTable, SchoolCensusTable, SchoolsTable } from '../schema-public-data.ts';

export interface SourceRef {
  readonly file: string;
  readonly loadedAt: string;
}

export interface SchoolProfile {
  readonly school: Selectable<SchoolsTable>;
  readonly district: { code: string; name: string } | null;
  readonly educationAuthority: { code: string; name: string } | null;
  readonly region: { code: string; name: string } | null;
  readonly opportunityArea: { id: string; name: string } | null;
  readonly census: readonly Selectable<SchoolCensusTable>[];
  readonly ks2: readonly Selectable<Ks2ResultsTable>[];
  readonly ks4: readonly Selectable<Ks4ResultsTable>[];
  readonly destinations: readonly Selectable<Ks4DestinationsTable>[];
  readonly history: readonly { changedAt: string; changes: unknown }[];
  /** Every load these figures came from, by data source id. */
  readonly sources: ReadonlyMap<number, SourceRef>;
}

/** Everything loaded about one school, newest period first, with where each part came from; null if unknown. */
export async function getSchoolProfile(db: Kysely<Database>, urn: number): Promise<SchoolProfile | null> {
  const school = await db.selectFrom('schools').selectAll().where('urn', '=', urn).executeTakeFirst();
  if (school === undefined) return null;
  const [census, ks2, ks4, destinations, history] = await Promise.all([
    db.selectFrom('school_census').selectAll().where('urn', '=', urn).orderBy('period', 'desc').execute(),
    db.selectFrom('ks2_results').selectAll().where('urn', '=', urn).orderBy('period', 'desc').execute(),
    db.selectFrom('ks4_results').selectAll().where('urn', '=', urn).orderBy('period', 'desc').execute(),
    db.selectFrom('ks4_destinations').selectAll().where('urn', '=', urn).orderBy('period', 'desc').orderBy('pupil_group').execute(),
    db.selectFrom('school_history').select(['changed_at', 'changes']).where('urn', '=', urn).orderBy('id', 'desc').execute(),
  ]);
  const codes = [school.district_code, school.education_la_code].filter((c): c is string => c !== null);
  const areas = codes.length === 0 ? [] : await db.selectFrom('areas').select(['code', 'name', 'kind', 'parent_code']).where('code', 'in', codes).execute();
  const district = areas.find((a) => a.code === school.district_code) ?? null;
  const authority = areas.find((a) => a.code === school.education_la_code) ?? null;
  let region: { code: string; name: string } | null = null;
  let parent = authority?.parent_code ?? district?.parent_code ?? null;
  // Walk up to the region: a district's parent may be its county, whose parent is the region.
  for (let depth = 0; parent !== null && depth < 4; depth += 1) {
    const row = await db.selectFrom('areas').select(['code', 'name', 'kind', 'parent_code']).where('code', '=', parent).executeTakeFirst();
    if (row === undefined) break;
    if (row.kind === 'region') {
      region = { code: row.code, name: row.name };
      break;
    }
    parent = row.parent_code;
  }
  const oa =
    school.district_code === null
      ? undefined
      : await db
          .selectFrom('opportunity_area_districts as d')
          .innerJoin('opportunity_areas as o', 'o.id', 'd.opportunity_area_id')
          .select(['o.id', 'o.name'])
          .where('d.district_code', '=', school.district_code)
          .executeTakeFirst();
  const sourceIds = [...new Set([school.data_source_id, ...[...census, ...ks2, ...ks4, ...destinations].map((r) => r.data_source_id)])];
  const sourceRows = await db.selectFrom('data_sources').select(['id', 'origin', 'loaded_at']).where('id', 'in', sourceIds).execute();
  return {
    school,
    district: district === null ? null : { code: district.code, name: district.name },
    educationAuthority: authority === null ? null : { code: authority.code, name: authority.name },
    region,
    opportunityArea: oa ?? null,
    census,
    ks2,
    ks4,
    destinations,
    history: history.map((h) => ({ changedAt: h.changed_at, changes: JSON.parse(h.changes) as unknown })),
    sources: new Map(sourceRows.map((s) => [s.id, { file: s.origin, loadedAt: s.loaded_at }])),
  };
}
