import { describe, expect, it } from 'vitest';
import { allocatableAmount, allocate, buildFundReport, PUBLISHED_FUNDS, type Allocation } from '../../../src/domain/funding/index.ts';
import type { Result } from '../../../src/domain/shared/result.ts';

const valueOf = <T, E>(result: Result<T, E>): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};
const childrenOf = (id: string) => PUBLISHED_FUNDS.filter((f) => f.parentId === id);
const amounts = (allocation: Allocation) => Object.fromEntries(allocation.rows.map((r) => [r.recipient, r.amountPence]));

describe('the published allocations, reproduced by formula from the stored funds', () => {
  it('shares the stored £72m equally into exactly the twelve published £6m allocations', () => {
    const pot = valueOf(allocatableAmount(PUBLISHED_FUNDS, 'opportunity-areas-2017-2020'));
    expect(pot.totalPence).toBe(7_200_000_000);
    const published = childrenOf('opportunity-areas-2017-2020');
    const allocation = valueOf(allocate({ totalPence: pot.totalPence, formula: 'equal', recipients: published.map((f) => ({ id: f.opportunityAreaId ?? f.id })) }));
    expect(amounts(allocation)).toEqual(Object.fromEntries(published.map((f) => [f.opportunityAreaId, f.amountPence])));
  });

  it('leaves £17m to share in 2020/21 once the £1m twinning pot is ring-fenced, and keeps the two published shares as bounds', () => {
    const pot = valueOf(allocatableAmount(PUBLISHED_FUNDS, 'opportunity-areas-2020-21'));
    expect(pot.totalPence).toBe(1_700_000_000);
    expect(pot.ringFenced.map((f) => f.id)).toEqual(['twinning-2020-21']);
    const shares = childrenOf('opportunity-areas-2020-21').filter((f) => f.kind === 'allocation');
    const ceiling = Math.max(...shares.map((f) => f.amountPence));
    const floor = Math.min(...shares.map((f) => f.amountPence));
    expect([floor, ceiling]).toEqual([98_000_000, 197_000_000]);
    // Any measure that puts Blackpool highest and West Somerset lowest, with these bounds binding, gives back
    // the published shares; the other ten share what is left (£14,050,000), here equally.
    const measure = (id: string) => (id === 'blackpool' ? 5 : id === 'west-somerset' ? 1 : 2);
    const ids = childrenOf('opportunity-areas-2017-2020').map((f) => f.opportunityAreaId ?? '');
    const allocation = valueOf(allocate({ totalPence: pot.totalPence, formula: 'proportional', recipients: ids.map((id) => ({ id, measure: measure(id) })), floorPence: floor, ceilingPence: ceiling }));
    const got = amounts(allocation);
    for (const share of shares) expect(got[share.opportunityAreaId ?? '']).toBe(share.amountPence);
    expect(Object.values(got).reduce((a, b) => a + b, 0) + (pot.ringFenced[0]?.amountPence ?? 0)).toBe(1_800_000_000);
  });

  it('splits the £3.5m for research schools between the funders exactly in their published shares', () => {
    const contributions = childrenOf('research-schools-2017');
    const allocation = valueOf(
      allocate({ totalPence: 350_000_000, formula: 'proportional', recipients: contributions.map((f) => ({ id: f.id, measure: f.amountPence })) }),
    );
    expect(amounts(allocation)).toEqual({ 'research-schools-2017-eef': 200_000_000, 'research-schools-2017-dfe': 150_000_000 });
    expect(allocation.leftoverPennies).toBe(0);
  });

  it('reports each published fund as within its total, to the penny', () => {
    for (const id of ['opportunity-areas-2017-2020', 'opportunity-areas-2020-21', 'research-schools-2017', 'teaching-leadership-innovation-fund']) {
      const report = buildFundReport(PUBLISHED_FUNDS, id);
      expect(report?.withinTotals, id).toBe(true);
    }
    expect(buildFundReport(PUBLISHED_FUNDS, 'opportunity-areas-2020-21')?.checks[0]?.unallocatedPence).toBe(1_405_000_000);
    expect(buildFundReport(PUBLISHED_FUNDS, 'no-such-fund')).toBeNull();
  });

  it('refuses to allocate a pot that does not exist', () => {
    expect(allocatableAmount(PUBLISHED_FUNDS, 'nope').ok).toBe(false);
  });
});
