import { z } from 'zod';
import { errorReplySchema } from '../../errors.ts';
import { cellSchema } from '../careers/schema.ts';
import { formatQuerySchema, slugSchema } from '../shared-schemas.ts';

export const holidayClubRowSchema = z
  .object({
    clubId: z.string(),
    name: z.string(),
    placesOffered: cellSchema.describe('Places a day × days offered, in pupil-days: capacity, never suppressed'),
    placesTaken: cellSchema.describe('Pupil-days booked'),
    takeUp: cellSchema.describe('Places taken ÷ places offered, 0–1'),
    daysAttended: cellSchema,
    pupils: cellSchema.describe('Pupils attending at least one day'),
    fsmPupils: cellSchema,
    fsmShare: cellSchema.describe('FSM-eligible pupils as a share of pupils attending, 0–1'),
    daysPerPupil: cellSchema,
  })
  .meta({ id: 'HolidayClubRow' });

export const areaHolidaySchema = {
  summary: 'Holiday clubs in an Opportunity Area: places offered against taken, pupils attending, FSM share, days per pupil; disclosure-controlled without pupil-level rights',
  tags: ['holiday'],
  params: z.object({ id: slugSchema }),
  querystring: z.object({ format: formatQuerySchema }),
  response: {
    200: z.object({
      area: z.object({ id: z.string() }),
      disclosureControlled: z.boolean().describe('True when small counts are hidden: you do not have pupil-level rights here'),
      rows: z.array(holidayClubRowSchema),
    }),
    400: errorReplySchema,
    404: errorReplySchema,
    503: errorReplySchema,
  },
};

const holidayFiguresSchema = holidayClubRowSchema.omit({ clubId: true, name: true });

export const schoolHolidaySchema = {
  summary: 'A school’s pupils at holiday clubs: its row (each pupil once) and its pupils at each club; disclosure-controlled without pupil-level rights',
  tags: ['holiday'],
  params: z.object({ urn: z.coerce.number().int().min(100000).max(999999) }),
  querystring: z.object({ format: formatQuerySchema }),
  response: {
    200: z.object({
      school: z.object({ urn: z.number().int(), name: z.string(), areaId: z.string().nullable() }),
      disclosureControlled: z.boolean().describe('True when small counts are hidden: you do not have pupil-level rights here'),
      clubsCounted: z
        .enum(['all', 'opportunity-area', 'outside-opportunity-areas'])
        .describe('Every club (pupil-level rights), or through disclosure control the clubs of the school’s Opportunity Area, or of no Opportunity Area for a school in none'),
      total: holidayFiguresSchema.describe('The school’s pupils, each once however many clubs they went to; places are clubs’, so z'),
      rows: z.array(holidayClubRowSchema).describe('The school’s pupils at each club they were booked on (places are the club’s, so z): only with pupil-level rights, else empty, as such counts are mostly below 5'),
    }),
    400: errorReplySchema,
    404: errorReplySchema,
    503: errorReplySchema,
  },
};
