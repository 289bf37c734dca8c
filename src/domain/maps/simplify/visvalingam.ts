/** A point as [longitude, latitude] in WGS84 degrees. */
export type LonLat = readonly [number, number];

const METRES_PER_DEGREE_LATITUDE = 110_574;
const METRES_PER_DEGREE_LONGITUDE_AT_EQUATOR = 111_320;
const RADIANS = Math.PI / 180;

/**
 * The area in m² of the triangle a point makes with its two neighbours, on a local plane: longitude
 * scaled by the cosine of the middle point's latitude (the error over a district's few kilometres is far
 * below what the threshold cares about).
 */
export function triangleArea(a: LonLat, b: LonLat, c: LonLat): number {
  const xScale = METRES_PER_DEGREE_LONGITUDE_AT_EQUATOR * Math.cos(b[1] * RADIANS);
  const abx = (a[0] - b[0]) * xScale;
  const aby = (a[1] - b[1]) * METRES_PER_DEGREE_LATITUDE;
  const cbx = (c[0] - b[0]) * xScale;
  const cby = (c[1] - b[1]) * METRES_PER_DEGREE_LATITUDE;
  return Math.abs(abx * cby - aby * cbx) / 2;
}

/**
 * Each point's effective area by Visvalingam and Whyatt's algorithm (docs/methodology.md, "Simplified
 * boundaries"): repeatedly drop the point whose triangle with its current neighbours is smallest, and
 * recompute its neighbours' triangles; a point's effective area is its triangle when dropped, raised to
 * the largest dropped before it so the order of dropping is kept. The two ends are never dropped
 * (Infinity). For a line of n points this takes O(n log n).
 *
 * @example effectiveAreas([[0, 0], [0.001, 0.0001], [0.002, 0]]) // [Infinity, ~610, Infinity]
 */
export function effectiveAreas(line: readonly LonLat[]): number[] {
  const n = line.length;
  const areas = new Array<number>(n).fill(Infinity);
  if (n < 3) return areas;
  const previous = Array.from({ length: n }, (_, i) => i - 1);
  const next = Array.from({ length: n }, (_, i) => i + 1);
  const heap = new MinHeap();
  const triangle = (i: number): number => triangleArea(point(line, previous[i] ?? 0), point(line, i), point(line, next[i] ?? 0));
  const current = new Array<number>(n).fill(Infinity);
  for (let i = 1; i < n - 1; i += 1) {
    current[i] = triangle(i);
    heap.push(current[i] ?? Infinity, i);
  }
  let largestDropped = 0;
  for (let top = heap.pop(); top !== undefined; top = heap.pop()) {
    const [area, i] = top;
    // A stale entry: the point's triangle changed after this entry was pushed.
    if (area !== current[i] || areas[i] !== Infinity) continue;
    largestDropped = Math.max(largestDropped, area);
    areas[i] = largestDropped;
    const before = previous[i] ?? 0;
    const after = next[i] ?? 0;
    next[before] = after;
    previous[after] = before;
    for (const neighbour of [before, after]) {
      if (neighbour === 0 || neighbour === n - 1) continue;
      current[neighbour] = triangle(neighbour);
      heap.push(current[neighbour] ?? Infinity, neighbour);
    }
  }
  return areas;
}

/**
 * The line with the points whose effective area is below `minimumArea` (m²) left out, keeping both ends
 * and at least the `keepAtLeast` interior points with the largest effective areas (so a ring cut into few
 * pieces stays a polygon).
 */
export function simplifyLine(line: readonly LonLat[], minimumArea: number, keepAtLeast: number): LonLat[] {
  if (line.length < 3) return [...line];
  const areas = effectiveAreas(line);
  const interior = areas.slice(1, -1);
  const floor = Math.min(minimumArea, [...interior].sort((a, b) => b - a)[Math.min(keepAtLeast, interior.length) - 1] ?? Infinity);
  return line.filter((_, i) => (areas[i] ?? 0) >= floor);
}

const point = (line: readonly LonLat[], i: number): LonLat => line[i] ?? [0, 0];

/** A binary min-heap of (area, index) pairs. */
class MinHeap {
  private readonly areas: number[] = [];
  private readonly indexes: number[] = [];

  push(area: number, index: number): void {
    let i = this.areas.length;
    this.areas.push(area);
    this.indexes.push(index);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.areas[parent] ?? 0) <= area) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): [number, number] | undefined {
    if (this.areas.length === 0) return undefined;
    const top: [number, number] = [this.areas[0] ?? 0, this.indexes[0] ?? 0];
    const lastArea = this.areas.pop() ?? 0;
    const lastIndex = this.indexes.pop() ?? 0;
    if (this.areas.length > 0) {
      this.areas[0] = lastArea;
      this.indexes[0] = lastIndex;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < this.areas.length && (this.areas[left] ?? 0) < (this.areas[smallest] ?? 0)) smallest = left;
        if (right < this.areas.length && (this.areas[right] ?? 0) < (this.areas[smallest] ?? 0)) smallest = right;
        if (smallest === i) break;
        this.swap(i, smallest);
        i = smallest;
      }
    }
    return top;
  }

  private swap(a: number, b: number): void {
    [this.areas[a], this.areas[b]] = [this.areas[b] ?? 0, this.areas[a] ?? 0];
    [this.indexes[a], this.indexes[b]] = [this.indexes[b] ?? 0, this.indexes[a] ?? 0];
  }
}
