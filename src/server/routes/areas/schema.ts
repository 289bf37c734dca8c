import { z } from 'zod';
import { AREA_KINDS } from '../../../domain/places/index.ts';
import { errorReplySchema } from '../../errors.ts';
import { evidenceSchema, formatQuerySchema, leftOutSchema } from '../shared-schemas.ts';

const areaRef = z.object({ code: z.string(), name: z.string(), kind: z.enum(AREA_KINDS) }).meta({ id: 'AreaSummary' });
const gssParam = z.string().regex(/^[EWSNK]\d{8}$/i, 'must be a GSS code: a letter and 8 digits, like E06000009');

export const listAreasSchema = {
  summary: 'Areas of one kind (districts, education authorities, regions), with their parent',
  tags: ['places'],
  querystring: z.object({ kind: z.enum(AREA_KINDS).optional(), format: formatQuerySchema }),
  response: { 200: z.object({ items: z.array(areaRef.extend({ parentCode: z.string().nullable() })) }), 400: errorReplySchema },
};

export const getAreaSchema = {
  summary: 'One area: where it sits, what it contains, its Opportunity Area, school count and indicators',
  tags: ['places'],
  params: z.object({ code: gssParam }),
  querystring: z.object({
    format: formatQuerySchema.describe('json, or csv for the area’s indicators'),
    periods: z
      .enum(['latest', 'all'])
      .optional()
      .describe('Each indicator’s newest period only (the default for json: an authority holds ten years of hundreds of LA time series), or every period (the default for csv)'),
  }),
  response: {
    200: z
      .object({
        code: z.string(),
        name: z.string(),
        kind: z.enum(AREA_KINDS),
        ancestors: z.array(areaRef).describe('From the parent up to the country'),
        children: z.array(areaRef),
        opportunityArea: z.object({ id: z.string(), name: z.string() }).nullable(),
        schools: z.object({
          open: z.number().int().describe('Open schools in the district, or of the education authority'),
          leftOut: leftOutSchema.describe('Open schools of the education authority with no district: a district’s list cannot hold them, and an authority’s districts do not count them'),
        }),
        hasBoundary: z.boolean(),
        indicators: z.array(
          z.object({
            code: z.string(),
            name: z.string(),
            unit: z.string(),
            period: z.string(),
            value: z.number().nullable(),
            source: z.object({ file: z.string(), loadedAt: z.string() }),
            evidence: evidenceSchema.nullable(),
          }),
        ),
        sourceNote: z.string(),
      })
      .meta({ id: 'AreaDetail' }),
    400: errorReplySchema,
    404: errorReplySchema,
  },
};
