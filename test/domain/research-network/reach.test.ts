import { describe, expect, it } from 'vitest';
import { computeReach, farFromAnyHub, type ReachInput } from '../../../src/domain/research-network/index.ts';

const row = (urn: number, hubId: string | null, metres: number | null, nearestMetres: number | null, areaCode: string, highNeed: boolean): ReachInput => ({
  urn,
  hubId,
  metres,
  nearestHubId: hubId,
  nearestMetres,
  areaCode,
  highNeed,
});

describe('reach', () => {
  const rows = [
    row(1, 'a', 5_000, 5_000, 'E06000009', true),
    row(2, 'a', 25_000, 12_000, 'E06000009', true),
    row(3, 'a', 30_000, 30_000, 'E07000001', false),
    row(4, 'b', 8_000, 8_000, 'E07000001', true),
    row(5, null, null, 40_000, 'E07000001', true),
  ];

  it('counts schools served and the share of high-need schools within the distance, per hub and per area', () => {
    const { hubs, areas } = computeReach(rows, 20_000);
    expect(hubs).toEqual([
      { key: 'a', schools: 3, highNeed: 2, highNeedWithin: 1, shareHighNeedWithin: 0.5 },
      { key: 'b', schools: 1, highNeed: 1, highNeedWithin: 1, shareHighNeedWithin: 1 },
    ]);
    // Areas use the nearest hub: school 2 is 12 km from one though assigned 25 km away.
    expect(areas).toEqual([
      { key: 'E06000009', schools: 2, highNeed: 2, highNeedWithin: 2, shareHighNeedWithin: 1 },
      { key: 'E07000001', schools: 3, highNeed: 2, highNeedWithin: 1, shareHighNeedWithin: 0.5 },
    ]);
  });

  it('lists high-need schools far from every hub, farthest first', () => {
    expect(farFromAnyHub(rows, 10_000).map((r) => r.urn)).toEqual([5, 2]);
  });
});
