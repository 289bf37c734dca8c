import { seededRandom, type IndicatorValue, type Recipe } from '../../../src/domain/social-mobility-index/index.ts';
import { recipeFrom } from './fixtures.ts';

/**
 * A seeded synthetic index: `areaCount` areas, 15 indicators in 4 stages (4, 4, 4, 3), each indicator a
 * shared "deprivation" factor plus noise, a few higher-is-worse, unequal weights.
 */
export function syntheticIndex(areaCount: number, seed: number): { recipe: Recipe; values: IndicatorValue[]; codes: string[] } {
  const random = seededRandom(seed);
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const sizes = [4, 4, 4, 3];
  const stages = sizes.map((size, s) => ({
    id: `stage${s + 1}`,
    name: `Stage ${s + 1}`,
    indicators: Array.from({ length: size }, (_, i) => ({ code: `s${s + 1}i${i + 1}`, polarity: (s + i) % 3 === 0 ? 'higher_is_worse' : 'higher_is_better', weight: 1 + ((s + i) % 3) })),
  }));
  const codes = stages.flatMap((stage) => stage.indicators.map((indicator) => indicator.code));
  const recipe = recipeFrom({ name: 'Synthetic', stages }, codes);
  const values: IndicatorValue[] = [];
  for (let a = 0; a < areaCount; a += 1) {
    const factor = normal();
    const areaCode = `E0700${String(a).padStart(4, '0')}`;
    for (const stage of recipe.stages) {
      for (const indicator of stage.indicators) {
        const signed = indicator.polarity === 'higher_is_worse' ? -factor : factor;
        values.push({ areaCode, areaName: `District ${a}`, indicatorCode: indicator.code, value: 50 + 10 * (0.6 * signed + 0.8 * normal()) });
      }
    }
  }
  return { recipe, values, codes };
}
