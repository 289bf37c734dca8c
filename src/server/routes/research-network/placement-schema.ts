import { z } from 'zod';
import { errorReplySchema } from '../../errors.ts';
import { slugSchema } from '../shared-schemas.ts';

const reason = z.string().describe('Why the hub is placed here, such as where its training is held (required, up to 500 characters)');

export const placeHubSchema = {
  summary: 'Place a Research School its host cannot place (an alliance or trust, or a host without a location): at a school, a postcode or coordinates',
  tags: ['research network'],
  params: z.object({ id: slugSchema }),
  body: z
    .object({
      urn: z.number().int().min(100000).max(999999).optional().describe('At this school’s location in the register'),
      postcode: z.string().max(10).optional().describe('At this postcode’s centroid, from the imported postcode file'),
      lat: z.number().optional().describe('Latitude (WGS84), with lon'),
      lon: z.number().optional().describe('Longitude (WGS84), with lat'),
      reason,
    })
    .strict(),
  response: {
    200: z.object({ id: z.string(), lat: z.number(), lon: z.number(), basis: z.string(), reason: z.string() }),
    400: errorReplySchema,
    401: errorReplySchema,
    403: errorReplySchema,
    404: errorReplySchema,
  },
};

export const clearHubPlacementSchema = {
  summary: 'Remove a hub’s placement, so it is placed at its host school again (or not at all)',
  tags: ['research network'],
  params: z.object({ id: slugSchema }),
  body: z.object({ reason }).strict(),
  response: { 204: z.null(), 400: errorReplySchema, 401: errorReplySchema, 403: errorReplySchema, 404: errorReplySchema },
};
