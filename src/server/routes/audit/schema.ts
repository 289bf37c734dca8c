import { z } from 'zod';
import { errorReplySchema } from '../../errors.ts';
import { formatQuerySchema } from '../shared-schemas.ts';

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

export const listAuditSchema = {
  summary: 'The audit log of every change, newest first (national programme team only)',
  tags: ['access'],
  querystring: z.object({
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    entityType: z.string().max(60).optional(),
    entityId: z.string().max(200).optional(),
    format: formatQuerySchema,
  }),
  response: { 200: z.object({ items: z.array(auditEntrySchema) }), 401: errorReplySchema, 403: errorReplySchema },
};
