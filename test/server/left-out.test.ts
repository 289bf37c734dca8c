import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/storage/repositories/audit.repository.ts';
import { saveLedger, type LedgerRow } from '../../src/storage/repositories/careers-ledger.repository.ts';
import { testEngines } from '../support/engines.ts';
import { loadNetworkSchoolsFixture } from '../support/network-fixtures.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { seedUnplacedSchools } from '../support/unplaced-fixture.ts';
import { addUser, signIn, type SignedIn } from '../support/users.ts';

interface LeftOut {
  schools: number;
  note: string | null;
}

// The proxy recipe's indicators for three districts, so the index, the map and twins have something to show.
const CODES = ['ks2_pct_rwm_expected', 'ks4_attainment8', 'ks4_disadvantaged_pct_sustained', 'imd2015_mean_lsoa_score', 'idaci2019_rate_approx'];
const VALUES: Record<string, number[]> = { E06000009: [55, 38, 80, 42, 0.3], E07000062: [60, 40, 84, 30, 0.25], E06000015: [70, 48, 90, 20, 0.15] };

const pupil = (n: number, urn: number): LedgerRow => ({
  pseudonym: `p${String(urn)}-${String(n)}`, urn, yearGroup: 9, fsm: n % 2 === 0, asAt: 2025, leavingDate: null, date: '2025-10-15', academicYear: 2025, type: 'talk', employerName: 'Acme Ltd',
});

