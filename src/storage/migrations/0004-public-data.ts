import type { CreateTableBuilder, Kysely } from 'kysely';
import { capabilitiesOf } from '../dialect-capabilities.ts';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyTable = CreateTableBuilder<any, any>;

/** Every table loaded from a published file says which load last set each row. */
const withSource = (table: AnyTable) =>
  table.addColumn('data_source_id', 'integer', (c) => c.notNull().references('data_sources.id'));

/** Figures published with a code instead of a value (SUPP, NE, …) keep the code here, as JSON. */
const withMarkers = (table: AnyTable) => table.addColumn('markers', 'text', (c) => c.notNull().defaultTo('{}'));

export async function up(db: AnyDb): Promise<void> {
  const dialect = capabilitiesOf(db);

  await withSource(
    db.schema
      .createTable('schools')
      .addColumn('urn', 'integer', (c) => c.primaryKey())
      .addColumn('la_code_old', 'varchar(3)', (c) => c.notNull())
      .addColumn('estab', 'varchar(4)', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('street', 'text')
      .addColumn('locality', 'text')
      .addColumn('town', 'text')
      .addColumn('postcode', 'varchar(10)')
      .addColumn('status', 'varchar(20)', (c) => c.notNull())
      .addColumn('open_date', 'varchar(10)')
      .addColumn('close_date', 'varchar(10)')
      .addColumn('minor_group', 'text')
      .addColumn('school_type', 'text')
      .addColumn('phase', 'varchar(20)', (c) => c.notNull())
      .addColumn('age_low', 'integer')
      .addColumn('age_high', 'integer')
      .addColumn('gender', 'varchar(20)')
      .addColumn('religious_character', 'text')
      .addColumn('admissions_policy', 'text')
      .addColumn('easting', 'integer')
      .addColumn('northing', 'integer')
      .addColumn('lat', 'double precision')
      .addColumn('lon', 'double precision')
      .addColumn('district_code', 'varchar(9)')
      .addColumn('education_la_code', 'varchar(9)'),
  ).execute();
  await db.schema.createIndex('schools_la_idx').on('schools').column('la_code_old').execute();
  await db.schema.createIndex('schools_district_idx').on('schools').column('district_code').execute();
  await db.schema.createIndex('schools_postcode_idx').on('schools').column('postcode').execute();

  await db.schema
    .createTable('school_history')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('urn', 'integer', (c) => c.notNull())
    .addColumn('changed_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('data_source_id', 'integer', (c) => c.notNull().references('data_sources.id'))
    .addColumn('changes', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('school_history_urn_idx').on('school_history').column('urn').execute();

  await withMarkers(
    withSource(
      db.schema
        .createTable('school_census')
        .addColumn('urn', 'integer', (c) => c.notNull())
        .addColumn('period', 'varchar(7)', (c) => c.notNull())
        .addColumn('pupils', 'integer')
        .addColumn('fsm', 'integer')
        .addColumn('fsm_ever6', 'integer')
        .addColumn('pct_fsm_ever6', 'double precision')
        .addColumn('eal', 'integer')
        .addColumn('pct_eal', 'double precision')
        .addColumn('sen_support', 'integer')
        .addColumn('pct_sen_support', 'double precision')
        .addColumn('ehcp', 'integer')
        .addColumn('pct_ehcp', 'double precision')
        .addPrimaryKeyConstraint('school_census_pk', ['urn', 'period']),
    ),
  ).execute();

  await withMarkers(
    withSource(
      db.schema
        .createTable('ks2_results')
        .addColumn('urn', 'integer', (c) => c.notNull())
        .addColumn('period', 'varchar(7)', (c) => c.notNull())
        .addColumn('pupils', 'integer')
        .addColumn('pct_rwm_expected', 'double precision')
        .addColumn('pct_rwm_higher', 'double precision')
        .addColumn('reading_progress', 'double precision')
        .addColumn('writing_progress', 'double precision')
        .addColumn('maths_progress', 'double precision')
        .addColumn('reading_score', 'double precision')
        .addColumn('maths_score', 'double precision')
        .addPrimaryKeyConstraint('ks2_results_pk', ['urn', 'period']),
    ),
  ).execute();

  await withMarkers(
    withSource(
      db.schema
        .createTable('ks4_results')
        .addColumn('urn', 'integer', (c) => c.notNull())
        .addColumn('period', 'varchar(7)', (c) => c.notNull())
        .addColumn('pupils', 'integer')
        .addColumn('attainment8', 'double precision')
        .addColumn('progress8', 'double precision')
        .addColumn('progress8_lower', 'double precision')
        .addColumn('progress8_upper', 'double precision')
        .addColumn('pct_basics_94', 'double precision')
        .addColumn('pct_basics_95', 'double precision')
        .addColumn('ebacc_aps', 'double precision')
        .addPrimaryKeyConstraint('ks4_results_pk', ['urn', 'period']),
    ),
  ).execute();

  await withMarkers(
    withSource(
      db.schema
        .createTable('ks4_destinations')
        .addColumn('urn', 'integer', (c) => c.notNull())
        .addColumn('period', 'varchar(7)', (c) => c.notNull())
        .addColumn('pupil_group', 'varchar(20)', (c) => c.notNull())
        .addColumn('cohort', 'integer')
        .addColumn('pct_sustained', 'double precision')
        .addColumn('pct_education', 'double precision')
        .addColumn('pct_apprenticeship', 'double precision')
        .addColumn('pct_employment', 'double precision')
        .addColumn('pct_not_sustained', 'double precision')
        .addColumn('pct_unknown', 'double precision')
        .addPrimaryKeyConstraint('ks4_destinations_pk', ['urn', 'period', 'pupil_group']),
    ),
  ).execute();

  await withSource(
    db.schema
      .createTable('postcodes')
      .addColumn('postcode', 'varchar(10)', (c) => c.primaryKey())
      .addColumn('easting', 'integer', (c) => c.notNull())
      .addColumn('northing', 'integer', (c) => c.notNull())
      .addColumn('lat', 'double precision', (c) => c.notNull())
      .addColumn('lon', 'double precision', (c) => c.notNull()),
  ).execute();

  await withSource(
    db.schema
      .createTable('indicators')
      .addColumn('code', 'varchar(80)', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('unit', 'varchar(40)', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull()),
  ).execute();

  await withSource(
    db.schema
      .createTable('area_indicators')
      .addColumn('area_code', 'varchar(9)', (c) => c.notNull())
      .addColumn('indicator_code', 'varchar(80)', (c) => c.notNull())
      .addColumn('period', 'varchar(20)', (c) => c.notNull())
      .addColumn('value', 'double precision')
      .addPrimaryKeyConstraint('area_indicators_pk', ['area_code', 'indicator_code', 'period']),
  ).execute();
  await db.schema.createIndex('area_indicators_indicator_idx').on('area_indicators').columns(['indicator_code', 'period']).execute();

  await withSource(
    db.schema
      .createTable('lsoa_deprivation')
      .addColumn('lsoa_code', 'varchar(9)', (c) => c.notNull())
      .addColumn('vintage', 'varchar(10)', (c) => c.notNull())
      .addColumn('district_code', 'varchar(9)', (c) => c.notNull())
      .addColumn('imd_score', 'double precision')
      .addColumn('imd_rank', 'integer')
      .addColumn('imd_decile', 'integer')
      .addColumn('idaci_score', 'double precision')
      .addColumn('population', 'integer')
      .addColumn('children', 'integer')
      .addPrimaryKeyConstraint('lsoa_deprivation_pk', ['lsoa_code', 'vintage']),
  ).execute();

  await withSource(
    db.schema
      .createTable('boundaries')
      .addColumn('area_code', 'varchar(9)', (c) => c.primaryKey())
      .addColumn('vintage', 'varchar(20)', (c) => c.notNull())
      .addColumn('geojson', 'text', (c) => c.notNull()),
  ).execute();

  await withSource(
    db.schema
      .createTable('toolkit_strands')
      .addColumn('id', 'varchar(100)', (c) => c.primaryKey())
      .addColumn('slug', 'varchar(100)', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('impact_months', 'integer')
      .addColumn('cost_rating', 'integer', (c) => c.notNull())
      .addColumn('evidence_rating', 'integer', (c) => c.notNull())
      .addColumn('headline', 'text', (c) => c.notNull())
      .addColumn('gap_summary', 'text')
      .addColumn('tags', 'text', (c) => c.notNull())
      .addColumn('url', 'text', (c) => c.notNull()),
  ).execute();

  await withSource(
    db.schema
      .createTable('toolkit_cost_scale')
      .addColumn('cost_rating', 'integer', (c) => c.primaryKey())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('per_pupil', 'text', (c) => c.notNull())
      .addColumn('per_class', 'text', (c) => c.notNull()),
  ).execute();

  await withSource(
    db.schema
      .createTable('toolkit_effect_sizes')
      .addColumn('min_effect', 'double precision', (c) => c.primaryKey())
      .addColumn('max_effect', 'double precision')
      .addColumn('months', 'integer', (c) => c.notNull()),
  ).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'toolkit_effect_sizes', 'toolkit_cost_scale', 'toolkit_strands', 'boundaries', 'lsoa_deprivation', 'area_indicators',
    'indicators', 'postcodes', 'ks4_destinations', 'ks4_results', 'ks2_results', 'school_census', 'school_history', 'schools',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
