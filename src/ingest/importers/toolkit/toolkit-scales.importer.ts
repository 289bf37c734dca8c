import type { Importer } from '../../importer.ts';
import { syncRows } from '../../../storage/sync-rows.ts';
import { count, text, type CellParser } from '../../values.ts';

interface CostRow {
  costRating: number;
  label: string;
  perPupil: string;
  perClass: string;
}

/** The EEF cost scale: rating 1–5 → cost per pupil and per class per year. */
export const toolkitCostScaleImporter: Importer<CostRow> = {
  kind: 'toolkit-cost-scale',
  description: 'EEF Teaching and Learning Toolkit: cost scale',
  dependsOn: [],
  columns: {
    costRating: {
      headers: ['cost_rating'],
      parse: (raw) => {
        const parsed = count(raw);
        return parsed.ok && (parsed.value < 1 || parsed.value > 5) ? { ok: false, reason: 'A cost rating must be from 1 to 5' } : parsed;
      },
    },
    label: { headers: ['label'], parse: text },
    perPupil: { headers: ['range_per_pupil_per_year_gbp'], parse: text },
    perClass: { headers: ['range_per_class_per_year_gbp'], parse: text },
  },
  key: (row) => String(row.costRating),
  load: (rows, { trx, dataSourceId }) =>
    syncRows(
      trx,
      'toolkit_cost_scale',
      ['cost_rating'],
      rows.map((r) => ({ cost_rating: r.costRating, label: r.label, per_pupil: r.perPupil, per_class: r.perClass, data_source_id: dataSourceId })),
      { ignoreInComparison: ['data_source_id'] },
    ),
};

interface EffectRow {
  range: { min: number; max: number | null };
  months: number;
}

/** "0.06-0.09" → 0.06 to 0.09; "0.96+" → 0.96 and above. */
const effectRange: CellParser<{ min: number; max: number | null }> = (raw) => {
  const value = raw.trim();
  const open = /^(\d+(?:\.\d+)?)\+$/.exec(value);
  if (open?.[1] !== undefined) return { ok: true, value: { min: Number(open[1]), max: null } };
  const closed = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(value);
  if (closed?.[1] === undefined || closed[2] === undefined) return { ok: false, reason: 'Expected an effect size range like 0.06-0.09, or 0.96+' };
  const [min, max] = [Number(closed[1]), Number(closed[2])];
  return min > max ? { ok: false, reason: 'The range’s lower end is above its upper end' } : { ok: true, value: { min, max } };
};

/** The EEF's conversion of effect sizes to months of additional progress. */
export const toolkitEffectSizesImporter: Importer<EffectRow> = {
  kind: 'toolkit-effect-sizes',
  description: 'EEF Teaching and Learning Toolkit: effect size to months of progress',
  dependsOn: [],
  columns: {
    range: { headers: ['effect_size_range'], parse: effectRange },
    months: { headers: ['months_progress'], parse: count },
  },
  key: (row) => String(row.range.min),
  load: (rows, { trx, dataSourceId }) =>
    syncRows(
      trx,
      'toolkit_effect_sizes',
      ['min_effect'],
      rows.map((r) => ({ min_effect: r.range.min, max_effect: r.range.max, months: r.months, data_source_id: dataSourceId })),
      { ignoreInComparison: ['data_source_id'] },
    ),
};
