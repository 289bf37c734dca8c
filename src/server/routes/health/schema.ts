import { z } from 'zod';

export const healthSchema = {
  summary: 'Readiness: is the service up, and which database and schema version is it on (read at most every 5 s)',
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

export const livenessSchema = {
  summary: 'Liveness: the process answers, without touching the database',
  tags: ['service'],
  response: { 200: z.object({ status: z.literal('ok') }) },
};
