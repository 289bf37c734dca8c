import type { Kysely } from 'kysely';
import type { Area, AreaKind } from '../../domain/places/index.ts';
import type { GssCode } from '../../domain/shared/gss-code.ts';
import type { AreasTable, Database } from '../schema.ts';

export interface PlacesRepository {
  listAreas(filter?: { kind?: AreaKind }): Promise<Area[]>;
  /** The areas with these codes, in no particular order; unknown codes are skipped. */
  findAreas(codes: readonly string[]): Promise<Area[]>;
  /** The areas with these codes and every area above them (county, region, country). */
  findAreasWithAncestors(codes: readonly string[]): Promise<Area[]>;
}

export function createPlacesRepository(db: Kysely<Database>): PlacesRepository {
  return {
    async listAreas(filter = {}) {
      let query = db.selectFrom('areas').selectAll().orderBy('kind').orderBy('name');
      if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
      return (await query.execute()).map(areaFromRow);
    },
    async findAreas(codes) {
      if (codes.length === 0) return [];
      const rows = await db.selectFrom('areas').selectAll().where('code', 'in', [...codes]).execute();
      return rows.map(areaFromRow);
    },
    async findAreasWithAncestors(codes) {
      const found = new Map<string, Area>();
      let wanted = [...new Set(codes)];
      while (wanted.length > 0) {
        const rows = await db.selectFrom('areas').selectAll().where('code', 'in', wanted).execute();
        for (const row of rows) found.set(row.code, areaFromRow(row));
        wanted = [...new Set(rows.map((r) => r.parent_code).filter((c): c is string => c !== null && !found.has(c)))];
      }
      return [...found.values()];
    },
  };
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
