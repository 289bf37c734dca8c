import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface StoredBoundary {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  /** GeoJSON geometry text, as stored: sent on without parsing. */
  readonly geojson: string;
}

/** Boundaries of every area of `kind` that has one, by code. */
export async function listBoundaries(db: Kysely<Database>, kind: string): Promise<StoredBoundary[]> {
  const rows = await db
    .selectFrom('boundaries as b')
    .innerJoin('areas as a', 'a.code', 'b.area_code')
    .select(['b.area_code', 'a.name', 'a.kind', 'b.geojson'])
    .where('a.kind', '=', kind)
    .orderBy('b.area_code')
    .execute();
  return rows.map((r) => ({ code: r.area_code, name: r.name, kind: r.kind, geojson: r.geojson }));
}
