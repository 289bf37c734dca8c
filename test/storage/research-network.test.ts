import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { engagementHistory } from '../../src/domain/research-network/index.ts';
import { findImporter } from '../../src/ingest/importers/index.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { listAudit } from '../../src/storage/repositories/audit.repository.ts';
import {
  createEvent,
  createGuidanceReport,
  createProgramme,
  engagementRecords,
  evidencePlansFor,
  findEvent,
  listEvents,
  listGuidanceReports,
  listProgrammes,
  recordAttendance,
  recordEngagementUpdate,
  recordEvidencePlan,
} from '../../src/storage/repositories/research-network.repository.ts';
import { placeHub } from '../../src/storage/repositories/hub-placements.repository.ts';
import { setHubReach } from '../../src/storage/repositories/hub-reach.repository.ts';
import { loadNetworkView, networkDataVersion } from '../../src/storage/repositories/network-view.repository.ts';
import { loadHubs, loadNetworkSchools } from '../../src/storage/repositories/school-need.repository.ts';
import { loadDemoData } from '../../src/storage/seed/load-demo-data.ts';
import { fixedClock } from '../support/clock.ts';
import { testEngines } from '../support/engines.ts';
import { loadNetworkSchoolsFixture } from '../support/network-fixtures.ts';
import { createServices } from '../../src/storage/services/create-services.ts';

const actor = { userId: null, label: 'hub.lead@example.gov.uk' };
const now = fixedClock();
const HUB = 'blackpool-research-school';
const importOptions = { now, actor: { userId: null, label: 'test' } };

function csv(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'oa-network-import-')), name);
  writeFileSync(path, text);
  return path;
}

async function runImporter(handle: DatabaseHandle, kind: string, path: string) {
  const importer = findImporter(kind);
  if (importer === undefined) throw new Error(`no importer ${kind}`);
  return importer.run(createServices(handle.db), path, importOptions);
}

