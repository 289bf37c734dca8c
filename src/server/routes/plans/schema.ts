import { z } from 'zod';
import { MEASURE_STATUSES, parsePeriod, POLARITIES } from '../../../domain/delivery-plans/index.ts';
import { parseIsoDate } from '../../../domain/shared/iso-date.ts';
import { errorReplySchema } from '../../errors.ts';
import { DEFAULT_BOARD_IMPACT_MEASURE } from './board-impact.ts';
import { pageQuery, slugSchema } from '../shared-schemas.ts';

const periodValue = z.object({ period: z.string(), value: z.number() });
const statusSchema = z.enum(MEASURE_STATUSES as unknown as [string, ...string[]]);

export const measureViewSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    definition: z.string(),
    unit: z.string(),
    polarity: z.enum(POLARITIES as unknown as [string, ...string[]]),
    baseline: periodValue,
    targets: z.array(periodValue),
    actuals: z.array(periodValue.extend({ source: z.string(), recordedOn: z.string(), linked: z.boolean() })),
    link: z.object({ indicatorCode: z.string(), areaCode: z.string() }).nullable().describe('The indicator the actuals are read from, when linked'),
    status: statusSchema.describe('By the rule in methodology §13, unless set by hand with a reason'),
    ruleStatus: statusSchema,
    override: z.object({ status: statusSchema, reason: z.string() }).nullable(),
    latest: periodValue.nullable(),
    target: periodValue.nullable(),
    progress: z.number().nullable(),
    elapsed: z.number().nullable(),
    explanation: z.string(),
    trend: z.array(periodValue.extend({ change: z.number().nullable(), direction: z.enum(['better', 'worse', 'same']).nullable() })),
  })
  .meta({ id: 'PlanMeasure' });

const areaParams = z.object({ id: slugSchema });
const measureParams = z.object({ id: slugSchema, code: slugSchema });
const errors = { 400: errorReplySchema, 401: errorReplySchema, 403: errorReplySchema, 404: errorReplySchema };

const memberSchema = z.object({ name: z.string(), organisation: z.string(), sector: z.string() });
const decisionSchema = z.object({ decision: z.string(), owner: z.string(), dueOn: z.string(), doneOn: z.string().nullable() });
const meetingSchema = z.object({ heldOn: z.string(), papers: z.array(z.string()), decisions: z.array(decisionSchema) });

export const areaPlanSchema = {
  summary: 'An Opportunity Area’s delivery plan: priorities, objectives and measures with status and trend, and its board',
  tags: ['plans'],
  params: areaParams,
  querystring: z.object({ meetings: z.coerce.number().int().min(1).max(500).default(50).describe('At most this many board meetings, newest first') }),
  response: {
    200: z.object({
      area: z.object({ id: z.string(), name: z.string() }),
      priorities: z.array(z.object({ title: z.string(), theme: z.string(), objectives: z.array(z.object({ title: z.string(), measures: z.array(measureViewSchema) })) })),
      board: z.object({
        chair: z.string().nullable(),
        members: z.array(memberSchema).describe('By sector then name, at most 200'),
        moreMembers: z.boolean().describe('The board has more than 200 members recorded'),
        meetings: z.array(meetingSchema).describe('The newest meetings, newest first'),
        moreMeetings: z.boolean().describe('Older meetings are recorded than `meetings` holds'),
      }),
    }),
    ...errors,
  },
};

const text = (max: number, missing: string, tooLong: string) => z.string({ error: missing }).trim().min(1, missing).max(max, tooLong);
const dateField = (message: string) => z.string({ error: message }).refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && parseIsoDate(value).ok, { error: message });

export const recordActualSchema = {
  summary: 'Record (or correct) a measure’s actual for a period (area leads for their own areas)',
  tags: ['plans'],
  params: measureParams,
  body: z.object({
    period: z
      .string({ error: 'Enter the period, like 2018/19' })
      .trim()
      .refine((value) => parsePeriod(value).ok, { error: 'Enter the period as an academic year like 2018/19, or a calendar year like 2019' }),
    value: z.number({ error: 'Enter the figure as a number, like 56.2' }),
    source: text(500, 'Say where the figure comes from, such as the DfE statistical release', 'The source must be 500 characters or fewer'),
    recordedOn: dateField('Enter the date the figure was recorded, like 2019-12-12'),
  }),
  response: { 200: z.object({ changed: z.boolean(), measure: measureViewSchema }), ...errors },
};

export const overrideSchema = {
  summary: 'Set a measure’s status by hand, with a reason, or clear it (status null) to go back to the rule',
  tags: ['plans'],
  params: measureParams,
  body: z.object({ status: z.string().nullable(), reason: z.string().default('') }),
  response: { 200: z.object({ changed: z.boolean(), measure: measureViewSchema }), ...errors },
};

export const addMemberSchema = {
  summary: 'Add a member to an Opportunity Area’s partnership board',
  tags: ['plans'],
  params: areaParams,
  body: z.object({
    name: text(200, 'Enter the member’s name', 'The name must be 200 characters or fewer'),
    organisation: text(200, 'Enter the member’s organisation', 'The organisation must be 200 characters or fewer'),
    sector: text(40, 'Enter the sector, such as early years, schools or employers', 'The sector must be 40 characters or fewer'),
  }),
  response: { 201: z.object({ added: z.literal(true) }), ...errors },
};

