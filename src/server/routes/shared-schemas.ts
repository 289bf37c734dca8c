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

/**
 * `page` and `pageSize` of a list that grows with use (issue 23, bounded work): at most 500 rows a page.
 * `what` says what a page counts, e.g. "Funds per page, each with its pots".
 */
export function pageQuery(defaultSize: number, what: string) {
  return {
    page: z.coerce.number().int().min(1).max(100_000).default(1).describe('Which page, from 1'),
    pageSize: z.coerce.number().int().min(1).max(500).default(defaultSize).describe(what),
  };
}

/** What a figure built from schools rests on (docs/methodology.md §9.3); null for figures from other sources. */
export const evidenceSchema = z
  .object({
    schools: z.number().int().describe('Mainstream schools with a figure'),
    contributors: z.number().int().describe('Every school with a figure, special schools and alternative provision too where the indicator takes them'),
    pupilShare: z.number().nullable().describe('Share (0 to 1) of the area’s pupils in the phase on roll at those schools; null when not known'),
    sufficient: z.boolean().describe('Whether the figure met the rule; when false the value is null'),
    rule: z.object({ minSchools: z.number().int(), minPupilShare: z.number() }).describe('The rule the figure was derived under'),
    note: z.string().describe('In words, e.g. "2 schools, 14% of pupils: not enough for a district figure (it needs at least 3 mainstream schools, or all of them where there are fewer, and 50% of pupils)"'),
  })
  .meta({ id: 'FigureEvidence' });

/** Schools a view could not count (docs/methodology.md §6.9): no district, or for distances no location. */
export const leftOutSchema = z
  .object({
    schools: z.number().int().describe('How many schools the view could not count'),
    note: z.string().nullable().describe('The sentence the view shows, e.g. "3 schools of Somerset have no district and are not counted here."; null when none'),
  })
  .meta({ id: 'LeftOut' });
