import { z } from 'zod';
import { BAND_SHARES } from '../../../domain/social-mobility-index/index.ts';
import { errorReplySchema } from '../../errors.ts';

const bands = Object.keys(BAND_SHARES) as [keyof typeof BAND_SHARES, ...(keyof typeof BAND_SHARES)[]];
const recipeRef = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}(@[1-9]\d{0,5})?$/, 'must name a recipe, like proxy-district-2019, or a saved version, like my-index@2');
const selectionName = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,79}$/, 'use letters, digits, spaces, dots, hyphens or underscores, up to 80 characters');

const inputs = z.object({
  a: z.object({ recipe: recipeRef, band: z.enum(bands) }),
  b: z.object({ recipe: recipeRef, band: z.enum(bands) }),
  shortlist: z.number().int().min(1).max(1000).default(12),
  minPerRegion: z.number().int().min(0).max(1000).default(1),
  maxTypeShare: z.number().gt(0).max(1).default(0.5),
});

const decision = z.object({
  areaCode: z.string(),
  areaName: z.string(),
  region: z.string(),
  areaType: z.string(),
  need: z.number(),
  rankA: z.number().int(),
  rankB: z.number().int(),
  picked: z.boolean(),
  reason: z.string(),
});

const selection = z.object({ name: z.string(), inputs, decisions: z.array(decision), savedAt: z.string(), savedBy: z.string() });

export const listSelectionsSchema = {
  summary: 'Saved area selections, newest first',
  tags: ['index'],
  querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(200).describe('At most this many, newest first') }),
  response: {
    200: z.object({
      items: z.array(z.object({ name: z.string(), savedAt: z.string(), savedBy: z.string(), inputs })),
      more: z.boolean().describe('Older selections are saved than the list holds'),
    }),
  },
};

export const getSelectionSchema = {
  summary: 'One saved area selection: what was asked (recipes pinned to versions) and every decision with its reason',
  tags: ['index'],
  params: z.object({ name: z.string().max(80) }),
  response: { 200: selection, 404: errorReplySchema },
};

export const runSelectionSchema = {
  summary: 'Run the area-selection workflow: worst bands of two indexes, then a shortlist with regional spread and a mix of area types; saved when a name is given',
  tags: ['index'],
  body: inputs.extend({ name: selectionName.optional().describe('Save under this name (never replaces a saved selection)') }),
  response: {
    200: z.object({ saved: z.boolean(), inputs, decisions: z.array(decision) }),
    400: errorReplySchema,
    409: errorReplySchema,
  },
};