export const addMeetingSchema = {
  summary: 'Record a partnership board meeting with its papers and decisions log',
  tags: ['plans'],
  params: areaParams,
  body: z.object({
    heldOn: dateField('Enter the date of the meeting, like 2018-03-01'),
    papers: z.array(text(300, 'Enter the paper’s title', 'A paper’s title must be 300 characters or fewer')).max(50).default([]),
    decisions: z
      .array(
        z.object({
          decision: text(2000, 'Enter the decision', 'A decision must be 2,000 characters or fewer'),
          owner: text(200, 'Enter who owns the decision', 'The owner must be 200 characters or fewer'),
          dueOn: dateField('Enter the date the decision is due, like 2018-06-01'),
          doneOn: dateField('Enter the date the decision was done, like 2018-05-20').nullable().default(null),
        }),
      )
      .max(100)
      .default([]),
  }),
  response: { 201: z.object({ added: z.literal(true) }), 409: errorReplySchema, ...errors },
};

export const boardReportSchema = {
  summary: 'The board report for an area: printable HTML (default), PDF, or the measures as XLSX or CSV',
  tags: ['plans'],
  params: areaParams,
  querystring: z.object({
    format: z.enum(['html', 'pdf', 'xlsx', 'csv']).default('html'),
    twins: z
      .enum(['proxy-district-2019', 'context-upper-tier-2019'])
      .default('proxy-district-2019')
      .describe('The recipe the “against its statistical neighbours” table finds neighbours by: outcomes and deprivation (default) or context only (docs/methodology.md §11.12)'),
    impactMeasure: z
      .string()
      .min(1)
      .max(80)
      .default(DEFAULT_BOARD_IMPACT_MEASURE)
      .describe('The measure the impact line is about: an indicator code or a LAIT measure code (docs/methodology.md §16)'),
  }),
  response: { 200: z.string().describe('The report as HTML, PDF, XLSX or CSV, as format asks'), 503: errorReplySchema, ...errors },
};

export const crossAreaSchema = {
  summary: 'Every area’s measures side by side, grouped by priority theme (national team and analysts)',
  tags: ['plans'],
  querystring: z.object({
    format: z.enum(['json', 'csv', 'xlsx']).default('json'),
    ...pageQuery(200, 'Measures per page of the JSON view, by theme then area (the download has every measure)'),
  }),
  response: {
    200: z.object({
      page: z.number().int(),
      pageSize: z.number().int(),
      total: z.number().int().describe('Measures in all pages'),
      themes: z
        .array(z.object({ theme: z.string(), measures: z.array(measureViewSchema.extend({ areaId: z.string(), areaName: z.string(), priority: z.string() })) }))
        .describe('The page’s measures grouped by theme; a theme can run on from one page to the next'),
    }),
    ...errors,
  },
};

export const planStatusSchema = {
  summary: 'Every Opportunity Area’s delivery plan at a glance: measures on track, at risk, off track and with no data, and the last board meeting (national team and analysts)',
  tags: ['plans'],
  querystring: z.object({ format: z.enum(['json', 'csv', 'xlsx']).default('json') }),
  response: {
    200: z.object({
      items: z
        .array(
          z.object({
            areaId: z.string(),
            areaName: z.string(),
            measures: z.number().int().describe('Measures in the area’s plan; 0 when no plan is loaded'),
            counts: z.object({ on_track: z.number().int(), at_risk: z.number().int(), off_track: z.number().int(), no_data: z.number().int() }).describe('Measures by the status shown (a status set by hand counts as set)'),
            lastBoardMeeting: z.string().nullable().describe('ISO date of the latest board meeting recorded'),
          }),
        )
        .describe('Every Opportunity Area, by name'),
    }),
    ...errors,
  },
};

const whatWorkedEntry = z.object({
  id: z.number(),
  areaId: z.string(),
  areaName: z.string(),
  what: z.string(),
  where: z.string(),
  forWhom: z.string(),
  costPence: z.number().nullable(),
  evidenceStrand: z.string(),
  result: z.string(),
  contact: z.string(),
  createdAt: z.string(),
});

export const searchWhatWorkedSchema = {
  summary: 'The what-worked library across every area; q finds entries containing every word',
  tags: ['plans'],
  querystring: z.object({
    q: z.string().max(200).optional(),
    area: slugSchema.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(200).describe('At most this many entries, newest first'),
  }),
  response: { 200: z.object({ items: z.array(whatWorkedEntry), more: z.boolean().describe('More entries match than the list holds: narrow the search') }), ...errors },
};

export const addWhatWorkedSchema = {
  summary: 'Add an entry to the what-worked library for an area (area leads for their own areas)',
  tags: ['plans'],
  params: areaParams,
  body: z.object({
    what: text(2000, 'Say what was done', 'What was done must be 2,000 characters or fewer'),
    where: text(500, 'Say where it was done, such as 12 primary schools in Blackpool', 'Where must be 500 characters or fewer'),
    forWhom: text(500, 'Say who it was for, such as Year 5 pupils eligible for free school meals', 'Who it was for must be 500 characters or fewer'),
    costPence: z.number({ error: 'Enter the cost in pence as a whole number' }).int('Enter the cost in pence as a whole number').min(0, 'The cost cannot be negative').nullable().default(null),
    evidenceStrand: text(200, 'Name the evidence it draws on, such as a Teaching and Learning Toolkit strand', 'The evidence strand must be 200 characters or fewer'),
    result: text(2000, 'Say what the result was', 'The result must be 2,000 characters or fewer'),
    contact: text(200, 'Give a contact, such as a name and email address', 'The contact must be 200 characters or fewer'),
  }),
  response: { 201: z.object({ id: z.number() }), ...errors },
};
