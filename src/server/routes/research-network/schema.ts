import { z } from 'zod';
import { ATTENDANCE_ROLES, ENGAGEMENT_LEVELS, EVENT_KINDS, PROGRAMME_FORMATS } from '../../../domain/research-network/index.ts';
import { errorReplySchema } from '../../errors.ts';
import { formatQuerySchema, leftOutSchema, pageQuery, slugSchema } from '../shared-schemas.ts';

const levelSchema = z.enum(ENGAGEMENT_LEVELS);
const addressSchema = z.object({ street: z.string().nullable(), town: z.string().nullable(), postcode: z.string().nullable() });

const needPartSchema = z.object({
  component: z.string(),
  value: z.number().nullable(),
  percentile: z.number().nullable().describe('0–100 within the school’s phase, higher meaning more need'),
  weight: z.number(),
  contribution: z.number().nullable(),
});

const hubSchoolSchema = z
  .object({
    urn: z.number().int(),
    name: z.string(),
    phase: z.string(),
    districtCode: z.string().nullable(),
    distanceKm: z.number().nullable(),
    needScore: z.number().nullable(),
    needParts: z.array(needPartSchema),
    highNeed: z.boolean(),
    level: levelSchema,
    levelSince: z.string().nullable(),
    address: addressSchema,
  })
  .meta({ id: 'HubSchool' });

/** A hub page lists at most this many schools at once: the whole list is a download. */
export const MAX_HUB_PAGE_SIZE = 100;
export const DEFAULT_HUB_PAGE_SIZE = 50;
const hubSchoolPageSchema = z.object({ page: z.number().int(), total: z.number().int(), items: z.array(hubSchoolSchema) });

const funnelSchema = z.object({
  key: z.string(),
  schools: z.number().int(),
  stages: z.array(z.object({ level: levelSchema, at: z.number().int(), atLeast: z.number().int() })),
});

const eventSchema = z
  .object({
    id: z.string(),
    hubId: z.string(),
    programmeId: z.string().nullable(),
    kind: z.enum(EVENT_KINDS),
    title: z.string(),
    heldOn: z.string(),
  })
  .meta({ id: 'NetworkEvent' });

export const listHubsSchema = {
  summary: 'Research Schools as hubs: where each is placed (its host school in the register, or where the programme placed it), or why it is not',
  tags: ['research network'],
  querystring: z.object({
    id: slugSchema.optional().describe('Only this Research School'),
    ...pageQuery(100, 'Research Schools per page, by name'),
  }),
  response: {
    200: z.object({
      page: z.number().int(),
      pageSize: z.number().int(),
      total: z.number().int().describe('Research Schools in all pages'),
      items: z.array(z.object({ id: z.string(), name: z.string(), opportunityAreaId: z.string().nullable(), opportunityAreaName: z.string().nullable(), placed: z.boolean(), placedBy: z.string().nullable().describe('How the hub was placed: at its host school, where the programme placed it, or approximately'), approximate: z.boolean().describe('Whether the hub is placed approximately (its host’s postcode sector, or the middle of its area)'), hostUrn: z.number().int().nullable(), reason: z.string().nullable() })),
    }),
  },
};

