import type { Kysely } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import type { Database } from '../schema.ts';
import { recordAudit } from './audit.repository.ts';

export interface BoardMember {
  readonly name: string;
  readonly organisation: string;
  /** Early years, schools, further education, higher education, employers, voluntary sector, local authority … */
  readonly sector: string;
}

export interface BoardDecision {
  readonly decision: string;
  readonly owner: string;
  readonly dueOn: string;
  readonly doneOn: string | null;
}

export interface BoardMeeting {
  readonly heldOn: string;
  readonly papers: readonly string[];
  readonly decisions: readonly BoardDecision[];
}

async function areaExists(db: Kysely<Database>, areaId: string): Promise<boolean> {
  return (await db.selectFrom('opportunity_areas').select('id').where('id', '=', areaId).executeTakeFirst()) !== undefined;
}

/** Adds a member to an area's partnership board, audited. */
export async function addBoardMember(db: Kysely<Database>, areaId: string, member: BoardMember, actor: AuditActor, now: () => Date): Promise<'not_found' | 'added'> {
  if (!(await areaExists(db, areaId))) return 'not_found';
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('board_members').values({ opportunity_area_id: areaId, ...member }).execute();
    await recordAudit(trx, { actor, at: now().toISOString(), action: 'board_member.create', entityType: 'partnership_board', entityId: areaId, summary: member });
  });
  return 'added';
}

/** An area's board members by sector then name (the first `limit` when given). */
export async function listBoardMembers(db: Kysely<Database>, areaId: string, limit?: number): Promise<BoardMember[]> {
  let query = db.selectFrom('board_members').select(['name', 'organisation', 'sector']).where('opportunity_area_id', '=', areaId).orderBy('sector').orderBy('name');
  if (limit !== undefined) query = query.limit(limit);
  return query.execute();
}

/** Records a board meeting with its papers and decisions log, audited; one meeting per area per day. */
export async function addBoardMeeting(db: Kysely<Database>, areaId: string, meeting: BoardMeeting, actor: AuditActor, now: () => Date): Promise<'not_found' | 'duplicate' | 'added'> {
  if (!(await areaExists(db, areaId))) return 'not_found';
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('board_meetings').select('id').where('opportunity_area_id', '=', areaId).where('held_on', '=', meeting.heldOn).executeTakeFirst();
    if (existing !== undefined) return 'duplicate';
    const { id } = await trx.insertInto('board_meetings').values({ opportunity_area_id: areaId, held_on: meeting.heldOn, papers: JSON.stringify(meeting.papers) }).returning('id').executeTakeFirstOrThrow();
    if (meeting.decisions.length > 0) {
      await trx
        .insertInto('board_decisions')
        .values(meeting.decisions.map((d) => ({ meeting_id: id, decision: d.decision, owner: d.owner, due_on: d.dueOn, done_on: d.doneOn })))
        .execute();
    }
    await recordAudit(trx, { actor, at: now().toISOString(), action: 'board_meeting.create', entityType: 'partnership_board', entityId: areaId, summary: meeting });
    return 'added';
  });
}

/** An area's meetings, newest first (the newest `limit` when given), each with its decisions in due-date order. */
export async function listBoardMeetings(db: Kysely<Database>, areaId: string, limit?: number): Promise<BoardMeeting[]> {
  let query = db.selectFrom('board_meetings').selectAll().where('opportunity_area_id', '=', areaId).orderBy('held_on', 'desc');
  if (limit !== undefined) query = query.limit(limit);
  const meetings = await query.execute();
  if (meetings.length === 0) return [];
  const decisions = await db.selectFrom('board_decisions').selectAll().where('meeting_id', 'in', meetings.map((m) => m.id)).orderBy('due_on').orderBy('id').execute();
  return meetings.map((m) => ({
    heldOn: m.held_on,
    papers: JSON.parse(m.papers) as string[],
    decisions: decisions.filter((d) => d.meeting_id === m.id).map((d) => ({ decision: d.decision, owner: d.owner, dueOn: d.due_on, doneOn: d.done_on })),
  }));
}

/** The date of each area's latest board meeting recorded, by area id (areas with none left out). */
export async function lastBoardMeetings(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('board_meetings')
    .select(['opportunity_area_id', (eb) => eb.fn.max('held_on').as('last')])
    .groupBy('opportunity_area_id')
    .execute();
  return new Map(rows.map((row) => [row.opportunity_area_id, row.last]));
}
