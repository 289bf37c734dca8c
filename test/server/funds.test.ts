import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../support/engines.ts';
import { giving360Errors } from '../support/giving360-schema.ts';
import { startTestApp, type TestApp } from '../support/server.ts';

interface FundsReply {
  items: { id: string; amountPence: number; parentId: string | null; period: string; opportunityAreaId: string | null }[];
  checks: { fundId: string; allocatedPence: number; unallocatedPence: number }[];
}

describe.each(await testEngines())('funds API on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports that the 2017 to 2020 allocations add up to exactly 7,200,000,000 pence', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/api/funds' })).json<FundsReply>();
    const allocations = body.items.filter((f) => f.parentId === 'opportunity-areas-2017-2020');
    expect(allocations.reduce((sum, f) => sum + f.amountPence, 0)).toBe(7_200_000_000);
    expect(body.checks.find((c) => c.fundId === 'opportunity-areas-2017-2020')).toMatchObject({ allocatedPence: 7_200_000_000, unallocatedPence: 0 });
  });

  it('shows how much of the £18m extension the published shares and the twinning pot account for', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/api/funds' })).json<FundsReply>();
    expect(body.checks.find((c) => c.fundId === 'opportunity-areas-2020-21')).toMatchObject({
      allocatedPence: 197_000_000 + 98_000_000 + 100_000_000,
      unallocatedPence: 1_800_000_000 - 395_000_000,
    });
    expect(body.checks.find((c) => c.fundId === 'research-schools-2017')).toMatchObject({ allocatedPence: 350_000_000, unallocatedPence: 0 });
  });

  it('lists each parent fund before its pots', async () => {
    const { items } = (await t.app.inject({ method: 'GET', url: '/api/funds' })).json<FundsReply>();
    const position = new Map(items.map((f, i) => [f.id, i]));
    for (const fund of items) {
      if (fund.parentId !== null) expect(position.get(fund.parentId)).toBeLessThan(position.get(fund.id) ?? -1);
    }
    expect(items[0]?.id).toBe('opportunity-areas-2017-2020');
  });

  it('narrows to one area and downloads it as CSV with pounds and pence', async () => {
    const json = (await t.app.inject({ method: 'GET', url: '/api/funds?opportunityArea=blackpool' })).json<FundsReply>();
    expect(json.items.map((f) => f.id)).toEqual(['blackpool-2017-2020', 'blackpool-2020-21']);
    const csv = await t.app.inject({ method: 'GET', url: '/api/funds?opportunityArea=blackpool&format=csv' });
    expect(csv.headers['content-disposition']).toBe('attachment; filename="funds-blackpool.csv"');
    const rows = csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toContain(',197000000,1970000.00,');
  });

  it('downloads the same rows as an Excel workbook, numbers as numbers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/funds?opportunityArea=blackpool&format=xlsx' });
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe('attachment; filename="funds-blackpool.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(3);
    expect(sheet?.getRow(1).getCell(1).value).toBe('fund_id');
    expect(sheet?.getRow(3).getCell(1).value).toBe('blackpool-2020-21');
    expect(sheet?.getRow(3).getCell(8).value).toBe(197_000_000);
  });

  it('rejects an unknown format with a JSON 400', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/funds?format=ods' });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('invalid_request');
  });
});

describe.each(await testEngines())('360Giving export API on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends the £72m allocations as a 360Giving package that validates against the standard’s schema', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/funds/opportunity-areas-2017-2020/360giving' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ grants: { id: string; amountAwarded: number; beneficiaryLocation: { geoCode: string }[] }[] }>();
    expect(giving360Errors(body)).toEqual([]);
    expect(body.grants).toHaveLength(12);
    expect(body.grants.find((g) => g.id === '360G-opportunity-areas-blackpool-2017-2020')).toMatchObject({ amountAwarded: 6_000_000, beneficiaryLocation: [{ geoCode: 'E06000009' }] });
  });

  it('downloads the same grants as CSV in the 360Giving spreadsheet layout', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/funds/opportunity-areas-2020-21/360giving?format=csv' });
    expect(response.headers['content-disposition']).toBe('attachment; filename="360giving-opportunity-areas-2020-21.csv"');
    const lines = response.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^Identifier,Title,Description,Currency,Amount Awarded,Award Date,/);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['360G-opportunity-areas-blackpool-2020-21', '360G-opportunity-areas-west-somerset-2020-21']);
  });

  it('says what is wrong for an unknown fund, a fund without allocations or without a known award date', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/funds/no-such-fund/360giving' })).statusCode).toBe(404);
    const careers = await t.app.inject({ method: 'GET', url: '/api/funds/careers-fund-2017/360giving' });
    expect(careers.statusCode).toBe(400);
    expect(careers.json<{ error: { message: string } }>().error.message).toBe('There is no published award date for careers-fund-2017: give one as YYYY-MM-DD');
    const dated = await t.app.inject({ method: 'GET', url: '/api/funds/careers-fund-2017/360giving?awardDate=2017-07-01' });
    expect(dated.json<{ error: { message: string } }>().error.message).toContain('has no allocations to export as grants');
  });
});