/** Every view that groups or filters schools by district says how many of its authorities' schools it could not count. */
describe.each(await testEngines())('schools left out for want of a district, on $name', (engine) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await startTestApp(engine);
    const db = t.handle.db;
    await loadNetworkSchoolsFixture(db);
    await seedUnplacedSchools(db);
    // Pupils on roll at a West Somerset academy and at an academy of Somerset with no district.
    await saveLedger(db, [...[1, 2, 3].map((n) => pupil(n, 123101)), ...[1, 2].map((n) => pupil(n, 123201))], { replace: false, actor: { userId: null, label: 'test' }, now: '2026-01-15T00:00:00.000Z', source: 'fixture', pupilsElsewhere: 'refuse' });
    await db.insertInto('data_sources').values({ id: 932, name: 'f', origin: 'f.csv', loaded_at: '2026-01-01T00:00:00.000Z', row_count: 15, checksum: 'f' }).execute();
    await db.insertInto('indicators').values(CODES.map((code) => ({ code, name: code, unit: 'x', description: 'd', data_source_id: 932 }))).execute();
    await db
      .insertInto('area_indicators')
      .values(Object.entries(VALUES).flatMap(([area, values]) => CODES.map((code, i) => ({ area_code: area, indicator_code: code, period: '2019', value: values[i] ?? null, data_source_id: 932 }))))
      .execute();
    await addUser(db, 'admin@example.gov.uk', 'admin');
    admin = await signIn(t.app, 'admin@example.gov.uk');
  });
  afterAll(async () => {
    await t.close();
  });
  const get = async <T>(url: string): Promise<T> => {
    const response = await t.app.inject({ method: 'GET', url, headers: { cookie: admin.cookie } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<T>();
  };

  it('says how many open schools of the area’s authority a school list by Opportunity Area or district cannot show', async () => {
    const area = await get<{ items: { urn: number }[]; total: number; leftOut: LeftOut }>('/api/schools?opportunityArea=west-somerset&status=open');
    expect(area.items.map((s) => s.urn).sort()).toEqual([123101, 123102, 123103]);
    // Somerset's open academy, primary and independent school have no district; its closed academy is not open.
    expect(area.leftOut).toEqual({ schools: 3, note: '3 schools of Somerset have no district and are not counted here.' });
    const district = await get<{ leftOut: LeftOut }>('/api/schools?district=E07000191&status=open&phase=primary');
    expect(district.leftOut).toEqual({ schools: 1, note: '1 school of Somerset has no district and is not counted here.' });
    const all = await get<{ leftOut: LeftOut }>('/api/schools?opportunityArea=west-somerset');
    expect(all.leftOut.schools).toBe(4);
    // Blackpool is one district in its own right: every school of it is placed.
    expect((await get<{ leftOut: LeftOut }>('/api/schools?opportunityArea=blackpool')).leftOut).toEqual({ schools: 0, note: null });
    // A search not limited to a district or area leaves nobody out.
    expect((await get<{ total: number; leftOut: LeftOut }>('/api/schools?q=somerset')).leftOut).toEqual({ schools: 0, note: null });
  });

  it('says the same on a district’s page and an authority’s, whose list holds them but whose districts do not', async () => {
    const district = await get<{ schools: { open: number; leftOut: LeftOut } }>('/api/areas/E07000191');
    expect(district.schools).toEqual({ open: 3, leftOut: { schools: 3, note: '3 schools of Somerset have no district and are not counted here.' } });
    const county = await get<{ schools: { open: number; leftOut: LeftOut } }>('/api/areas/E10000027');
    expect(county.schools).toEqual({ open: 6, leftOut: { schools: 3, note: '3 schools of Somerset have no district and are not counted in any of its districts.' } });
    expect((await get<{ schools: { leftOut: LeftOut } }>('/api/areas/E06000009')).schools.leftOut.schools).toBe(0);
  });

  it('counts Enterprise Adviser coverage over state-funded secondary schools and colleges, and lists those of the authority with no district', async () => {
    const body = await get<{ schools: { urn: number }[]; covered: number; gaps: { urn: number }[]; leftOut: LeftOut & { unplaced: { urn: number; name: string; phase: string; reason: string | null }[] } }>(
      '/api/careers/areas/west-somerset/advisers',
    );
    // The sixth form college counts; the independent school does not.
    expect(body.schools.map((s) => s.urn)).toEqual([123102, 123101]);
    expect(body.covered).toBe(0);
    expect(body.leftOut).toEqual({
      schools: 1,
      note: '1 secondary school or college of Somerset has no district and is not counted here.',
      unplaced: [{ urn: 123201, name: 'Somerset New Academy', phase: 'secondary', reason: 'No coordinates, and no placed school shares its postcode sector TA24 5 in Somerset' }],
    });
    expect((await get<{ leftOut: LeftOut }>('/api/careers/areas/blackpool/advisers')).leftOut).toMatchObject({ schools: 0, note: null });
  });

  it('says how many schools of the authority with pupils on roll careers coverage by area leaves out', async () => {
    const body = await get<{ rows: { key: string; pupils: { value: number } }[]; leftOut: LeftOut & { unplaced: { urn: number; name: string }[] } }>('/api/careers/areas/west-somerset?target=1');
    expect(body.rows.map((r) => [r.key, r.pupils.value])).toEqual([['123101', 3]]);
    expect(body.leftOut).toEqual({
      schools: 1,
      note: '1 school of Somerset with pupils on roll has no district and is not counted here.',
      unplaced: [{ urn: 123201, name: 'Somerset New Academy' }],
    });
  });

  it('says how many of the area’s authority’s open schools its engagement funnel leaves out', async () => {
    const body = await get<{ funnel: { schools: number }; leftOut: LeftOut }>('/api/opportunity-areas/west-somerset/engagement');
    expect(body.funnel.schools).toBe(3);
    expect(body.leftOut).toEqual({ schools: 3, note: '3 schools of Somerset have no district and are not counted here.' });
  });

  it('says how many open schools a hub assignment leaves out for want of a location, and how many reach by district leaves out', async () => {
    const hubs = await Promise.all(
      ['blackpool-research-school', 'derby-research-school'].map((id) => get<{ schools: { items: { urn: number }[] }; leftOut: { noLocation: LeftOut; noDistrict: LeftOut; districts: LeftOut } }>(`/api/hubs/${id}`)),
    );
    const [blackpool] = hubs;
    // Somerset's three open schools with no district have no location; Blackpool's academy has none either, but the
    // Blackpool hub serves it as a school of its own area, so it is not left out.
    expect(blackpool?.leftOut.noLocation).toEqual({ schools: 3, note: '3 open schools have no location and are not counted in the assignment or reach: a distance to a hub needs one.' });
    expect(blackpool?.leftOut.noDistrict).toEqual({ schools: 1, note: '1 open school with a location has no district and is not counted in reach by district.' });
    // The island school is thousands of kilometres from both hubs (on the equator in this fixture): outside any hub's reach.
    expect(hubs.map((h) => h.schools.items.some((s) => s.urn === 123401))).toEqual([false, false]);
    for (const hub of hubs) expect(hub.leftOut.districts).toEqual({ schools: 0, note: null });
    const outside = await get<{ items: { urn: number }[] }>('/api/network/outside-reach');
    expect(outside.items.map((s) => s.urn)).toContain(123401);
  });

  it('says how many open state-funded schools in England district figures leave out, beside the index, the map and twins', async () => {
    const line = { schools: 3, note: '3 of 6 open state-funded schools (50.0%) have no district and are not counted in district figures built from schools.' };
    expect((await get<{ leftOut: LeftOut }>('/api/index?recipe=proxy-district-2019')).leftOut).toEqual(line);
    expect((await get<{ leftOut: LeftOut }>('/api/indicators/ks4_attainment8')).leftOut).toEqual(line);
    expect((await get<{ leftOut: LeftOut }>('/api/twins/areas/E06000009?k=2')).leftOut).toEqual(line);
  });

  it('counts the national line again once a school is placed (the line is kept between requests until then)', async () => {
    const before = { schools: 3, note: '3 of 6 open state-funded schools (50.0%) have no district and are not counted in district figures built from schools.' };
    expect((await get<{ leftOut: LeftOut }>('/api/indicators/ks4_attainment8')).leftOut).toEqual(before);
    // As `oa schools place` writes a placement: the school's district, and the change audited in the same transaction.
    await t.handle.db.transaction().execute(async (trx) => {
      await trx.updateTable('schools').set({ district_code: 'E07000191' }).where('urn', '=', 123201).execute();
      await recordAudit(trx, { actor: { userId: null, label: 'test' }, at: '2026-01-16T00:00:00.000Z', action: 'schools.place', entityType: 'schools', entityId: 'placement', summary: { schools: 1, changed: 1 } });
    });
    const after = { schools: 2, note: '2 of 6 open state-funded schools (33.3%) have no district and are not counted in district figures built from schools.' };
    expect((await get<{ leftOut: LeftOut }>('/api/indicators/ks4_attainment8')).leftOut).toEqual(after);
    expect((await get<{ leftOut: LeftOut }>('/api/index?recipe=proxy-district-2019')).leftOut).toEqual(after);
  });
});
