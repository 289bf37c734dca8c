import { PostgresIntrospector, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { OwnSchemaPostgresIntrospector } from '../../src/storage/own-schema-postgres-dialect.ts';
import { testEngines } from '../support/engines.ts';

const engines = (await testEngines()).filter((engine) => engine.name === 'postgres');

describe.skipIf(engines.length === 0).each(engines)('reading the tables of its own schema on a shared PostgreSQL database ($name)', (engine) => {
  it('migrates and lists its tables while other schemas are made and dropped beside it', async () => {
    const own = await engine.open();
    const beside = { going: true };
    const churn = (async () => {
      let rounds = 0;
      while (beside.going || rounds < 3) {
        const other = await engine.open();
        await sql`create table beside (id serial primary key, name text)`.execute(other.db);
        await other.close();
        rounds += 1;
      }
      return rounds;
    })();
    try {
      await migrateToLatestOrThrow(own.db);
      const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(own.db)).rows[0]?.s;
      for (let read = 0; read < 20; read += 1) {
        const tables = await own.db.introspection.getTables({ withInternalKyselyTables: true });
        expect(new Set(tables.map((t) => t.schema))).toEqual(new Set([schema]));
        expect(tables.map((t) => t.name)).toContain('kysely_migration');
      }
    } finally {
      beside.going = false;
      expect(await churn).toBeGreaterThanOrEqual(3);
      await own.close();
    }
  });

  it("describes its own tables exactly as Kysely's own introspection does", async () => {
    const own = await engine.open();
    try {
      await migrateToLatestOrThrow(own.db);
      const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(own.db)).rows[0]?.s;
      const kyselys = (await new PostgresIntrospector(own.db).getTables()).filter((t) => t.schema === schema);
      const ours = await new OwnSchemaPostgresIntrospector(own.db).getTables();
      expect(ours.length).toBeGreaterThan(30);
      expect(JSON.parse(JSON.stringify(ours))).toEqual(JSON.parse(JSON.stringify(kyselys)));
    } finally {
      await own.close();
    }
  });
});