export const getHubSchema = {
  summary: 'A hub’s schools (optimal assignment within capacity), reach, engagement funnel and high-need schools not yet reached',
  tags: ['research network'],
  params: z.object({ id: slugSchema }),
  querystring: z.object({
    capacity: z.coerce.number().int().min(0).max(100_000).optional().describe('Schools each hub can serve; when omitted 200, never fewer than the hub’s own Opportunity Area’s schools'),
    withinKm: z.coerce.number().min(0).max(1000).default(20).describe('A hub serves its own Opportunity Area’s schools and those within this distance of where it works'),
    page: z.coerce.number().int().min(1).max(100_000).default(1).describe('Which page of the schools served'),
    notReachedPage: z.coerce.number().int().min(1).max(100_000).default(1).describe('Which page of the high-need schools not yet reached'),
    pageSize: z.coerce.number().int().min(1).max(MAX_HUB_PAGE_SIZE).default(DEFAULT_HUB_PAGE_SIZE).describe(`Rows a page, at most ${String(MAX_HUB_PAGE_SIZE)}`),
    highNeed: z.coerce.number().min(0).max(100).default(80).describe('A need score at or above this is high-need'),
    table: z.enum(['schools', 'not-reached', 'events']).default('schools').describe('Which table a csv or xlsx download holds'),
    events: z.coerce.number().int().min(1).max(500).default(100).describe('At most this many events, newest first (the events download has every one)'),
    format: formatQuerySchema,
  }),
  response: {
    200: z.object({
      hub: z.object({
        id: z.string(), name: z.string(), hostName: z.string(), hostUrn: z.number().int().nullable(), opportunityAreaId: z.string().nullable(), placed: z.boolean(), placedBy: z.string().nullable(),
        approximate: z.boolean().describe('Whether the hub is placed approximately (its host’s postcode sector, or the middle of its area)'), reason: z.string().nullable(),
      }),
      capacity: z.number().int().describe('Schools this hub can serve'),
      ownAreaSchools: z.number().int().describe('Open schools in the hub’s own Opportunity Area, which it serves whatever the distance'),
      withinKm: z.number().describe('How far beyond its own area the hub reaches'),
      highNeedScore: z.number(),
      reach: z.object({ schools: z.number().int(), highNeed: z.number().int(), highNeedWithin: z.number().int(), shareHighNeedWithin: z.number().nullable() }).nullable(),
      funnel: funnelSchema,
      districts: z.array(funnelSchema),
      leftOut: z
        .object({
          noLocation: leftOutSchema.describe('Open schools with no location: no distance to a hub, so left out of the assignment and reach'),
          noDistrict: leftOutSchema.describe('Located open schools with no district: assigned, but in no row of reach by district'),
          districts: leftOutSchema.describe('Schools this hub serves with no district: in its funnel, but in none of its rows by district'),
        })
        .describe('Schools the assignment and its figures could not count, and why'),
      pageSize: z.number().int(),
      schools: hubSchoolPageSchema.describe('The schools the hub serves, highest need first: one page'),
      notReached: hubSchoolPageSchema.describe('High-need schools the hub serves with no contact yet, highest need first, then nearest first: one page'),
      events: z.array(eventSchema.extend({ schools: z.number().int(), people: z.number().int() })).describe('The newest events, newest first'),
      eventsTotal: z.number().int().describe('Events the hub has held in all'),
      moreProgrammes: z.boolean().describe('The hub has run more than the 200 programmes listed (those that start latest)'),
      programmes: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          strands: z.array(z.string()),
          guidanceReportId: z.string().nullable(),
          guidanceReportTitle: z.string().nullable(),
          format: z.enum(PROGRAMME_FORMATS),
          startsOn: z.string(),
          endsOn: z.string().nullable(),
          events: z.number().int().describe('How many of the hub’s events belong to this programme'),
        }),
      ),
    }),
    400: errorReplySchema,
    401: errorReplySchema,
    403: errorReplySchema,
    404: errorReplySchema,
  },
};

export const getEventSchema = {
  summary: 'One of a hub’s events with who came, by school and role',
  tags: ['research network'],
  params: z.object({ id: slugSchema, eventId: slugSchema }),
  querystring: z.object({ format: formatQuerySchema }),
  response: {
    200: eventSchema.extend({
      hubName: z.string(),
      attendance: z.array(z.object({ urn: z.number().int(), schoolName: z.string().nullable(), role: z.enum(ATTENDANCE_ROLES), people: z.number().int(), level: levelSchema })),
    }),
    400: errorReplySchema,
    401: errorReplySchema,
    403: errorReplySchema,
    404: errorReplySchema,
  },
};

