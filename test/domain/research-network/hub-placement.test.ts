import { describe, expect, it } from 'vitest';
import { coordinatesProblem, readPlacementInput } from '../../../src/domain/research-network/index.ts';
import { normalisePostcode } from '../../../src/domain/shared/postcode.ts';

describe('reading where to place a hub', () => {
  it('takes exactly one of a URN, a postcode, or a latitude with a longitude, blanks counting as not given', () => {
    expect(readPlacementInput({ urn: ' 141257 ' })).toEqual({ kind: 'school', urn: 141257 });
    expect(readPlacementInput({ postcode: 'st42dt', urn: '' })).toEqual({ kind: 'postcode', postcode: 'ST4 2DT' });
    expect(readPlacementInput({ lat: '53.79', lon: -1.75 })).toEqual({ kind: 'coordinates', lat: 53.79, lon: -1.75 });
    expect(readPlacementInput({})).toMatchObject({ field: 'where' });
    expect(readPlacementInput({ urn: 141257, postcode: 'ST4 2DT' })).toMatchObject({ field: 'where' });
  });

  it('names the field at fault', () => {
    expect(readPlacementInput({ urn: '14125' })).toMatchObject({ field: 'urn' });
    expect(readPlacementInput({ postcode: 'not a postcode' })).toMatchObject({ field: 'postcode' });
    expect(readPlacementInput({ lat: '53.79' })).toMatchObject({ field: 'lon' });
    expect(readPlacementInput({ lon: '-1.75' })).toMatchObject({ field: 'lat' });
    expect(readPlacementInput({ lat: 'north', lon: '-1.75' })).toMatchObject({ field: 'lat' });
  });

  it('keeps postcodes to their shape and coordinates to England', () => {
    expect(normalisePostcode(' ec3a5de')).toBe('EC3A 5DE');
    expect(normalisePostcode('EC3A')).toBeNull();
    expect(coordinatesProblem(53.79, -1.75)).toBeNull();
    expect(coordinatesProblem(-1.75, 53.79)).toContain('swapped');
    expect(coordinatesProblem(53.79, 2.5)).toContain('Longitude 2.5 is outside England');
  });
});
