import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { retryWhenAnotherSchemaIsDropped } from '../../src/storage/retry-when-schema-dropped.ts';
import { testEngines } from '../support/engines.ts';

/** A read that fails the way Kysely's introspection does when another schema is dropped under it, `times` times. */
function failing(times: number, schema: string): { readonly work: () => Promise<string>; readonly calls: () => number } {
  let calls = 0;
  return {
    work: () => {
      calls += 1;
      return calls <= times ? Promise.reject(new Error(`schema "${schema}" does not exist`)) : Promise.resolve('read');
    },
    calls: () => calls,
  };
}

describe.each(await testEngines())('reading the schema while another schema is dropped, on $name', (engine) => {
  it('tries again on PostgreSQL when the schema that vanished is another one, and never when it is its own', async () => {
    const handle = await engine.open();
    try {
      const other = failing(2, 'oa_test_dropped_meanwhile');
      if (engine.name === 'postgres') {
        expect(await retryWhenAnotherSchemaIsDropped(handle.db, other.work)).toBe('read');
        expect(other.calls()).toBe(3);
        const own = (await sql<{ schema: string }>`select current_schema() as schema`.execute(handle.db)).rows[0]?.schema ?? '';
        const mine = failing(1, own);
        await expect(retryWhenAnotherSchemaIsDropped(handle.db, mine.work)).rejects.toThrow(`schema "${own}" does not exist`);
        expect(mine.calls()).toBe(1);
        const always = failing(99, 'oa_test_gone');
        await expect(retryWhenAnotherSchemaIsDropped(handle.db, always.work)).rejects.toThrow('does not exist');
        expect(always.calls()).toBe(5);
      } else {
        await expect(retryWhenAnotherSchemaIsDropped(handle.db, other.work)).rejects.toThrow('does not exist');
        expect(other.calls()).toBe(1);
      }
    } finally {
      await handle.close();
    }
  });
});