export const recordAttendanceSchema = {
  summary: 'Record who came to an event from a school (hub leads for their own hub); the school’s engagement level is recomputed',
  tags: ['research network'],
  params: z.object({ id: slugSchema, eventId: slugSchema }),
  body: z.object({
    urn: z.string({ error: 'Enter the school’s URN' }).trim().regex(/^\d{6}$/, 'Enter the school’s URN, 6 digits like 141257').transform(Number),
    role: z.enum(ATTENDANCE_ROLES, { error: 'Select the role of the people who came' }),
    people: z.coerce
      .number({ error: 'Enter how many people came, from 1 to 500' })
      .int('Enter how many people came as a whole number, from 1 to 500')
      .min(1, 'Enter how many people came, from 1 to 500')
      .max(500, 'Enter how many people came, from 1 to 500'),
  }),
  response: {
    200: z.object({ urn: z.number().int(), level: levelSchema }),
    400: errorReplySchema,
    401: errorReplySchema,
    403: errorReplySchema,
    404: errorReplySchema,
  },
};

export const getSchoolEngagementSchema = {
  summary: 'A school’s engagement with the Research School network over time, and its evidence plans',
  tags: ['research network'],
  params: z.object({ urn: z.string().regex(/^\d{6}$/, 'must be a 6-digit URN') }),
  response: {
    200: z.object({
      urn: z.number().int(),
      level: levelSchema,
      since: z.string().nullable(),
      changes: z.array(z.object({ date: z.string(), from: levelSchema, to: levelSchema, because: z.string() })),
      plans: z.array(z.object({ strands: z.array(z.string()), targetPupils: z.number().int(), costPerPupilPence: z.number().int(), expectedMonths: z.number().int(), startsOn: z.string() })),
    }),
    400: errorReplySchema,
    401: errorReplySchema,
    403: errorReplySchema,
  },
};

