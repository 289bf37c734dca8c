import { z } from 'zod';
import { errorReplySchema } from '../../errors.ts';
import { formatQuerySchema, leftOutSchema, slugSchema } from '../shared-schemas.ts';

const ref = z.object({ code: z.string(), name: z.string() });
const source = z.object({ file: z.string(), loadedAt: z.string() }).meta({ id: 'SourceRef' });
/** A figure and, where the publisher withheld it, the code it used (SUPP, NE, NA…). */
const figure = (description: string) => z.number().nullable().describe(description);
const markers = z.record(z.string(), z.string()).describe('Fields published as a code instead of a figure: { field: code }');

const schoolSummary = z
  .object({
    urn: z.number().int(),
    name: z.string(),
    town: z.string().nullable(),
    postcode: z.string().nullable(),
    phase: z.string(),
    status: z.string(),
    laCode: z.string().describe('DfE 3-digit local authority number'),
    districtCode: z.string().nullable(),
    districtName: z.string().nullable(),
    opportunityArea: z.object({ id: z.string(), name: z.string() }).nullable(),
    censusPeriod: z.string().nullable(),
    pupils: figure('Pupils on roll (January census)'),
    fsm: figure('Pupils eligible for free school meals'),
    pctFsmEver6: figure('Per cent eligible for FSM at any time in the last 6 years'),
    censusMarkers: markers,
    source: source.describe('Where the register row came from'),
    censusSource: source.nullable().describe('Where the census figures came from'),
  })
  .meta({ id: 'SchoolSummary' });

export const findSchoolsSchema = {
  summary: 'Search the school register: by name, URN, postcode, district, local authority, phase or Opportunity Area',
  tags: ['schools'],
  querystring: z.object({
    q: z.string().max(100).optional().describe('Words in the school’s name'),
    urn: z.coerce.number().int().min(100000).max(999999).optional(),
    postcode: z.string().max(10).optional().describe('A full postcode or its start, e.g. FY1'),
    district: z.string().regex(/^E\d{8}$/, 'must be a district GSS code like E06000009').optional(),
    la: z.string().regex(/^(\d{3}|E\d{8})$/, 'must be a 3-digit LA number like 890 or a GSS code').optional(),
    phase: z.string().max(30).optional(),
    opportunityArea: slugSchema.optional(),
    status: z.enum(['open', 'closed', 'other']).optional(),
    page: z.coerce.number().int().min(1).max(100000).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
    format: formatQuerySchema,
  }),
  response: {
    200: z.object({
      items: z.array(schoolSummary),
      page: z.number().int(),
      pageSize: z.number().int(),
      total: z.number().int(),
      leftOut: leftOutSchema.describe(
        'With district or opportunityArea: the schools matching the other criteria in the education authorities those districts are in that have no district, so cannot be listed',
      ),
    }),
    400: errorReplySchema,
  },
};

export const getSchoolSchema = {
  summary: 'One school’s profile: register details, census, KS2, KS4, destinations, places, history and sources',
  tags: ['schools'],
  params: z.object({ urn: z.string().regex(/^\d{6}$/, 'a URN is 6 digits, like 141257') }),
  querystring: z.object({
    format: formatQuerySchema,
    table: z.enum(['census', 'ks2', 'ks4', 'destinations']).default('census').describe('With format=csv: which of the profile’s tables'),
  }),
  response: {
    200: z
      .object({
        urn: z.number().int(),
        name: z.string(),
        address: z.object({ street: z.string().nullable(), locality: z.string().nullable(), town: z.string().nullable(), postcode: z.string().nullable() }),
        status: z.string(),
        openDate: z.string().nullable(),
        closeDate: z.string().nullable(),
        phase: z.string(),
        type: z.string().nullable(),
        group: z.string().nullable(),
        ages: z.object({ low: z.number().nullable(), high: z.number().nullable() }),
        gender: z.string().nullable(),
        religiousCharacter: z.string().nullable(),
        admissionsPolicy: z.string().nullable(),
        location: z.object({ lat: z.number(), lon: z.number(), easting: z.number().nullable(), northing: z.number().nullable() }).nullable(),
        laCode: z.string(),
        district: ref.nullable(),
        placement: z
          .object({
            rule: z.enum(['gias', 'coordinates', 'single-tier-la', 'postcode-sector']).nullable().describe('How the district was found; null when no rule places the school'),
            confidence: z.number().nullable().describe('1 for an exact rule; for postcode-sector, the share of the placed schools in the sector that are in this district'),
            basis: z.number().int().nullable().describe('For postcode-sector: how many placed schools in the sector it rests on'),
            note: z.string().nullable().describe('For postcode-sector, the sector; when unplaced, why'),
            description: z.string().describe('How the school is placed, in plain words'),
          })
          .describe('How the school was placed in its district (docs/methodology.md §6.8)'),
        educationAuthority: ref.nullable(),
        region: ref.nullable(),
        opportunityArea: z.object({ id: z.string(), name: z.string() }).nullable(),
        census: z.array(
          z.object({
            period: z.string(),
            pupils: figure('Pupils on roll'),
            fsm: figure('Eligible for free school meals'),
            pctFsm: figure('FSM as a per cent of pupils on roll (computed: fsm ÷ pupils × 100)'),
            fsmEver6: figure('Eligible for FSM in the last 6 years'),
            pctFsmEver6: figure('Per cent FSM ever 6'),
            pctEal: figure('Per cent with English as an additional language'),
            pctSenSupport: figure('Per cent on SEN support'),
            pctEhcp: figure('Per cent with an education, health and care plan'),
            markers,
            source,
          }),
        ),
        ks2: z.array(
          z.object({
            period: z.string(),
            pupils: figure('Pupils at the end of KS2'),
            pctRwmExpected: figure('Per cent meeting the expected standard in reading, writing and maths'),
            pctRwmHigher: figure('Per cent achieving the higher standard'),
            readingProgress: figure('Reading progress score'),
            writingProgress: figure('Writing progress score'),
            mathsProgress: figure('Maths progress score'),
            markers,
            source,
          }),
        ),
        ks4: z.array(
          z.object({
            period: z.string(),
            pupils: figure('Pupils at the end of KS4'),
            attainment8: figure('Average Attainment 8 score'),
            progress8: figure('Progress 8 score'),
            progress8Interval: z.object({ lower: z.number().nullable(), upper: z.number().nullable() }),
            pctBasics94: figure('Per cent with grade 4 or above in English and maths'),
            pctBasics95: figure('Per cent with grade 5 or above in English and maths'),
            markers,
            source,
          }),
        ),
        destinations: z.array(
          z.object({
            period: z.string(),
            group: z.string().describe('all, disadvantaged or other'),
            cohort: figure('Pupils in the cohort'),
            pctSustained: figure('Per cent in a sustained destination'),
            pctEducation: figure('Per cent in education'),
            pctApprenticeship: figure('Per cent in apprenticeships'),
            pctEmployment: figure('Per cent in employment'),
            markers,
            source,
          }),
        ),
        history: z.array(z.object({ changedAt: z.string(), changes: z.unknown() })),
        source,
      })
      .meta({ id: 'SchoolProfile' }),
    400: errorReplySchema,
    404: errorReplySchema,
  },
};
