import { describe, expect, it } from 'vitest';
import { allocate, type Allocation, type AllocationRequest } from '../../../../src/domain/funding/index.ts';
import { PUBLISHED_OPPORTUNITY_AREAS } from '../../../../src/domain/programme/index.ts';

const allocateOrFail = (request: AllocationRequest): Allocation => {
  const result = allocate(request);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const amounts = (allocation: Allocation): Record<string, number> => Object.fromEntries(allocation.rows.map((r) => [r.recipient, r.amountPence]));
const areas = PUBLISHED_OPPORTUNITY_AREAS.map((a) => ({ id: a.id }));

describe('allocating £1m equally over the twelve Opportunity Areas', () => {
  // 100,000,000p ÷ 12 = 8,333,333⅓p. Rounded down: 12 × 8,333,333 = 99,999,996p, so 4 pennies are left. Every
  // remainder is ⅓p and every measure equal, so they go to the first four ids A–Z.
  const allocation = allocateOrFail({ totalPence: 100_000_000, formula: 'equal', recipients: areas });

  it('gives four areas 8,333,334p and eight 8,333,333p, 100,000,000p in all', () => {
    expect(amounts(allocation)).toEqual({
      blackpool: 8_333_334,
      bradford: 8_333_334,
      derby: 8_333_334,
      doncaster: 8_333_334,
      'fenland-and-east-cambridgeshire': 8_333_333,
      hastings: 8_333_333,
      ipswich: 8_333_333,
      'north-yorkshire-coast': 8_333_333,
      norwich: 8_333_333,
      oldham: 8_333_333,
      'stoke-on-trent': 8_333_333,
      'west-somerset': 8_333_333,
    });
    expect(allocation.leftoverPennies).toBe(4);
    expect(allocation.rounds).toBe(1);
  });

  it('shows the working: share, exact amount and the penny step', () => {
    const blackpool = allocation.rows.find((r) => r.recipient === 'blackpool');
    expect(blackpool?.exactPence).toBe('25000000/3');
    expect(blackpool?.working).toEqual([
      'Share of £1,000,000: equal, 1 of 12.',
      'Exact amount: 8,333,333.3333…p (25000000/3 p).',
      'Rounded down to 8,333,333p; the remainder 0.3333…p is 1st in line (larger remainder first, then larger measure, then recipient id A–Z (code-point order)) for the 4 leftover pennies: +1p → 8,333,334p.',
    ]);
    const westSomerset = allocation.rows.find((r) => r.recipient === 'west-somerset');
    expect(westSomerset?.working.at(-1)).toContain('is 12th in line');
    expect(westSomerset?.working.at(-1)).toContain('no extra penny → 8,333,333p');
  });

  it('reproduces £6m × 12 = £72m exactly', () => {
    const programme = allocateOrFail({ totalPence: 7_200_000_000, formula: 'equal', recipients: areas });
    expect(new Set(Object.values(amounts(programme)))).toEqual(new Set([600_000_000]));
    expect(programme.leftoverPennies).toBe(0);
    expect(programme.rows[0]?.working.at(-1)).toBe('Already whole pence: 600,000,000p.');
  });
});

describe('the 2020/21 £18m with the published floor and Blackpool’s share as a ceiling', () => {
  // £18m less the £1m ring-fenced for twinning leaves £17m for the twelve areas. A made-up measure (300 for
  // Blackpool, 50 for West Somerset, 100 for each other area; 1,350 in all) with floor £980,000 and ceiling
  // £1,970,000:
  //   round 1: £17m × 300/1350 = £3,777,777.78 for Blackpool (excess £1,807,777.78 over the ceiling) and
  //            £17m × 50/1350 = £629,629.63 for West Somerset (£350,370.37 short of the floor). The excess is
  //            larger, so Blackpool is fixed at £1,970,000.
  //   round 2: £15,030,000 over 1,050: West Somerset £715,714.29, below the floor: fixed at £980,000.
  //   round 3: £14,050,000 over the ten areas at 100 each: £1,405,000 each.
  const measure = (id: string) => (id === 'blackpool' ? 300 : id === 'west-somerset' ? 50 : 100);
  const allocation = allocateOrFail({
    totalPence: 1_700_000_000,
    formula: 'proportional',
    measureName: 'need',
    recipients: areas.map((a) => ({ id: a.id, measure: measure(a.id) })),
    floorPence: 98_000_000,
    ceilingPence: 197_000_000,
  });

  it('gives Blackpool £1,970,000, West Somerset £980,000 and the other ten £1,405,000 each', () => {
    const got = amounts(allocation);
    expect(got['blackpool']).toBe(197_000_000);
    expect(got['west-somerset']).toBe(98_000_000);
    for (const [id, pence] of Object.entries(got)) if (id !== 'blackpool' && id !== 'west-somerset') expect(pence).toBe(140_500_000);
    expect(Object.values(got).reduce((a, b) => a + b, 0) + 100_000_000).toBe(1_800_000_000);
    expect(allocation.rounds).toBe(3);
  });

  it('says which bound was applied in which round and what the formula gave first', () => {
    const row = (id: string) => allocation.rows.find((r) => r.recipient === id);
    expect(row('blackpool')?.bound).toEqual({ by: 'ceiling', round: 1 });
    expect(row('blackpool')?.working[1]).toBe(
      'Round 1: the formula gives 377,777,777.7777…p, above the ceiling of £1,970,000: fixed at the ceiling, and the excess is shared among the others.',
    );
    expect(row('west-somerset')?.bound).toEqual({ by: 'floor', round: 2 });
    expect(row('west-somerset')?.working[1]).toBe(
      'Round 2: the formula gives 71,571,428.5714…p, below the floor of £980,000: fixed at the floor, and the shortfall comes from the others.',
    );
    expect(row('derby')?.working).toEqual([
      'Share of £17,000,000: in proportion to need 100, 7.41% of the need of the 12.',
      'Round 3: £14,050,000 is left for the 10 recipients not fixed at a floor or ceiling; in proportion to need 100, 10.00% of the need of the 10.',
      'Exact amount: 140,500,000p (140500000 p).',
      'Already whole pence: 140,500,000p.',
    ]);
  });
});

describe('a ceiling that binds, with the excess redistributed', () => {
  it('fixes the largest at the ceiling and shares the excess 3:1 among the rest', () => {
    // 1000p in proportion to 6:3:1 is 600, 300, 100; a ceiling of 500 takes 100 from a and shares it 3:1.
    const allocation = allocateOrFail({ totalPence: 1000, formula: 'proportional', recipients: [{ id: 'a', measure: 6 }, { id: 'b', measure: 3 }, { id: 'c', measure: 1 }], ceilingPence: 500 });
    expect(amounts(allocation)).toEqual({ a: 500, b: 375, c: 125 });
  });

  it('iterates when the redistributed excess pushes another over the ceiling', () => {
    // Ceiling 400: round 1 gives a 600 (fixed at 400); round 2 shares 600 as 3:1, b 450 (fixed at 400); c gets 200.
    const allocation = allocateOrFail({ totalPence: 1000, formula: 'proportional', recipients: [{ id: 'a', measure: 6 }, { id: 'b', measure: 3 }, { id: 'c', measure: 1 }], ceilingPence: 400 });
    expect(amounts(allocation)).toEqual({ a: 400, b: 400, c: 200 });
    expect(allocation.rows.map((r) => r.bound)).toEqual([{ by: 'ceiling', round: 1 }, { by: 'ceiling', round: 2 }, null]);
    expect(allocation.rounds).toBe(3);
  });

  it('does not fix a floor that the redistribution will lift, when the ceiling side dominates', () => {
    // 1000p by 8:1:1 with floor 150 and ceiling 600: round 1 gives 800 (200 over) and 100, 100 (100 short in
    // all); the ceiling side is larger so only a is fixed; round 2 shares 400 as 1:1 → 200 each, above the floor.
    const allocation = allocateOrFail({
      totalPence: 1000,
      formula: 'proportional',
      recipients: [{ id: 'a', measure: 8 }, { id: 'b', measure: 1 }, { id: 'c', measure: 1 }],
      floorPence: 150,
      ceilingPence: 600,
    });
    expect(amounts(allocation)).toEqual({ a: 600, b: 200, c: 200 });
    expect(allocation.rows.map((r) => r.bound?.by ?? null)).toEqual(['ceiling', null, null]);
  });
});

describe('base plus a proportional part', () => {
  it('gives each the base and shares the rest by the measure', () => {
    // 10,000p, base 1,000p for 3: 7,000p left, shared 1:2:4 → 1,000, 2,000, 4,000 on top of the base.
    const allocation = allocateOrFail({ totalPence: 10_000, formula: 'base-plus', basePence: 1000, recipients: [{ id: 'x', measure: '1' }, { id: 'y', measure: '2' }, { id: 'z', measure: '4' }] });
    expect(amounts(allocation)).toEqual({ x: 2000, y: 3000, z: 5000 });
    expect(allocation.rows[0]?.working[0]).toBe('Share of £100: base £10, plus the £70 left after 3 bases in proportion to measure 1, 14.29% of the measure of the 3.');
  });

  it('reads decimal measures exactly: 0.1 + 0.2 is three tenths, not 0.30000000000000004', () => {
    // 300p by 0.1 : 0.2 → exactly 100 and 200, with nothing to round.
    const allocation = allocateOrFail({ totalPence: 300, formula: 'proportional', recipients: [{ id: 'p', measure: 0.1 }, { id: 'q', measure: '0.2' }] });
    expect(amounts(allocation)).toEqual({ p: 100, q: 200 });
    expect(allocation.leftoverPennies).toBe(0);
  });
});

describe('placing the pennies', () => {
  it('gives a tied remainder to the larger measure first', () => {
    // 2p by 1:3 → 0.5 and 1.5: both remainders ½p, one penny left; the larger measure (q) takes it.
    expect(amounts(allocateOrFail({ totalPence: 2, formula: 'proportional', recipients: [{ id: 'p', measure: 1 }, { id: 'q', measure: 3 }] }))).toEqual({ p: 0, q: 2 });
  });

  it('gives the penny to the larger remainder before the larger measure', () => {
    // 7p by 1:3 → 1.75 and 5.25; one penny left goes to p (remainder ¾p), although q's measure is larger.
    expect(amounts(allocateOrFail({ totalPence: 7, formula: 'proportional', recipients: [{ id: 'p', measure: 1 }, { id: 'q', measure: 3 }] }))).toEqual({ p: 2, q: 5 });
  });

  it('shares a total of £10bn in pence over three exactly', () => {
    const allocation = allocateOrFail({ totalPence: 1_000_000_000_000, formula: 'proportional', recipients: [{ id: 'a', measure: 1 }, { id: 'b', measure: 1 }, { id: 'c', measure: 1 }] });
    expect(amounts(allocation)).toEqual({ a: 333_333_333_334, b: 333_333_333_333, c: 333_333_333_333 });
  });
});
