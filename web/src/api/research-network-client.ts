import { api, reply, sendJson, type Reply, type RequestBody, type Schemas } from './http.ts';

/** The research network's replies and bodies, as aliases of the schemas generated from openapi.json. */
export type HubSchool = Schemas['HubSchool'];
export type EngagementLevel = HubSchool['level'];
export type NeedPart = HubSchool['needParts'][number];
export type NetworkEvent = Schemas['NetworkEvent'];
export type HubDetail = Reply<'/api/hubs/{id}'>;
/** One page of a hub's schools, with how many there are in all. */
export type HubSchoolPage = HubDetail['schools'];
export type Funnel = HubDetail['funnel'];
export type FunnelStage = Funnel['stages'][number];

/** A hub's training programme as the hub page lists it, with how many of the hub's events belong to it. */
export type HubProgramme = HubDetail['programmes'][number];
export type ProgrammeFormat = HubProgramme['format'];

export const FORMAT_NAMES: Readonly<Record<ProgrammeFormat, string>> = { face_to_face: 'Face to face', online: 'Online', blended: 'Blended' };

export type EventDetail = Reply<'/api/hubs/{id}/events/{eventId}'>;
export type AttendanceRole = EventDetail['attendance'][number]['role'];
export type SchoolEngagement = Reply<'/api/schools/{urn}/engagement'>;
/*
 * What the attendance, event and programme forms hold and send: the text as typed. The server coerces and
 * checks it and words each problem for the form (`Enter how many people came, from 1 to 500`), so these are
 * sent as they are, not as the document's stricter body types.
 */
export interface AttendanceEntry {
  readonly urn: string;
  readonly role: string;
  readonly people: string;
}

const hubPath = (id: string) => `/api/hubs/${encodeURIComponent(id)}`;
const eventPath = (hubId: string, eventId: string) => `${hubPath(hubId)}/events/${encodeURIComponent(eventId)}`;

export const researchNetworkLinks = {
  hubTable: (id: string, table: 'schools' | 'not-reached' | 'events') => `${hubPath(id)}?table=${table}&format=csv`,
  attendance: (hubId: string, eventId: string) => `${eventPath(hubId, eventId)}?format=csv`,
} as const;

/** Which page of each of the hub page's two school tables to show. */
export interface HubPages {
  readonly page: number;
  readonly notReachedPage: number;
}

/** The hub page's address for these pages: `/hubs/blackpool-research-school?page=2`. */
export function hubPagePath(id: string, pages: HubPages): string {
  const query = new URLSearchParams();
  if (pages.notReachedPage > 1) query.set('notReachedPage', String(pages.notReachedPage));
  if (pages.page > 1) query.set('page', String(pages.page));
  const text = query.toString();
  return `/hubs/${encodeURIComponent(id)}${text === '' ? '' : `?${text}`}`;
}

/** Reads `page` and `notReachedPage` from a query string; anything but a whole number from 1 is page 1. */
export function readHubPages(search: string): HubPages {
  const params = new URLSearchParams(search);
  const whole = (name: string) => {
    const n = Number(params.get(name) ?? '1');
    return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
  };
  return { page: whole('page'), notReachedPage: whole('notReachedPage') };
}

export async function getHub(id: string, pages: HubPages, signal: AbortSignal): Promise<HubDetail> {
  return reply(api.GET('/api/hubs/{id}', { params: { path: { id }, query: { page: pages.page, notReachedPage: pages.notReachedPage } }, signal }));
}

export async function getEvent(hubId: string, eventId: string, signal: AbortSignal): Promise<EventDetail> {
  return reply(api.GET('/api/hubs/{id}/events/{eventId}', { params: { path: { id: hubId, eventId } }, signal }));
}

export async function getSchoolEngagement(urn: string, signal: AbortSignal): Promise<SchoolEngagement> {
  return reply(api.GET('/api/schools/{urn}/engagement', { params: { path: { urn } }, signal }));
}

/** Records who came from a school (hub leads for their own hub); replies with the school's new level. */
export async function recordAttendance(hubId: string, eventId: string, entry: AttendanceEntry): Promise<{ urn: number; level: EngagementLevel }> {
  return (await sendJson('POST', `/api/hubs/${encodeURIComponent(hubId)}/events/${encodeURIComponent(eventId)}/attendance`, entry)) as Reply<'/api/hubs/{id}/events/{eventId}/attendance', 'post'>;
}

export const LEVEL_NAMES: Readonly<Record<EngagementLevel, string>> = {
  none: 'Not yet reached',
  aware: 'Aware',
  trained: 'Trained',
  implementing: 'Implementing',
  embedded: 'Embedded',
};

export const ROLE_NAMES: Readonly<Record<AttendanceRole, string>> = { leader: 'Leader', teacher: 'Teacher', teaching_assistant: 'Teaching assistant' };

export interface NewEvent {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly heldOn: string;
  readonly programmeId: string | null;
}

/** Adds an event to a hub (its lead). */
export async function createEvent(hubId: string, event: NewEvent): Promise<{ id: string }> {
  return (await sendJson('POST', `/api/hubs/${encodeURIComponent(hubId)}/events`, event)) as Reply<'/api/hubs/{id}/events', 'post'>;
}

/** A training programme as the form sends it (POST /api/hubs/:id/programmes). */
export interface NewProgramme {
  readonly id: string;
  readonly title: string;
  readonly strands: readonly string[];
  readonly guidanceReportId: string | null;
  readonly format: string;
  readonly startsOn: string;
  readonly endsOn: string | null;
}

/** Adds a training programme to a hub (its lead). */
export async function createProgramme(hubId: string, programme: NewProgramme): Promise<{ id: string }> {
  return (await sendJson('POST', `/api/hubs/${encodeURIComponent(hubId)}/programmes`, programme)) as Reply<'/api/hubs/{id}/programmes', 'post'>;
}

export type HubSummary = Pick<Reply<'/api/hubs'>['items'][number], 'id' | 'name'>;

/** One hub's id and name (GET /api/hubs?id=, public), or null when there is no such hub: enough to title a hub's form pages. */
export async function getHubSummary(id: string, signal: AbortSignal): Promise<HubSummary | null> {
  return (await reply(api.GET('/api/hubs', { params: { query: { id } }, signal }))).items[0] ?? null;
}

export type EngagementUpdateEntry = RequestBody<'/api/hubs/{id}/schools/{urn}/engagement', 'post'>;

/** Sets a school's level by hand with the reason (the hub's lead, for a school linked to the hub). */
export async function updateEngagement(hubId: string, urn: string, entry: EngagementUpdateEntry): Promise<{ urn: number; level: EngagementLevel }> {
  return reply(api.POST('/api/hubs/{id}/schools/{urn}/engagement', { params: { path: { id: hubId, urn } }, body: entry }));
}

/** A school's evidence plan as the form sends it (POST /api/hubs/:id/schools/:urn/evidence-plans). */
export type EvidencePlanEntry = RequestBody<'/api/hubs/{id}/schools/{urn}/evidence-plans', 'post'>;
/** Records a school's evidence plan (the hub's lead); replies with the school's level, which a plan can raise. */
export async function recordEvidencePlan(hubId: string, urn: string, entry: EvidencePlanEntry): Promise<{ urn: number; level: EngagementLevel }> {
  return reply(api.POST('/api/hubs/{id}/schools/{urn}/evidence-plans', { params: { path: { id: hubId, urn } }, body: entry }));
}
