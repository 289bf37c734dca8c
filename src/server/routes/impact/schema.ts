import { z } from 'zod';
import { METHODS, parseComparison } from '../../../domain/impact/index.ts';
import { errorReplySchema } from '../../errors.ts';

/** At most this many placebo replications for one request: each refits the estimator on the server. */
export const MAX_API_PLACEBOS = 500;
/** At most this many treated areas in one request. */
const MAX_AREAS = 12;

const areaList = z
  .string()
  .max(MAX_AREAS * 40)
  .transform((value) => value.split(',').map((c) => c.trim()).filter((c) => c !== ''))
  .pipe(z.array(z.string().max(40).regex(/^(E\d{8}|[a-z][a-z0-9-]*)$/i, 'must be GSS codes or Opportunity Area ids separated by commas, like E06000009 or blackpool')).min(1).max(MAX_AREAS));

/** `all`, `neighbours`, `neighbours:K` or `region`, as the CLI's --comparison takes it. */
export const comparisonQuerySchema = z
  .string()
  .max(20)
  .default('all')
  .transform((value, context) => {
    const parsed = parseComparison(value);
    if (parsed.ok) return parsed.value;
    context.addIssue({ code: 'custom', message: parsed.error.message });
    return z.NEVER;
  });

// Readonly, as the domain's report is: the reply is only ever read.
const dropped = z.union([
  z.object({ kind: z.literal('period'), period: z.string(), reason: z.string() }),
  z.object({ kind: z.literal('unit'), unit: z.string(), name: z.string().optional(), reason: z.string() }),
]);

const impactEstimate = z
  .object({
    measure: z.object({ code: z.string(), name: z.string(), unit: z.string() }),
    method: z.enum(METHODS),
    estimate: z.number().describe('The effect: treated minus comparison from the start on, in the measure’s unit'),
    se: z.number().nullable().describe('Placebo standard error; null when it cannot be estimated (see warnings)'),
    ci95: z.tuple([z.number(), z.number()]).readonly().nullable(),
    p_value: z.number().nullable().describe('Permutation p-value: sc only'),
    pre_fit_rmse: z.number().describe('Root mean squared gap between the treated areas and their comparison before the start'),
    pre_periods: z.array(z.string()).readonly(),
    post_periods: z.array(z.string()).readonly(),
    treated: z.array(z.object({ code: z.string(), name: z.string() })).readonly(),
    pool: z.string(),
    donors: z.array(z.object({ code: z.string(), name: z.string(), weight: z.number() })).readonly(),
    time_weights: z.array(z.object({ period: z.string(), weight: z.number() })).readonly(),
    trajectory: z.array(z.object({ period: z.string(), treated: z.number(), comparison: z.number() })).readonly(),
    dropped: z.array(dropped).readonly(),
    warnings: z.array(z.string()).readonly(),
    placebos: z.number().int(),
    seed: z.number().int(),
  })
  .meta({ id: 'ImpactEstimate' });

export const impactSchema = {
  summary: 'The programme’s effect on a measure for treated authorities against comparison areas: did, sc and sdid with placebo standard errors (docs/methodology.md §16)',
  tags: ['places'],
  querystring: z.object({
    measure: z.string().min(1).max(80).describe('An indicator code (lait_ks2rwm_expected_std) or a LAIT measure code (KS2RWM_Expected_STD)'),
    area: areaList.describe('The treated areas: GSS codes of upper-tier authorities or Opportunity Area ids (blackpool), separated by commas'),
    from: z.string().min(1).max(20).describe('The first period under the programme, as the measure labels it'),
    method: z.enum([...METHODS, 'all']).default('all'),
    comparison: comparisonQuerySchema.describe('all (every other upper-tier authority), neighbours or neighbours:K (the saved statistical neighbours, the first K of each list) or region'),
    includeOpportunityAreas: z.enum(['true', 'false']).default('false').describe('Keep other Opportunity Areas’ authorities among the comparison areas'),
    placebo: z.coerce.number().int().min(0).max(MAX_API_PLACEBOS).default(200).describe('Placebo replications for the standard error'),
    seed: z.coerce.number().int().min(0).max(2 ** 32 - 1).default(2016),
  }),
  response: {
    200: z.object({ estimates: z.array(impactEstimate) }),
    400: errorReplySchema,
    404: errorReplySchema,
    422: errorReplySchema,
  },
};
