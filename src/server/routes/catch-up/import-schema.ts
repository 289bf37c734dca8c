import { z } from 'zod';
import { errorReplySchema } from '../../errors.ts';
import { fileRefusedSchema } from '../file-refused.ts';

export const importTutoringSchema = {
  summary: 'Import a school’s tutoring file (the MIS sessions export, or with census the School Census shape) on its page: all or nothing, every row this school’s',
  tags: ['catch-up'],
  params: z.object({ urn: z.coerce.number().int().min(100000).max(999999) }),
  body: z.object({
    fileName: z.string().min(1).max(200).describe('The file’s name, for the audit log and the reply'),
    text: z.string().min(1).describe('The file’s text, CSV UTF-8 with a header row'),
    census: z.boolean().default(false).describe('True for the School Census shape (tutored Y/N, cumulative hours)'),
    academicYear: z.number().int().min(2000).max(2100).optional().describe('Sessions: the year every session must fall in, if given. Census: the year of the return; default the current one'),
  }),
  response: {
    200: z.object({
      imported: z.literal(true),
      file: z.string(),
      counts: z.object({
        rows: z.number().int(),
        inserted: z.number().int(),
        updated: z.number().int(),
        unchanged: z.number().int(),
        deleted: z.number().int().describe('Census: pupils of an earlier return no longer in it'),
        pupilsAdded: z.number().int(),
      }),
      pastRetention: z.number().int().describe('Rows of academic years past the retention period, skipped'),
    }),
    400: errorReplySchema,
    404: errorReplySchema,
    422: fileRefusedSchema,
    503: errorReplySchema,
  },
};
