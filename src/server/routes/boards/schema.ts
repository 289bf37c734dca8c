import { z } from 'zod';
import { parseIsoDate } from '../../../domain/shared/iso-date.ts';
import { errorReplySchema } from '../../errors.ts';
import { slugSchema } from '../shared-schemas.ts';

const DATE_MESSAGE = 'Enter the date the chair was named, like 2017-07-14, or 2017-07 if you only know the month';

// Checks the date exists (no 30 February), not only its shape.
const isoDateSchema = z.string({ error: DATE_MESSAGE }).refine((value) => parseIsoDate(value).ok, { error: DATE_MESSAGE });

export const saveBoardSchema = {
  summary: 'Record an Opportunity Area’s partnership board chair (area leads for their own areas)',
  tags: ['programme'],
  params: z.object({ id: slugSchema }),
  body: z.object({
    chair: z
      .string({ error: 'Enter the chair’s name' })
      .trim()
      .min(1, 'Enter the chair’s name')
      .max(200, 'The chair’s name must be 200 characters or fewer'),
    chairNamedOn: isoDateSchema.describe('When the chair was named'),
    sourceNote: z
      .string({ error: 'Say where this comes from, such as the board’s minutes or a press release' })
      .trim()
      .min(1, 'Say where this comes from, such as the board’s minutes or a press release')
      .max(500, 'The source must be 500 characters or fewer'),
  }),
  response: {
    200: z.object({ changed: z.boolean() }),
    400: errorReplySchema,
    401: errorReplySchema,
    403: errorReplySchema,
    404: errorReplySchema,
  },
};
