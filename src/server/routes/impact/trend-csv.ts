import type { TrendPoint } from '../../../domain/impact/index.ts';
import type { CsvColumn } from '../../../domain/shared/csv.ts';
import type { Services } from '../../../storage/services/create-services.ts';

/** An authority's trend as read for the trend route. */
type AreaTrend = Extract<Awaited<ReturnType<Services['impactTrend']['readAreaTrend']>>, { ok: true }>['value'];

/** The trend download: one row per period, gaps as empty cells, with what each column is about repeated so a row stands alone. */
export function trendColumns(t: AreaTrend): CsvColumn<TrendPoint>[] {
  return [
    { header: 'measure_code', value: () => t.measure.code },
    { header: 'measure', value: () => t.measure.name },
    { header: 'unit', value: () => t.measure.unit },
    { header: 'polarity', value: () => t.measure.polarity },
    { header: 'period', value: (p) => p.period },
    { header: 'programme', value: (p) => p.stage },
    { header: 'area_code', value: () => t.area.code },
    { header: 'area_name', value: () => t.area.name },
    { header: 'area_value', value: (p) => p.area },
    { header: 'neighbours_average', value: (p) => p.neighbours.mean },
    { header: 'neighbours_with_value', value: (p) => p.neighbours.count },
    { header: 'neighbours', value: () => t.neighbours.length },
    { header: 'region_name', value: () => t.region?.name ?? null },
    { header: 'region_value', value: (p) => p.region },
    { header: 'england_value', value: (p) => p.england },
  ];
}
