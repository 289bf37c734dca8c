import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/domain/social-mobility-index/index.ts';
import { DEFAULT_SCHOOL_FEATURES, quartilePosition, similarSchools, similarSchoolsByScan, type SchoolForComparison } from '../../../src/domain/twinning/index.ts';
import { shuffled } from './generator.ts';

const school = (urn: number, phase: string, region: string, pupils: number | null, fsm: number | null, sen: number | null): SchoolForComparison => ({
  urn, phase, regionCode: region, features: [pupils, fsm, sen],
});

describe('similar schools: a hand-worked example', () => {
  // Primary: pupils 100–500 (range 400), FSM 10–50% (range 40), SEN 10–20% (range 10).
  const schools = [
    school(1, 'Primary', 'R1', 100, 10, 10),
    school(2, 'Primary', 'R1', 500, 50, 20),
    school(3, 'Primary', 'R2', 140, 14, 10),
    school(4, 'Primary', 'R1', 300, null, 15),
    school(5, 'Secondary', 'R1', 101, 10, 10),
  ];

  it('scales each difference by the phase range, fills a gap with the phase median, and keeps to the phase', () => {
    const found = similarSchools(schools, DEFAULT_SCHOOL_FEATURES, { count: 3 });
    // 1 → 3: √(0.5 × (40/400)² + 0.4 × (4/40)² + 0) = √0.009 = 0.0949.
    // 1 → 4: FSM median of (10, 50, 14) = 14: √(0.5 × 0.5² + 0.4 × 0.1² + 0.1 × 0.5²) = √0.154 = 0.3924.
    expect(found.get(1)?.map((s) => [s.urn, Number(s.distance.toFixed(4))])).toEqual([[3, 0.0949], [4, 0.3924], [2, 1]]);
    // Alone in its phase: no similar schools rather than a primary.
    expect(found.get(5)).toEqual([]);
  });

  it('prefers the same region when asked, topping up from elsewhere', () => {
    const found = similarSchools(schools, DEFAULT_SCHOOL_FEATURES, { count: 3, preferSameRegion: true });
    expect(found.get(1)?.map((s) => [s.urn, s.sameRegion])).toEqual([[4, true], [2, true], [3, false]]);
  });

  it('takes other weights', () => {
    const onlyFsm = similarSchools(schools, [{ code: 'pupils', weight: 0 }, { code: 'pct_fsm', weight: 1 }, { code: 'pct_sen', weight: 0 }], { count: 1 });
    // On FSM alone, school 4 (filled with the median 14) ties school 3 (14): the lower URN wins.
    expect(onlyFsm.get(1)?.map((s) => s.urn)).toEqual([3]);
  });
});

function randomSchools(seed: number, n: number): SchoolForComparison[] {
  const random = seededRandom(seed);
  const coarse = seed % 2 === 0;
  return Array.from({ length: n }, (_, i) => ({
    urn: 100000 + i * 7,
    phase: random() < 0.7 ? 'Primary' : 'Secondary',
    regionCode: `R${String(Math.floor(random() * 4))}`,
    features: [
      random() < 0.05 ? null : coarse ? 100 * Math.floor(random() * 5) : Math.round(50 + 1500 * random() ** 2),
      random() < 0.05 ? null : coarse ? 10 * Math.floor(random() * 3) : 60 * random(),
      random() < 0.05 ? null : coarse ? Math.floor(random() * 2) : 25 * random(),
    ],
  }));
}

describe('similar schools: properties on seeded random schools', () => {
  it.each(Array.from({ length: 20 }, (_, i) => i + 1))('seed %i: the sorted search gives exactly what comparing every pair gives, in any input order', (seed) => {
    const schools = randomSchools(seed, 300);
    const options = { count: 1 + (seed % 40), preferSameRegion: seed % 3 === 0 };
    const fast = similarSchools(schools, DEFAULT_SCHOOL_FEATURES, options);
    expect(fast).toEqual(similarSchoolsByScan(schools, DEFAULT_SCHOOL_FEATURES, options));
    expect(similarSchools(shuffled(schools, seed), DEFAULT_SCHOOL_FEATURES, options)).toEqual(fast);
    for (const s of schools) {
      const list = fast.get(s.urn) ?? [];
      const peers = schools.filter((x) => x.phase === s.phase).length - 1;
      expect(list).toHaveLength(Math.min(options.count, peers));
      expect(list.map((x) => x.urn)).not.toContain(s.urn);
      // Nearest first; equal distances in URN order (unless the region preference reorders them).
      if (!options.preferSameRegion) {
        list.forEach((x, i) => {
          const before = list[i - 1];
          if (before !== undefined) expect(x.distance > before.distance || (x.distance === before.distance && x.urn > before.urn)).toBe(true);
        });
      }
    }
  });
});

describe('a school’s quartile among its similar schools', () => {
  it('counts the schools doing better; equal values share the better rank', () => {
    expect(quartilePosition(70, [60, 65, 80], 'higher_is_better')).toEqual({ rank: 2, of: 4, quartile: 2 });
    expect(quartilePosition(90, [60, 65, 80, null], 'higher_is_better')).toEqual({ rank: 1, of: 4, quartile: 1 });
    expect(quartilePosition(60, [60, 65, 80], 'higher_is_better')).toEqual({ rank: 3, of: 4, quartile: 3 });
    expect(quartilePosition(10, Array.from({ length: 30 }, (_, i) => 11 + i), 'higher_is_better')).toEqual({ rank: 31, of: 31, quartile: 4 });
    expect(quartilePosition(10, [20, 30, 40], 'higher_is_worse')?.quartile).toBe(1);
    expect(quartilePosition(null, [1], 'higher_is_better')).toBeNull();
  });
});
