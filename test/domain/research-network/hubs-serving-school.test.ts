import { describe, expect, it } from 'vitest';
import { hubsServingSchool, SERVED_WITHIN_METRES } from '../../../src/domain/research-network/index.ts';

/** On the equator a degree of longitude is 111,195 m: 0.179° is 19.9 km, 0.2° is 22.2 km. */
const HUBS = [
  { id: 'blackpool-research-school', opportunityAreaId: 'blackpool', lat: 0, lon: 0 },
  { id: 'derby-research-school', opportunityAreaId: 'derby', lat: 0, lon: 1 },
  { id: 'unplaced-research-school', opportunityAreaId: 'oldham', lat: null, lon: null },
];

describe('hubsServingSchool', () => {
  it('gives a school its own area’s hub, placed or not, wherever the school is', () => {
    expect(hubsServingSchool({ opportunityAreaId: 'blackpool', lat: 0, lon: 0.5 }, HUBS)).toEqual(['blackpool-research-school']);
    expect(hubsServingSchool({ opportunityAreaId: 'oldham', lat: null, lon: null }, HUBS)).toEqual(['unplaced-research-school']);
  });

  it('adds every placed hub within 20 km, and no other', () => {
    expect(SERVED_WITHIN_METRES).toBe(20_000);
    expect(hubsServingSchool({ opportunityAreaId: null, lat: 0, lon: 0.821 }, HUBS)).toEqual(['derby-research-school']);
    expect(hubsServingSchool({ opportunityAreaId: null, lat: 0, lon: 0.8 }, HUBS)).toEqual([]);
    expect(hubsServingSchool({ opportunityAreaId: 'blackpool', lat: 0, lon: 0.99 }, HUBS)).toEqual(['blackpool-research-school', 'derby-research-school']);
    // No location: only its area's hub.
    expect(hubsServingSchool({ opportunityAreaId: null, lat: null, lon: null }, HUBS)).toEqual([]);
  });

  it('takes a hub’s own reach where the programme set one', () => {
    const wider = HUBS.map((h) => (h.id === 'derby-research-school' ? { ...h, radiusMetres: 30_000 } : h));
    // 0.8° is 22.2 km from Derby's hub: outside 20 km, inside 30.
    expect(hubsServingSchool({ opportunityAreaId: null, lat: 0, lon: 0.8 }, wider)).toEqual(['derby-research-school']);
  });
});
