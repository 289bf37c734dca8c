import { z } from 'zod';

export const serviceInfoSchema = {
  summary: 'Who runs this service and how long it keeps pupil records: what the privacy notice, contact and accessibility pages show',
  tags: ['service'],
  response: {
    200: z.object({
      contactEmail: z.string().nullable().describe('Where to write about the service, privacy or accessibility (OA_CONTACT_EMAIL); null when not set'),
      retentionYears: z.number().int().describe('Years a pupil’s careers records are kept after they leave (OA_RETENTION_YEARS)'),
      suppressionThreshold: z.number().int().describe('Counts below this are hidden in figures for anyone without pupil-level access'),
    }),
  },
};
