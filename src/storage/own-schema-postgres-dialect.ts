import {
  DEFAULT_MIGRATION_LOCK_TABLE,
  DEFAULT_MIGRATION_TABLE,
  PostgresDialect,
  sql,
  type DatabaseIntrospector,
  type DatabaseMetadata,
  type DatabaseMetadataOptions,
  type Kysely,
  type SchemaMetadata,
  type TableMetadata,
} from 'kysely';

interface ColumnRow {
  readonly column: string;
  readonly not_null: boolean;
  readonly has_default: boolean;
  readonly table: string;
  readonly table_type: string;
  readonly schema: string;
  readonly type: string;
  readonly type_schema: string;
  readonly column_description: string | null;
  readonly auto_incrementing: string | null;
}

/**
 * Reads the tables of the connection's own schema only. Kysely's own PostgreSQL introspection reads every
 * schema of the database and calls `pg_get_serial_sequence` on each table's columns, so when another schema
 * is dropped at that moment (another tenant's, or another test's) the migrator fails with "schema … does not
 * exist" about a schema that is none of its business. This database never keeps its tables elsewhere.
 */
export class OwnSchemaPostgresIntrospector implements DatabaseIntrospector {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema, as Kysely's Dialect.createIntrospector passes; only raw catalogue SQL is run
  readonly #db: Kysely<any>;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  constructor(db: Kysely<any>) {
    this.#db = db;
  }

  async getSchemas(): Promise<SchemaMetadata[]> {
    const rows = await sql<{ name: string }>`select nspname as name from pg_catalog.pg_namespace`.execute(this.#db);
    return rows.rows.map((row) => ({ name: row.name }));
  }

  async getTables(options: DatabaseMetadataOptions = { withInternalKyselyTables: false }): Promise<TableMetadata[]> {
    const internal = options.withInternalKyselyTables ? sql`` : sql`and c.relname not in (${DEFAULT_MIGRATION_TABLE}, ${DEFAULT_MIGRATION_LOCK_TABLE})`;
    const rows = await sql<ColumnRow>`
      select a.attname as column, a.attnotnull as not_null, a.atthasdef as has_default,
             c.relname as table, c.relkind as table_type, ns.nspname as schema,
             typ.typname as type, dtns.nspname as type_schema,
             col_description(a.attrelid, a.attnum) as column_description,
             pg_get_serial_sequence(quote_ident(ns.nspname) || '.' || quote_ident(c.relname), a.attname) as auto_incrementing
        from pg_catalog.pg_attribute a
        join pg_catalog.pg_class c on a.attrelid = c.oid
        join pg_catalog.pg_namespace ns on c.relnamespace = ns.oid
        join pg_catalog.pg_type typ on a.atttypid = typ.oid
        join pg_catalog.pg_namespace dtns on typ.typnamespace = dtns.oid
       where ns.nspname = current_schema()
         and c.relkind in ('r', 'v', 'p')
         and a.attnum >= 0
         and not a.attisdropped
         ${internal}
       order by c.relname, a.attnum`.execute(this.#db);
    return tablesOf(rows.rows);
  }

  async getMetadata(options?: DatabaseMetadataOptions): Promise<DatabaseMetadata> {
    return { tables: await this.getTables(options) };
  }
}

function tablesOf(columns: readonly ColumnRow[]): TableMetadata[] {
  const tables = new Map<string, TableMetadata & { columns: TableMetadata['columns'][number][] }>();
  for (const column of columns) {
    let table = tables.get(column.table);
    if (table === undefined) {
      table = { name: column.table, schema: column.schema, isView: column.table_type === 'v', columns: [] };
      tables.set(column.table, table);
    }
    table.columns.push({
      name: column.column,
      dataType: column.type,
      dataTypeSchema: column.type_schema,
      isNullable: !column.not_null,
      isAutoIncrementing: column.auto_incrementing !== null,
      hasDefaultValue: column.has_default,
      ...(column.column_description === null ? {} : { comment: column.column_description }),
    });
  }
  return [...tables.values()];
}

/** PostgreSQL as Kysely speaks it, with introspection (and so the migrator) kept to the connection's own schema. */
export class OwnSchemaPostgresDialect extends PostgresDialect {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the signature Kysely's Dialect declares
  override createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new OwnSchemaPostgresIntrospector(db);
  }
}
