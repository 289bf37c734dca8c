import type { Generated } from 'kysely';

/** Saved neighbour sets (migration 0007). */
export interface TwinningTables {
  neighbour_sets: NeighbourSetsTable;
  neighbour_set_entries: NeighbourSetEntriesTable;
}

export interface NeighbourSetsTable {
  id: Generated<number>;
  name: string;
  /** district or upper. */
  tier: string;
  recipe_name: string;
  /** The recipe as JSON, exactly as used. */
  recipe: string;
  /** JSON { k, excludeOpportunityAreas, sameRegion }. */
  options: string;
  /** JSON { indicator code: period }: the data vintage. */
  vintage: string;
  /** SHA-256 of the values the lists were computed from. */
  checksum: string;
  area_count: number;
  saved_at: string;
  saved_by: string;
}

export interface NeighbourSetEntriesTable {
  set_id: number;
  area_code: string;
  /** 1 = nearest. */
  rank: number;
  neighbour_code: string;
  distance: number;
  band: string;
  /** 1 when the area is also in the neighbour's list. */
  reciprocal: number;
}
