import type { Kysely } from 'kysely';
import type { AreasTable, Database } from '../schema.ts';

type AreaRow = { code: string; name: string; kind: string };

/** Where an area sits and what is held about it, as its summary shows it. */
export interface AreaProfile {
  readonly area: AreasTable;
  /** Its parent, the parent's parent and so on, nearest first (at most 5). */
  readonly ancestors: AreaRow[];
  /** The areas whose parent it is, by name. */
  readonly children: AreaRow[];
  /** The Opportunity Area whose district it is, if any. */
  readonly opportunityArea: { id: string; name: string } | undefined;
  /** Open schools placed in it as a district or numbered under it as an education authority. */
  readonly openSchools: number;
  readonly hasBoundary: boolean;
}

/** The area with this GSS code and what its summary shows of it, or null when none is held. */
export async function readAreaProfile(db: Kysely<Database>, code: string): Promise<AreaProfile | null> {
  const area = await db.selectFrom('areas').selectAll().where('code', '=', code).executeTakeFirst();
  if (area === undefined) return null;
  const ancestors: AreaRow[] = [];
  for (let parent = area.parent_code; parent !== null && ancestors.length < 5; ) {
    const row = await db.selectFrom('areas').select(['code', 'name', 'kind', 'parent_code']).where('code', '=', parent).executeTakeFirst();
    if (row === undefined) break;
    ancestors.push({ code: row.code, name: row.name, kind: row.kind });
    parent = row.parent_code;
  }
  const [children, opportunityArea, schools, boundary] = await Promise.all([
    db.selectFrom('areas').select(['code', 'name', 'kind']).where('parent_code', '=', code).orderBy('name').execute(),
    db
      .selectFrom('opportunity_area_districts as d')
      .innerJoin('opportunity_areas as o', 'o.id', 'd.opportunity_area_id')
      .select(['o.id', 'o.name'])
      .where('d.district_code', '=', code)
      .executeTakeFirst(),
    db
      .selectFrom('schools')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('status', '=', 'open')
      .where((eb) => eb.or([eb('district_code', '=', code), eb('education_la_code', '=', code)]))
      .executeTakeFirst(),
    db.selectFrom('boundaries').select('area_code').where('area_code', '=', code).executeTakeFirst(),
  ]);
  return { area, ancestors, children, opportunityArea, openSchools: Number(schools?.n ?? 0), hasBoundary: boundary !== undefined };
}
