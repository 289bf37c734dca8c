import type { IndexedArea } from './compute-index.ts';

/** The worst share of a ranking an area must fall in to be on the long list. */
export const BAND_SHARES = { 'bottom-fifth': 0.2, 'bottom-sixth': 1 / 6, 'bottom-quarter': 0.25, 'bottom-third': 1 / 3, 'bottom-half': 0.5 } as const;
export type BandName = keyof typeof BAND_SHARES;

export interface SelectionArea {
  readonly areaCode: string;
  readonly areaName: string;
  /** The group regional spread is judged by, e.g. the region's name. */
  readonly region: string;
  /** E.g. "unitary", "metropolitan", "district", "london". */
  readonly areaType: string;
}

export interface SelectionOptions {
  readonly shortlist: number;
  /** At least this many from each region on the long list, where the long list has them. */
  readonly minPerRegion: number;
  /** No more than this share of the shortlist of one area type (a mix of area types). */
  readonly maxShareOfOneType: number;
}

export interface SelectionDecision {
  readonly areaCode: string;
  readonly areaName: string;
  readonly region: string;
  readonly areaType: string;
  /** Mean of the area's position in A and in B, as a share of each ranking (1 = worst): the order of picking. */
  readonly need: number;
  readonly rankA: number;
  readonly rankB: number;
  readonly picked: boolean;
  readonly reason: string;
}

function inBottom(area: IndexedArea, count: number, band: BandName): boolean {
  return area.rank > count - Math.round(BAND_SHARES[band] * count);
}

/**
 * The selection the programme made in 2016 (docs/methodology.md §10.13): areas in the worst `bandA` of index
 * A and the worst `bandB` of index B form the long list; the shortlist takes, first, the `minPerRegion` most
 * in need from each region, then the most in need overall, skipping an area whose type already fills
 * `maxShareOfOneType` of the shortlist. Every long-listed area gets the reason it was picked or passed over.
 */
export function selectAreas(
  a: readonly IndexedArea[],
  bandA: BandName,
  b: readonly IndexedArea[],
  bandB: BandName,
  places: ReadonlyMap<string, SelectionArea>,
  options: SelectionOptions,
): SelectionDecision[] {
  const inB = new Map(b.filter((area) => inBottom(area, b.length, bandB)).map((area) => [area.areaCode, area]));
  const longList = a
    .filter((area) => inBottom(area, a.length, bandA) && inB.has(area.areaCode) && places.has(area.areaCode))
    .map((area) => {
      const other = inB.get(area.areaCode);
      const place = places.get(area.areaCode);
      if (other === undefined || place === undefined) throw new Error('unreachable: filtered above');
      return { ...place, rankA: area.rank, rankB: other.rank, need: (area.rank / a.length + other.rank / b.length) / 2 };
    })
    .sort((x, y) => y.need - x.need || x.areaCode.localeCompare(y.areaCode));

  const maxOfType = Math.max(1, Math.floor(options.maxShareOfOneType * options.shortlist));
  const picked = new Map<string, string>();
  const typeCount = new Map<string, number>();
  const tryPick = (candidate: (typeof longList)[number], reason: string): boolean => {
    if (picked.size >= options.shortlist || picked.has(candidate.areaCode)) return false;
    if ((typeCount.get(candidate.areaType) ?? 0) >= maxOfType) return false;
    picked.set(candidate.areaCode, reason);
    typeCount.set(candidate.areaType, (typeCount.get(candidate.areaType) ?? 0) + 1);
    return true;
  };
  const regions = [...new Set(longList.map((c) => c.region))].sort();
  for (const region of regions) {
    let taken = 0;
    for (const candidate of longList.filter((c) => c.region === region)) {
      if (taken >= options.minPerRegion) break;
      if (tryPick(candidate, `among the ${String(options.minPerRegion)} most in need in ${region}`)) taken += 1;
    }
  }
  for (const candidate of longList) tryPick(candidate, 'most in need of those left');

  return longList.map((c) => {
    const reason = picked.get(c.areaCode);
    const passedOver =
      (typeCount.get(c.areaType) ?? 0) >= maxOfType && picked.size < options.shortlist
        ? `passed over: ${c.areaType} areas already fill ${String(maxOfType)} of the ${String(options.shortlist)} places`
        : 'passed over: the shortlist was full with areas more in need or needed for regional spread';
    return {
      areaCode: c.areaCode,
      areaName: c.areaName,
      region: c.region,
      areaType: c.areaType,
      need: Math.round(c.need * 1000) / 1000,
      rankA: c.rankA,
      rankB: c.rankB,
      picked: reason !== undefined,
      reason: reason === undefined ? passedOver : `picked: ${reason}`,
    };
  });
}
