import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../src/server/openapi-document.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { fixedClock } from '../support/clock.ts';

describe('the committed openapi.json', () => {
  it('matches what the routes generate (run `npm run openapi` after changing a route)', async () => {
    const handle = await openDatabase({ engine: 'sqlite', path: ':memory:' });
    try {
      const generated = await buildOpenApiDocument(handle, fixedClock());
      const committed = readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8');
      expect(committed).toBe(generated);
    } finally {
      await handle.close();
    }
  });
});
