import { z } from 'zod';
import { ENGAGEMENT_LEVELS, INTERMEDIARY_KINDS } from '../../../domain/research-network/index.ts';
import { errorReplySchema } from '../../errors.ts';
import { formatQuerySchema, pageQuery } from '../shared-schemas.ts';

const kindSchema = z.enum(INTERMEDIARY_KINDS).describe('local-authority (education authority, by GSS code) or trust (GIAS group id)');
const highNeedSchema = z.coerce.number().min(0).max(100).default(80).describe('A need score at or above this is high-need');

const funnelSchema = z.object({
  key: z.string(),
  schools: z.number().int(),
  stages: z.array(z.object({ level: z.enum(ENGAGEMENT_LEVELS), at: z.number().int(), atLeast: z.number().int() })),
});

const summarySchema = z.object({
  code: z.string(),
  name: z.string().nullable(),
  schools: z.number().int(),
  highNeed: z.number().int(),
  highNeedNotReached: z.number().int(),
  funnel: funnelSchema,
});

const denied = { 400: errorReplySchema, 401: errorReplySchema, 403: errorReplySchema };

export const listIntermediariesSchema = {
  summary: 'Local authorities or trusts with their schools, high-need schools, engagement funnel and high-need schools not yet reached',
  tags: ['research network'],
  querystring: z.object({
    kind: kindSchema.default('local-authority'),
    highNeed: highNeedSchema,
    format: formatQuerySchema,
    ...pageQuery(100, 'Local authorities or trusts per page of the JSON list (the download has every one)'),
  }),
  response: {
    200: z.object({
      page: z.number().int(),
      pageSize: z.number().int(),
      total: z.number().int().describe('Local authorities or trusts in all pages (those you may read)'),
      kind: kindSchema,
      highNeedScore: z.number(),
      membershipLoaded: z.boolean().describe('Whether any open school has an intermediary of this kind (trusts come from a GIAS edubasealldata import)'),
      limitedToScope: z.boolean().describe('True when only the local authorities and trusts working in your areas are listed'),
      schoolsWithout: z.number().int().describe('Open schools with no intermediary of this kind'),
      items: z.array(summarySchema),
    }),
    ...denied,
  },
};

export const getIntermediarySchema = {
  summary: 'One local authority’s or trust’s schools with their engagement level and need, high-need schools not yet reached first',
  tags: ['research network'],
  params: z.object({ kind: kindSchema, code: z.string().regex(/^[A-Za-z0-9]{1,10}$/, 'must be a GSS code like E06000009, or a trust’s number like 16784') }),
  querystring: z.object({ highNeed: highNeedSchema, format: formatQuerySchema }),
  response: {
    200: z.object({
      kind: kindSchema,
      highNeedScore: z.number(),
      intermediary: summarySchema,
      schools: z.array(
        z.object({
          urn: z.number().int(),
          name: z.string(),
          phase: z.string(),
          districtCode: z.string().nullable(),
          needScore: z.number().nullable(),
          highNeed: z.boolean(),
          level: z.enum(ENGAGEMENT_LEVELS),
          notReached: z.boolean(),
          address: z.object({ street: z.string().nullable(), town: z.string().nullable(), postcode: z.string().nullable() }),
        }),
      ),
    }),
    ...denied,
    404: errorReplySchema,
  },
};
