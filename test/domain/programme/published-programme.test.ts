import { describe, expect, it } from 'vitest';
import { educationAuthorityCodeOf, PUBLISHED_AREAS } from '../../../src/domain/places/index.ts';
import {
  PUBLISHED_OPPORTUNITY_AREAS,
  PUBLISHED_PARTNERSHIP_BOARDS,
  PUBLISHED_RESEARCH_SCHOOLS,
  summariseOpportunityAreas,
} from '../../../src/domain/programme/index.ts';
import { PUBLISHED_FUNDS } from '../../../src/domain/funding/index.ts';

describe('the published programme register', () => {
  it('has six areas announced in October 2016 and six on 18 January 2017', () => {
    const wave1 = PUBLISHED_OPPORTUNITY_AREAS.filter((a) => a.wave === 1);
    const wave2 = PUBLISHED_OPPORTUNITY_AREAS.filter((a) => a.wave === 2);
    expect(wave1.map((a) => a.name).sort()).toEqual(['Blackpool', 'Derby', 'North Yorkshire Coast', 'Norwich', 'Oldham', 'West Somerset']);
    expect(wave2.map((a) => a.name).sort()).toEqual(['Bradford', 'Doncaster', 'Fenland and East Cambridgeshire', 'Hastings', 'Ipswich', 'Stoke-on-Trent']);
    expect(new Set(wave1.map((a) => a.announcedOn))).toEqual(new Set(['2016-10']));
    expect(new Set(wave2.map((a) => a.announcedOn))).toEqual(new Set(['2017-01-18']));
  });

  it('covers thirteen districts, every one of them in the geography', () => {
    const districts = PUBLISHED_OPPORTUNITY_AREAS.flatMap((a) => a.districtCodes);
    expect(districts).toHaveLength(13);
    const known = new Map(PUBLISHED_AREAS.map((a) => [a.code as string, a]));
    for (const code of districts) expect(known.get(code)?.kind).toBe('district');
  });

  it('keeps every area’s parent in the geography', () => {
    const codes = new Set(PUBLISHED_AREAS.map((a) => a.code as string));
    for (const area of PUBLISHED_AREAS) if (area.parentCode !== null) expect(codes.has(area.parentCode)).toBe(true);
  });

  it('finds the education authority: the county for Fenland, Blackpool itself as a unitary', () => {
    const find = (code: string) => PUBLISHED_AREAS.find((a) => a.code === code);
    const fenland = find('E07000010');
    const blackpool = find('E06000009');
    if (fenland === undefined || blackpool === undefined) throw new Error('missing seed area');
    expect(educationAuthorityCodeOf(fenland)).toBe('E10000003');
    expect(educationAuthorityCodeOf(blackpool)).toBe('E06000009');
  });

  it('names eleven research schools, one per area but Ipswich, and three board chairs', () => {
    expect(PUBLISHED_RESEARCH_SCHOOLS).toHaveLength(11);
    const served = new Set(PUBLISHED_RESEARCH_SCHOOLS.map((r) => r.opportunityAreaId));
    expect(PUBLISHED_OPPORTUNITY_AREAS.filter((a) => !served.has(a.id)).map((a) => a.id)).toEqual(['ipswich']);
    expect(PUBLISHED_PARTNERSHIP_BOARDS.map((b) => [b.opportunityAreaId, b.chair])).toEqual([
      ['derby', 'Professor Kathryn Mitchell'],
      ['west-somerset', 'Dr Fiona McMillan OBE'],
      ['north-yorkshire-coast', 'Sir Martin Narey'],
    ]);
  });

  it('summarises areas with null, not zero, where no 2020/21 share was published', () => {
    const summaries = summariseOpportunityAreas({
      opportunityAreas: PUBLISHED_OPPORTUNITY_AREAS,
      boards: PUBLISHED_PARTNERSHIP_BOARDS,
      researchSchools: PUBLISHED_RESEARCH_SCHOOLS,
      areas: PUBLISHED_AREAS,
      funds: PUBLISHED_FUNDS,
    });
    const shares = Object.fromEntries(summaries.map((s) => [s.id, s.share2020to21Pence]));
    expect(shares['blackpool']).toBe(197_000_000);
    expect(shares['west-somerset']).toBe(98_000_000);
    expect(shares['hastings']).toBeNull();
    expect(summaries.find((s) => s.id === 'fenland-and-east-cambridgeshire')?.districts.map((d) => d.name)).toEqual(['Fenland', 'East Cambridgeshire']);
  });
});
