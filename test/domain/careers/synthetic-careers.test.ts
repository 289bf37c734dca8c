import { describe, expect, it } from 'vitest';
import { academicYearOf, ENCOUNTER_TYPES, generateSyntheticCareers, isoDateOf, syntheticPseudonym, type SyntheticBatch, type SyntheticSettings } from '../../../src/domain/careers/index.ts';

const URNS = Array.from({ length: 60 }, (_, i) => 100_000 + i * 7);
const SETTINGS: SyntheticSettings = { pupils: 3_000, encounters: 18_000, seed: 4, asAt: 2025, employers: 200 };

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Every batch's rows as plain objects, to compare whole generations and check each row. */
function rowsOf(batches: Iterable<SyntheticBatch>) {
  const pupils: { id: number; pseudonym: string; urn: number; yearGroup: number; fsm: number; encounters: number; years: number }[] = [];
  const encounters: { pupilId: number; urn: number; date: string; academicYear: number; type: string; employer: number }[] = [];
  for (const b of batches) {
    for (let i = 0; i < b.pupils.length; i += 1) {
      pupils.push({ id: b.pupils.id[i] ?? 0, pseudonym: syntheticPseudonym(b.seed, b.firstNumber + i), urn: b.pupils.urn[i] ?? 0, yearGroup: b.pupils.yearGroup[i] ?? 0, fsm: b.pupils.fsm[i] ?? 0, encounters: b.pupils.encounters[i] ?? 0, years: b.pupils.encounterYears[i] ?? 0 });
    }
    for (let i = 0; i < b.encounters.length; i += 1) {
      encounters.push({ pupilId: b.encounters.pupilId[i] ?? 0, urn: b.encounters.urn[i] ?? 0, date: isoDateOf(b.encounters.date[i] ?? 0), academicYear: b.encounters.academicYear[i] ?? 0, type: ENCOUNTER_TYPES[b.encounters.type[i] ?? 0] ?? '', employer: b.encounters.employer[i] ?? 0 });
    }
  }
  return { pupils, encounters };
}

describe('synthetic careers data', () => {
  it('is the same for the same settings whatever the batch size, numbered from the first id given', () => {
    const whole = rowsOf(generateSyntheticCareers(URNS, SETTINGS, 11));
    const small = rowsOf(generateSyntheticCareers(URNS, { ...SETTINGS, batchSize: 7 }, 11));
    expect(small).toEqual(whole);
    expect(whole.pupils).toHaveLength(3_000);
    expect(whole.pupils[0]).toMatchObject({ id: 11, pseudonym: 'synthetic:4:1' });
    expect(whole.pupils.at(-1)).toMatchObject({ id: 3_010, pseudonym: 'synthetic:4:3000' });
    expect(Math.abs(whole.encounters.length - 18_000)).toBeLessThan(900);
    expect(rowsOf(generateSyntheticCareers(URNS, { ...SETTINGS, seed: 5 }, 11))).not.toEqual(whole);
  });

  it('gives each pupil encounters on different days, in date order, within their own secondary years, matching the figures kept on the pupil', () => {
    const { pupils, encounters } = rowsOf(generateSyntheticCareers(URNS, { ...SETTINGS, batchSize: 500 }));
    const byPupil = groupBy(encounters, (e) => e.pupilId);
    for (const p of pupils) {
      const own = byPupil.get(p.id) ?? [];
      const firstYear = SETTINGS.asAt - (p.yearGroup - 7);
      expect(own.every((e) => e.urn === p.urn && e.academicYear >= firstYear && e.academicYear <= SETTINGS.asAt && academicYearOf(e.date) === e.academicYear)).toBe(true);
      expect(new Set(own.map((e) => e.date)).size).toBe(own.length);
      expect(own.map((e) => e.date)).toEqual(own.map((e) => e.date).sort());
      expect([p.encounters, p.years]).toEqual([own.length, new Set(own.map((e) => e.academicYear)).size]);
    }
  });

  it('draws about one encounter in ten from the 40 cornerstone employers and the rest from 30 employers local to each school', () => {
    const { encounters } = rowsOf(generateSyntheticCareers(URNS, SETTINGS));
    const cornerstone = encounters.filter((e) => e.employer <= 40).length / encounters.length;
    expect(cornerstone).toBeGreaterThan(0.08);
    expect(cornerstone).toBeLessThan(0.12);
    for (const [, atSchool] of groupBy(encounters.filter((e) => e.employer > 40), (e) => e.urn)) {
      expect(new Set(atSchool.map((e) => e.employer)).size).toBeLessThanOrEqual(30);
    }
    expect(Math.max(...encounters.map((e) => e.employer))).toBeLessThanOrEqual(200);
  });

  it('writes dates and pseudonyms in their published shapes', () => {
    expect(isoDateOf(20251015)).toBe('2025-10-15');
    expect(isoDateOf(20260301)).toBe('2026-03-01');
    expect(syntheticPseudonym(1, 42)).toBe('synthetic:1:42');
  });
});
