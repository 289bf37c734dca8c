import { describe, expect, it } from 'vitest';
import { LATEST_MIGRATION, MIGRATIONS } from '../../src/storage/migrations/index.ts';

describe('the migration list', () => {
  it('is in name order with unique numbers, so every database applies them in the same order', () => {
    const names = Object.keys(MIGRATIONS);
    expect(names).toEqual([...names].sort());
    const numbers = names.map((n) => n.slice(0, 4));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(LATEST_MIGRATION).toBe(names.at(-1));
  });
});
