import type { Kysely } from 'kysely';
import type { Area, AreaKind } from '../../domain/places/index.ts';
import type { GssCode } from '../../domain/shared/gss-code.ts';
import type { AreasTable, Database } from '../schema.ts';

/** Every area, of one kind or all, ordered by kind then name. */
export async function listAreas(db: Kysely<Database>, filter: { kind?: AreaKind } = {}): Promise<Area[]> {
  let query = db.selectFrom('areas').selectAll().orderBy('kind').orderBy('name');
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  return (await query.execute()).map(areaFromRow);
}

/** The areas with these codes, in no particular order; unknown codes are skipped. */
export async function findAreas(db: Kysely<Database>, codes: readonly string[]): Promise<Area[]> {
  if (codes.length === 0) return [];
  const rows = await db.selectFrom('areas').selectAll().where('code', 'in', [...codes]).execute();
  return rows.map(areaFromRow);
}

/** The areas with these codes and every area above them (county, region, country). */
export async function findAreasWithAncestors(db: Kysely<Database>, codes: readonly string[]): Promise<Area[]> {
  const found = new Map<string, Area>();
  let wanted = [...new Set(codes)];
  while (wanted.length > 0) {
    const rows = await db.selectFrom('areas').selectAll().where('code', 'in', wanted).execute();
    for (const row of rows) found.set(row.code, areaFromRow(row));
    wanted = [...new Set(rows.map((r) => r.parent_code).filter((c): c is string => c !== null && !found.has(c)))];
  }
  return [...found.values()];
}

function areaFromRow(row: AreasTable): Area {
  return {
    code: row.code as GssCode,
    name: row.name,
    kind: row.kind as AreaKind,
    parentCode: row.parent_code as GssCode | null,
    sourceNote: row.source_note,
  };
}

/** Areas by name, of one kind or all, with their parent's code. */
export async function listAreasByName(db: Kysely<Database>, kind?: string): Promise<{ code: string; name: string; kind: string; parent_code: string | null }[]> {
  let query = db.selectFrom('areas').select(['code', 'name', 'kind', 'parent_code']).orderBy('name');
  if (kind !== undefined) query = query.where('kind', '=', kind);
  return query.execute();
}
