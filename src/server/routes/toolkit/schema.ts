import { z } from 'zod';
import { errorReplySchema } from '../../errors.ts';
import { formatQuerySchema } from '../shared-schemas.ts';

const strandSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    impactMonths: z.number().int().nullable().describe('Months of additional progress; null where the evidence is insufficient'),
    costRating: z.number().int().describe('1 (very low) to 5 (very high)'),
    costLabel: z.string().nullable(),
    evidenceRating: z.number().int().describe('Padlocks: 0 (insufficient) to 5 (very extensive)'),
    headline: z.string(),
    gapSummary: z.string().nullable().describe('What the EEF says about closing the disadvantage gap'),
    tags: z.array(z.string()),
    url: z.string().describe('The strand on the EEF website'),
    source: z.object({ file: z.string(), loadedAt: z.string() }),
  })
  .meta({ id: 'ToolkitStrand' });

export const listStrandsSchema = {
  summary: 'EEF Teaching and Learning Toolkit strands, filtered and sorted like the Toolkit',
  tags: ['evidence'],
  querystring: z.object({
    sort: z.enum(['name', 'impact', 'cost', 'evidence']).default('impact').describe('impact, cost and evidence sort best first'),
    maxCost: z.coerce.number().int().min(1).max(5).optional(),
    minEvidence: z.coerce.number().int().min(0).max(5).optional(),
    tag: z.string().max(60).optional(),
    format: formatQuerySchema,
  }),
  response: { 200: z.object({ items: z.array(strandSchema) }), 400: errorReplySchema },
};

export const convertEffectSizeSchema = {
  summary: 'Convert an effect size to months of progress, or months to an effect size range (EEF bands)',
  tags: ['evidence'],
  querystring: z
    .object({
      effectSize: z.coerce.number().min(-5).max(5).optional(),
      months: z.coerce.number().int().min(-12).max(12).optional(),
    })
    .refine((q) => (q.effectSize === undefined) !== (q.months === undefined), { error: 'Give either effectSize or months, not both' }),
  response: {
    200: z.object({
      effectSize: z.object({ min: z.number().nullable(), max: z.number().nullable() }).nullable(),
      months: z.number().int().nullable(),
    }),
    400: errorReplySchema,
    404: errorReplySchema,
  },
};
