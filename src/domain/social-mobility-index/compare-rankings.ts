/** What a ranking needs for comparing: each area's code, name, rank and whether it is a cold spot. */
export interface RankedPlace {
  readonly code: string;
  readonly name: string;
  readonly rank: number;
  readonly coldSpot: boolean;
}

export interface RankingChange {
  /** Cold spots under the new recipe that were not before, worst first. */
  readonly joinedColdSpots: readonly RankedPlace[];
  /** Cold spots before that are not under the new recipe, by their old rank, worst first. */
  readonly leftColdSpots: readonly RankedPlace[];
  /** Areas in both rankings, with how far each moved (positive: a worse rank now), largest moves first. */
  readonly moves: readonly { readonly code: string; readonly name: string; readonly before: number; readonly after: number; readonly change: number }[];
}

/**
 * How a ranking changed from `before` to `after` (a recipe and its edited copy): which areas became or
 * stopped being cold spots, and how far every area's rank moved. Ties in the size of a move go by code.
 *
 * `compareRankings([{ code: 'A', rank: 1, coldSpot: false, … }, { code: 'B', rank: 2, coldSpot: true, … }],
 *                  [{ code: 'A', rank: 2, coldSpot: true, … }, { code: 'B', rank: 1, coldSpot: false, … }])`
 * → joined [A], left [B], moves A +1, B −1.
 */
export function compareRankings(before: readonly RankedPlace[], after: readonly RankedPlace[]): RankingChange {
  const old = new Map(before.map((p) => [p.code, p]));
  const now = new Map(after.map((p) => [p.code, p]));
  const worstFirst = (a: RankedPlace, b: RankedPlace) => b.rank - a.rank || a.code.localeCompare(b.code);
  const joinedColdSpots = after.filter((p) => p.coldSpot && old.get(p.code)?.coldSpot !== true).sort(worstFirst);
  const leftColdSpots = before.filter((p) => p.coldSpot && now.get(p.code)?.coldSpot !== true).sort(worstFirst);
  const moves = after
    .flatMap((p) => {
      const was = old.get(p.code);
      return was === undefined ? [] : [{ code: p.code, name: p.name, before: was.rank, after: p.rank, change: p.rank - was.rank }];
    })
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.code.localeCompare(b.code));
  return { joinedColdSpots, leftColdSpots, moves };
}
