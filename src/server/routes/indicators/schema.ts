import { z } from 'zod';
import { BOUNDARY_DETAILS } from '../../../domain/maps/index.ts';
import { AREA_KINDS } from '../../../domain/places/index.ts';
import { errorReplySchema } from '../../errors.ts';
import { evidenceSchema, formatQuerySchema } from '../shared-schemas.ts';
import { nationalLeftOutSchema } from '../national-left-out.ts';

const indicator = z
  .object({ code: z.string(), name: z.string(), unit: z.string(), description: z.string(), periods: z.array(z.string()) })
  .meta({ id: 'Indicator' });

export const listIndicatorsSchema = {
  summary: 'Indicators held for areas, with the periods each has',
  tags: ['places'],
  response: { 200: z.object({ items: z.array(indicator) }) },
};

export const indicatorValuesSchema = {
  summary: 'One indicator for every area of a kind in one period (the newest when none is given): what the map shades',
  tags: ['places'],
  params: z.object({ code: z.string().regex(/^[a-z0-9_]{1,80}$/, 'must be an indicator code like imd2015_mean_lsoa_score') }),
  querystring: z.object({ period: z.string().max(20).optional(), kind: z.enum(AREA_KINDS).default('district'), format: formatQuerySchema }),
  response: {
    200: z.object({
      indicator,
      period: z.string().nullable(),
      values: z.array(z.object({ areaCode: z.string(), areaName: z.string(), areaKind: z.string(), value: z.number().nullable(), evidence: evidenceSchema.nullable() })),
      source: z.object({ file: z.string(), loadedAt: z.string() }).nullable(),
      leftOut: nationalLeftOutSchema,
    }),
    400: errorReplySchema,
    404: errorReplySchema,
  },
};

export const boundariesSchema = {
  summary: 'Boundaries of every area of a kind (WGS84), simplified for a map unless asked for in full',
  description:
    'detail: england (default) for a map of all England, about 1 km to a pixel; district for one district with its neighbours on a small map; ' +
    'full as imported. Simplified boundaries keep shared borders identical on both sides (methodology: Simplified boundaries). ' +
    'format: geojson (default), topojson (each shared border sent once, quantised; its object boundaries holds one geometry per area), or topojson-projected (the same, already projected for a map of England: x east and y down in SVG units, 600 across, bbox giving the drawing’s width and height).',
  tags: ['places'],
  querystring: z.object({
    kind: z.enum(AREA_KINDS).default('district'),
    detail: z.enum(BOUNDARY_DETAILS).default('england'),
    format: z.enum(['geojson', 'topojson', 'topojson-projected']).default('geojson'),
    around: z
      .string()
      .regex(/^[EWSNK]\d{8}$/i, 'must be a GSS code: a letter and 8 digits, like E06000009')
      .optional()
      .describe('only this area and those a small map of it can show, as GeoJSON (format is then ignored)'),
  }),
  response: {
    200: z
      .unknown()
      .describe('GeoJSON FeatureCollection, or TopoJSON Topology with object boundaries: each feature has id and properties.code = GSS code, properties.name'),
    400: errorReplySchema,
    404: errorReplySchema,
  },
};
