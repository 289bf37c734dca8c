import { z } from 'zod';
import { errorReplySchema } from '../../errors.ts';
import { fileRefusedSchema } from '../file-refused.ts';
import { slugSchema } from '../shared-schemas.ts';

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
    422: fileRefusedSchema,
    503: errorReplySchema,
  },
};
