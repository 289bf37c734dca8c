import { sql, type Kysely } from 'kysely';
import { capabilitiesOf } from '../dialect-capabilities.ts';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Funding: confirmed allocation runs with each recipient's amount and working, and spend lines
 * (commitments and payments) with second-person approval. Money is BIGINT pence.
 */
export async function up(db: AnyDb): Promise<void> {
  const dialect = capabilitiesOf(db);
  await db.schema
    .createTable('allocation_runs')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('fund_id', 'varchar(100)', (c) => c.notNull().references('funds.id'))
    .addColumn('formula', 'varchar(20)', (c) => c.notNull().check(sql`formula in ('equal', 'proportional', 'base-plus')`))
    .addColumn('total_pence', 'bigint', (c) => c.notNull())
    .addColumn('measure_name', 'text')
    .addColumn('base_pence', 'bigint')
    .addColumn('floor_pence', 'bigint')
    .addColumn('ceiling_pence', 'bigint')
    .addColumn('rounds', 'integer', (c) => c.notNull())
    .addColumn('leftover_pennies', 'integer', (c) => c.notNull())
    .addColumn('confirmed_by', 'text', (c) => c.notNull())
    .addColumn('confirmed_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('confirmed_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('allocation_runs_fund_idx').on('allocation_runs').column('fund_id').execute();

  await db.schema
    .createTable('allocation_rows')
    .addColumn('run_id', 'integer', (c) => c.notNull().references('allocation_runs.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('recipient', 'varchar(100)', (c) => c.notNull())
    .addColumn('amount_pence', 'bigint', (c) => c.notNull())
    .addColumn('exact_pence', 'text', (c) => c.notNull())
    .addColumn('bound', 'varchar(20)')
    .addColumn('extra_penny', 'integer', (c) => c.notNull())
    .addColumn('working', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('allocation_rows_pk', ['run_id', 'recipient'])
    .execute();

  await db.schema
    .createTable('spend_lines')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('fund_id', 'varchar(100)', (c) => c.notNull().references('funds.id'))
    .addColumn('recipient', 'varchar(100)', (c) => c.notNull())
    .addColumn('opportunity_area_id', 'varchar(100)', (c) => c.references('opportunity_areas.id'))
    .addColumn('kind', 'varchar(20)', (c) => c.notNull().check(sql`kind in ('commitment', 'payment')`))
    .addColumn('spent_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('period', 'varchar(10)', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('evidence_strand', 'varchar(100)')
    .addColumn('amount_pence', 'bigint', (c) => c.notNull().check(sql`amount_pence > 0`))
    .addColumn('status', 'varchar(20)', (c) => c.notNull().check(sql`status in ('approved', 'pending_approval')`))
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('recorded_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', 'varchar(30)')
    .execute();
  await db.schema.createIndex('spend_lines_fund_idx').on('spend_lines').columns(['fund_id', 'recipient']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['spend_lines', 'allocation_rows', 'allocation_runs']) await db.schema.dropTable(table).execute();
}
