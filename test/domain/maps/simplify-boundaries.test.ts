import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology as ClientTopology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { areasAround, boundsOf, BOUNDARY_SIMPLIFICATION, effectiveAreas, simplifyBoundaries, simplifyLine, toGeoJsonGeometries, toTopology, type Polygonal } from '../../../src/domain/maps/index.ts';
import { geometryAreaKm2, type AreaGeometry } from '../../../src/domain/places/index.ts';

type Ring = number[][];
const polygon = (...rings: Ring[]): AreaGeometry => ({ type: 'Polygon', coordinates: rings });
const close = (ring: Ring): Ring => [...ring, ring[0] ?? [0, 0]];

// Near Blackpool, where 0.01° is about 660 m east–west and 1,110 m north–south.
const WIGGLE = [-2.99999, 53.8025]; // 0.7 m off the border: a triangle of a few m²
const BUMP = [-2.998, 53.805]; // 130 m off the border over 1 km: about 65,000 m²
const BORDER = [[-3.0, 53.8], [-3.0, 53.801], WIGGLE, [-3.0, 53.803], [-3.0, 53.804], BUMP, [-3.0, 53.806], [-3.0, 53.81]];
const HOLE = [[-2.995, 53.804], [-2.993, 53.804], [-2.993, 53.806], [-2.995, 53.806]];
/** West of the border. */
const A = polygon(close([...BORDER.slice(0, -1), [-3.0, 53.81], [-3.01, 53.81], [-3.01, 53.8]]));
/** East of it, with C inside. */
const B = polygon(close([[-3.0, 53.8], [-2.99, 53.8], [-2.99, 53.81], ...[...BORDER].reverse().slice(0, -1)]), close([...HOLE].reverse()));
const C = polygon(close(HOLE));

const key = (p: readonly number[]): string => `${String(p[0])},${String(p[1])}`;
const ringsOf = (g: Polygonal): number[][][] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
const pointsOf = (g: Polygonal, ring: number): Set<string> => new Set((ringsOf(g)[ring] ?? []).map(key));
/** A's or B's points on the border between them (x between the two outer edges, outside the hole). */
const borderPoints = (g: Polygonal): string[] => [...pointsOf(g, 0)].filter((k) => Math.abs(Number(k.split(',')[0]) + 3) < 0.003).sort();

describe('effective areas (Visvalingam and Whyatt)', () => {
  it('never drops the ends, gives a point on a straight line no area, and a bend the area of its triangle', () => {
    const areas = effectiveAreas([[-3, 53.8], [-3, 53.801], [-3, 53.802], [-2.998, 53.803], [-3, 53.804]]);
    expect(areas[0]).toBe(Infinity);
    expect(areas[4]).toBe(Infinity);
    expect(areas[1]).toBe(0);
    // The bend: base 222 m (0.002° of latitude), height 131 m (0.002° of longitude at 53.8°N).
    expect(areas[3]).toBeGreaterThan(14_000);
    expect(areas[3]).toBeLessThan(15_000);
  });

  it('keeps, at a larger threshold, only points it kept at a smaller one', () => {
    const line: [number, number][] = Array.from({ length: 60 }, (_, i) => [-3 + i * 0.0005, 53.8 + 0.0004 * Math.sin(i * 1.7) * Math.cos(i * 0.3)]);
    const thresholds = [100, 1_000, 5_000, 20_000];
    const kept = thresholds.map((t) => new Set(simplifyLine(line, t, 0).map(key)));
    for (let i = 1; i < kept.length; i += 1) {
      expect([...(kept[i] ?? [])].every((p) => kept[i - 1]?.has(p))).toBe(true);
      expect(kept[i]?.size).toBeLessThan(kept[i - 1]?.size ?? 0);
    }
  });

  it('keeps a line’s ends and the interior points asked for however large the threshold', () => {
    const line: [number, number][] = [[-3, 53.8], [-3, 53.801], [-2.999, 53.802], [-3, 53.803]];
    expect(simplifyLine(line, 1e12, 0)).toEqual([[-3, 53.8], [-3, 53.803]]);
    expect(simplifyLine(line, 1e12, 1)).toEqual([[-3, 53.8], [-2.999, 53.802], [-3, 53.803]]);
  });
});

