import { describe, expect, it } from 'vitest';
import { academicYearEndingIn, academicYearFromFileName } from '../../../src/ingest/importers/schools/academic-year.ts';
import { metresBetween, toLatLon } from '../../../src/ingest/importers/schools/british-national-grid.ts';
import { withMarkers } from '../../../src/ingest/importers/schools/figures.ts';
import { derivePhase, phaseFromGiasName, type PhaseFlags } from '../../../src/ingest/importers/schools/school-phase.ts';
import { statusFromGiasName } from '../../../src/ingest/importers/schools/school-status.ts';
import { nullableWithCodes, optionalDateOrSerial, percentage, postcode, zeroOrOne } from '../../../src/ingest/values.ts';

const flags = (primary: boolean, secondary: boolean, post16: boolean, ageLow: number | null, ageHigh: number | null): PhaseFlags => ({
  primary, secondary, post16, ageLow, ageHigh,
});

describe('derivePhase', () => {
  it.each([
    ['primary', flags(true, false, false, 3, 11)],
    ['nursery', flags(true, false, false, 2, 5)],
    ['secondary', flags(false, true, false, 11, 16)],
    ['secondary', flags(false, true, true, 11, 18)],
    ['16 plus', flags(false, false, true, 16, 99)],
    ['not applicable', flags(false, false, false, 0, 0)],
    ['middle', flags(true, true, false, 9, 13)],
    ['middle', flags(true, true, false, 8, 12)],
    ['all-through', flags(true, true, true, 3, 19)],
    ['all-through', flags(true, true, false, 4, 16)],
    ['all-through', flags(true, true, true, 7, 18)],
    ['all-through', flags(true, true, false, 0, 0)],
    ['all-through', flags(true, false, true, 3, 19)],
    ['primary', flags(true, false, false, null, null)],
  ] as const)('calls a school %s from its flags and ages (%o)', (phase, input) => {
    expect(derivePhase(input)).toBe(phase);
  });

  it('reads GIAS phase and status names, whatever their case, and refuses others', () => {
    expect(phaseFromGiasName('Middle deemed secondary')).toBe('middle');
    expect(phaseFromGiasName(' all-through ')).toBe('all-through');
    expect(phaseFromGiasName('Infant')).toBeNull();
    expect(statusFromGiasName('Open, but proposed to close')).toBe('proposed to close');
    expect(statusFromGiasName('Shut')).toBeNull();
  });
});

describe('academic years', () => {
  it('names the academic year that ends in a calendar year', () => {
    expect(academicYearEndingIn(2019)).toBe('2018/19');
    expect(academicYearEndingIn(2000)).toBe('1999/00');
  });

  it.each([
    ['dfe_ks4_provisional_2019_england.csv', '2018/19'],
    ['dfe_school_census_jan2019_england.csv', '2018/19'],
    ['ks4_2018-19.csv', '2018/19'],
    ['ks4_201819.csv', '2018/19'],
    ['results_2019_01.csv', '2018/19'],
    ['ks4_2018_2019.csv', null],
    ['dfe_ks4_destinations_england.csv', null],
    ['ks4_12019.csv', null],
  ])('reads the year from the file name %s as %s', (name, year) => {
    expect(academicYearFromFileName(name)).toBe(year);
  });
});

describe('British National Grid', () => {
  it('agrees with the published lat/lon of postcode centroids to well under a metre', () => {
    // AL1 1DQ (census headcount) and AL1 2QA (geocoded), as in school_postcode_centroids_2017.csv.
    expect(toLatLon(514524, 206737)).toEqual({ lat: 51.747635, lon: -0.342491 });
    expect(metresBetween(toLatLon(513950, 205782), { lat: 51.739169, lon: -0.351115 })).toBeLessThan(0.5);
  });

  it('measures short distances in metres', () => {
    expect(metresBetween({ lat: 51.5, lon: -0.1 }, { lat: 51.5001, lon: -0.1 })).toBeCloseTo(11.1, 1);
  });
});

describe('cell parsers for school files', () => {
  it('normalises postcodes to capitals and one space, and refuses what is not one', () => {
    expect(postcode(' ec3a5de ')).toEqual({ ok: true, value: 'EC3A 5DE' });
    expect(postcode('SW1A  1AA')).toEqual({ ok: true, value: 'SW1A 1AA' });
    expect(postcode('EC3A 5D')).toEqual({ ok: false, reason: 'Expected a postcode like EC3A 5DE' });
  });

  it('reads dates as DfE and as a spreadsheet write them, and refuses a day that does not exist', () => {
    expect(optionalDateOrSerial('43344')).toEqual({ ok: true, value: '2018-09-01' });
    expect(optionalDateOrSerial('43700')).toEqual({ ok: true, value: '2019-08-23' });
    expect(optionalDateOrSerial('31-08-2019')).toEqual({ ok: true, value: '2019-08-31' });
    expect(optionalDateOrSerial('')).toEqual({ ok: true, value: null });
    expect(optionalDateOrSerial('31-02-2019')).toEqual({ ok: false, reason: 'This date does not exist' });
    expect(optionalDateOrSerial('soon')).toEqual({ ok: false, reason: 'Expected a date like 01-09-2017 or 2017-09-01, or a spreadsheet day number like 43700' });
  });

  it('reads 1 and 0 flags only', () => {
    expect(zeroOrOne('1')).toEqual({ ok: true, value: true });
    expect(zeroOrOne('0')).toEqual({ ok: true, value: false });
    expect(zeroOrOne('Y')).toEqual({ ok: false, reason: 'Expected 1 (yes) or 0 (no)' });
  });

  it('keeps a publication’s own codes, like SP in KS4 destinations, as null with the code', () => {
    const parse = nullableWithCodes(percentage, ['SP']);
    expect(parse('SP')).toEqual({ ok: true, value: { value: null, code: 'SP' } });
    expect(parse('SUPP')).toEqual({ ok: true, value: { value: null, code: 'SUPP' } });
    expect(parse('12%')).toEqual({ ok: true, value: { value: 12, code: null } });
    expect(parse('lots')).toMatchObject({ ok: false, reason: expect.stringMatching(/^Expected a number, or a code for a withheld figure \(NA, .*, SP\)$/) as unknown });
  });

  it('keeps withheld codes as JSON markers beside null figures', () => {
    expect(withMarkers({ pupils: { value: 29, code: null }, fsm: { value: null, code: 'NA' }, eal: { value: null, code: 'SUPP' } })).toEqual({
      pupils: 29, fsm: null, eal: null, markers: '{"fsm":"NA","eal":"SUPP"}',
    });
  });
});
