import type { ColumnType, Generated } from 'kysely';
import type { DeliveryPlanTables } from './schema-delivery-plans.ts';
import type { CareersTables } from './schema-careers.ts';
import type { CatchUpTables } from './schema-catch-up.ts';
import type { HolidayTables } from './schema-holiday.ts';
import type { IndexTables } from './schema-index.ts';
import type { PublicDataTables } from './schema-public-data.ts';
import type { TwinningTables } from './schema-twinning.ts';
import type { ResearchNetworkTables } from './schema-research-network.ts';

/**
 * Table shapes as Kysely sees them. PostgreSQL returns BIGINT as a string, so money columns are read as
 * `string | number | bigint` and turned into pence by the repositories (`penceFromColumn`).
 */
export interface Database extends PublicDataTables, IndexTables, TwinningTables, DeliveryPlanTables, ResearchNetworkTables, CareersTables, CatchUpTables, HolidayTables {
  areas: AreasTable;
  opportunity_areas: OpportunityAreasTable;
  opportunity_area_districts: OpportunityAreaDistrictsTable;
  partnership_boards: PartnershipBoardsTable;
  research_schools: ResearchSchoolsTable;
  funds: FundsTable;
  data_sources: DataSourcesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  login_failures: LoginFailuresTable;
  oidc_logins: OidcLoginsTable;
  allocation_runs: AllocationRunsTable;
  allocation_rows: AllocationRowsTable;
  spend_lines: SpendLinesTable;
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
  funder: ColumnType<string, string | undefined, string>;
  conditions: ColumnType<string, string | undefined, string>;
  /** JSON: [{ period, amountPence }]. */
  profile: ColumnType<string, string | undefined, string>;
}

export interface DataSourcesTable {
  id: Generated<number>;
  name: string;
  origin: string;
  loaded_at: string;
  row_count: number;
  checksum: string;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  role: string;
  /** JSON array of scope references such as "area:blackpool". */
  scope: string;
  password_hash: string | null;
  oidc_subject: string | null;
  is_demo: number;
  created_at: string;
  disabled_at: string | null;
  /** The person's name, where given (migration 0038). */
  name: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SessionsTable {
  /** SHA-256 of the cookie value: a stolen database does not yield live sessions. */
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: Generated<number>;
  public_id: string;
  secret_hash: string;
  user_id: number;
  name: string;
  scope: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_user_id: number | null;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  /** JSON: what changed, as { before, after } or a short description. */
  summary: string;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  email: string;
  at: string;
}

export interface OidcLoginsTable {
  /** SHA-256 of the `state` sent to the provider. */
  state_hash: string;
  nonce: string;
  code_verifier: string;
  /** Where to send the browser once signed in: a path on this site. */
  next_path: string;
  expires_at: string;
}

type Money = ColumnType<string | number | bigint, number, number>;
type NullableMoney = ColumnType<string | number | bigint | null, number | null, number | null>;

export interface AllocationRunsTable {
  id: Generated<number>;
  fund_id: string;
  formula: string;
  total_pence: Money;
  measure_name: string | null;
  base_pence: NullableMoney;
  floor_pence: NullableMoney;
  ceiling_pence: NullableMoney;
  rounds: number;
  leftover_pennies: number;
  confirmed_by: string;
  confirmed_by_user_id: number | null;
  confirmed_at: string;
}

export interface AllocationRowsTable {
  run_id: number;
  /** The recipient's place in the run as given, so rows come back in that order. */
  position: number;
  recipient: string;
  amount_pence: Money;
  exact_pence: string;
  /** `floor:2` or `ceiling:1`: which bound held and the round it was fixed in; null when none. */
  bound: string | null;
  /** 1 when the recipient got one of the leftover pennies. */
  extra_penny: number;
  /** JSON array of the working's lines. */
  working: string;
}

export interface SpendLinesTable {
  id: Generated<number>;
  fund_id: string;
  recipient: string;
  opportunity_area_id: string | null;
  kind: string;
  spent_on: string;
  period: string;
  purpose: string;
  evidence_strand: string | null;
  amount_pence: Money;
  status: string;
  recorded_by: string;
  recorded_by_user_id: number | null;
  recorded_at: string;
  approved_by: string | null;
  approved_at: string | null;
}
