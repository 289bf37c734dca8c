import { z } from 'zod';
import { errorReplySchema } from '../../errors.ts';
import { slugSchema } from '../shared-schemas.ts';

const problemSchema = z
  .object({
    row: z.number().int().nullable().describe('The line in the file as a spreadsheet shows it (the header is row 1); null for the file as a whole'),
    column: z.string().nullable(),
    reason: z.string(),
  })
  .describe('One thing wrong with the file. The cell itself is never quoted back: it could be a pupil’s UPN');

export const importHolidaySchema = {
  summary: 'Import an Opportunity Area’s holiday clubs file or attendance file on its holiday page: all or nothing, every club in the area',
  tags: ['holiday'],
  params: z.object({ id: slugSchema }),
  body: z.object({
    kind: z.enum(['clubs', 'attendance']).describe('clubs: club_id, club_name, provider, dates, days and places; attendance: upn, urn, fsm, club_id, date, attended'),
    fileName: z.string().min(1).max(200).describe('The file’s name, for the audit log and the reply'),
    text: z.string().min(1).describe('The file’s text, CSV UTF-8 with a header row'),
  }),
  response: {
    200: z.object({
      imported: z.literal(true),
      file: z.string(),
      kind: z.enum(['clubs', 'attendance']),
      counts: z.object({
        rows: z.number().int().describe('Clubs, or pupil-days'),
        inserted: z.number().int(),
        updated: z.number().int(),
        unchanged: z.number().int(),
        pupilsAdded: z.number().int().describe('Attendance: pupils new to the service (0 for clubs)'),
      }),
      pastRetention: z.number().int().describe('Attendance: pupil-days of academic years past the retention period, skipped'),
    }),
    400: errorReplySchema,
    404: errorReplySchema,
    422: z.object({
      error: z.object({ code: z.literal('file_refused'), message: z.string() }),
      file: z.string(),
      problems: z.array(problemSchema).describe('The first problems found, in file order'),
      more: z.number().int().describe('Problems found beyond those listed'),
    }),
    503: errorReplySchema,
  },
};
