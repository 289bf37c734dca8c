import type { Kysely, Transaction } from 'kysely';
import type { AuditActor, ScopeRef } from '../../domain/access/index.ts';
import type {
  Attendance,
  AttendanceRole,
  EngagementLevel,
  EngagementRecord,
  EngagementUpdate,
  EvidencePlan,
  EventKind,
  GuidanceReport,
  NetworkEvent,
  ProgrammeFormat,
  TrainingProgramme,
} from '../../domain/research-network/index.ts';
import { hubsServingSchool } from '../../domain/research-network/index.ts';
import type { Database } from '../schema.ts';
import { loadHubs } from './school-need.repository.ts';
import { recordAudit } from './audit.repository.ts';
import { penceFromColumn } from './pence-from-column.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Why a write was refused: something it refers to does not exist, or the record already does. */
export type WriteRefusal = { readonly refused: 'unknown_hub' | 'unknown_programme' | 'unknown_guidance_report' | 'unknown_event' | 'unknown_school' | 'exists'; readonly message: string };
export type WriteOutcome = { readonly refused: null } | WriteRefusal;

const done: WriteOutcome = { refused: null };
const refuse = (refused: WriteRefusal['refused'], message: string): WriteRefusal => ({ refused, message });
const strandsOf = (json: string): string[] => JSON.parse(json) as string[];

