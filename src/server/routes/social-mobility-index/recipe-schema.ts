import { z } from 'zod';
import { errorReplySchema } from '../../errors.ts';
import { indexRankingSchema } from './schema.ts';

const recipeName = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'must be a recipe name like proxy-district-2019');

const recipeSummary = z.object({
  name: z.string(),
  source: z.enum(['shipped', 'saved']),
  latestVersion: z.number().int().nullable().describe('Saved recipes only: the newest version'),
  savedAt: z.string().nullable(),
  savedBy: z.string().nullable(),
  note: z.string(),
});

export const listRecipesSchema = {
  summary: 'Index recipes: those shipped with the platform and those saved here',
  tags: ['index'],
  querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(200).describe('At most this many saved recipes, the most recently saved first (the shipped ones are always listed)') }),
  response: {
    200: z.object({
      items: z.array(recipeSummary).describe('The shipped recipes, then the saved ones, most recently saved first'),
      more: z.boolean().describe('Recipes were saved earlier than those the list holds'),
    }),
  },
};

export const getRecipeSchema = {
  summary: 'One recipe’s JSON (a saved recipe’s latest version, or the version asked for) and its saved versions',
  tags: ['index'],
  params: z.object({ name: recipeName }),
  querystring: z.object({
    version: z.coerce.number().int().min(1).optional().describe('A saved version; the latest when absent'),
    versions: z.coerce.number().int().min(1).max(500).default(100).describe('List at most this many saved versions, newest first'),
  }),
  response: {
    200: z.object({
      name: z.string(),
      source: z.enum(['shipped', 'saved']),
      version: z.number().int().nullable(),
      recipe: z.unknown().describe('The recipe JSON as written (docs/methodology.md §10.1)'),
      versions: z.array(z.object({ version: z.number().int(), savedAt: z.string(), savedBy: z.string(), note: z.string() })).describe('Saved versions, newest first'),
      moreVersions: z.boolean().describe('Older versions are saved than `versions` lists'),
    }),
    404: errorReplySchema,
  },
};

const recipeBody = z.unknown().describe('Recipe JSON (docs/methodology.md §10.1); checked field by field, every problem reported');

export const saveRecipeSchema = {
  summary: 'Save a recipe as the next version of the recipe its name names (national team and analysts)',
  tags: ['index'],
  body: z.object({ recipe: recipeBody, note: z.string().max(500).default('') }),
  response: {
    201: z.object({ name: z.string(), version: z.number().int(), created: z.literal(true) }),
    200: z.object({ name: z.string(), version: z.number().int(), created: z.literal(false) }).describe('Identical to the latest version: nothing saved'),
    400: errorReplySchema,
  },
};

export const previewRecipeSchema = {
  summary: 'Rank every district with a recipe that is not saved: the live preview behind the recipe editor',
  tags: ['index'],
  body: z.object({ recipe: recipeBody }),
  response: { 200: indexRankingSchema, 400: errorReplySchema },
};
