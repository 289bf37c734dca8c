import { describe, expect, it } from 'vitest';
import { haversineMetres } from '../../../src/domain/research-network/index.ts';

describe('haversine distance', () => {
  it('gives a degree of the equator as 111,195 m and is symmetric', () => {
    expect(Math.round(haversineMetres({ lat: 0, lon: 0 }, { lat: 0, lon: 1 }))).toBe(111_195);
    expect(haversineMetres({ lat: 53.8, lon: -3.05 }, { lat: 52.92, lon: -1.47 })).toBe(haversineMetres({ lat: 52.92, lon: -1.47 }, { lat: 53.8, lon: -3.05 }));
  });

  it('gives a degree along a meridian the same 111,195 m, and a degree of longitude at 60° north half that', () => {
    expect(Math.round(haversineMetres({ lat: 52, lon: -1.5 }, { lat: 53, lon: -1.5 }))).toBe(111_195);
    // cos 60° = 0.5, and over one degree the great circle is barely shorter than the parallel.
    expect(haversineMetres({ lat: 60, lon: 0 }, { lat: 60, lon: 1 }) / 111_195).toBeCloseTo(0.5, 3);
  });

  it('is zero for the same point and half the circumference for antipodes', () => {
    expect(haversineMetres({ lat: 51.5, lon: -0.1 }, { lat: 51.5, lon: -0.1 })).toBe(0);
    expect(haversineMetres({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6_371_008.8, 3);
  });
});
