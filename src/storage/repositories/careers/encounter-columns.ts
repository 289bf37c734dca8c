import { ENCOUNTER_TYPES } from '../../../domain/careers/index.ts';

/**
 * How the ledger stores an encounter's day and type: numbers, which the database compares and the drivers
 * bind several times quicker than text (docs/decisions/0007). The day is yyyymmdd; the type is its place
 * in ENCOUNTER_TYPES, whose order is therefore fixed (new types go at the end).
 * `encounterDay('2025-10-15')` → 20251015; `typeCode('mentoring')` → 3.
 */
export function encounterDay(isoDate: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new RangeError(`Expected a date as YYYY-MM-DD, got ${JSON.stringify(isoDate)}`);
  return Number(isoDate.replaceAll('-', ''));
}

export function typeCode(type: string): number {
  const code = (ENCOUNTER_TYPES as readonly string[]).indexOf(type);
  if (code < 0) throw new RangeError(`Not an encounter type: ${JSON.stringify(type)}`);
  return code;
}

