import { z } from 'zod';
import { ROLES } from '../../../domain/access/index.ts';
import { errorReplySchema } from '../../errors.ts';
import { formatQuerySchema } from '../shared-schemas.ts';

export const listUsersSchema = {
  summary: 'Users with their role and scope (national programme team only)',
  tags: ['access'],
  querystring: z.object({
    format: formatQuerySchema,
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(500).describe('Users per page of the JSON list (the download has every user)'),
  }),
  response: {
    200: z.object({
      page: z.number().int(),
      pageSize: z.number().int(),
      total: z.number().int().describe('Users in all pages'),
      items: z.array(
        z.object({
          email: z.string(),
          role: z.enum(ROLES),
          scope: z.array(z.string()),
          isDemo: z.boolean(),
          createdAt: z.string(),
          disabledAt: z.string().nullable(),
        }),
      ),
    }),
    401: errorReplySchema,
    403: errorReplySchema,
  },
};
