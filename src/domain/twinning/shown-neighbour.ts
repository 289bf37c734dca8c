import type { CsvColumn } from '../shared/csv.ts';
import { roundContributions, type IndicatorContribution } from './explain-closeness.ts';
import type { AreaNeighbours, Neighbour } from './find-neighbours.ts';

/** Decimal places of distances and their parts in every output. */
export const DISTANCE_PLACES = 4;

const round = (x: number | null, places: number): number | null => (x === null ? null : Math.round(x * 10 ** places) / 10 ** places);

/**
 * A neighbour as shown: the distance and each indicator's part rounded so the parts still add up exactly
 * to the distance shown (docs/methodology.md §11.3).
 */
export function shownNeighbour(n: Neighbour) {
  const rounded = roundContributions(n.distance, n.contributions.map((c) => c.part), DISTANCE_PLACES);
  const shares = roundContributions(n.distance === 0 ? 0 : 1, n.contributions.map((c) => c.share), DISTANCE_PLACES);
  return {
    code: n.code,
    name: n.name,
    rank: n.rank,
    distance: rounded.distance,
    band: n.band,
    reciprocal: n.reciprocal,
    contributions: n.contributions.map((c: IndicatorContribution, j) => ({
      indicator: c.indicatorCode,
      part: rounded.parts[j] ?? 0,
      share: shares.parts[j] ?? 0,
      area_value: round(c.areaValue, 6),
      neighbour_value: round(c.neighbourValue, 6),
    })),
  };
}

export type ShownNeighbour = ReturnType<typeof shownNeighbour>;

/** The indicators that set two areas furthest apart, largest share first: "differs most on …". */
export function differsMostOn(n: ShownNeighbour, names: Readonly<Record<string, string>>, count = 2): string {
  return [...n.contributions]
    .filter((c) => c.share > 0)
    .sort((a, b) => b.share - a.share)
    .slice(0, count)
    .map((c) => `${names[c.indicator] ?? c.indicator} ${(100 * c.share).toFixed(0)}%`)
    .join('; ');
}

export interface NeighbourRow {
  readonly area: AreaNeighbours;
  readonly neighbour: ShownNeighbour;
}

/** One CSV row per (area, neighbour): the distance, band, reciprocity and each indicator's part and values. */
export function neighbourCsvColumns(indicators: readonly string[]): CsvColumn<NeighbourRow>[] {
  return [
    { header: 'area_code', value: (r) => r.area.code },
    { header: 'area_name', value: (r) => r.area.name },
    { header: 'rank', value: (r) => r.neighbour.rank },
    { header: 'neighbour_code', value: (r) => r.neighbour.code },
    { header: 'neighbour_name', value: (r) => r.neighbour.name },
    { header: 'distance', value: (r) => r.neighbour.distance },
    { header: 'band', value: (r) => r.neighbour.band },
    { header: 'reciprocal', value: (r) => (r.neighbour.reciprocal ? 'yes' : 'no') },
    ...indicators.flatMap((code, j): CsvColumn<NeighbourRow>[] => [
      { header: `${code}_part`, value: (r) => r.neighbour.contributions[j]?.part ?? null },
      { header: `${code}_area`, value: (r) => r.neighbour.contributions[j]?.area_value ?? null },
      { header: `${code}_neighbour`, value: (r) => r.neighbour.contributions[j]?.neighbour_value ?? null },
    ]),
  ];
}
