import type { Importer } from '../../importer.ts';
import { syncRows } from '../../../storage/sync-rows.ts';
import { count, optionalText, text, type CellParser } from '../../values.ts';

interface StrandRow {
  id: string;
  name: string;
  slug: string;
  impactMonths: number | null;
  costRating: number;
  evidenceRating: number;
  headline: string;
  gapSummary: string | null;
  tags: string;
  url: string;
}

const rating = (max: number, min = 0): CellParser<number> => (raw) => {
  const parsed = count(raw);
  if (!parsed.ok) return parsed;
  return parsed.value < min || parsed.value > max ? { ok: false, reason: `A rating must be from ${String(min)} to ${String(max)}` } : parsed;
};

/** Months of progress: a whole number from -12 to +12, or blank where the evidence is insufficient. */
const months: CellParser<number | null> = (raw) => {
  const value = raw.trim();
  if (value === '') return { ok: true, value: null };
  if (!/^[+-]?\d+$/.test(value)) return { ok: false, reason: 'Months of progress must be a whole number, or blank where evidence is insufficient' };
  const n = Number(value);
  return n < -12 || n > 12 ? { ok: false, reason: 'Months of progress must be from -12 to 12' } : { ok: true, value: n };
};

const httpsUrl: CellParser<string> = (raw) => {
  const value = raw.trim();
  return /^https:\/\/\S+$/.test(value) ? { ok: true, value } : { ok: false, reason: 'Expected a link starting https://' };
};

/** EEF Teaching and Learning Toolkit strands: impact in months, cost 1–5, evidence strength 0–5. */
export const toolkitStrandsImporter: Importer<StrandRow> = {
  kind: 'toolkit-strands',
  description: 'EEF Teaching and Learning Toolkit: strands',
  dependsOn: [],
  columns: {
    id: { headers: ['strand_id'], parse: text },
    name: { headers: ['name'], parse: text },
    slug: { headers: ['slug'], parse: text },
    impactMonths: { headers: ['impact_months'], parse: months },
    costRating: { headers: ['cost_rating'], parse: rating(5, 1) },
    evidenceRating: { headers: ['evidence_strength_rating'], parse: rating(5) },
    headline: { headers: ['headline_summary'], parse: text },
    gapSummary: { headers: ['closing_gap_summary'], parse: optionalText },
    tags: { headers: ['tags'], parse: (raw) => ({ ok: true, value: raw.trim() }) },
    url: { headers: ['eef_url'], parse: httpsUrl },
  },
  key: (row) => row.id,
  load: (rows, { trx, dataSourceId }) =>
    syncRows(
      trx,
      'toolkit_strands',
      ['id'],
      rows.map((r) => ({
        id: r.id,
        slug: r.slug,
        name: r.name,
        impact_months: r.impactMonths,
        cost_rating: r.costRating,
        evidence_rating: r.evidenceRating,
        headline: r.headline,
        gap_summary: r.gapSummary,
        tags: r.tags,
        url: r.url,
        data_source_id: dataSourceId,
      })),
      { ignoreInComparison: ['data_source_id'] },
    ),
};
