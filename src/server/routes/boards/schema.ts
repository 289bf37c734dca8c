import { z } from 'zod';
import { errorReplySchema } from '../../errors.ts';
import { slugSchema } from '../shared-schemas.ts';

const isoDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be a date like 2017-07-14, or 2017-07 when only the month is known');

export const saveBoardSchema = {
  summary: 'Record an Opportunity Area’s partnership board chair (area leads for their own areas)',
  tags: ['programme'],
  params: z.object({ id: slugSchema }),
  body: z.object({
    chair: z.string().trim().min(1, 'Enter the chair’s name').max(200),
    chairNamedOn: isoDateSchema.describe('When the chair was named'),
    sourceNote: z.string().trim().min(1, 'Say where this comes from, such as the board’s minutes or a press release').max(500),
  }),
  response: {
    200: z.object({ changed: z.boolean() }),
    400: errorReplySchema,
    401: errorReplySchema,
    403: errorReplySchema,
    404: errorReplySchema,
  },
};
