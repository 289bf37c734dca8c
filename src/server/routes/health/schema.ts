import { z } from 'zod';

export const healthSchema = {
  summary: 'Is the service up, and which database and schema version is it on',
  tags: ['service'],
  response: {
    200: z.object({
      status: z.literal('ok'),
      database: z.enum(['sqlite', 'postgres']),
      migration: z.string().nullable().describe('The newest applied migration'),
      pendingMigrations: z.array(z.string()),
    }),
  },
};
