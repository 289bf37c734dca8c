import { describe, expect, it } from 'vitest';
import { checkAllocations, PUBLISHED_FUNDS, type Fund } from '../../../src/domain/funding/index.ts';
import { sumPence } from '../../../src/domain/shared/money.ts';

const byId = (id: string): Fund => {
  const fund = PUBLISHED_FUNDS.find((f) => f.id === id);
  if (fund === undefined) throw new Error(`no fund ${id}`);
  return fund;
};

describe('the published funding', () => {
  it('gives each of the twelve areas £6m of the £72m, to the penny', () => {
    const allocations = PUBLISHED_FUNDS.filter((f) => f.parentId === 'opportunity-areas-2017-2020');
    expect(allocations).toHaveLength(12);
    expect(new Set(allocations.map((f) => f.amountPence))).toEqual(new Set([600_000_000]));
    expect(sumPence(allocations.map((f) => f.amountPence))).toBe(7_200_000_000);
    expect(byId('opportunity-areas-2017-2020').amountPence).toBe(7_200_000_000);
  });

  it('records the 2020/21 shares that were published, from £1,970,000 to £980,000, and the £1m twinning pot', () => {
    expect(byId('blackpool-2020-21').amountPence).toBe(197_000_000);
    expect(byId('west-somerset-2020-21').amountPence).toBe(98_000_000);
    expect(byId('twinning-2020-21')).toMatchObject({ amountPence: 100_000_000, kind: 'ring_fenced', parentId: 'opportunity-areas-2020-21' });
    expect(byId('opportunity-areas-2020-21').amountPence).toBe(1_800_000_000);
  });

  it('splits the £3.5m for research schools into £2m EEF and £1.5m DfE', () => {
    const check = checkAllocations(PUBLISHED_FUNDS).find((c) => c.fundId === 'research-schools-2017');
    expect(check).toEqual({ fundId: 'research-schools-2017', amountPence: 350_000_000, allocatedPence: 350_000_000, unallocatedPence: 0, overAllocated: false });
  });

  it('holds the £2m careers fund and the £75m TLIF with £10m for NPQs', () => {
    expect(byId('careers-fund-2017').amountPence).toBe(200_000_000);
    expect(byId('teaching-leadership-innovation-fund').amountPence).toBe(7_500_000_000);
    expect(byId('teaching-leadership-innovation-fund-npqs').amountPence).toBe(1_000_000_000);
  });

  it('gives every fund a source note and a parent that exists', () => {
    const ids = new Set(PUBLISHED_FUNDS.map((f) => f.id));
    expect(ids.size).toBe(PUBLISHED_FUNDS.length);
    for (const fund of PUBLISHED_FUNDS) {
      expect(fund.sourceNote.length).toBeGreaterThan(20);
      if (fund.parentId !== null) expect(ids.has(fund.parentId)).toBe(true);
    }
  });
});

describe('allocation checks', () => {
  it('flags pots that add up to more than their fund', () => {
    const parent: Fund = { ...byId('careers-fund-2017') };
    const child: Fund = { ...parent, id: byId('blackpool-2017-2020').id, parentId: parent.id, amountPence: parent.amountPence + 1, kind: 'allocation' };
    expect(checkAllocations([parent, child])).toEqual([
      { fundId: parent.id, amountPence: 200_000_000, allocatedPence: 200_000_001, unallocatedPence: -1, overAllocated: true },
    ]);
  });
});
