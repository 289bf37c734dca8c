import { describe, expect, it } from 'vitest';
import { geometryAreaKm2 } from '../../../src/domain/places/index.ts';

// The area between two parallels on the WGS84 ellipsoid, in closed form, per degree of longitude:
// 2πb² [sin φ ÷ (2(1 − e² sin² φ)) + ln((1 + e sin φ) ÷ (1 − e sin φ)) ÷ (4e)] from the equator to φ, ÷ 360.
const a = 6_378_137;
const f = 1 / 298.257223563;
const b = a * (1 - f);
const e = Math.sqrt(f * (2 - f));
const zone = (latitude: number) => {
  const s = Math.sin((latitude * Math.PI) / 180);
  return 2 * Math.PI * b * b * (s / (2 * (1 - e * e * s * s)) + Math.log((1 + e * s) / (1 - e * s)) / (4 * e));
};
const cellKm2 = (south: number, north: number) => (zone(north) - zone(south)) / 360 / 1e6;
const cell = (west: number, south: number, size = 1) => [[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]];

describe('the area of a boundary', () => {
  it('is exact on the ellipsoid for a one-degree cell, at the equator and in England', () => {
    expect(geometryAreaKm2({ type: 'Polygon', coordinates: [cell(0, 0)] })).toBeCloseTo(cellKm2(0, 1), 6);
    expect(geometryAreaKm2({ type: 'Polygon', coordinates: [cell(-2, 52)] })).toBeCloseTo(cellKm2(52, 53), 6);
    expect(cellKm2(0, 1)).toBeCloseTo(12_308.46, 2);
  });

  it('does not depend on which way round a ring runs', () => {
    expect(geometryAreaKm2({ type: 'Polygon', coordinates: [[...cell(-2, 52)].reverse()] })).toBeCloseTo(cellKm2(52, 53), 6);
  });

  it('takes holes away and adds the parts of a multipolygon', () => {
    const hole = cell(-1.75, 52.25, 0.5);
    const withHole = geometryAreaKm2({ type: 'Polygon', coordinates: [cell(-2, 52), hole] });
    expect(withHole).toBeCloseTo(cellKm2(52, 53) - geometryAreaKm2({ type: 'Polygon', coordinates: [hole] }), 6);
    expect(geometryAreaKm2({ type: 'MultiPolygon', coordinates: [[cell(-2, 52)], [cell(-2, 53)]] })).toBeCloseTo(cellKm2(52, 54), 6);
  });
});
