import { z } from 'zod';
import { MAX_NEIGHBOURS } from '../../../domain/impact/index.ts';
import { errorReplySchema } from '../../errors.ts';
import { formatQuerySchema } from '../shared-schemas.ts';

/** LAIT compares an authority with its 10 statistical neighbours; so does the trend unless asked otherwise. */
export const DEFAULT_TREND_NEIGHBOURS = 10;

const place = z.object({ code: z.string(), name: z.string() });

const trendPoint = z.object({
  period: z.string(),
  area: z.number().nullable().describe('The area’s value; null where it is not available (a gap, never 0)'),
  neighbours: z.object({
    mean: z.number().nullable().describe('Mean of the neighbours with a value in this period; null when none has one'),
    count: z.number().int().describe('How many neighbours have a value in this period'),
  }),
  region: z.number().nullable(),
  england: z.number().nullable(),
  stage: z.enum(['before', 'starts', 'running']).describe('Where the period stands against the programme: starts is the first period under it'),
});

export const trendSchema = {
  summary: 'One measure for an authority beside its statistical neighbours’ average, its region and England, every period, with the programme’s start marked (docs/methodology.md §16.10)',
  tags: ['places'],
  querystring: z.object({
    area: z.string().max(40).regex(/^(E\d{8}|[a-z][a-z0-9-]*)$/i, 'must be a GSS code like E06000009 or an Opportunity Area id like blackpool').describe('An upper-tier authority’s GSS code, or an Opportunity Area id standing for its authority'),
    measure: z.string().min(1).max(80).describe('An indicator code (lait_ks2rwm_expected_std) or a LAIT measure code (KS2RWM_Expected_STD)'),
    neighbours: z.coerce.number().int().min(1).max(MAX_NEIGHBOURS).default(DEFAULT_TREND_NEIGHBOURS).describe('How many of the area’s saved statistical neighbours to average (the first K of its list)'),
    format: formatQuerySchema,
  }),
  response: {
    200: z
      .object({
        measure: z.object({
          code: z.string(),
          name: z.string(),
          unit: z.string(),
          polarity: z.enum(['high', 'low']).nullable().describe('high when a higher figure is better, low when lower is; null when the source says neither'),
          description: z.string(),
        }),
        area: place,
        neighbours: z.array(place),
        neighboursNote: z.string().describe('Where the neighbours come from, or why there are none'),
        region: place.nullable(),
        england: place.nullable(),
        startYear: z.number().int().describe('The first calendar year under the programme'),
        start: z.string().nullable().describe('The first period under the programme; null when every period is before it'),
        points: z.array(trendPoint),
      })
      .meta({ id: 'ImpactTrend' }),
    400: errorReplySchema,
    404: errorReplySchema,
  },
};
