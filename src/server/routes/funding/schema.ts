import { z } from 'zod';
import { ALLOCATION_FORMULAS, SPEND_KINDS, SPEND_STATUSES } from '../../../domain/funding/index.ts';
import { errorReplySchema } from '../../errors.ts';
import { formatQuerySchema, slugSchema } from '../shared-schemas.ts';

const pence = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const allocationRequestSchema = z.object({
  formula: z.enum(ALLOCATION_FORMULAS),
  measureName: z.string().max(100).optional().describe('What the measure is called in the working, e.g. pupils'),
  basePence: pence.optional().describe('base-plus: the fixed base each recipient gets'),
  floorPence: pence.nullable().optional(),
  ceilingPence: pence.nullable().optional(),
  recipients: z
    .array(z.object({ id: z.string().min(1).max(100), measure: z.union([z.number(), z.string().max(40)]).nullable().optional() }))
    .max(50_000)
    .optional()
    .describe('Who shares the pot and their measures; default the twelve Opportunity Areas (equal only)'),
});

const recipientAllocationSchema = z.object({
  recipient: z.string(),
  amountPence: z.number().int(),
  exactPence: z.string().describe('The exact amount before pennies were placed, a fraction in lowest terms'),
  bound: z.object({ by: z.enum(['floor', 'ceiling']), round: z.number().int() }).nullable(),
  extraPenny: z.union([z.literal(0), z.literal(1)]),
  working: z.array(z.string()),
});

export const allocationReplySchema = z
  .object({
    fundId: z.string(),
    totalPence: z.number().int().describe('The pot less its ring-fenced pots'),
    ringFenced: z.array(z.object({ id: z.string(), amountPence: z.number().int() })),
    formula: z.enum(ALLOCATION_FORMULAS),
    rounds: z.number().int(),
    leftoverPennies: z.number().int(),
    tieBreak: z.string(),
    rows: z.array(recipientAllocationSchema),
    runId: z.number().int().nullable().describe('Set once confirmed'),
  })
  .meta({ id: 'AllocationRun' });

const fundParams = z.object({ id: slugSchema });

export const previewAllocationSchema = {
  summary: 'Allocate a fund or pot by formula, to the penny, without saving: the preview before confirming',
  tags: ['funding'],
  params: fundParams,
  body: allocationRequestSchema,
  response: { 200: allocationReplySchema, 400: errorReplySchema, 404: errorReplySchema },
};

export const confirmAllocationSchema = {
  summary: 'Allocate a fund or pot by formula and save the run (audited); spend is then tracked against it',
  tags: ['funding'],
  params: fundParams,
  body: allocationRequestSchema,
  response: { 201: allocationReplySchema, 400: errorReplySchema, 404: errorReplySchema },
};

export const currentAllocationsSchema = {
  summary: 'What spend against a fund is tracked against: its latest confirmed run, or its allocation pots',
  tags: ['funding'],
  params: fundParams,
  querystring: z.object({ format: formatQuerySchema }),
  response: {
    200: z.object({
      source: z.enum(['saved', 'pots', 'none']),
      runId: z.number().int().nullable(),
      rows: z.array(z.object({ recipient: z.string(), amountPence: z.number().int() })),
    }),
    400: errorReplySchema,
    404: errorReplySchema,
  },
};

export const spendLineSchema = z
  .object({
    id: z.number().int(),
    fundId: z.string(),
    recipient: z.string(),
    opportunityAreaId: z.string().nullable(),
    kind: z.enum(SPEND_KINDS),
    spentOn: z.string(),
    period: z.string().describe('Academic year of the date, e.g. 2019/20'),
    purpose: z.string(),
    evidenceStrand: z.string().nullable(),
    amountPence: z.number().int(),
    status: z.enum(SPEND_STATUSES),
    recordedBy: z.string(),
    recordedByUserId: z.number().int().nullable(),
    recordedAt: z.string(),
    approvedBy: z.string().nullable(),
    approvedAt: z.string().nullable(),
  })
  .meta({ id: 'SpendLine' });

const areaFilter = slugSchema.optional().describe('Only this Opportunity Area’s spend (area leads must give their own)');

export const listSpendSchema = {
  summary: 'Spend lines (commitments and payments) against a fund',
  tags: ['funding'],
  params: fundParams,
  querystring: z.object({
    opportunityArea: areaFilter,
    format: formatQuerySchema,
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(100).describe('Lines per page of the JSON list (the download has every line)'),
  }),
  response: {
    200: z.object({ items: z.array(spendLineSchema), page: z.number().int(), pageSize: z.number().int(), total: z.number().int().describe('Lines in all pages') }),
    400: errorReplySchema,
    404: errorReplySchema,
  },
};

export const recordSpendSchema = {
  summary: 'Record a commitment or payment against a fund; above the approval threshold it waits for a second person',
  tags: ['funding'],
  params: fundParams,
  body: z.object({
    recipient: z.string().max(100),
    kind: z.string().max(20).describe('commitment or payment'),
    spentOn: z.string().max(20).describe('YYYY-MM-DD'),
    purpose: z.string().max(1000),
    evidenceStrand: z.string().max(100).optional(),
    amount: z.string().max(40).describe('Pounds and pence as typed, e.g. 1,250.50'),
  }),
  response: { 201: spendLineSchema, 400: errorReplySchema, 404: errorReplySchema },
};

export const approveSpendSchema = {
  summary: 'Approve a spend line above the threshold: only someone other than whoever recorded it',
  tags: ['funding'],
  params: z.object({ id: slugSchema, lineId: z.coerce.number().int().min(1) }),
  response: { 200: spendLineSchema, 404: errorReplySchema, 409: errorReplySchema },
};

export const varianceSchema = {
  summary: 'Allocation against spend by recipient (and academic year), with overspend and underspend flags',
  tags: ['funding'],
  params: fundParams,
  querystring: z.object({
    opportunityArea: areaFilter,
    byPeriod: z.enum(['true', 'false']).default('false').describe('true: one row per recipient and academic year'),
    format: formatQuerySchema,
  }),
  response: {
    200: z.object({
      source: z.enum(['saved', 'pots', 'none']),
      rows: z.array(
        z
          .object({
            recipient: z.string(),
            period: z.string(),
            plannedPence: z.number().int(),
            committedPence: z.number().int(),
            paidPence: z.number().int(),
            usedPence: z.number().int(),
            variancePence: z.number().int(),
            flag: z.enum(['overspend', 'underspend']).nullable(),
            pendingPence: z.number().int(),
          })
          .meta({ id: 'VarianceRow' }),
      ),
    }),
    400: errorReplySchema,
    404: errorReplySchema,
  },
};
