import type { LonLat } from '../simplify/visvalingam.ts';

/** The England map's width in SVG units; its height follows from England's shape. */
export const ENGLAND_MAP_WIDTH = 600;

const RADIANS = Math.PI / 180;

/**
 * The maps' projection (docs/methodology.md, "Simplified boundaries"): an equal-area conic (Albers) with standard
 * parallels 50.5°N and 55.5°N and central meridian 2°W, so districts keep their relative sizes. The same formula as
 * d3-geo's `geoConicEqualArea().parallels([50.5, 55.5]).rotate([2, 0])`, which the browser used before the server
 * sent the England map already projected. Returns x to the east and y to the SOUTH (the SVG's way down), unscaled.
 */
export function albersEngland([lon, lat]: LonLat): LonLat {
  const sin0 = Math.sin(50.5 * RADIANS);
  const n = (sin0 + Math.sin(55.5 * RADIANS)) / 2;
  const c = 1 + sin0 * (2 * n - sin0);
  const r = Math.sqrt(c - 2 * n * Math.sin(lat * RADIANS)) / n;
  const angle = (lon + 2) * RADIANS * n;
  return [r * Math.sin(angle), r * Math.cos(angle)];
}

/** Points projected and fitted to `width` units across, their top at 0, as d3-geo's `fitWidth` does; `height` is the drawing's, rounded up. */
export interface FittedMap<T> {
  readonly width: number;
  readonly height: number;
  readonly value: T;
}

/**
 * Every point of `lines` projected with `albersEngland` and scaled so the whole fills `width` units across with its
 * western edge at 0 and its northern edge at 0: the drawing a browser would have made, computed once on the server.
 */
export function fitToWidth(lines: readonly (readonly LonLat[])[], width: number = ENGLAND_MAP_WIDTH): FittedMap<LonLat[][]> {
  const projected = lines.map((line) => line.map(albersEngland));
  let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const line of projected) {
    for (const [x, y] of line) {
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  if (!Number.isFinite(left) || right === left) return { width, height: 0, value: projected.map(() => []) };
  const k = width / (right - left);
  return {
    width,
    height: Math.ceil(k * (bottom - top)),
    value: projected.map((line) => line.map(([x, y]): LonLat => [k * (x - left), k * (y - top)])),
  };
}
