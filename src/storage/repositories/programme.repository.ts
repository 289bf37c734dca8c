import type { Kysely } from 'kysely';
import type { OpportunityArea, PartnershipBoard, ResearchSchool, Wave } from '../../domain/programme/index.ts';
import type { GssCode } from '../../domain/shared/gss-code.ts';
import type { IsoDate } from '../../domain/shared/iso-date.ts';
import type { Slug } from '../../domain/shared/slug.ts';
import type { Urn } from '../../domain/shared/urn.ts';
import type { Database } from '../schema.ts';

/** The programme register: Opportunity Areas, their boards and their research schools. */
export interface ProgrammeRegister {
  readonly opportunityAreas: OpportunityArea[];
  readonly boards: PartnershipBoard[];
  readonly researchSchools: ResearchSchool[];
}

/** The whole register, Opportunity Areas ordered by wave then name. */
export function loadRegister(db: Kysely<Database>): Promise<ProgrammeRegister> {
  return load(db, null);
}

/** The register narrowed to one Opportunity Area, or null when there is no such area. */
export async function loadRegisterFor(db: Kysely<Database>, opportunityAreaId: string): Promise<ProgrammeRegister | null> {
  const register = await load(db, opportunityAreaId);
  return register.opportunityAreas.length === 0 ? null : register;
}

async function load(db: Kysely<Database>, onlyId: string | null): Promise<ProgrammeRegister> {
  let areasQuery = db.selectFrom('opportunity_areas').selectAll().orderBy('wave').orderBy('name');
  let districtsQuery = db.selectFrom('opportunity_area_districts').selectAll();
  let boardsQuery = db.selectFrom('partnership_boards').selectAll();
  let schoolsQuery = db.selectFrom('research_schools').selectAll().orderBy('name');
  if (onlyId !== null) {
    areasQuery = areasQuery.where('id', '=', onlyId);
    districtsQuery = districtsQuery.where('opportunity_area_id', '=', onlyId);
    boardsQuery = boardsQuery.where('opportunity_area_id', '=', onlyId);
    schoolsQuery = schoolsQuery.where('opportunity_area_id', '=', onlyId);
  }
  const [areas, districts, boards, schools] = await Promise.all([
    areasQuery.execute(),
    districtsQuery.orderBy('district_code').execute(),
    boardsQuery.execute(),
    schoolsQuery.execute(),
  ]);
  const districtsByArea = new Map<string, GssCode[]>();
  for (const d of districts) {
    const list = districtsByArea.get(d.opportunity_area_id) ?? [];
    list.push(d.district_code as GssCode);
    districtsByArea.set(d.opportunity_area_id, list);
  }
  return {
    opportunityAreas: areas.map((row) => ({
      id: row.id as Slug,
      name: row.name,
      announcedAs: row.announced_as,
      wave: row.wave as Wave,
      announcedOn: row.announced_on as IsoDate,
      districtCodes: districtsByArea.get(row.id) ?? [],
      sourceNote: row.source_note,
    })),
    boards: boards.map((row) => ({
      opportunityAreaId: row.opportunity_area_id as Slug,
      chair: row.chair,
      chairNamedOn: row.chair_named_on as IsoDate,
      sourceNote: row.source_note,
    })),
    researchSchools: schools.map((row) => ({
      id: row.id as Slug,
      name: row.name,
      hostName: row.host_name,
      hostUrn: row.host_urn as Urn | null,
      opportunityAreaId: row.opportunity_area_id as Slug | null,
      announcedOn: row.announced_on as IsoDate,
      sourceNote: row.source_note,
    })),
  };
}