const isoDay = z.string({ error: 'must be a date like 2018-09-01' }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date like 2018-09-01', abort: true }).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'must be a date that exists');

export const recordEngagementUpdateSchema = {
  summary: 'Set a school’s engagement level by hand from a date, with the reason (the hub’s lead, for a school linked to the hub)',
  tags: ['research network'],
  params: z.object({ id: slugSchema, urn: z.string().regex(/^\d{6}$/, 'must be a 6-digit URN') }),
  body: z.object({
    level: z.enum(ENGAGEMENT_LEVELS, { error: 'Select the level the school has reached' }),
    reason: z.string({ error: 'Say why the level changes' }).trim().min(1, 'Say why the level changes').max(1000, 'The reason must be 1,000 characters or fewer'),
    effectiveOn: isoDay.describe('From when the level holds'),
  }),
  response: { 200: z.object({ urn: z.number().int(), level: levelSchema }), 400: errorReplySchema, 401: errorReplySchema, 403: errorReplySchema, 404: errorReplySchema },
};

export const recordEvidencePlanSchema = {
  summary: 'Record a school’s evidence plan: Toolkit strands, pupils targeted, cost per pupil in pence, months of progress expected',
  tags: ['research network'],
  params: z.object({ id: slugSchema, urn: z.string().regex(/^\d{6}$/, 'must be a 6-digit URN') }),
  body: z.object({
    strands: z.array(slugSchema).min(1, 'Choose at least one Toolkit strand').max(10, 'Choose at most 10 strands'),
    targetPupils: z.number().int().min(1, 'must be at least 1').max(10_000, 'must be 10,000 or fewer'),
    costPerPupilPence: z.number().int().min(0, 'cannot be negative').max(10_000_000, 'must be £100,000 or less'),
    expectedMonths: z.number().int().min(-12, 'must be from −12 to 12').max(12, 'must be from −12 to 12'),
    startsOn: isoDay,
  }),
  response: { 200: z.object({ urn: z.number().int(), level: levelSchema }), 400: errorReplySchema, 401: errorReplySchema, 403: errorReplySchema, 404: errorReplySchema },
};

export const strandInvestmentSchema = {
  summary: 'Which Toolkit strands an Opportunity Area’s schools are investing in, from their evidence plans',
  tags: ['research network'],
  params: z.object({ id: slugSchema }),
  querystring: z.object({ format: formatQuerySchema }),
  response: {
    200: z.object({
      items: z.array(z.object({ strand: z.string(), schools: z.number().int(), plans: z.number().int(), targetPupils: z.number().int(), costPence: z.number().int() })),
    }),
    400: errorReplySchema,
    401: errorReplySchema,
    403: errorReplySchema,
    404: errorReplySchema,
  },
};

export const listGuidanceReportsSchema = {
  summary: 'EEF Guidance Reports with the Toolkit strands each draws on, newest first',
  tags: ['evidence'],
  querystring: z.object({ strand: slugSchema.optional().describe('Only reports drawing on this strand'), format: formatQuerySchema }),
  response: { 200: z.object({ items: z.array(z.object({ id: z.string(), title: z.string(), year: z.number().int(), strands: z.array(z.string()) })) }), 400: errorReplySchema },
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Toolkit strands by slug; a malformed one is refused against the list, so a form can show it beside its checkboxes. */
const strandListSchema = z
  .array(z.string({ error: 'Choose Toolkit strands by their slugs, like feedback' }), { error: 'Choose at least one Toolkit strand' })
  .min(1, 'Choose at least one Toolkit strand')
  .max(10, 'Choose at most 10 strands')
  .superRefine((strands, ctx) => {
    const malformed = strands.find((s) => !SLUG.test(s));
    if (malformed !== undefined) ctx.addIssue({ code: 'custom', message: `There is no Toolkit strand ${malformed}: use a strand’s slug, like feedback` });
    const repeated = strands.find((s, i) => strands.indexOf(s) !== i);
    if (repeated !== undefined) ctx.addIssue({ code: 'custom', message: `Choose each strand once: ${repeated} is there twice` });
  });

const programmeSchema = z
  .object({
    id: slugSchema,
    title: z.string({ error: 'Enter the programme’s title' }).trim().min(1, 'Enter the programme’s title').max(200, 'The title must be 200 characters or fewer'),
    strands: strandListSchema,
    guidanceReportId: slugSchema.nullable().default(null),
    format: z.enum(PROGRAMME_FORMATS, { error: 'Select face_to_face, online or blended' }),
    startsOn: isoDay,
    endsOn: isoDay.nullable().default(null),
  })
  .refine((p) => p.endsOn === null || p.endsOn >= p.startsOn, { error: 'must not be before the start', path: ['endsOn'] });

export const createProgrammeSchema = {
  summary: 'Add a training programme to a hub (its lead)',
  tags: ['research network'],
  params: z.object({ id: slugSchema }),
  body: programmeSchema,
  response: { 201: z.object({ id: z.string() }), 400: errorReplySchema, 401: errorReplySchema, 403: errorReplySchema, 404: errorReplySchema, 409: errorReplySchema },
};

export const createEventSchema = {
  summary: 'Add an event (briefing, training or follow-up) to a hub, optionally within one of its programmes (its lead)',
  tags: ['research network'],
  params: z.object({ id: slugSchema }),
  body: z.object({
    id: slugSchema,
    title: z.string({ error: 'Enter the event’s title' }).trim().min(1, 'Enter the event’s title').max(200, 'The title must be 200 characters or fewer'),
    kind: z.enum(EVENT_KINDS, { error: 'Select briefing, training or follow_up' }),
    heldOn: isoDay,
    programmeId: slugSchema.nullable().default(null),
  }),
  response: { 201: z.object({ id: z.string() }), 400: errorReplySchema, 401: errorReplySchema, 403: errorReplySchema, 404: errorReplySchema, 409: errorReplySchema },
};

export const areaEngagementSchema = {
  summary: 'The engagement funnel of an Opportunity Area’s schools, overall, by district and by local authority',
  tags: ['research network'],
  params: z.object({ id: slugSchema }),
  querystring: z.object({ format: formatQuerySchema }),
  response: {
    200: z.object({
      funnel: funnelSchema,
      districts: z.array(funnelSchema),
      localAuthorities: z.array(funnelSchema),
      leftOut: leftOutSchema.describe('Open schools of the area’s education authorities with no district: they may be the area’s, and no funnel here counts them'),
    }),
    400: errorReplySchema,
    401: errorReplySchema,
    403: errorReplySchema,
    404: errorReplySchema,
  },
};
