import { geoConicEqualArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { albersEngland, fitToWidth } from '../../../src/domain/maps/index.ts';

// The England map is projected on the server now; these pin it to d3-geo's projection, which the browser used.
const lines: [number, number][][] = [
  [[-5.7, 50.05], [-5.0, 50.2], [-3.5, 50.6]], // Cornwall to Devon
  [[-3.05, 53.82], [-2.95, 53.85], [-3.0, 53.77]], // Blackpool
  [[-1.8, 55.6], [-2.0, 55.8]], // Northumberland
  [[1.75, 52.5], [1.3, 52.95]], // Norfolk
];

function d3Fitted(width: number) {
  const projection = geoConicEqualArea().parallels([50.5, 55.5]).rotate([2, 0]).center([0, 52.5]).precision(0);
  projection.fitWidth(width, { type: 'MultiPoint', coordinates: lines.flat() });
  return projection;
}

describe('the England map projection', () => {
  it('puts every point where d3-geo’s fitted equal-area conic does', () => {
    const projection = d3Fitted(600);
    const fitted = fitToWidth(lines);
    const points = lines.flat();
    fitted.value.flat().forEach(([x, y], i) => {
      const [dx, dy] = projection(points[i] ?? [0, 0]) ?? [Number.NaN, Number.NaN];
      expect(x).toBeCloseTo(dx, 6);
      expect(y).toBeCloseTo(dy, 6);
    });
    expect(fitted.value.flat()).toHaveLength(points.length);
    expect(fitted.width).toBe(600);
    const bottom = Math.max(...lines.flat().map((point) => projection(point)?.[1] ?? 0));
    expect(fitted.height).toBe(Math.ceil(bottom));
  });

  it('runs east to the right and south downwards, and fills the width from 0', () => {
    const [west, east] = [albersEngland([-5, 52]), albersEngland([1, 52])];
    expect(east[0]).toBeGreaterThan(west[0]);
    expect(albersEngland([-2, 50])[1]).toBeGreaterThan(albersEngland([-2, 55])[1]);
    const xs = fitToWidth(lines).value.flat().map(([x]) => x);
    expect(Math.min(...xs)).toBeCloseTo(0, 9);
    expect(Math.max(...xs)).toBeCloseTo(600, 9);
  });

  it('draws nothing from no points', () => {
    expect(fitToWidth([])).toEqual({ width: 600, height: 0, value: [] });
  });
});
