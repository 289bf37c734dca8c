import { z } from 'zod';
import { errorReplySchema } from '../../errors.ts';
import { formatQuerySchema, slugSchema } from '../shared-schemas.ts';

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.string().describe('Email of the user, or cli / system'),
    action: z.string().describe('e.g. user.create, board.update, session.sign_in, demo.load'),
    entityType: z.string(),
    entityId: z.string(),
    summary: z.unknown().describe('What changed: { field: { before, after } } or a short description'),
  })
  .meta({ id: 'AuditEntry' });

const isoDate = z.union([z.iso.date(), z.iso.datetime()]).describe('A date such as 2026-12-07, or an ISO timestamp');

export const listAuditSchema = {
  summary: 'The audit log of every change, newest first, filtered and paged (national programme team only)',
  tags: ['access'],
  querystring: z.object({
    limit: z.coerce.number().int().min(1).max(1000).default(100).describe('Entries per page, at most 1,000 (the download has the same page)'),
    page: z.coerce.number().int().min(1).max(100_000).default(1).describe('Which page of `limit` entries, from 1'),
    actor: z.string().trim().min(1).max(254).optional().describe('Who: part of the email (or cli / system), any case'),
    action: z.string().trim().min(1).max(60).optional().describe('An action such as board.update, or a family ending in a dot such as careers.'),
    entityType: z.string().max(60).optional(),
    entityId: z.string().max(200).optional(),
    area: slugSchema.optional().describe('An Opportunity Area id: entries about the area (its board) or a thing in it (its plan measures)'),
    from: isoDate.optional().describe('Entries at or after this date (UTC)'),
    to: isoDate.optional().describe('Entries on or before this date (UTC; a date means the whole day)'),
    format: formatQuerySchema,
  }),
  response: {
    200: z.object({
      items: z.array(auditEntrySchema).describe('Values shaped like a pupil number are removed from each summary'),
      page: z.number().int(),
      limit: z.number().int(),
      total: z.number().int().describe('Entries matching the filters, in all pages'),
      more: z.boolean().describe('Whether a later page has entries'),
    }),
    400: errorReplySchema,
    401: errorReplySchema,
    403: errorReplySchema,
  },
};
