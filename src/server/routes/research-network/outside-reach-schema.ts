import { z } from 'zod';
import { errorReplySchema } from '../../errors.ts';
import { formatQuerySchema } from '../shared-schemas.ts';
import { DEFAULT_HUB_PAGE_SIZE, MAX_HUB_PAGE_SIZE } from './schema.ts';

const outsideSchoolSchema = z.object({
  urn: z.number().int(),
  name: z.string(),
  districtCode: z.string().nullable(),
  needScore: z.number().nullable(),
  highNeed: z.boolean(),
  nearestHubId: z.string().nullable(),
  nearestKm: z.number().nullable(),
});

export const outsideReachSchema = {
  summary: 'Schools outside any hub’s reach (not in a hub’s own Opportunity Area, farther than the distance from every hub), highest need first',
  tags: ['research network'],
  querystring: z.object({
    withinKm: z.coerce.number().min(0).max(1000).default(20).describe('A hub serves its own Opportunity Area’s schools and those within this distance of where it works'),
    highNeed: z.coerce.number().min(0).max(100).default(80).describe('A need score at or above this is high-need'),
    highNeedOnly: z.enum(['true', 'false']).default('false').transform((v) => v === 'true').describe('Only the high-need schools'),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(MAX_HUB_PAGE_SIZE).default(DEFAULT_HUB_PAGE_SIZE).describe(`Rows a page, at most ${String(MAX_HUB_PAGE_SIZE)}`),
    format: formatQuerySchema,
  }),
  response: {
    200: z.object({
      withinKm: z.number(),
      located: z.number().int().describe('Located open schools'),
      counts: z.object({ assigned: z.number().int(), hubFull: z.number().int().describe('In reach of hubs that are all full'), outsideReach: z.number().int(), noLocation: z.number().int() }),
      highNeedOutsideReach: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
      total: z.number().int().describe('Rows in the whole list'),
      items: z.array(outsideSchoolSchema),
    }),
    400: errorReplySchema,
  },
};
