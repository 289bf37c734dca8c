import { describe, expect, it } from 'vitest';
import { ENCOUNTER_TYPES } from '../../src/domain/careers/index.ts';
import { encounterDay, typeCode } from '../../src/storage/repositories/careers/encounter-columns.ts';

describe('how the ledger stores a day and a type', () => {
  it('stores a day as yyyymmdd, in the same order as the dates', () => {
    expect(encounterDay('2025-10-15')).toBe(20251015);
    expect(encounterDay('2025-12-31') < encounterDay('2026-01-01')).toBe(true);
    expect(() => encounterDay('15/10/2025')).toThrow('Expected a date as YYYY-MM-DD, got "15/10/2025"');
  });

  it('stores a type as its place in the list of types, and refuses any other', () => {
    expect(ENCOUNTER_TYPES.map(typeCode)).toEqual(ENCOUNTER_TYPES.map((_, i) => i));
    expect(typeCode('mentoring')).toBe(3);
    expect(() => typeCode('lunch')).toThrow('Not an encounter type: "lunch"');
  });
});
