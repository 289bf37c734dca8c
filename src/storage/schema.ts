import type { ColumnType, Generated } from 'kysely';

/**
 * Table shapes as Kysely sees them. PostgreSQL returns BIGINT as a string, so money columns are read as
 * `string | number | bigint` and turned into pence by the repositories (`penceFromColumn`).
 */
export interface Database {
  areas: AreasTable;
  opportunity_areas: OpportunityAreasTable;
  opportunity_area_districts: OpportunityAreaDistrictsTable;
  partnership_boards: PartnershipBoardsTable;
  research_schools: ResearchSchoolsTable;
  funds: FundsTable;
  data_sources: DataSourcesTable;
}

export interface AreasTable {
  code: string;
  name: string;
  kind: string;
  parent_code: string | null;
  source_note: string;
}

export interface OpportunityAreasTable {
  id: string;
  name: string;
  announced_as: string | null;
  wave: number;
  announced_on: string;
  source_note: string;
}

export interface OpportunityAreaDistrictsTable {
  opportunity_area_id: string;
  district_code: string;
}

export interface PartnershipBoardsTable {
  opportunity_area_id: string;
  chair: string;
  chair_named_on: string;
  source_note: string;
}

export interface ResearchSchoolsTable {
  id: string;
  name: string;
  host_name: string;
  host_urn: number | null;
  opportunity_area_id: string | null;
  announced_on: string;
  source_note: string;
}

export interface FundsTable {
  id: string;
  name: string;
  amount_pence: ColumnType<string | number | bigint, number, number>;
  period: string;
  scope: string;
  kind: string;
  parent_id: string | null;
  opportunity_area_id: string | null;
  source_note: string;
}

export interface DataSourcesTable {
  id: Generated<number>;
  name: string;
  origin: string;
  loaded_at: string;
  row_count: number;
  checksum: string;
}
