import { seededRandom, type IndicatorValue, type Recipe } from '../../../src/domain/social-mobility-index/index.ts';
import type { TwinArea } from '../../../src/domain/twinning/index.ts';
import { recipeFrom } from '../social-mobility-index/fixtures.ts';

/**
 * Seeded random areas for property tests: `n` areas over `m` indicators in two stages with unequal
 * weights, spread over three regions, a few in Opportunity Areas, some values missing. With `coarse`,
 * values come from {0, 1, 2} so that many distances tie exactly.
 */
export function randomAreas(seed: number, n: number, m: number, options: { coarse?: boolean; missingShare?: number } = {}): { recipe: Recipe; values: IndicatorValue[]; areas: TwinArea[] } {
  const random = seededRandom(seed);
  const codes = Array.from({ length: m }, (_, j) => `x${String(j)}`);
  const half = Math.max(1, Math.floor(m / 2));
  const stages = [codes.slice(0, half), codes.slice(half)].filter((s) => s.length > 0).map((stage, s) => ({
    id: `s${String(s)}`,
    name: `Stage ${String(s)}`,
    indicators: stage.map((code, i) => ({ code, polarity: i % 2 === 0 ? 'higher_is_better' : 'higher_is_worse', weight: 1 + ((i + s) % 3) })),
  }));
  const recipe = recipeFrom({ name: 'random', stages }, codes);
  const areas: TwinArea[] = Array.from({ length: n }, (_, a) => ({
    code: `E0${String(6 + (a % 3))}${String(a).padStart(6, '0')}`,
    name: `Area ${String(a)}`,
    regionCode: `E1200000${String(1 + (a % 3))}`,
    opportunityArea: a % 7 === 3 ? `oa${String(a % 2)}` : null,
  }));
  const values: IndicatorValue[] = areas.flatMap((area) =>
    codes.map((code, j) => {
      // Never blank the first indicator, so no area loses a whole stage.
      const missing = j > 0 && j !== half && random() < (options.missingShare ?? 0);
      const value = options.coarse === true ? Math.floor(random() * 3) : 100 * random();
      return { areaCode: area.code, areaName: area.name, indicatorCode: code, value: missing ? null : value };
    }),
  );
  return { recipe, values, areas };
}

/** A seeded Fisher–Yates shuffle (a copy). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = a;
  }
  return copy;
}
