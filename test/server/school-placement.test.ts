import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';

const school = (urn: number, name: string, placement: { district: string | null; rule: string | null; confidence?: number; basis?: number; note?: string }, extra: Record<string, unknown> = {}) => ({
  urn, la_code_old: '933', estab: '4000', name, street: null, locality: null, town: 'Minehead', postcode: 'TA24 6AY', status: 'open',
  open_date: null, close_date: null, minor_group: 'Academy', school_type: 'Academy converter', phase: 'secondary', age_low: 11,
  age_high: 16, gender: 'Mixed', religious_character: null, admissions_policy: null, easting: null, northing: null, lat: null, lon: null,
  education_la_code: null, data_source_id: 101, district_code: placement.district, district_rule: placement.rule,
  district_confidence: placement.confidence ?? (placement.rule === null ? null : 1), district_basis: placement.basis ?? null, district_note: placement.note ?? null, ...extra,
});

interface Report {
  total: number;
  placed: number;
  exact: number;
  imputed: number;
  unplaced: number;
  by_rule: Record<string, number>;
  unplaced_schools: { urn: number; name: string; reason: string }[];
}

describe.each(await testEngines())('school placement API on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
    const db = t.handle.db;
    await db.insertInto('data_sources').values({ id: 101, name: 'spine', origin: 'spine.csv', loaded_at: '2026-01-01T00:00:00.000Z', row_count: 4, checksum: 'x' }).execute();
    await db.insertInto('schools').values([
      school(136791, 'West Somerset College', { district: 'E07000191', rule: 'postcode-sector', confidence: 0.75, basis: 4, note: 'TA24 6' }),
      school(141257, "St Mary's Catholic Academy", { district: 'E06000009', rule: 'single-tier-la' }, { la_code_old: '890', postcode: 'FY3 7EQ' }),
      school(110480, 'St Louis Catholic Primary School', { district: null, rule: null, note: 'No coordinates, and no placed school shares its postcode sector HP20 2 in Buckinghamshire' }),
      // Not counted: an independent school and a closed one.
      school(100001, 'City of London School for Girls', { district: null, rule: null, note: 'x' }, { minor_group: 'Independent School', school_type: 'Other independent school' }),
      school(100088, 'UCS Pre-Prep', { district: null, rule: null, note: 'x' }, { status: 'closed' }),
    ]).execute();
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports open state-funded schools by rule, with the unplaced and why, to anyone', async () => {
    const reply = await t.app.inject({ method: 'GET', url: '/api/schools/placement' });
    expect(reply.statusCode).toBe(200);
    expect(reply.json<Report>()).toEqual({
      total: 3, placed: 2, exact: 1, imputed: 1, unplaced: 1,
      by_rule: { gias: 0, coordinates: 0, single_tier_la: 1, postcode_sector: 1 },
      unplaced_schools: [{ urn: 110480, name: 'St Louis Catholic Primary School', reason: 'No coordinates, and no placed school shares its postcode sector HP20 2 in Buckinghamshire' }],
    });
  });

  it('downloads every open state-funded school with its placement as CSV', async () => {
    const reply = await t.app.inject({ method: 'GET', url: '/api/schools/placement?format=csv' });
    expect(reply.headers['content-type']).toMatch(/^text\/csv/);
    expect(reply.body.trim().split(/\r?\n/)).toEqual([
      'urn,name,phase,district_code,rule,confidence,basis,note',
      '110480,St Louis Catholic Primary School,secondary,,,,,"No coordinates, and no placed school shares its postcode sector HP20 2 in Buckinghamshire"',
      '136791,West Somerset College,secondary,E07000191,postcode-sector,0.75,4,TA24 6',
      "141257,St Mary's Catholic Academy,secondary,E06000009,single-tier-la,1,,",
    ]);
  });

  it('says on a school’s profile how it is placed, in plain words', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/api/schools/136791' })).json<{ district: { code: string }; placement: unknown }>();
    expect(body.district.code).toBe('E07000191');
    expect(body.placement).toEqual({
      rule: 'postcode-sector', confidence: 0.75, basis: 4, note: 'TA24 6',
      description: 'Estimated: 3 of the 4 placed schools in its postcode sector, TA24 6, are in West Somerset (confidence 75%). It has no location of its own.',
    });
    const unplaced = (await t.app.inject({ method: 'GET', url: '/api/schools/110480' })).json<{ district: unknown; placement: { rule: unknown; description: string } }>();
    expect(unplaced).toMatchObject({ district: null, placement: { rule: null, description: expect.stringMatching(/^Not placed in a district: No coordinates/) as unknown } });
  });
});
