import { z } from 'zod';
import { METHODS } from '../../../domain/impact/index.ts';
import { errorReplySchema } from '../../errors.ts';
import { comparisonQuerySchema, MAX_API_PLACEBOS } from './schema.ts';

const areaEstimate = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['ready', 'working', 'refused']).describe('ready: estimated; working: still being worked out (ask again); refused: the data cannot give an estimate, see problem'),
  estimate: z
    .object({
      estimate: z.number(),
      se: z.number().nullable(),
      ci95: z.tuple([z.number(), z.number()]).readonly().nullable(),
      p_value: z.number().nullable(),
      pre_periods: z.array(z.string()).readonly(),
      post_periods: z.array(z.string()).readonly(),
      treated: z.array(z.object({ code: z.string(), name: z.string() })).readonly(),
      pool: z.string(),
      warnings: z.array(z.string()).readonly(),
    })
    .nullable(),
  problem: z.object({ code: z.string(), message: z.string() }).nullable(),
});

export const nationalImpactSchema = {
  summary: 'One measure’s estimate for every Opportunity Area: each is worked out in turn on the estimating thread and kept until the next import; ask again until complete is true',
  tags: ['places'],
  querystring: z.object({
    measure: z.string().min(1).max(80).describe('An indicator code (lait_ks2rwm_expected_std) or a LAIT measure code (KS2RWM_Expected_STD)'),
    from: z.string().min(1).max(20).default('2017').describe('The first period under the programme, as the measure labels it'),
    method: z.enum(METHODS).default('sdid'),
    comparison: comparisonQuerySchema,
    placebo: z.coerce.number().int().min(0).max(MAX_API_PLACEBOS).default(200),
    seed: z.coerce.number().int().min(0).max(2 ** 32 - 1).default(2016),
  }),
  response: {
    200: z
      .object({
        measure: z.object({ code: z.string(), name: z.string(), unit: z.string() }),
        from: z.string(),
        method: z.enum(METHODS),
        done: z.number().int().describe('Areas answered (estimated or refused)'),
        total: z.number().int(),
        complete: z.boolean(),
        areas: z.array(areaEstimate),
      })
      .meta({ id: 'NationalImpact' }),
    400: errorReplySchema,
    404: errorReplySchema,
  },
};
