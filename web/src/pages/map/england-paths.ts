import type { Position } from 'geojson';
import type { BoundaryFeature, ProjectedBoundaries } from '../../api/public-data-types.ts';

export interface DistrictShape {
  readonly code: string;
  readonly name: string;
  /** The SVG path, in the map's coordinates. */
  readonly d: string;
  /** Whether any of it falls inside the drawing: the small area map leaves out districts beyond its edges. */
  readonly inView: boolean;
}

export interface DistrictShapes {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly DistrictShape[];
}

const drawn = new WeakMap<ProjectedBoundaries, DistrictShapes>();

/**
 * Every district as an SVG path, from boundaries the server has already projected and fitted to the map's width
 * (`format=topojson-projected`), so drawing is only writing paths: no projection library on the map's pages.
 * Computed once per boundary collection (fetched once per page load), so changing the indicator or classes only
 * recolours.
 */
export function drawDistricts(boundaries: ProjectedBoundaries): DistrictShapes {
  const cached = drawn.get(boundaries);
  if (cached !== undefined) return cached;
  const shapes = boundaries.collection.features.map((feature) => ({ code: feature.properties.code, name: feature.properties.name, d: pathOf(feature), inView: true }));
  const result = { width: boundaries.width, height: boundaries.height, shapes: shapes.filter((shape) => shape.d !== '') };
  drawn.set(boundaries, result);
  return result;
}

/** A polygon's rings as SVG path data to a tenth of a unit, each ring closed, as d3-geo's `geoPath().digits(1)` writes them. */
export function pathOf(feature: BoundaryFeature): string {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  let d = '';
  for (const rings of polygons) for (const ring of rings) d += ringPath(ring);
  return d;
}

function ringPath(ring: readonly Position[]): string {
  // A GeoJSON ring repeats its first point last; Z closes it instead.
  const points = ring.length > 1 ? ring.slice(0, -1) : ring;
  if (points.length === 0) return '';
  return `${points.map(([x = 0, y = 0], i) => `${i === 0 ? 'M' : 'L'}${tenth(x)},${tenth(y)}`).join('')}Z`;
}

const tenth = (value: number): number => Math.round(value * 10) / 10;