async function exists(db: Db, table: 'research_schools' | 'research_programmes' | 'guidance_reports' | 'research_events', id: string): Promise<boolean> {
  return (await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

async function schoolExists(db: Db, urn: number): Promise<boolean> {
  return (await db.selectFrom('schools').select('urn').where('urn', '=', urn).executeTakeFirst()) !== undefined;
}

/** Records a Guidance Report (once per id), with an audit entry. */
export async function createGuidanceReport(db: Kysely<Database>, report: GuidanceReport, actor: AuditActor, now: () => Date): Promise<WriteOutcome> {
  return db.transaction().execute(async (trx) => {
    if (await exists(trx, 'guidance_reports', report.id)) return refuse('exists', `There is already a Guidance Report with the id ${report.id}`);
    await trx.insertInto('guidance_reports').values({ id: report.id, title: report.title, year: report.year, strands: JSON.stringify(report.strands) }).execute();
    await recordAudit(trx, { actor, at: now().toISOString(), action: 'guidance_report.create', entityType: 'guidance_report', entityId: report.id, summary: report });
    return done;
  });
}

export async function listGuidanceReports(db: Kysely<Database>): Promise<GuidanceReport[]> {
  const rows = await db.selectFrom('guidance_reports').selectAll().orderBy('year', 'desc').orderBy('title').execute();
  return rows.map((r) => ({ id: r.id, title: r.title, year: r.year, strands: strandsOf(r.strands) }));
}

/** Records a training programme for a hub, with an audit entry. */
export async function createProgramme(db: Kysely<Database>, programme: TrainingProgramme, actor: AuditActor, now: () => Date): Promise<WriteOutcome> {
  return db.transaction().execute(async (trx) => {
    if (!(await exists(trx, 'research_schools', programme.hubId))) return refuse('unknown_hub', `There is no Research School with the id ${programme.hubId}`);
    if (programme.guidanceReportId !== null && !(await exists(trx, 'guidance_reports', programme.guidanceReportId))) {
      return refuse('unknown_guidance_report', `There is no Guidance Report with the id ${programme.guidanceReportId}`);
    }
    if (await exists(trx, 'research_programmes', programme.id)) return refuse('exists', `There is already a programme with the id ${programme.id}`);
    const at = now().toISOString();
    await trx
      .insertInto('research_programmes')
      .values({
        id: programme.id, hub_id: programme.hubId, title: programme.title, strands: JSON.stringify(programme.strands), guidance_report_id: programme.guidanceReportId,
        format: programme.format, starts_on: programme.startsOn, ends_on: programme.endsOn, recorded_at: at, recorded_by: actor.label,
      })
      .execute();
    await recordAudit(trx, { actor, at, action: 'programme.create', entityType: 'research_programme', entityId: programme.id, summary: programme });
    return done;
  });
}

/** A hub's programmes, earliest first; with `limit`, only the `limit` that start latest (still earliest first). */
export async function listProgrammes(db: Kysely<Database>, hubId: string, limit?: number): Promise<TrainingProgramme[]> {
  const query = db.selectFrom('research_programmes').selectAll().where('hub_id', '=', hubId);
  const rows = limit === undefined ? await query.orderBy('starts_on').orderBy('id').execute() : (await query.orderBy('starts_on', 'desc').orderBy('id', 'desc').limit(limit).execute()).reverse();
  return rows.map((r) => ({
    id: r.id, hubId: r.hub_id, title: r.title, strands: strandsOf(r.strands), guidanceReportId: r.guidance_report_id, format: r.format as ProgrammeFormat,
    startsOn: r.starts_on, endsOn: r.ends_on,
  }));
}

/** Records an event (once per id): it must belong to a known hub and, if given, to that hub's programme. */
export async function createEvent(db: Kysely<Database>, event: NetworkEvent, actor: AuditActor, now: () => Date): Promise<WriteOutcome> {
  return db.transaction().execute(async (trx) => {
    const refusal = await checkEvent(trx, event);
    if (refusal !== null) return refusal;
    if (await exists(trx, 'research_events', event.id)) return refuse('exists', `There is already an event with the id ${event.id}`);
    await trx
      .insertInto('research_events')
      .values({ id: event.id, hub_id: event.hubId, programme_id: event.programmeId, kind: event.kind, title: event.title, held_on: event.heldOn, data_source_id: null })
      .execute();
    await recordAudit(trx, { actor, at: now().toISOString(), action: 'event.create', entityType: 'research_event', entityId: event.id, summary: event });
    return done;
  });
}

/** Whether an event's hub and programme exist and agree; null when they do. Used by forms and the importer. */
export async function checkEvent(db: Db, event: Pick<NetworkEvent, 'hubId' | 'programmeId'>): Promise<WriteRefusal | null> {
  if (!(await exists(db, 'research_schools', event.hubId))) return refuse('unknown_hub', `There is no Research School with the id ${event.hubId}`);
  if (event.programmeId === null) return null;
  const programme = await db.selectFrom('research_programmes').select('hub_id').where('id', '=', event.programmeId).executeTakeFirst();
  if (programme === undefined) return refuse('unknown_programme', `There is no programme with the id ${event.programmeId}`);
  if (programme.hub_id !== event.hubId) return refuse('unknown_programme', `Programme ${event.programmeId} belongs to ${programme.hub_id}, not ${event.hubId}`);
  return null;
}

const eventFromRow = (r: { id: string; hub_id: string; programme_id: string | null; kind: string; title: string; held_on: string }): NetworkEvent => ({
  id: r.id, hubId: r.hub_id, programmeId: r.programme_id, kind: r.kind as EventKind, title: r.title, heldOn: r.held_on,
});

export async function listEvents(db: Kysely<Database>, hubId: string, limit?: number): Promise<(NetworkEvent & { schools: number; people: number })[]> {
  let query = db
    .selectFrom('research_events as e')
    .leftJoin('event_attendance as a', 'a.event_id', 'e.id')
    .select(['e.id', 'e.hub_id', 'e.programme_id', 'e.kind', 'e.title', 'e.held_on'])
    .select((eb) => [eb.fn.count<string | number>('a.urn').distinct().as('schools'), eb.fn.sum<string | number | null>('a.people').as('people')])
    .where('e.hub_id', '=', hubId)
    .groupBy(['e.id', 'e.hub_id', 'e.programme_id', 'e.kind', 'e.title', 'e.held_on'])
    .orderBy('e.held_on', 'desc')
    .orderBy('e.id');
  if (limit !== undefined) query = query.limit(limit);
  const rows = await query.execute();
  return rows.map((r) => ({ ...eventFromRow(r), schools: Number(r.schools), people: Number(r.people ?? 0) }));
}

/** How many events a hub has held in all, and how many of them belong to each of its programmes. */
export async function countEvents(db: Kysely<Database>, hubId: string): Promise<{ total: number; byProgramme: Map<string, number> }> {
  const rows = await db
    .selectFrom('research_events')
    .select(['programme_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('hub_id', '=', hubId)
    .groupBy('programme_id')
    .execute();
  const byProgramme = new Map(rows.flatMap((r) => (r.programme_id === null ? [] : [[r.programme_id, Number(r.n)] as const])));
  return { total: rows.reduce((sum, r) => sum + Number(r.n), 0), byProgramme };
}

export async function findEvent(db: Kysely<Database>, id: string): Promise<(NetworkEvent & { attendance: (Attendance & { schoolName: string | null })[] }) | null> {
  const row = await db.selectFrom('research_events').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return null;
  const attendance = await db
    .selectFrom('event_attendance as a')
    .leftJoin('schools as s', 's.urn', 'a.urn')
    .select(['a.event_id', 'a.urn', 'a.role', 'a.people', 's.name'])
    .where('a.event_id', '=', id)
    .orderBy('s.name')
    .orderBy('a.urn')
    .orderBy('a.role')
    .execute();
  return { ...eventFromRow(row), attendance: attendance.map((a) => ({ eventId: a.event_id, urn: a.urn, role: a.role as AttendanceRole, people: a.people, schoolName: a.name })) };
}

/** Records (or corrects) how many people of a role came from a school to an event, with an audit entry. */
export async function recordAttendance(db: Kysely<Database>, attendance: Attendance, actor: AuditActor, now: () => Date): Promise<WriteOutcome> {
  return db.transaction().execute(async (trx) => {
    if (!(await exists(trx, 'research_events', attendance.eventId))) return refuse('unknown_event', `There is no event with the id ${attendance.eventId}`);
    if (!(await schoolExists(trx, attendance.urn))) return refuse('unknown_school', `There is no school with the URN ${String(attendance.urn)} in the register`);
    const key = { event_id: attendance.eventId, urn: attendance.urn, role: attendance.role };
    const existing = await trx.selectFrom('event_attendance').select('people').where('event_id', '=', key.event_id).where('urn', '=', key.urn).where('role', '=', key.role).executeTakeFirst();
    if (existing === undefined) await trx.insertInto('event_attendance').values({ ...key, people: attendance.people, data_source_id: null }).execute();
    else await trx.updateTable('event_attendance').set({ people: attendance.people, data_source_id: null }).where('event_id', '=', key.event_id).where('urn', '=', key.urn).where('role', '=', key.role).execute();
    await recordAudit(trx, { actor, at: now().toISOString(), action: 'attendance.record', entityType: 'research_event', entityId: attendance.eventId, summary: { ...attendance, before: existing?.people ?? null } });
    return done;
  });
}

/** Sets a school's engagement level by hand from a date, with the reason; audited. */
export async function recordEngagementUpdate(db: Kysely<Database>, update: EngagementUpdate, actor: AuditActor, now: () => Date): Promise<WriteOutcome> {
  return db.transaction().execute(async (trx) => {
    if (!(await schoolExists(trx, update.urn))) return refuse('unknown_school', `There is no school with the URN ${String(update.urn)} in the register`);
    const at = now().toISOString();
    await trx.insertInto('engagement_updates').values({ urn: update.urn, level: update.level, reason: update.reason, effective_on: update.effectiveOn, recorded_at: at, recorded_by: actor.label }).execute();
    await recordAudit(trx, { actor, at, action: 'engagement.update', entityType: 'school', entityId: String(update.urn), summary: update });
    return done;
  });
}

/** Records a school's evidence plan; audited. */
export async function recordEvidencePlan(db: Kysely<Database>, plan: EvidencePlan, actor: AuditActor, now: () => Date): Promise<WriteOutcome> {
  return db.transaction().execute(async (trx) => {
    if (!(await schoolExists(trx, plan.urn))) return refuse('unknown_school', `There is no school with the URN ${String(plan.urn)} in the register`);
    const at = now().toISOString();
    await trx
      .insertInto('evidence_plans')
      .values({
        urn: plan.urn, strands: JSON.stringify(plan.strands), target_pupils: plan.targetPupils, cost_per_pupil_pence: plan.costPerPupilPence,
        expected_months: plan.expectedMonths, starts_on: plan.startsOn, recorded_at: at, recorded_by: actor.label,
      })
      .execute();
    await recordAudit(trx, { actor, at, action: 'evidence_plan.record', entityType: 'school', entityId: String(plan.urn), summary: plan });
    return done;
  });
}

export async function evidencePlansFor(db: Kysely<Database>, urns?: readonly number[]): Promise<EvidencePlan[]> {
  if (urns?.length === 0) return [];
  let query = db.selectFrom('evidence_plans').selectAll().orderBy('starts_on').orderBy('id');
  if (urns !== undefined) query = query.where('urn', 'in', [...urns]);
  const rows = await query.execute();
  return rows.map((r) => ({
    urn: r.urn, strands: strandsOf(r.strands), targetPupils: r.target_pupils, costPerPupilPence: penceFromColumn(r.cost_per_pupil_pence), expectedMonths: r.expected_months, startsOn: r.starts_on,
  }));
}

/**
 * Every school's engagement records (attendance with its event's kind and date, evidence plans, manual
 * updates with their reason), for `engagementHistory`. Only the given schools when `urns` is given.
 */
export async function engagementRecords(db: Kysely<Database>, urns?: readonly number[]): Promise<Map<number, EngagementRecord[]>> {
  const records = new Map<number, EngagementRecord[]>();
  if (urns?.length === 0) return records;
  const add = (urn: number, record: EngagementRecord) => {
    const list = records.get(urn) ?? [];
    list.push(record);
    records.set(urn, list);
  };
  let attendance = db.selectFrom('event_attendance as a').innerJoin('research_events as e', 'e.id', 'a.event_id').select(['a.urn', 'a.role', 'e.kind', 'e.held_on']);
  let plans = db.selectFrom('evidence_plans').select(['urn', 'starts_on']);
  let manual = db.selectFrom('engagement_updates').select(['urn', 'level', 'reason', 'effective_on']).orderBy('id');
  if (urns !== undefined) {
    attendance = attendance.where('a.urn', 'in', [...urns]);
    plans = plans.where('urn', 'in', [...urns]);
    manual = manual.where('urn', 'in', [...urns]);
  }
  for (const r of await attendance.execute()) add(r.urn, { kind: 'attendance', date: r.held_on, eventKind: r.kind as EventKind, role: r.role as AttendanceRole });
  for (const r of await plans.execute()) add(r.urn, { kind: 'evidence_plan', date: r.starts_on });
  for (const r of await manual.execute()) add(r.urn, { kind: 'manual', date: r.effective_on, level: r.level as EngagementLevel, reason: r.reason });
  return records;
}

/**
 * What a school belongs to for access: itself, its Opportunity Area, and the hubs that serve it (its
 * area's Research School, and every placed hub within 20 km: `hubsServingSchool`, docs/methodology.md
 * §14.10). Having come to a hub's event does not put a school in the hub's reach: attendance is recorded
 * only for schools the hub already serves. A school not in the register belongs to itself alone.
 */
export async function schoolNetworkScopes(db: Kysely<Database>, urn: number): Promise<ScopeRef[]> {
  const school = await db
    .selectFrom('schools as s')
    .leftJoin('opportunity_area_districts as d', 'd.district_code', 's.district_code')
    .select(['d.opportunity_area_id', 's.lat', 's.lon'])
    .where('s.urn', '=', urn)
    .executeTakeFirst();
  if (school === undefined) return [`school:${urn}`];
  const area = school.opportunity_area_id ?? null;
  const { placed } = await loadHubs(db);
  const placedIds = new Set(placed.map((h) => h.id));
  // A hub not yet placed still serves its own area's schools.
  const unplaced = await db.selectFrom('research_schools').select(['id', 'opportunity_area_id']).execute();
  const hubs = [
    ...placed.map((h) => ({ id: h.id, opportunityAreaId: h.opportunityAreaId, lat: h.lat, lon: h.lon, radiusMetres: h.radiusMetres })),
    ...unplaced.filter((h) => !placedIds.has(h.id)).map((h) => ({ id: h.id, opportunityAreaId: h.opportunity_area_id, lat: null, lon: null })),
  ];
  const serving = hubsServingSchool({ opportunityAreaId: area, lat: school.lat, lon: school.lon }, hubs);
  return [`school:${urn}`, ...(area === null ? [] : [`area:${area}` as const]), ...serving.map((id) => `hub:${id}` as const)];
}

/** A school's pupils on roll at the latest census that counts it, with that census's period; nulls when unknown. */
export async function pupilsOnRoll(db: Kysely<Database>, urn: number): Promise<{ pupils: number | null; period: string | null }> {
  const row = await db.selectFrom('school_census').select(['pupils', 'period']).where('urn', '=', urn).where('pupils', 'is not', null).orderBy('period', 'desc').executeTakeFirst();
  return { pupils: row?.pupils ?? null, period: row?.period ?? null };
}

/** A Research School's own record, or null. */
/** What a hub's pages belong to for access: the hub, and the Opportunity Area it serves. */
export async function hubScopes(db: Kysely<Database>, id: string): Promise<ScopeRef[]> {
  const hub = await findResearchSchool(db, id);
  return hub?.opportunityAreaId === null || hub === null ? [`hub:${id}`] : [`hub:${id}`, `area:${hub.opportunityAreaId}`];
}

export async function findResearchSchool(db: Kysely<Database>, id: string): Promise<{ id: string; name: string; hostName: string; hostUrn: number | null; opportunityAreaId: string | null } | null> {
  const row = await db.selectFrom('research_schools').select(['id', 'name', 'host_name', 'host_urn', 'opportunity_area_id']).where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : { id: row.id, name: row.name, hostName: row.host_name, hostUrn: row.host_urn, opportunityAreaId: row.opportunity_area_id };
}

/** Evidence plans of the schools in an Opportunity Area, each with the area's id, for strand roll-ups. */
export async function evidencePlansInArea(db: Kysely<Database>, opportunityAreaId: string): Promise<(EvidencePlan & { areaKey: string })[]> {
  const rows = await db
    .selectFrom('evidence_plans as p')
    .innerJoin('schools as s', 's.urn', 'p.urn')
    .innerJoin('opportunity_area_districts as d', 'd.district_code', 's.district_code')
    .select(['p.urn', 'p.strands', 'p.target_pupils', 'p.cost_per_pupil_pence', 'p.expected_months', 'p.starts_on', 'd.opportunity_area_id'])
    .where('d.opportunity_area_id', '=', opportunityAreaId)
    .orderBy('p.id')
    .execute();
  return rows.map((r) => ({
    urn: r.urn, strands: strandsOf(r.strands), targetPupils: r.target_pupils, costPerPupilPence: penceFromColumn(r.cost_per_pupil_pence), expectedMonths: r.expected_months,
    startsOn: r.starts_on, areaKey: r.opportunity_area_id,
  }));
}

/** The Research Schools serving an Opportunity Area. */
export async function hubsOfArea(db: Kysely<Database>, opportunityAreaId: string): Promise<string[]> {
  return (await db.selectFrom('research_schools').select('id').where('opportunity_area_id', '=', opportunityAreaId).orderBy('id').execute()).map((r) => r.id);
}

/** A page of Research School hubs by name (or the one with `id`), with their area's name and how many there are. */
export async function listHubsPage(
  db: Kysely<Database>,
  options: { readonly id?: string; readonly page: number; readonly pageSize: number },
): Promise<{ total: number; rows: { id: string; name: string; opportunity_area_id: string | null; opportunity_area_name: string | null; host_urn: number | null }[] }> {
  const chosen = options.id === undefined ? db.selectFrom('research_schools as r') : db.selectFrom('research_schools as r').where('r.id', '=', options.id);
  const [counted, rows] = await Promise.all([
    chosen.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
    chosen
      .leftJoin('opportunity_areas as o', 'o.id', 'r.opportunity_area_id')
      .select(['r.id', 'r.name', 'r.opportunity_area_id', 'o.name as opportunity_area_name', 'r.host_urn'])
      .orderBy('r.name')
      .orderBy('r.id')
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize)
      .execute(),
  ]);
  return { total: Number(counted.n), rows };
}
