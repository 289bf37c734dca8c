import { describe, expect, it } from 'vitest';
import { englandGeometry } from '../../../src/ingest/importers/geography/england-geometry.ts';

const square = (lon: number, lat: number, size = 0.01) => [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]];

describe('englandGeometry', () => {
  it('keeps a polygon in England, rounded to 5 places, with only its type and coordinates', () => {
    const raw = JSON.stringify({ type: 'Polygon', bbox: [0, 0, 1, 1], coordinates: [[[-3.0512345678, 53.8123456], [-3.04, 53.81], [-3.04, 53.82], [-3.0512345678, 53.8123456]]] });
    expect(englandGeometry(raw)).toEqual({ ok: true, value: '{"type":"Polygon","coordinates":[[[-3.05123,53.81235],[-3.04,53.81],[-3.04,53.82],[-3.05123,53.81235]]]}' });
  });

  it('keeps a multipolygon of islands (the Isles of Scilly)', () => {
    const parsed = englandGeometry(JSON.stringify({ type: 'MultiPolygon', coordinates: [square(-6.35, 49.9), square(-6.3, 49.95)] }));
    expect(parsed.ok).toBe(true);
  });

  it('refuses points and lines', () => {
    expect(englandGeometry('{"type":"Point","coordinates":[-1,52]}')).toEqual({ ok: false, reason: 'A boundary must be a Polygon or MultiPolygon, not a Point' });
  });

  it('refuses a shape in British National Grid metres, saying where it went', () => {
    const parsed = englandGeometry(JSON.stringify({ type: 'Polygon', coordinates: [[[530000, 180000], [530100, 180000], [530100, 180100], [530000, 180000]]] }));
    expect(parsed).toEqual({
      ok: false,
      reason: 'The shape reaches longitude 530000, latitude 180000, outside England (longitude -6.5 to 2, latitude 49.8 to 55.9): save it in WGS84 longitude and latitude, not British National Grid metres',
    });
  });

  it('refuses a shape in France', () => {
    expect(englandGeometry(JSON.stringify({ type: 'Polygon', coordinates: square(2.35, 48.85) })).ok).toBe(false);
  });

  it('refuses a ring that does not close, or has too few positions', () => {
    expect(englandGeometry(JSON.stringify({ type: 'Polygon', coordinates: [[[-1, 52], [-1.1, 52], [-1.1, 52.1], [-1.2, 52.1]]] }))).toEqual({ ok: false, reason: 'Each ring of a polygon must end where it starts' });
    expect(englandGeometry(JSON.stringify({ type: 'Polygon', coordinates: [[[-1, 52], [-1.1, 52], [-1, 52]]] }))).toEqual({ ok: false, reason: 'Each ring of a polygon needs at least 4 positions' });
  });

  it('refuses an empty geometry and text that is not GeoJSON', () => {
    expect(englandGeometry('')).toEqual({ ok: false, reason: 'This feature has no shape (its geometry is empty)' });
    expect(englandGeometry('{"type":')).toEqual({ ok: false, reason: 'The geometry is not GeoJSON' });
  });
});
