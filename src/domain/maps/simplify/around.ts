import type { AreaGeometry } from '../../places/index.ts';

/** [west, south, east, north] in degrees. */
export type Bounds = readonly [number, number, number, number];

export function boundsOf(geometry: AreaGeometry): Bounds {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const [lon = 0, lat = 0] of ring) {
        west = Math.min(west, lon);
        east = Math.max(east, lon);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
    }
  }
  return [west, south, east, north];
}

/**
 * The codes of the areas a small map of `code` can show: those whose bounds meet a square around it, 1.5
 * times its larger side (east–west distances scaled by the cosine of latitude). The area page's map fits the
 * area into the middle 76% of a square, so all it can show lies within 1/0.76 ≈ 1.32 of that side.
 * Empty when `code` is not among `areas`.
 *
 * @example areasAround([{ code: 'E06000009', bounds }, …], 'E06000009') // ['E06000009', 'E07000119', 'E07000128', …]
 */
export function areasAround(areas: readonly { readonly code: string; readonly bounds: Bounds }[], code: string): string[] {
  const focus = areas.find((area) => area.code === code);
  if (focus === undefined) return [];
  const [west, south, east, north] = focus.bounds;
  const cos = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const half = (Math.max((east - west) * cos, north - south) * 1.5) / 2;
  const [x, y] = [(west + east) / 2, (south + north) / 2];
  const box: Bounds = [x - half / cos, y - half, x + half / cos, y + half];
  return areas.filter(({ bounds: b }) => b[0] <= box[2] && b[2] >= box[0] && b[1] <= box[3] && b[3] >= box[1]).map((area) => area.code);
}