describe.each(await testEngines())('Research School network records on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await loadDemoData(handle.db, now);
    await loadNetworkSchoolsFixture(handle.db);
  });
  afterEach(async () => {
    await handle.close();
  });

  it('places hubs from the register and reads need figures for every open school', async () => {
    const hubs = await loadHubs(handle.db);
    expect(hubs.placed.map((h) => [h.id, h.lat, h.lon])).toEqual([
      ['blackpool-research-school', 0, 0],
      ['derby-research-school', 0, 1],
    ]);
    expect(hubs.unplaced.find((h) => h.id === 'hastings-research-school')?.reason).toBe('host URN 141021 is not in the school register');
    const schools = await loadNetworkSchools(handle.db);
    expect(schools.find((s) => s.urn === 100002)).toMatchObject({ pctFsm: 40, pctFsmEver6: 45, ks2Attainment: 50, ks4Attainment: null, opportunityAreaId: 'blackpool' });
  });

  it('places a hub its host cannot place approximately: from the host’s postcode sector, else the middle of its area', async () => {
    const source = await handle.db.selectFrom('data_sources').select('id').where('name', '=', 'network fixture').executeTakeFirstOrThrow();
    // A host in the register with no location, in sector FY1 1 with the four fixture schools (all at FY1 1AA).
    await handle.db
      .insertInto('schools')
      .values({
        urn: 100007, la_code_old: '890', estab: '0007', name: 'Unlocated Host Academy', street: null, locality: null, town: null, postcode: 'FY1 1ZZ', status: 'open', open_date: null, close_date: null,
        minor_group: null, school_type: null, phase: 'secondary', age_low: 11, age_high: 16, gender: null, religious_character: null, admissions_policy: null, easting: null, northing: null,
        lat: null, lon: null, district_code: 'E06000009', education_la_code: 'E06000009', data_source_id: source.id,
      })
      .execute();
    const hub = (id: string, hostUrn: number | null) => ({ id, name: id, host_name: `Host of ${id}`, host_urn: hostUrn, opportunity_area_id: 'blackpool', announced_on: '2017-07', source_note: 'test' });
    await handle.db.insertInto('research_schools').values([hub('sector-hub', 100007), hub('alliance-hub', null)]).execute();
    const { placed } = await loadHubs(handle.db);
    // Both from the four located schools at longitudes 0.4, 0.1, 1 and 0: the middle is at 0.375.
    expect(placed.find((h) => h.id === 'sector-hub')).toMatchObject({
      lat: 0, approximate: true, placedBy: 'approximately: the middle of the 4 located schools in its host’s postcode sector FY1 1 (its host, Host of sector-hub, has no location in the register)',
    });
    expect(placed.find((h) => h.id === 'alliance-hub')).toMatchObject({
      lat: 0, approximate: true, placedBy: 'approximately: the middle of the 4 located schools of Blackpool, the area it serves (its host, Host of alliance-hub, has no single school in the register)',
    });
    expect(placed.find((h) => h.id === 'sector-hub')?.lon).toBeCloseTo(0.375, 10);
    expect(placed.find((h) => h.id === 'blackpool-research-school')).toMatchObject({ approximate: false, placedBy: 'at its host school' });
  });

  it('keeps a hub’s own reach, audited, which the network view then uses, and clears it', async () => {
    const before = await networkDataVersion(handle.db);
    expect(await setHubReach(handle.db, 'derby-research-school', { radiusMetres: 70_000, capacity: 3 }, 'Runs training across the county', actor, fixedClock())).toBe('set');
    expect(await networkDataVersion(handle.db)).not.toBe(before);
    const derby = (await loadHubs(handle.db)).placed.find((h) => h.id === 'derby-research-school');
    expect(derby).toMatchObject({ radiusMetres: 70_000, capacity: 3 });
    // Forty Primary (0.4°, 67 km from Derby's host) comes within Derby's reach; Blackpool's hub, with room for one, keeps its host.
    const { view } = await loadNetworkView(handle.db, { capacity: 1 });
    expect(view.limits.get('derby-research-school')).toEqual({ radiusMetres: 70_000, capacity: 3, ownAreaSchools: 0 });
    expect(view.schools.find((s) => s.urn === 100001)?.hubId).toBe('derby-research-school');
    expect(await setHubReach(handle.db, 'derby-research-school', { radiusMetres: null, capacity: 2 }, ' ', actor, fixedClock())).toEqual({ invalid: 'Give the reason for this reach' });
    expect(await setHubReach(handle.db, 'nowhere', { radiusMetres: 1, capacity: null }, 'x', actor, fixedClock())).toBe('unknown_hub');
    expect(await setHubReach(handle.db, 'derby-research-school', { radiusMetres: null, capacity: null }, 'Back to the network’s', actor, fixedClock())).toBe('cleared');
    expect(await setHubReach(handle.db, 'derby-research-school', { radiusMetres: null, capacity: null }, 'Again', actor, fixedClock())).toBe('not_set');
    expect((await loadHubs(handle.db)).placed.find((h) => h.id === 'derby-research-school')?.radiusMetres).toBeUndefined();
    const audit = await listAudit(handle.db, { entityType: 'research_school' });
    expect(audit.map((a) => a.action).slice(0, 2)).toEqual(['hub.reach.clear', 'hub.reach.set']);
  });

  it('marks the data the network view is read from, so a hub moved or a school added changes the mark', async () => {
    const first = await networkDataVersion(handle.db);
    expect(await networkDataVersion(handle.db)).toBe(first);
    await placeHub(handle.db, 'bradford-research-school', { kind: 'coordinates', lat: 53.79, lon: -1.75 }, 'Training held there', actor, fixedClock());
    const placed = await networkDataVersion(handle.db);
    expect(placed).not.toBe(first);
    // The same time (a fixed clock), another point: still a new mark.
    await placeHub(handle.db, 'bradford-research-school', { kind: 'coordinates', lat: 53.8, lon: -1.76 }, 'Moved', actor, fixedClock());
    expect(await networkDataVersion(handle.db)).not.toBe(placed);
  });

  it('records a guidance report, a programme, an event and attendance, auditing each, and refuses unknown references', async () => {
    expect(await createGuidanceReport(handle.db, { id: 'improving-literacy-ks1', title: 'Improving Literacy in Key Stage 1', year: 2017, strands: ['phonics'] }, actor, now)).toEqual({ refused: null });
    const programme = { id: 'literacy-2018', hubId: HUB, title: 'Literacy in KS1', strands: ['phonics', 'reading-comprehension-strategies'], guidanceReportId: 'improving-literacy-ks1', format: 'blended' as const, startsOn: '2018-01-01', endsOn: null };
    expect(await createProgramme(handle.db, programme, actor, now)).toEqual({ refused: null });
    expect((await createProgramme(handle.db, programme, actor, now)).refused).toBe('exists');
    expect((await createProgramme(handle.db, { ...programme, id: 'other', hubId: 'nowhere' }, actor, now)).refused).toBe('unknown_hub');
    expect(await listProgrammes(handle.db, HUB)).toEqual([programme]);

    const event = { id: 'literacy-day-1', hubId: HUB, programmeId: 'literacy-2018', kind: 'training' as const, title: 'Day 1', heldOn: '2018-01-10' };
    expect(await createEvent(handle.db, event, actor, now)).toEqual({ refused: null });
    const wrongHub = await createEvent(handle.db, { ...event, id: 'x', hubId: 'derby-research-school' }, actor, now);
    expect(wrongHub).toEqual({ refused: 'unknown_programme', message: 'Programme literacy-2018 belongs to blackpool-research-school, not derby-research-school' });

    expect(await recordAttendance(handle.db, { eventId: 'literacy-day-1', urn: 100002, role: 'teacher', people: 2 }, actor, now)).toEqual({ refused: null });
    expect(await recordAttendance(handle.db, { eventId: 'literacy-day-1', urn: 100002, role: 'teacher', people: 3 }, actor, now)).toEqual({ refused: null });
    expect((await recordAttendance(handle.db, { eventId: 'literacy-day-1', urn: 999999, role: 'teacher', people: 1 }, actor, now)).refused).toBe('unknown_school');
    expect((await recordAttendance(handle.db, { eventId: 'nope', urn: 100002, role: 'teacher', people: 1 }, actor, now)).refused).toBe('unknown_event');
    expect((await findEvent(handle.db, 'literacy-day-1'))?.attendance).toEqual([{ eventId: 'literacy-day-1', urn: 100002, role: 'teacher', people: 3, schoolName: 'Tenth Primary' }]);
    expect(await listEvents(handle.db, HUB)).toEqual([{ ...event, schools: 1, people: 3 }]);

    const audit = await listAudit(handle.db, {});
    const actions = audit.map((a) => a.action).filter((a) => !a.startsWith('demo'));
    expect(actions.filter((a) => a === 'attendance.record')).toHaveLength(2);
    expect(actions).toEqual(expect.arrayContaining(['guidance_report.create', 'programme.create', 'event.create']));
  });

  it('reads each school’s records so its engagement can be derived, with manual updates and plans', async () => {
    await createEvent(handle.db, { id: 'briefing', hubId: HUB, programmeId: null, kind: 'briefing', title: 'Evidence briefing', heldOn: '2017-11-01' }, actor, now);
    await createEvent(handle.db, { id: 'training', hubId: HUB, programmeId: null, kind: 'training', title: 'Training', heldOn: '2018-01-10' }, actor, now);
    await recordAttendance(handle.db, { eventId: 'briefing', urn: 100001, role: 'leader', people: 1 }, actor, now);
    await recordAttendance(handle.db, { eventId: 'training', urn: 100001, role: 'teacher', people: 1 }, actor, now);
    const plan = { urn: 100001, strands: ['feedback'], targetPupils: 60, costPerPupilPence: 4_500, expectedMonths: 6, startsOn: '2018-02-01' };
    expect(await recordEvidencePlan(handle.db, plan, actor, now)).toEqual({ refused: null });
    expect(await evidencePlansFor(handle.db, [100001])).toEqual([plan]);
    expect(await recordEngagementUpdate(handle.db, { urn: 100002, level: 'aware', reason: 'Head teacher came to the launch', effectiveOn: '2017-09-01' }, actor, now)).toEqual({ refused: null });
    const records = await engagementRecords(handle.db);
    expect(engagementHistory(records.get(100001) ?? []).level).toBe('implementing');
    expect(engagementHistory(records.get(100002) ?? []).changes).toEqual([{ date: '2017-09-01', from: 'none', to: 'aware', because: 'Head teacher came to the launch' }]);
    expect((await engagementRecords(handle.db, [100002])).has(100001)).toBe(false);
  });

  it('imports events and attendance all or nothing, naming every bad row, and changes nothing the second time', async () => {
    const events = csv('events.csv', 'event_id,hub_id,programme_id,kind,title,held_on\r\nbriefing-1,blackpool-research-school,,briefing,Launch,2017-11-01\r\ntraining-1,blackpool-research-school,,training,Day one,10-01-2018\r\n');
    expect(await runImporter(handle, 'research-events', events)).toMatchObject({ ok: true, counts: { rows: 2, inserted: 2 } });
    const bad = csv('attendance-bad.csv', 'event_id,urn,role,people\r\ntraining-1,100001,teacher,2\r\ntraining-9,100002,teacher,1\r\ntraining-1,999999,head,0\r\n');
    const refused = await runImporter(handle, 'event-attendance', bad);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
        [4, 'role', 'Expected one of: leader, teacher, teaching_assistant'],
        [4, 'people', 'Expected a whole number from 1 to 500'],
        [3, 'event_id', 'There is no event training-9: import the events first, or correct the id'],
      ]);
    }
    expect(await handle.db.selectFrom('event_attendance').selectAll().execute()).toEqual([]);
    const good = csv('attendance.csv', 'event_id,urn,role\r\ntraining-1,100001,teacher\r\ntraining-1,100001,leader\r\nbriefing-1,100002,teaching_assistant\r\n');
    expect(await runImporter(handle, 'event-attendance', good)).toMatchObject({ ok: true, counts: { rows: 3, inserted: 3 } });
    expect(await runImporter(handle, 'event-attendance', good)).toMatchObject({ ok: true, counts: { inserted: 0, updated: 0, unchanged: 3 } });
    const records = await engagementRecords(handle.db);
    expect(engagementHistory(records.get(100001) ?? []).level).toBe('trained');
    expect(engagementHistory(records.get(100002) ?? []).level).toBe('aware');
    const badEvents = csv('events-bad.csv', 'event_id,hub_id,programme_id,kind,title,held_on\r\nBad Id,nowhere,missing,party,,2018-02-30\r\n');
    const eventProblems = await runImporter(handle, 'research-events', badEvents);
    expect(eventProblems.ok ? [] : eventProblems.problems.map((p) => p.column)).toEqual(['event_id', 'kind', 'title', 'held_on']);
  });

  it('imports Guidance Reports once the Toolkit is loaded, checking each strand', async () => {
    const file = csv('reports.csv', 'report_id,title,year,strands\r\nimproving-literacy-ks1,Improving Literacy in Key Stage 1,2017,phonics; oral-language-interventions\r\n');
    const early = await runImporter(handle, 'guidance-reports', file);
    expect(early.ok ? [] : early.problems.map((p) => p.reason)).toEqual(['Import the Toolkit strands first (toolkit-strands), so each report’s strands can be checked']);
    const source = await handle.db.insertInto('data_sources').values({ name: 't', origin: 't.csv', loaded_at: '2026-01-01T00:00:00.000Z', row_count: 1, checksum: 't' }).returning('id').executeTakeFirstOrThrow();
    await handle.db.insertInto('toolkit_strands').values({ id: 'eef-tl-phonics', slug: 'phonics', name: 'Phonics', impact_months: 5, cost_rating: 1, evidence_rating: 5, headline: 'h', gap_summary: null, tags: '', url: 'u', data_source_id: source.id }).execute();
    const unknown = await runImporter(handle, 'guidance-reports', file);
    expect(unknown.ok ? [] : unknown.problems.map((p) => [p.row, p.column, p.value])).toEqual([[2, 'strands', 'oral-language-interventions']]);
    const good = csv('reports-good.csv', 'report_id,title,year,strands\r\nimproving-literacy-ks1,Improving Literacy in Key Stage 1,2017,phonics\r\n');
    expect(await runImporter(handle, 'guidance-reports', good)).toMatchObject({ ok: true, counts: { inserted: 1 } });
    expect(await runImporter(handle, 'guidance-reports', good)).toMatchObject({ ok: true, counts: { inserted: 0, unchanged: 1 } });
    expect(await listGuidanceReports(handle.db)).toEqual([{ id: 'improving-literacy-ks1', title: 'Improving Literacy in Key Stage 1', year: 2017, strands: ['phonics'] }]);
  });
});
