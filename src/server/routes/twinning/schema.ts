import { z } from 'zod';
import { errorReplySchema } from '../../errors.ts';
import { formatQuerySchema } from '../shared-schemas.ts';
import { nationalLeftOutSchema } from '../national-left-out.ts';

const flag = z.enum(['true', 'false']).default('false').describe('true or false (default false)');

const contribution = z
  .object({
    indicator: z.string(),
    indicatorName: z.string(),
    part: z.number().describe('This indicator’s part of the distance; the parts add up exactly to the distance shown'),
    share: z.number().describe('This indicator’s share of the squared distance; the shares add up to 1'),
    areaValue: z.number().nullable(),
    neighbourValue: z.number().nullable(),
  })
  .meta({ id: 'TwinContribution' });

const neighbour = z
  .object({
    code: z.string(),
    name: z.string(),
    rank: z.number().int().describe('1 = nearest'),
    distance: z.number().describe('Weighted Euclidean distance over z-scores (docs/methodology.md §11.2), 4 places'),
    band: z.enum(['very close', 'close', 'somewhat close']),
    reciprocal: z.boolean().describe('Whether the area is also in this neighbour’s own list'),
    contributions: z.array(contribution),
  })
  .meta({ id: 'TwinNeighbour' });

export const areaTwinsSchema = {
  summary: 'An area’s statistical neighbours by a shipped recipe’s indicators (outcomes, or context alone), with why each is similar',
  tags: ['twinning'],
  params: z.object({ code: z.string().regex(/^E\d{8}$/i, 'must be a GSS code like E06000009') }),
  querystring: z.object({
    tier: z.enum(['district', 'upper']).default('district').describe('districts, or upper-tier (education) authorities with district figures rolled up'),
    recipe: z
      .string()
      .regex(/^[a-z0-9-]{1,60}$/, 'must be the name of a shipped recipe, like proxy-district-2019')
      .default('proxy-district-2019')
      .describe('The recipe whose indicators and weights set the distance: proxy-district-2019 (outcomes and deprivation, the default) or context-upper-tier-2019 (context only, like the DfE children’s services statistical neighbours; docs/methodology.md §11.12)'),
    k: z.coerce.number().int().min(1).max(100).default(10),
    excludeOpportunityAreas: flag,
    sameRegion: flag,
    format: formatQuerySchema,
  }),
  response: {
    200: z.object({
      area: z.object({ code: z.string(), name: z.string() }),
      tier: z.enum(['district', 'upper']),
      recipe: z.string(),
      periods: z.record(z.string(), z.string()).describe('Each indicator’s period: the data vintage'),
      indicators: z.array(z.object({ code: z.string(), name: z.string(), weight: z.number() })),
      bands: z.object({ veryClose: z.number(), close: z.number() }).describe('Upper limits of the bands: tertiles of every listed distance'),
      neighbours: z.array(neighbour),
      leftOut: nationalLeftOutSchema,
    }),
    400: errorReplySchema,
    404: errorReplySchema,
  },
};

const schoolRow = {
  urn: z.number().int(),
  name: z.string(),
  phase: z.string(),
  la_code: z.string().nullable(),
  region_code: z.string().nullable(),
  pupils: z.number().nullable(),
  pct_fsm: z.number().nullable(),
  pct_sen: z.number().nullable(),
  ks2_pct_rwm_expected: z.number().nullable(),
  ks4_attainment8: z.number().nullable(),
  ks4_progress8: z.number().nullable(),
};
const position = z.object({ rank: z.number().int(), of: z.number().int(), quartile: z.number().int().describe('1 = top quarter') }).nullable();

export const similarSchoolsSchema = {
  summary: 'A school’s most similar schools of the same phase (pupils, FSM share, SEN share), with their results and the school’s quartile among them',
  tags: ['twinning'],
  params: z.object({ urn: z.string().regex(/^\d{6}$/, 'must be a six-digit URN') }),
  querystring: z.object({
    count: z.coerce.number().int().min(1).max(100).default(30),
    sameRegion: flag,
    format: formatQuerySchema,
  }),
  response: {
    200: z.object({
      school: z.object(schoolRow),
      censusPeriod: z.string(),
      weights: z.record(z.string(), z.number()),
      similar: z.array(z.object({ ...schoolRow, rank: z.number().int(), distance: z.number(), same_region: z.boolean() }).meta({ id: 'SimilarSchool' })),
      position: z.object({ ks2_pct_rwm_expected: position, ks4_attainment8: position, ks4_progress8: position }),
    }),
    404: errorReplySchema,
  },
};
