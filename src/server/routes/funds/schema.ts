import { z } from 'zod';
import { FUND_KINDS, FUND_SCOPES } from '../../../domain/funding/index.ts';
import { errorReplySchema } from '../../errors.ts';
import { formatQuerySchema, pageQuery, slugSchema } from '../shared-schemas.ts';

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
    funder: z.string().describe('Who gives this money (for a contribution pot, the contributing funder)'),
    conditions: z.string().describe('What the money may be spent on, as published; empty when nothing was published'),
    profile: z
      .array(z.object({ period: z.string(), amountPence: z.number().int() }))
      .describe('Planned amount by academic year, adding up to the fund; empty: spend is planned evenly over its years'),
    funders: z
      .array(z.object({ funder: z.string(), amountPence: z.number().int(), percent: z.number() }))
      .describe('Who pays and how much: the contribution pots, or the fund’s own funder for the whole amount'),
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
    id: slugSchema.optional().describe('Only this fund, with its pots'),
    format: formatQuerySchema,
    ...pageQuery(100, 'Funds per page of the JSON list, each with every pot below it (the download has every fund)'),
  }),
  response: {
    200: z.object({
      page: z.number().int(),
      pageSize: z.number().int(),
      total: z.number().int().describe('Funds in all pages, not counting their pots'),
      items: z.array(fundSchema).describe('The page’s funds, each followed by its pots'),
      checks: z.array(allocationCheckSchema).describe('What the pots of each fund on this page add up to'),
    }),
    400: errorReplySchema,
  },
};

const giving360OrganizationSchema = z.object({ id: z.string(), name: z.string() });

export const giving360PackageSchema = z
  .object({
    grants: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        description: z.string(),
        currency: z.literal('GBP'),
        amountAwarded: z.number().describe('Pounds, from exact pence: 1416666.67'),
        awardDate: z.string(),
        recipientOrganization: z.array(giving360OrganizationSchema),
        fundingOrganization: z.array(giving360OrganizationSchema),
        grantProgramme: z.array(z.object({ code: z.string(), title: z.string() })),
        beneficiaryLocation: z.array(z.object({ name: z.string(), geoCode: z.string().describe('GSS code of the district') })),
      }),
    ),
    publisher: z.object({ name: z.string() }),
    license: z.string(),
  })
  .meta({ id: 'Giving360Package' });

export const giving360Schema = {
  summary: 'A fund’s allocations as grants in the 360Giving data standard (JSON package, or CSV/XLSX in its spreadsheet layout)',
  tags: ['funding'],
  params: z.object({ id: slugSchema }),
  querystring: z.object({
    format: formatQuerySchema,
    awardDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD').optional().describe('When the award was decided; defaults to the published announcement date where known'),
  }),
  response: {
    200: giving360PackageSchema,
    400: errorReplySchema,
    404: errorReplySchema,
  },
};