describe('simplified boundaries keep shared borders shared', () => {
  it('drops a wiggle too small to see and keeps a bump, the same on both sides of the border', () => {
    const [a, b] = toGeoJsonGeometries(simplifyBoundaries([A, B, C], 2_000), 5);
    if (a === undefined || b === undefined) throw new Error('expected two geometries');
    expect(borderPoints(a)).toEqual(borderPoints(b));
    expect(borderPoints(a)).not.toContain(key(WIGGLE));
    expect(borderPoints(a)).toContain(key(BUMP));
  });

  it('gives a district inside another the same ring as the hole it fills, even when the threshold would flatten it', () => {
    for (const minimumArea of [0, 2_000, 1e12]) {
      const [, b, c] = toGeoJsonGeometries(simplifyBoundaries([A, B, C], minimumArea), 5);
      if (b === undefined || c === undefined) throw new Error('expected three geometries');
      expect(pointsOf(c, 0)).toEqual(pointsOf(b, 1));
      expect(pointsOf(c, 0).size).toBeGreaterThanOrEqual(3);
    }
  });

  it('leaves every ring a closed polygon of three points or more with any threshold', () => {
    for (const geometry of toGeoJsonGeometries(simplifyBoundaries([A, B, C], 1e12), 5)) {
      for (const ring of ringsOf(geometry)) {
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        expect(new Set(ring.map(key)).size).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('changes nothing but where a ring starts with a threshold of 0', () => {
    const out = toGeoJsonGeometries(simplifyBoundaries([A, B, C], 0), 5);
    [A, B, C].forEach((geometry, g) => {
      const input = geometry.type === 'Polygon' ? geometry.coordinates : [];
      const output = out[g]?.coordinates as number[][][];
      expect(output).toHaveLength(input.length);
      input.forEach((ring, r) => {
        const open = ring.slice(0, -1).map(key);
        const got = (output[r] ?? []).slice(0, -1).map(key);
        const shift = got.indexOf(open[0] ?? '');
        expect([...got.slice(shift), ...got.slice(0, shift)]).toEqual(open);
      });
    });
  });

  it('rounds coordinates to the places asked for', () => {
    const [a] = toGeoJsonGeometries(simplifyBoundaries([A, B, C], 0), 3);
    for (const [lon, lat] of ringsOf(a ?? { type: 'Polygon', coordinates: [] })[0] ?? []) {
      expect(Math.round((lon ?? 0) * 1000) / 1000).toBe(lon);
      expect(Math.round((lat ?? 0) * 1000) / 1000).toBe(lat);
    }
  });
});

describe('the boundaries as TopoJSON', () => {
  it('sends each shared border once and decodes, with topojson-client, to the GeoJSON geometries', () => {
    const arcs = simplifyBoundaries([A, B, C], 2_000);
    const features = ['A', 'B', 'C'].map((id) => ({ id, properties: { code: id, name: `District ${id}` } }));
    const topology = toTopology(arcs, 'boundaries', features, 5);
    // A–B border, A's outside, B's outside, the hole: four arcs for five rings.
    expect(topology.arcs).toHaveLength(4);
    const decoded = feature(topology as unknown as ClientTopology<{ boundaries: GeometryCollection<{ code: string; name: string }> }>, (topology as unknown as ClientTopology<{ boundaries: GeometryCollection<{ code: string; name: string }> }>).objects.boundaries);
    expect(decoded.features.map((f) => [f.id, f.properties.name])).toEqual([['A', 'District A'], ['B', 'District B'], ['C', 'District C']]);
    const geojson = toGeoJsonGeometries(arcs, 5);
    decoded.features.forEach((f, i) => {
      const expected = ringsOf(geojson[i] ?? { type: 'Polygon', coordinates: [] });
      const got = f.geometry.type === 'Polygon' ? f.geometry.coordinates : [];
      expect(got).toHaveLength(expected.length);
      got.forEach((ring, r) => {
        ring.forEach((p, k) => {
          expect(p[0]).toBeCloseTo(expected[r]?.[k]?.[0] ?? NaN, 5);
          expect(p[1]).toBeCloseTo(expected[r]?.[k]?.[1] ?? NaN, 5);
        });
      });
    });
  });
});

describe('the areas around one, for its small map', () => {
  it('gives the area and those whose bounds meet a square around it, not those further off', () => {
    const far = polygon(close([[-2.9, 53.8], [-2.89, 53.8], [-2.89, 53.81], [-2.9, 53.81]]));
    const areas = [A, B, C, far].map((geometry, i) => ({ code: ['A', 'B', 'C', 'FAR'][i] ?? '', bounds: boundsOf(geometry) }));
    expect(boundsOf(A)).toEqual([-3.01, 53.8, -2.998, 53.81]);
    expect(areasAround(areas, 'A')).toEqual(['A', 'B', 'C']);
    expect(areasAround(areas, 'C')).toEqual(['B', 'C']);
    expect(areasAround(areas, 'NONE')).toEqual([]);
  });
});

/** The district boundaries in the `shared` folder beside the repository (never copied into it). */
const BOUNDARIES = fileURLToPath(new URL('../../../../shared/data/boundaries/england_lad_2013-2018_topo.json', import.meta.url));
const haveBoundaries = existsSync(BOUNDARIES);
if (!haveBoundaries) console.warn(`Simplification of the real district boundaries skipped: no boundaries beside the repository (expected ${BOUNDARIES}).`);

describe.skipIf(!haveBoundaries)('the 326 districts of England, simplified', () => {
  const read = (): AreaGeometry[] => {
    const topology = JSON.parse(readFileSync(BOUNDARIES, 'utf8')) as ClientTopology<{ lad: GeometryCollection }>;
    return feature(topology, topology.objects.lad).features.map((f) => f.geometry as AreaGeometry);
  };
  const count = (gs: readonly { coordinates: unknown }[]): number => gs.reduce((n, g) => n + JSON.stringify(g.coordinates).split('],[').length, 0);
  /** Each district's area after simplifying over its area before, less 1, by area before. */
  const areaChanges = (geometries: readonly AreaGeometry[], simplified: readonly Polygonal[]) =>
    geometries.map((g, i) => ({ km2: geometryAreaKm2(g), change: Math.abs(geometryAreaKm2(simplified[i] as AreaGeometry) / geometryAreaKm2(g) - 1) }));

  it('for a map of England: every district kept, under a third of the points, areas within 2% (5% for the City of London’s 3 km²)', () => {
    const geometries = read();
    const { minimumArea, decimals } = BOUNDARY_SIMPLIFICATION.england;
    const simplified = toGeoJsonGeometries(simplifyBoundaries(geometries, minimumArea), decimals);
    expect(simplified).toHaveLength(326);
    expect(count(simplified)).toBeLessThan(count(geometries) / 3);
    const changes = areaChanges(geometries, simplified);
    expect(changes.filter((c) => c.km2 > 10 && c.change > 0.02)).toEqual([]);
    expect(changes.filter((c) => c.change > 0.05)).toEqual([]);
  }, 60_000);

  it('for one district on a small map: areas within 0.5%', () => {
    const geometries = read();
    const { minimumArea, decimals } = BOUNDARY_SIMPLIFICATION.district;
    const simplified = toGeoJsonGeometries(simplifyBoundaries(geometries, minimumArea), decimals);
    expect(count(simplified)).toBeLessThan(count(geometries));
    expect(areaChanges(geometries, simplified).filter((c) => c.change > 0.005)).toEqual([]);
  }, 60_000);
});
