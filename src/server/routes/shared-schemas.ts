import { z } from 'zod';

/** Identifiers in URLs: lower-case letters, digits and single hyphens. */
export const slugSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens, like north-yorkshire-coast');

export const formatQuerySchema = z
  .enum(['json', 'csv', 'xlsx'])
  .default('json')
  .describe('json (default), or csv or xlsx for a spreadsheet download of the same rows');
