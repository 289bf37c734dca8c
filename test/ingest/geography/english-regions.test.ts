import { describe, expect, it } from 'vitest';
import { ENGLISH_REGIONS, regionCodeOf } from '../../../src/ingest/importers/geography/english-regions.ts';
import { PUBLISHED_AREAS } from '../../../src/domain/places/index.ts';

describe('English regions', () => {
  it('lists the nine regions E12000001 to E12000009', () => {
    expect(ENGLISH_REGIONS.map((r) => r.code)).toEqual(Array.from({ length: 9 }, (_, i) => `E1200000${String(i + 1)}`));
  });

  it('names each region as the published areas already do', () => {
    for (const area of PUBLISHED_AREAS.filter((a) => a.kind === 'region')) {
      expect(ENGLISH_REGIONS.find((r) => r.code === area.code)?.name).toBe(area.name);
    }
  });

  it('finds every region by its own name', () => {
    for (const region of ENGLISH_REGIONS) expect(regionCodeOf(region.name)).toBe(region.code);
  });

  it('puts Inner and Outer London in London', () => {
    expect(regionCodeOf('Inner London')).toBe('E12000007');
    expect(regionCodeOf('Outer London')).toBe('E12000007');
  });

  it('ignores case, spacing and an ampersand, and knows the older names for the East of England', () => {
    expect(regionCodeOf('  yorkshire &  the humber ')).toBe('E12000003');
    expect(regionCodeOf('Yorkshire and Humber')).toBe('E12000003');
    expect(regionCodeOf('Eastern')).toBe('E12000006');
  });

  it('knows nothing outside England', () => {
    expect(regionCodeOf('Wales')).toBeNull();
    expect(regionCodeOf('Scotland')).toBeNull();
    expect(regionCodeOf('')).toBeNull();
  });
});
