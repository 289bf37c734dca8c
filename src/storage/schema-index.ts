import type { Generated } from 'kysely';

/** Saved index recipes and area selections (migration 0006). */
export interface IndexTables {
  index_recipes: IndexRecipesTable;
  area_selections: AreaSelectionsTable;
}

export interface IndexRecipesTable {
  id: Generated<number>;
  name: string;
  version: number;
  /** The recipe as saved, JSON. */
  recipe: string;
  note: string;
  saved_at: string;
  saved_by_user_id: number | null;
  saved_by: string;
}

export interface AreaSelectionsTable {
  id: Generated<number>;
  name: string;
  /** What was asked (indexes, bands, shortlist size, constraints, recipe versions), JSON. */
  inputs: string;
  /** Every long-listed area with whether it was picked and why, JSON. */
  decisions: string;
  saved_at: string;
  saved_by_user_id: number | null;
  saved_by: string;
}
