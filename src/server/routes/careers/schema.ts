import { z } from 'zod';
import { errorReplySchema } from '../../errors.ts';
import { formatQuerySchema, leftOutSchema, slugSchema } from '../shared-schemas.ts';

/** A published cell: a number, or null with the symbol saying why (c confidential, x, z, low). */
export const cellSchema = z.object({ value: z.number().nullable(), symbol: z.enum(['c', 'x', 'z', 'low']).optional() }).meta({ id: 'Cell' });

export const coverageRowSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    pupils: cellSchema,
    reached: cellSchema,
    share: cellSchema.describe('Percentage of pupils reaching the target'),
    fsmPupils: cellSchema,
    fsmShare: cellSchema,
    notFsmPupils: cellSchema,
    notFsmShare: cellSchema,
    gap: cellSchema.describe('FSM share minus the others’, in percentage points'),
  })
  .meta({ id: 'CoverageRow' });

const ruleQuery = {
  target: z.coerce.number().int().min(1).max(50).default(4).describe('Encounters needed (default 4)'),
  eachYear: z.enum(['true', 'false']).default('false').describe('Also require one in every secondary year so far (Gatsby Benchmark 5)'),
  format: formatQuerySchema,
};

const coverageReply = z.object({
  rule: z.object({ target: z.number().int(), eachYear: z.boolean() }),
  disclosureControlled: z.boolean().describe('True when small counts are hidden: you do not have pupil-level rights here'),
  rows: z.array(coverageRowSchema),
  total: coverageRowSchema,
  gaps: z.array(z.string()).describe('Rows whose FSM pupils reach the target less often than the others'),
});

export const schoolCoverageSchema = {
  summary: 'A school’s careers coverage by year group, FSM against others, with the gaps',
  tags: ['careers'],
  params: z.object({ urn: z.coerce.number().int().min(100000).max(999999) }),
  querystring: z.object(ruleQuery),
  response: { 200: coverageReply.extend({ school: z.object({ urn: z.number().int(), name: z.string() }) }), 400: errorReplySchema, 404: errorReplySchema },
};

export const areaCoverageSchema = {
  summary: 'Careers coverage by school across an Opportunity Area, disclosure-controlled for readers without pupil-level rights',
  tags: ['careers'],
  params: z.object({ id: slugSchema }),
  querystring: z.object(ruleQuery),
  response: {
    200: coverageReply.extend({
      area: z.object({ id: z.string() }),
      leftOut: leftOutSchema
        .extend({ unplaced: z.array(z.object({ urn: z.number().int(), name: z.string() })).describe('Those schools, by URN') })
        .describe('Schools of the area’s education authorities with pupils on roll but no district: they may be the area’s, and are not counted'),
    }),
    400: errorReplySchema,
    404: errorReplySchema,
  },
};

export const adviserCoverageSchema = {
  summary: 'Enterprise Adviser coverage of every state-funded secondary school and college in an Opportunity Area, the gaps, those left out for want of a district, and employer load',
  tags: ['careers'],
  params: z.object({ id: slugSchema }),
  querystring: z.object({ format: formatQuerySchema, table: z.enum(['schools', 'employers']).default('schools').describe('Which table to download') }),
  response: {
    200: z.object({
      area: z.object({ id: z.string() }),
      schools: z.array(z.object({ urn: z.number().int(), name: z.string(), phase: z.string(), districtCode: z.string().nullable(), advisers: z.array(z.string()) })),
      covered: z.number().int(),
      gaps: z.array(z.object({ urn: z.number().int(), name: z.string() })),
      leftOut: leftOutSchema
        .extend({
          unplaced: z
            .array(z.object({ urn: z.number().int(), name: z.string(), phase: z.string(), reason: z.string().nullable() }))
            .describe('The open secondary schools and colleges of the area’s education authorities that have no district, with why'),
        })
        .describe('Secondary schools and colleges of the area’s education authorities with no district: they may be the area’s, and are not counted'),
      employers: z.array(z.object({ employerId: z.number().int(), name: z.string(), cornerstone: z.boolean(), sector: z.string().nullable(), schools: z.number().int(), encounters: z.number().int() })),
    }),
    400: errorReplySchema,
    404: errorReplySchema,
  },
};
