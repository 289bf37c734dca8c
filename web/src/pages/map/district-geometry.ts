import { geoArea, geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { BoundaryCollection, BoundaryFeature } from '../../api/public-data-types.ts';
import type { DistrictShape, DistrictShapes } from './england-paths.ts';

/**
 * An equal-area conic projection centred on England (standard parallels 50.5°N and 55.5°N, central
 * meridian 2°W, like the Albers projections national mapping agencies use), so districts keep their
 * relative sizes: the small map of one district; the England map comes projected the same way by the server
 * (src/domain/maps/project/england-map.ts).
 */
export function englandProjection(): GeoProjection {
  return geoConicEqualArea().parallels([50.5, 55.5]).rotate([2, 0]).center([0, 52.5]);
}

/**
 * d3-geo works on the sphere, where a polygon's rings must run clockwise; GeoJSON files (RFC 7946) often
 * run them the other way, which d3 reads as "the whole world except this district". Any polygon whose area
 * comes out larger than a hemisphere has its rings reversed.
 */
export function rewindForD3(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const rewind = (rings: Position[][]): Position[][] => {
    const area = geoArea({ type: 'Polygon', coordinates: rings });
    return area > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  };
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: rewind(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewind) };
}

/**
 * One district, drawn to fill a `size`-unit square with its neighbours around it for context, for the
 * small map on an area page. Null when the collection has no such district.
 */
export function drawDistrictInContext(collection: BoundaryCollection, code: string, size: number): { focus: DistrictShape; context: readonly DistrictShape[] } | null {
  const target = collection.features.find((feature) => feature.properties.code === code);
  if (target === undefined) return null;
  const features = collection.features.map((feature): BoundaryFeature => ({ ...feature, geometry: rewindForD3(feature.geometry) }));
  const focusFeature = features.find((feature) => feature.properties.code === code) ?? target;
  const { shapes } = drawFitted({ type: 'FeatureCollection', features }, size, focusFeature);
  const focus = shapes.find((shape) => shape.code === code);
  if (focus === undefined) return null;
  return { focus, context: shapes.filter((shape) => shape.code !== code && shape.inView) };
}

function drawFitted(collection: { type: 'FeatureCollection'; features: BoundaryFeature[] }, size: number, focus: BoundaryFeature): DistrictShapes {
  const projection = englandProjection();
  // A margin around the district, so its neighbours show where it is.
  const margin = size * 0.12;
  projection.fitExtent([[margin, margin], [size - margin, size - margin]], focus);
  const path = geoPath(projection).digits(1);
  const inView = ([[left, top], [right, bottom]]: [[number, number], [number, number]]): boolean => right >= 0 && left <= size && bottom >= 0 && top <= size;
  const shapes = collection.features.map((feature) => ({
    code: feature.properties.code,
    name: feature.properties.name,
    d: path(feature) ?? '',
    inView: inView(path.bounds(feature)),
  }));
  return { width: size, height: size, shapes: shapes.filter((shape) => shape.d !== '') };
}
