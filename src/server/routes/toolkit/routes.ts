import { appError } from '../../../app/errors.ts';
import { effectSizeRangeForMonths, monthsForEffectSize } from '../../../domain/evidence/index.ts';
import type { CsvColumn } from '../../../domain/shared/csv.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { sendTable } from '../../csv-reply.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { convertEffectSizeSchema, listStrandsSchema } from './schema.ts';

type ToolkitStrand = Awaited<ReturnType<Services['toolkit']['listToolkitStrands']>>[number];

const STRAND_CSV: readonly CsvColumn<ToolkitStrand>[] = [
  { header: 'name', value: (s) => s.name },
  { header: 'impact_months', value: (s) => s.impactMonths },
  { header: 'cost_rating', value: (s) => s.costRating },
  { header: 'evidence_rating', value: (s) => s.evidenceRating },
  { header: 'headline', value: (s) => s.headline },
  { header: 'closing_the_gap', value: (s) => s.gapSummary },
  { header: 'tags', value: (s) => s.tags.join(';') },
  { header: 'eef_url', value: (s) => s.url },
];

type Sort = 'name' | 'impact' | 'cost' | 'evidence';

/** Best first, as the Toolkit sorts: most months, lowest cost, strongest evidence; strands without a figure last. */
function compareStrands(sort: Sort): (a: ToolkitStrand, b: ToolkitStrand) => number {
  switch (sort) {
    case 'name':
      return (a, b) => a.name.localeCompare(b.name);
    case 'impact':
      return (a, b) => (b.impactMonths ?? -Infinity) - (a.impactMonths ?? -Infinity) || a.name.localeCompare(b.name);
    case 'cost':
      return (a, b) => a.costRating - b.costRating || a.name.localeCompare(b.name);
    case 'evidence':
      return (a, b) => b.evidenceRating - a.evidenceRating || a.name.localeCompare(b.name);
  }
}

export function registerToolkitRoutes(app: ZodApp, deps: { services: Services }): void {
  app.get('/api/toolkit/strands', { schema: listStrandsSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const { sort, maxCost, minEvidence, tag, format } = request.query;
    const strands = (await deps.services.toolkit.listToolkitStrands())
      .filter((s) => maxCost === undefined || s.costRating <= maxCost)
      .filter((s) => minEvidence === undefined || s.evidenceRating >= minEvidence)
      .filter((s) => tag === undefined || s.tags.includes(tag))
      .sort(compareStrands(sort));
    if (format !== 'json') return sendTable(reply, format, 'teaching-and-learning-toolkit', STRAND_CSV, strands);
    return { items: strands };
  });

  app.get('/api/toolkit/effect-size', { schema: convertEffectSizeSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const bands = await deps.services.toolkit.listEffectSizeBands();
    if (bands.length === 0) return sendError(reply, appError('not_found', 'The EEF effect size table has not been imported: run oa import toolkit-effect-sizes <file>'));
    const { effectSize, months } = request.query;
    if (effectSize !== undefined) {
      return { effectSize: { min: effectSize, max: effectSize }, months: monthsForEffectSize(effectSize, bands) };
    }
    const range = months === undefined ? null : effectSizeRangeForMonths(months, bands);
    return {
      effectSize: range === null ? null : { min: Number.isFinite(range.min) ? range.min : null, max: range.max },
      months: months ?? null,
    };
  });
}
