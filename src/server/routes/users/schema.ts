import { z } from 'zod';
import { ROLES } from '../../../domain/access/index.ts';
import { errorReplySchema } from '../../errors.ts';
import { formatQuerySchema } from '../shared-schemas.ts';

export const listUsersSchema = {
  summary: 'Users with their role and scope (national programme team only)',
  tags: ['access'],
  querystring: z.object({ format: formatQuerySchema }),
  response: {
    200: z.object({
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
