import type { LonLat } from './visvalingam.ts';

/** A ring as a list of points, first point not repeated at the end, with a key naming each point. */
export interface KeyedRing {
  readonly points: readonly LonLat[];
  readonly keys: readonly string[];
}

export function keyedRing(points: readonly LonLat[]): KeyedRing {
  return { points, keys: points.map((p) => `${String(p[0])},${String(p[1])}`) };
}

/**
 * The points where shared borders meet: a point is a junction when it is on more than one border with
 * different neighbours on each, as where three districts meet or a border reaches the coast. Between two
 * junctions, the rings that share a border hold the same points (the boundaries come from one topology),
 * so cutting every ring at the junctions gives each shared stretch to both neighbours as the same arc.
 * This is the "join" step of TopoJSON (Bostock, topojson-server).
 */
export function findJunctions(rings: readonly KeyedRing[]): Set<string> {
  const seen = new Map<string, string>();
  const junctions = new Set<string>();
  for (const { keys } of rings) {
    const n = keys.length;
    for (let i = 0; i < n; i += 1) {
      const here = keys[i] ?? '';
      const before = keys[(i - 1 + n) % n] ?? '';
      const after = keys[(i + 1) % n] ?? '';
      // Neighbours as an unordered pair: a shared border runs one way round one ring and the other way round the next.
      const pair = before < after ? `${before}|${after}` : `${after}|${before}`;
      const earlier = seen.get(here);
      if (earlier === undefined) seen.set(here, pair);
      else if (earlier !== pair) junctions.add(here);
    }
  }
  return junctions;
}

export interface Arc {
  readonly points: LonLat[];
  readonly keys: string[];
}

/**
 * A ring cut into arcs at its junctions, each arc running from one junction to the next (both included).
 * A ring with no junction (an island, or a district inside another) becomes one closed arc starting at its
 * smallest point, so the two rings that share it start it at the same place.
 */
export function cutRing(ring: KeyedRing, junctions: ReadonlySet<string>): { readonly arcs: Arc[]; readonly closed: boolean } {
  const { points, keys } = ring;
  const n = points.length;
  const cuts: number[] = [];
  for (let i = 0; i < n; i += 1) if (junctions.has(keys[i] ?? '')) cuts.push(i);
  const slice = (from: number, to: number): Arc => {
    const arc: Arc = { points: [], keys: [] };
    for (let i = from; i <= to; i += 1) {
      arc.points.push(points[i % n] ?? [0, 0]);
      arc.keys.push(keys[i % n] ?? '');
    }
    return arc;
  };
  if (cuts.length === 0) {
    let start = 0;
    for (let i = 1; i < n; i += 1) if (comparePoints(points[i] ?? [0, 0], points[start] ?? [0, 0]) < 0) start = i;
    return { arcs: [slice(start, start + n)], closed: true };
  }
  const arcs: Arc[] = [];
  for (let c = 0; c < cuts.length; c += 1) {
    const from = cuts[c] ?? 0;
    arcs.push(slice(from, c + 1 < cuts.length ? (cuts[c + 1] ?? 0) : (cuts[0] ?? 0) + n));
  }
  return { arcs, closed: false };
}

/** Orders points by longitude, then latitude. */
export function comparePoints(a: LonLat, b: LonLat): number {
  return a[0] - b[0] || a[1] - b[1];
}

/**
 * A key naming an arc whichever way it runs, and whether this copy runs against the key's direction: the
 * two rings that share a border see it in opposite directions and must get the same simplified arc. Once
 * rings are cut at every junction, an arc is known by its ends and the point after its start: two arcs
 * that left the same point by the same step could only part at a junction, where both would end.
 */
export function arcKey(arc: Arc): { readonly key: string; readonly reversed: boolean } {
  const { points, keys } = arc;
  const last = points.length - 1;
  const byEnds = comparePoints(points[0] ?? [0, 0], points[last] ?? [0, 0]);
  const reversed = byEnds > 0 || (byEnds === 0 && comparePoints(points[1] ?? [0, 0], points[last - 1] ?? [0, 0]) > 0);
  const key = reversed ? `${keys[last] ?? ''};${keys[last - 1] ?? ''};${keys[0] ?? ''}` : `${keys[0] ?? ''};${keys[1] ?? ''};${keys[last] ?? ''}`;
  return { key, reversed };
}
