import { getJson, sendJson } from './http.ts';
import type { LeftOut } from './public-data-types.ts';

/** Types mirroring the research network routes in openapi.json (HubSchool, NetworkEvent …). */
export type EngagementLevel = 'none' | 'aware' | 'trained' | 'implementing' | 'embedded';
export type AttendanceRole = 'leader' | 'teacher' | 'teaching_assistant';

export interface NeedPart {
  readonly component: string;
  readonly value: number | null;
  readonly percentile: number | null;
  readonly weight: number;
  readonly contribution: number | null;
}

export interface HubSchool {
  readonly urn: number;
  readonly name: string;
  readonly phase: string;
  readonly districtCode: string | null;
  readonly distanceKm: number | null;
  readonly needScore: number | null;
  readonly needParts: readonly NeedPart[];
  readonly highNeed: boolean;
  readonly level: EngagementLevel;
  readonly levelSince: string | null;
  readonly address: { readonly street: string | null; readonly town: string | null; readonly postcode: string | null };
}

export interface FunnelStage {
  readonly level: EngagementLevel;
  readonly at: number;
  readonly atLeast: number;
}

export interface Funnel {
  readonly key: string;
  readonly schools: number;
  readonly stages: readonly FunnelStage[];
}

export interface NetworkEvent {
  readonly id: string;
  readonly hubId: string;
  readonly programmeId: string | null;
  readonly kind: 'briefing' | 'training' | 'follow_up';
  readonly title: string;
  readonly heldOn: string;
}

/** One page of a hub's schools, with how many there are in all. */
export interface HubSchoolPage {
  readonly page: number;
  readonly total: number;
  readonly items: readonly HubSchool[];
}

export interface HubDetail {
  readonly hub: {
    readonly id: string;
    readonly name: string;
    readonly hostName: string;
    readonly hostUrn: number | null;
    readonly opportunityAreaId: string | null;
    readonly placed: boolean;
    readonly placedBy: string | null;
    /** Placed approximately: from the host's postcode sector, or the middle of its area. */
    readonly approximate: boolean;
    readonly reason: string | null;
  };
  /** Schools this hub can serve. */
  readonly capacity: number;
  /** Open schools in the hub's own Opportunity Area, served whatever the distance. */
  readonly ownAreaSchools: number;
  /** How far beyond its own area the hub reaches. */
  readonly withinKm: number;
  readonly highNeedScore: number;
  readonly reach: { readonly schools: number; readonly highNeed: number; readonly highNeedWithin: number; readonly shareHighNeedWithin: number | null } | null;
  readonly funnel: Funnel;
  readonly districts: readonly Funnel[];
  /** Schools the assignment could not count: no location (no distance), no district (no row by district). */
  readonly leftOut: { readonly noLocation: LeftOut; readonly noDistrict: LeftOut; readonly districts: LeftOut };
  readonly pageSize: number;
  readonly schools: HubSchoolPage;
  readonly notReached: HubSchoolPage;
  /** The newest 100 events, newest first; `eventsTotal` counts every one. */
  readonly events: readonly (NetworkEvent & { readonly schools: number; readonly people: number })[];
  readonly eventsTotal: number;
  /** At most 200, those that start latest, earliest first; `moreProgrammes` when the hub has run others. */
  readonly programmes: readonly HubProgramme[];
  readonly moreProgrammes: boolean;
}

export type ProgrammeFormat = 'face_to_face' | 'online' | 'blended';

/** A hub's training programme as the hub page lists it, with how many of the hub's events belong to it. */
export interface HubProgramme {
  readonly id: string;
  readonly title: string;
  readonly strands: readonly string[];
  readonly guidanceReportId: string | null;
  readonly guidanceReportTitle: string | null;
  readonly format: ProgrammeFormat;
  readonly startsOn: string;
  readonly endsOn: string | null;
  readonly events: number;
}

export const FORMAT_NAMES: Readonly<Record<ProgrammeFormat, string>> = { face_to_face: 'Face to face', online: 'Online', blended: 'Blended' };

export interface EventDetail extends NetworkEvent {
  readonly hubName: string;
  readonly attendance: readonly { readonly urn: number; readonly schoolName: string | null; readonly role: AttendanceRole; readonly people: number; readonly level: EngagementLevel }[];
}

export interface SchoolEngagement {
  readonly urn: number;
  readonly level: EngagementLevel;
  readonly since: string | null;
  readonly changes: readonly { readonly date: string; readonly from: EngagementLevel; readonly to: EngagementLevel; readonly because: string }[];
  readonly plans: readonly { readonly strands: readonly string[]; readonly targetPupils: number; readonly costPerPupilPence: number; readonly expectedMonths: number; readonly startsOn: string }[];
}

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
  return (await getJson(`${hubPath(id)}?page=${String(pages.page)}&notReachedPage=${String(pages.notReachedPage)}`, signal)) as HubDetail;
}

export async function getEvent(hubId: string, eventId: string, signal: AbortSignal): Promise<EventDetail> {
  return (await getJson(eventPath(hubId, eventId), signal)) as EventDetail;
}

export async function getSchoolEngagement(urn: string, signal: AbortSignal): Promise<SchoolEngagement> {
  return (await getJson(`/api/schools/${encodeURIComponent(urn)}/engagement`, signal)) as SchoolEngagement;
}

/** Records who came from a school (hub leads for their own hub); replies with the school's new level. */
export async function recordAttendance(hubId: string, eventId: string, entry: AttendanceEntry): Promise<{ urn: number; level: EngagementLevel }> {
  return (await sendJson('POST', `${eventPath(hubId, eventId)}/attendance`, entry)) as { urn: number; level: EngagementLevel };
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
  return (await sendJson('POST', `${hubPath(hubId)}/events`, event)) as { id: string };
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
  return (await sendJson('POST', `${hubPath(hubId)}/programmes`, programme)) as { id: string };
}

export interface HubSummary {
  readonly id: string;
  readonly name: string;
}

/** One hub's id and name (GET /api/hubs?id=, public), or null when there is no such hub: enough to title a hub's form pages. */
export async function getHubSummary(id: string, signal: AbortSignal): Promise<HubSummary | null> {
  return ((await getJson(`/api/hubs?id=${encodeURIComponent(id)}`, signal)) as { items: HubSummary[] }).items[0] ?? null;
}

export interface EngagementUpdateEntry {
  readonly level: string;
  readonly reason: string;
  readonly effectiveOn: string;
}

/** Sets a school's level by hand with the reason (the hub's lead, for a school linked to the hub). */
export async function updateEngagement(hubId: string, urn: string, entry: EngagementUpdateEntry): Promise<{ urn: number; level: EngagementLevel }> {
  return (await sendJson('POST', `${hubPath(hubId)}/schools/${encodeURIComponent(urn)}/engagement`, entry)) as { urn: number; level: EngagementLevel };
}

/** A school's evidence plan as the form sends it (POST /api/hubs/:id/schools/:urn/evidence-plans). */
export interface EvidencePlanEntry {
  readonly strands: readonly string[];
  readonly targetPupils: number;
  readonly costPerPupilPence: number;
  readonly expectedMonths: number;
  readonly startsOn: string;
}

/** Records a school's evidence plan (the hub's lead); replies with the school's level, which a plan can raise. */
export async function recordEvidencePlan(hubId: string, urn: string, entry: EvidencePlanEntry): Promise<{ urn: number; level: EngagementLevel }> {
  return (await sendJson('POST', `${hubPath(hubId)}/schools/${encodeURIComponent(urn)}/evidence-plans`, entry)) as { urn: number; level: EngagementLevel };
}
