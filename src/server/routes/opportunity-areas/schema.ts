import { z } from 'zod';
import { errorReplySchema } from '../../errors.ts';
import { fundSchema } from '../funds/schema.ts';
import { formatQuerySchema, slugSchema } from '../shared-schemas.ts';

const areaRefSchema = z
  .object({ code: z.string().describe('GSS code, e.g. E06000009'), name: z.string() })
  .meta({ id: 'AreaRef' });

const researchSchoolSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    hostName: z.string(),
    hostUrn: z.number().int().nullable().describe('URN of the host school; null for an alliance, partnership or trust'),
    announcedOn: z.string().describe('ISO date, to the month where only the month was published'),
    sourceNote: z.string(),
  })
  .meta({ id: 'ResearchSchool' });

const opportunityAreaSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    announcedAs: z.string().nullable().describe('The name it was announced under, where different'),
    wave: z.union([z.literal(1), z.literal(2)]),
    announcedOn: z.string(),
    districts: z.array(areaRefSchema),
    researchSchool: researchSchoolSchema.nullable(),
    boardChair: z.string().nullable(),
    share2020to21Pence: z.number().int().nullable().describe('Published 2020/21 share in pence; null where not published'),
  })
  .meta({ id: 'OpportunityAreaSummary' });

const opportunityAreaDetailSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    announcedAs: z.string().nullable(),
    wave: z.union([z.literal(1), z.literal(2)]),
    announcedOn: z.string(),
    sourceNote: z.string(),
    districts: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        educationAuthority: areaRefSchema.nullable(),
        region: areaRefSchema.nullable(),
      }),
    ),
    researchSchool: researchSchoolSchema.nullable(),
    board: z.object({ chair: z.string(), chairNamedOn: z.string(), sourceNote: z.string() }).nullable(),
    funds: z.array(fundSchema),
  })
  .meta({ id: 'OpportunityAreaDetail' });

export const listOpportunityAreasSchema = {
  summary: 'The twelve Opportunity Areas with their districts, research school, board chair and 2020/21 share',
  tags: ['programme'],
  querystring: z.object({ format: formatQuerySchema }),
  response: {
    200: z.object({ items: z.array(opportunityAreaSummarySchema) }),
    400: errorReplySchema,
  },
};

export const getOpportunityAreaSchema = {
  summary: 'One Opportunity Area: districts with their education authority and region, board, research school, funds',
  tags: ['programme'],
  params: z.object({ id: slugSchema.describe('The area’s identifier, e.g. blackpool') }),
  response: {
    200: opportunityAreaDetailSchema,
    400: errorReplySchema,
    404: errorReplySchema,
  },
};
