import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { BoundaryFeature } from '../../web/src/api/public-data-types.ts';
import { drawDistricts, pathOf } from '../../web/src/pages/map/england-paths.ts';

// The England map's paths are written without d3-geo now (the server sends the points projected): the same
// path data d3's geoPath().digits(1) wrote for them.
const square: BoundaryFeature = {
  type: 'Feature',
  id: 'E06000009',
  properties: { code: 'E06000009', name: 'Blackpool' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [[10.04, 20.06], [30.15, 20.04], [30.1, 40.26], [10, 40], [10.04, 20.06]],
      [[15, 25], [15, 30], [20, 30], [15, 25]],
    ],
  },
};
const islands: BoundaryFeature = {
  type: 'Feature',
  id: 'E06000053',
  properties: { code: 'E06000053', name: 'Isles of Scilly' },
  geometry: { type: 'MultiPolygon', coordinates: [[[[1.26, 2.34], [3.01, 2.2], [2.5, 4.449], [1.26, 2.34]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]] },
};

describe('the England map’s paths', () => {
  it('are the path data d3-geo writes, to a tenth of a unit, rings closed and holes kept', () => {
    for (const feature of [square, islands]) expect(pathOf(feature)).toBe(geoPath().digits(1)(feature));
    expect(pathOf(square)).toBe('M10,20.1L30.2,20L30.1,40.3L10,40ZM15,25L15,30L20,30Z');
  });

  it('take the drawing’s size from the server and draw each district once per collection', () => {
    const boundaries = { width: 600, height: 685, collection: { type: 'FeatureCollection' as const, features: [square, islands] } };
    const drawing = drawDistricts(boundaries);
    expect(drawing).toMatchObject({ width: 600, height: 685 });
    expect(drawing.shapes.map((shape) => [shape.code, shape.inView])).toEqual([['E06000009', true], ['E06000053', true]]);
    expect(drawDistricts(boundaries)).toBe(drawing);
  });
});
