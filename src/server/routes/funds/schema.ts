import { z } from 'zod';
import { FUND_KINDS, FUND_SCOPES } from '../../../domain/funding/index.ts';
import { errorReplySchema } from '../../errors.ts';
import { formatQuerySchema, slugSchema } from '../shared-schemas.ts';

export const fundSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    amountPence: z.number().int().describe('Amount in whole pence: £6,000,000 is 600000000'),
    period: z.string().describe('Financial or academic period as published, e.g. 2020/21'),
    scope: z.enum(FUND_SCOPES),
    kind: z.enum(FUND_KINDS).describe('fund, or a pot of its parent: allocation, ring_fenced or contribution'),
    parentId: z.string().nullable(),
    opportunityAreaId: z.string().nullable(),
    sourceNote: z.string(),
  })
  .meta({ id: 'Fund' });

export const allocationCheckSchema = z
  .object({
    fundId: z.string(),
    amountPence: z.number().int(),
    allocatedPence: z.number().int().describe('Sum of the pots that name this fund as parent'),
    unallocatedPence: z.number().int(),
    overAllocated: z.boolean(),
  })
  .meta({ id: 'AllocationCheck' });

export const listFundsSchema = {
  summary: 'Funds and their pots, with what each fund’s pots account for to the penny',
  tags: ['funding'],
  querystring: z.object({
    opportunityArea: slugSchema.optional().describe('Only the funds allocated to this Opportunity Area'),
    format: formatQuerySchema,
  }),
  response: {
    200: z.object({ items: z.array(fundSchema), checks: z.array(allocationCheckSchema) }),
    400: errorReplySchema,
  },
};
