import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryPlanImporter } from '../../src/ingest/importers/plans/delivery-plan.importer.ts';
import { runImport } from '../../src/ingest/run-import.ts';
import { createServices } from '../../src/storage/services/create-services.ts';
import { addBoardMeeting } from '../../src/storage/repositories/board-meetings.repository.ts';
import { fixedClock } from '../support/clock.ts';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, signIn, type SignedIn } from '../support/users.ts';

const EXAMPLE = new URL('../../docs/examples/delivery-plan.example.csv', import.meta.url).pathname;
const ACTOR = { userId: null, label: 'test' };

interface StatusRow { areaId: string; areaName: string; measures: number; counts: Record<string, number>; lastBoardMeeting: string | null }
interface Cross { themes: { measures: { areaId: string; status: string }[] }[] }

describe.each(await testEngines())('GET /api/plans/status, every area’s plan at a glance, on $name', (engine) => {
  let t: TestApp;
  let admin: SignedIn;
  let analyst: SignedIn;
  let lead: SignedIn;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const imported = await runImport(createServices(t.handle.db, t.handle.engine), deliveryPlanImporter, EXAMPLE, { now: fixedClock(), actor: ACTOR });
    expect(imported.ok).toBe(true);
    for (const heldOn of ['2018-03-01', '2019-11-20', '2018-12-05']) {
      expect(await addBoardMeeting(t.handle.db, 'blackpool', { heldOn, papers: [], decisions: [] }, ACTOR, fixedClock())).toBe('added');
    }
    await addUser(t.handle.db, 'admin@example.gov.uk', 'admin');
    await addUser(t.handle.db, 'analyst@example.gov.uk', 'analyst');
    await addUser(t.handle.db, 'lead@example.gov.uk', 'area_lead', ['area:blackpool']);
    [admin, analyst, lead] = [await signIn(t.app, 'admin@example.gov.uk'), await signIn(t.app, 'analyst@example.gov.uk'), await signIn(t.app, 'lead@example.gov.uk')];
  });
  afterAll(async () => {
    await t.close();
  });

  const status = async (who: SignedIn, query = '') => t.app.inject({ method: 'GET', url: `/api/plans/status${query}`, headers: who.headers });

  it('is for the national team and analysts; an area lead is refused', async () => {
    expect((await status(admin)).statusCode).toBe(200);
    expect((await status(analyst)).statusCode).toBe(200);
    expect((await status(lead)).statusCode).toBe(403);
  });

  it('lists every area, those without a plan too, with counts matching each measure’s status', async () => {
    const items = (await status(admin)).json<{ items: StatusRow[] }>().items;
    const areas = await t.handle.db.selectFrom('opportunity_areas').select('id').execute();
    expect(items.map((i) => i.areaId).sort()).toEqual(areas.map((a) => a.id).sort());
    expect(items.map((i) => i.areaName)).toEqual([...items.map((i) => i.areaName)].sort((a, b) => a.localeCompare(b)));
    const cross = (await t.app.inject({ method: 'GET', url: '/api/plans/measures?pageSize=500', headers: admin.headers })).json<Cross>();
    const measures = cross.themes.flatMap((theme) => theme.measures);
    expect(measures.length).toBeGreaterThan(0);
    for (const row of items) {
      const own = measures.filter((m) => m.areaId === row.areaId);
      expect(row.measures).toBe(own.length);
      for (const key of ['on_track', 'at_risk', 'off_track', 'no_data']) expect(row.counts[key]).toBe(own.filter((m) => m.status === key).length);
    }
    const blackpool = items.find((i) => i.areaId === 'blackpool');
    expect(blackpool?.measures).toBeGreaterThan(0);
    expect(blackpool?.lastBoardMeeting).toBe('2019-11-20');
    expect(items.filter((i) => i.areaId !== 'blackpool').every((i) => i.lastBoardMeeting === null)).toBe(true);
  });

  it('downloads the same rows as CSV and XLSX', async () => {
    const csv = await status(admin, '?format=csv');
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.trim().split(/\r?\n/);
    expect(lines[0]).toBe('area,area_name,measures,on_track,at_risk,off_track,no_data,last_board_meeting');
    expect(lines.some((line) => line.startsWith('blackpool,Blackpool,') && line.endsWith(',2019-11-20'))).toBe(true);
    const xlsx = await status(admin, '?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });
});
