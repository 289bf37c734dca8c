import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';

interface Summary {
  id: string;
  name: string;
  wave: number;
  districts: { code: string; name: string }[];
  researchSchool: { name: string; hostUrn: number | null } | null;
  boardChair: string | null;
  share2020to21Pence: number | null;
}

describe.each(await testEngines())('opportunity areas API on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists the twelve Opportunity Areas, six in each wave', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/opportunity-areas' });
    expect(response.statusCode).toBe(200);
    const { items } = response.json<{ items: Summary[] }>();
    expect(items).toHaveLength(12);
    expect(items.filter((a) => a.wave === 1)).toHaveLength(6);
    expect(items.find((a) => a.id === 'ipswich')?.researchSchool).toBeNull();
    const blackpool = items.find((a) => a.id === 'blackpool');
    expect(blackpool).toMatchObject({ share2020to21Pence: 197_000_000, researchSchool: { name: 'Blackpool Research School', hostUrn: 141257 } });
    expect(items.find((a) => a.id === 'west-somerset')?.share2020to21Pence).toBe(98_000_000);
    expect(items.find((a) => a.id === 'derby')?.share2020to21Pence).toBeNull();
  });

  it('describes one area with its districts, education authority, region, board and funds', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/opportunity-areas/fenland-and-east-cambridgeshire' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      districts: { code: string; educationAuthority: { name: string } | null; region: { name: string } | null }[];
      board: unknown;
      funds: { id: string; amountPence: number }[];
      researchSchool: { hostUrn: number };
    }>();
    expect(body.districts.map((d) => d.code)).toEqual(['E07000009', 'E07000010']);
    expect(body.districts[0]?.educationAuthority?.name).toBe('Cambridgeshire');
    expect(body.districts[0]?.region?.name).toBe('East of England');
    expect(body.board).toBeNull();
    expect(body.funds).toEqual([expect.objectContaining({ id: 'fenland-and-east-cambridgeshire-2017-2020', amountPence: 600_000_000 })]);
    expect(body.researchSchool.hostUrn).toBe(110637);
  });

  it('names the board chair where one was published', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/opportunity-areas/north-yorkshire-coast' });
    expect(response.json<{ announcedAs: string; board: { chair: string } }>()).toMatchObject({
      announcedAs: 'Scarborough',
      board: { chair: 'Sir Martin Narey' },
    });
  });

  it('answers an unknown id with a JSON 404', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/opportunity-areas/atlantis' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: 'There is no Opportunity Area with the identifier "atlantis"' } });
  });

  it('answers a malformed id with a JSON 400 that says what an id looks like', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/opportunity-areas/Black%20pool' });
    expect(response.statusCode).toBe(400);
    const body = response.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toContain('lower-case letters, digits and hyphens');
  });

  it('downloads the register as CSV with one row per area', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/opportunity-areas?format=csv' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="opportunity-areas.csv"');
    const lines = response.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(13);
    expect(lines[0]).toBe(
      'opportunity_area_id,name,announced_as,wave,announced_on,district_codes,district_names,research_school,research_school_host_urn,board_chair,share_2020_21_gbp',
    );
    expect(lines).toContain(
      'fenland-and-east-cambridgeshire,Fenland and East Cambridgeshire,,2,2017-01-18,E07000009;E07000010,East Cambridgeshire;Fenland,East Cambridgeshire and Fenland Research School,110637,,',
    );
  });
});
