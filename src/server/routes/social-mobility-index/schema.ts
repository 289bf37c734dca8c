import { z } from 'zod';
import { errorReplySchema } from '../../errors.ts';
import { nationalLeftOutSchema } from '../national-left-out.ts';
import { formatQuerySchema } from '../shared-schemas.ts';

const recipeQuery = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,59}(@[1-9]\d{0,5})?$/, 'must name a recipe, like proxy-district-2019, or a saved version, like my-index@2')
  .default('proxy-district-2019')
  .describe('A shipped recipe, a saved recipe (its latest version) or NAME@VERSION');

const indexedArea = z
  .object({
    code: z.string(),
    name: z.string(),
    stages: z.record(z.string(), z.number()).describe('Stage scores by stage id (standardised; 0 is the average area)'),
    score: z.number(),
    rank: z.number().int().describe('1 = best; equal scores share the best rank'),
    band: z.number().int().describe('1 = best band'),
    coldSpot: z.boolean(),
    hotSpot: z.boolean(),
    rankInterval: z.tuple([z.number().int(), z.number().int()]).describe('90% interval of the rank when every weight varies ±20%'),
    coldSpotProbability: z.number().describe('Share of the perturbed rankings in which the area is a cold spot'),
  })
  .meta({ id: 'IndexedArea' });

/** A ranking as GET /api/index and the recipe preview give it. */
export const indexRankingSchema = z.object({
  recipe: z.object({
    name: z.string(),
    description: z.string(),
    stages: z.array(z.object({ id: z.string(), name: z.string(), indicators: z.array(z.string()) })),
  }),
  areas: z.array(indexedArea),
  excluded: z.array(z.object({ areaCode: z.string(), areaName: z.string(), reason: z.string() })),
  coldSpotCount: z.number().int(),
  leftOut: nationalLeftOutSchema,
});

export const computeIndexSchema = {
  summary: 'Rank every district with an index recipe: stage scores, rank, band, cold and hot spots, rank intervals',
  tags: ['index'],
  querystring: z.object({ recipe: recipeQuery, format: formatQuerySchema }),
  response: {
    200: indexRankingSchema,
    400: errorReplySchema,
    404: errorReplySchema,
  },
};

export const explainIndexAreaSchema = {
  summary: 'Why a district sits where it does in an index: each indicator’s contribution to its score',
  tags: ['index'],
  params: z.object({ code: z.string().regex(/^E\d{8}$/i, 'must be a district GSS code like E07000062') }),
  querystring: z.object({ recipe: recipeQuery }),
  response: {
    200: z.object({
      summary: z.string().describe('E.g. "Hastings is a cold spot mainly because of X and Y."'),
      rank: z.number().int(),
      of: z.number().int(),
      score: z.number(),
      contributions: z.array(z.object({ indicatorCode: z.string(), indicatorName: z.string(), contribution: z.number() })),
      missing: z
        .array(z.object({ indicatorCode: z.string(), indicatorName: z.string(), period: z.string().nullable(), reason: z.string() }))
        .describe('The recipe’s indicators the district has no figure of, and why (e.g. "2 schools, 14% of pupils: not enough for a district figure …"); the recipe’s missing-value rule decides what the index does without them'),
      missingRule: z.enum(['stage_mean', 'exclude']).describe('stage_mean: a missing indicator is left out and the others in its stage count for more (docs/methodology.md §10.3)'),
    }),
    400: errorReplySchema,
    404: errorReplySchema,
  },
};
