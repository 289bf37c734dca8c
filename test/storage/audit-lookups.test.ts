import { CompiledQuery, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Engine } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { actorsMatchingQuery, auditPageQueries, countAudit, listAudit } from '../../src/storage/repositories/audit.repository.ts';
import type { Database } from '../../src/storage/schema.ts';
import { testEngines } from '../support/engines.ts';

// Issue 22, known costs: the audit page filters by when and by whom, and each page and its count read
// the whole log. Migration 0039 indexes `at` and `actor`; these check, with each engine's own EXPLAIN, that
// the page's queries use them on a log of 20,000 entries, and that the answers are the ones the filters ask for.

const ENTRIES = 20_000;
const START = Date.UTC(2026, 0, 1);

/** Mostly the system and the command line, a few people, one of them rarely. */
function actorOf(i: number): string {
  if (i % 1_000 === 7) return 'Ann.Lead@Example.gov.uk';
  if (i % 10 === 1) return `user${String(i % 7)}@example.gov.uk`;
  return i % 3 === 0 ? 'cli' : 'system';
}

async function planOf(db: Kysely<Database>, engine: Engine, query: CompiledQuery): Promise<string> {
  const prefix = engine === 'sqlite' ? 'explain query plan ' : 'explain ';
  const { rows } = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(prefix + query.sql, [...query.parameters]));
  return rows.map((row) => String(engine === 'sqlite' ? row['detail'] : row['QUERY PLAN'])).join('\n');
}

describe.each(await testEngines())('audit log lookups on $name', (engine) => {
  let handle: DatabaseHandle;
  const at = (i: number) => new Date(START + i * 1_500_000).toISOString();
  beforeAll(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    const rows = Array.from({ length: ENTRIES }, (_, i) => ({ at: at(i), actor_user_id: null, actor: actorOf(i), action: 'fund.profile', entity_type: 'fund', entity_id: `fund-${String(i % 40)}`, summary: '{}' }));
    for (let i = 0; i < rows.length; i += 1_000) await handle.db.insertInto('audit_log').values(rows.slice(i, i + 1_000)).execute();
    // PostgreSQL's autovacuum keeps statistics like these; SQLite is never analysed, so it is left as it runs.
    if (handle.engine === 'postgres') await sql`analyze audit_log`.execute(handle.db);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('finds entries by part of the actor, any case, newest first, with the count', async () => {
    const expected = Array.from({ length: ENTRIES }, (_, i) => i).filter((i) => actorOf(i) === 'Ann.Lead@Example.gov.uk').map(at).reverse();
    expect((await listAudit(handle.db, { actor: 'ann.lead' })).map((e) => e.at)).toEqual(expected);
    expect(await countAudit(handle.db, { actor: 'ANN.LEAD' })).toBe(expected.length);
    expect(await countAudit(handle.db, { actor: 'example.gov' })).toBe(Array.from({ length: ENTRIES }, (_, i) => actorOf(i)).filter((a) => a.toLowerCase().includes('example.gov')).length);
    expect(await countAudit(handle.db, { actor: 'user_' })).toBe(0);
    expect(await listAudit(handle.db, { actor: 'nobody' })).toEqual([]);
    expect(await countAudit(handle.db, { actor: 'nobody' })).toBe(0);
  });

  it('finds the actors holding the text through the actor index, one step per person', async () => {
    expect(await planOf(handle.db, handle.engine, actorsMatchingQuery('lead').compile(handle.db))).toContain('audit_log_actor_idx');
  });

  it('pages and counts one person’s entries through the actor index', async () => {
    const { entries, count } = await auditPageQueries(handle.db, { actor: 'ann.lead', limit: 100 });
    expect(await planOf(handle.db, handle.engine, entries.compile())).toContain('audit_log_actor_idx');
    expect(await planOf(handle.db, handle.engine, count.compile())).toContain('audit_log_actor_idx');
  });

  it('pages and counts two days’ entries through the index on when', async () => {
    const query = { from: '2026-03-01', to: '2026-03-02', limit: 100 };
    const { entries, count } = await auditPageQueries(handle.db, query);
    expect(await planOf(handle.db, handle.engine, entries.compile())).toContain('audit_log_at_idx');
    expect(await planOf(handle.db, handle.engine, count.compile())).toContain('audit_log_at_idx');
    const expected = Array.from({ length: ENTRIES }, (_, i) => at(i)).filter((t) => t >= '2026-03-01' && t <= '2026-03-02T23:59:59.999Z');
    expect(await countAudit(handle.db, query)).toBe(expected.length);
    expect((await listAudit(handle.db, query)).map((e) => e.at)).toEqual(expected.reverse().slice(0, 100));
  });
});
