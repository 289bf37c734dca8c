import { describe, expect, it } from 'vitest';
import { planCostPence, splitPence, strandInvestment } from '../../../src/domain/research-network/index.ts';
import { seededRandom } from '../../../src/domain/social-mobility-index/index.ts';

const plan = (urn: number, areaKey: string | null, strands: string[], targetPupils: number, costPerPupilPence: number) => ({
  urn, areaKey, strands, targetPupils, costPerPupilPence, expectedMonths: 4, startsOn: '2018-09-01',
});

describe('strand investment by area', () => {
  it('costs a plan as pupils × cost per pupil', () => {
    expect(planCostPence({ targetPupils: 30, costPerPupilPence: 5_000 })).toBe(150_000);
  });

  it('shares a plan’s cost among its strands to the penny and counts its pupils under each', () => {
    const rows = strandInvestment([
      plan(100001, 'E06000009', ['feedback', 'phonics', 'oral-language-interventions'], 10, 1_000),
      plan(100002, 'E06000009', ['feedback'], 20, 500),
      plan(100003, 'E06000015', ['phonics'], 5, 100),
      plan(100004, null, ['phonics'], 5, 100),
    ]);
    // £100 over three strands: 3,334p + 3,333p + 3,333p.
    expect(rows).toEqual([
      { areaKey: 'E06000009', strand: 'feedback', schools: 2, plans: 2, targetPupils: 30, costPence: 13_334 },
      { areaKey: 'E06000009', strand: 'oral-language-interventions', schools: 1, plans: 1, targetPupils: 10, costPence: 3_333 },
      { areaKey: 'E06000009', strand: 'phonics', schools: 1, plans: 1, targetPupils: 10, costPence: 3_333 },
      { areaKey: 'E06000015', strand: 'phonics', schools: 1, plans: 1, targetPupils: 5, costPence: 500 },
    ]);
  });

  it('splits any amount into shares that sum to it and differ by at most a penny', () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 500; trial += 1) {
      const total = Math.floor(random() * 1_000_000);
      const parts = 1 + Math.floor(random() * 9);
      const shares = splitPence(total, parts);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
      expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
    }
  });
});
