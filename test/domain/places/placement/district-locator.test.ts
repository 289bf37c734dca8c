import { describe, expect, it } from 'vitest';
import { createDistrictLocator, type DistrictGeometry } from '../../../../src/domain/places/index.ts';

const square = (west: number, south: number, size: number): number[][] => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
];

describe('finding the district a point falls in', () => {
  // A district with a hole holding a second district, and a third made of two islands.
  const outer: DistrictGeometry = { type: 'Polygon', coordinates: [square(0, 0, 10), square(4, 4, 2)] };
  const enclave: DistrictGeometry = { type: 'Polygon', coordinates: [square(4, 4, 2)] };
  const islands: DistrictGeometry = { type: 'MultiPolygon', coordinates: [[square(20, 0, 1)], [square(30, 5, 1)]] };
  const locate = createDistrictLocator([
    { code: 'OUTER', geometry: outer },
    { code: 'ENCLAVE', geometry: enclave },
    { code: 'ISLANDS', geometry: islands },
  ]);

  it('finds a point inside a district, and a point in its hole in the district that fills the hole', () => {
    expect(locate(1, 1)).toBe('OUTER');
    expect(locate(9.99, 0.01)).toBe('OUTER');
    expect(locate(5, 5)).toBe('ENCLAVE');
  });

  it('finds either island of a multi-part district, and nothing in the sea between them', () => {
    expect(locate(20.5, 0.5)).toBe('ISLANDS');
    expect(locate(30.5, 5.5)).toBe('ISLANDS');
    expect(locate(25, 3)).toBeNull();
    expect(locate(-1, 5)).toBeNull();
  });

  it('agrees with a plain test of every edge on a jagged outline', () => {
    // A comb: teeth one unit wide every two units, so most rays cross many edges.
    const ring: number[][] = [[0, 0], [20, 0]];
    for (let x = 20; x > 0; x -= 2) ring.push([x, 10], [x - 1, 10], [x - 1, 3], [x - 2, 3]);
    ring.push([0, 0]);
    const comb = createDistrictLocator([{ code: 'COMB', geometry: { type: 'Polygon', coordinates: [ring] } }]);
    const plain = (x: number, y: number) => {
      let inside = false;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi = 0, yi = 0] = ring[i] ?? [];
        const [xj = 0, yj = 0] = ring[j] ?? [];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
      return inside ? 'COMB' : null;
    };
    for (let x = 0.25; x < 20; x += 0.5) {
      for (let y = 0.25; y < 11; y += 0.5) expect([x, y, comb(x, y)]).toEqual([x, y, plain(x, y)]);
    }
  });
});
