/**
 * A one-stage recipe (as untrusted JSON, for validateRecipe) from chosen indicators and weights, so a
 * user's own choice is checked exactly like a recipe file. Polarity does not change a distance, so every
 * indicator is `higher_is_better`; missing values follow the index's default rule.
 * @example recipeFromWeights('custom', [['ks4_attainment8', 2], ['pct_fsm_pupils', 1]]).stages[0].indicators[0]
 * → { code: 'ks4_attainment8', polarity: 'higher_is_better', weight: 2 }
 */
export function recipeFromWeights(name: string, weights: readonly (readonly [string, number])[]): { name: string; stages: { id: string; name: string; indicators: { code: string; polarity: 'higher_is_better'; weight: number }[] }[] } {
  return {
    name,
    stages: [{ id: 'chosen', name: 'Chosen indicators', indicators: weights.map(([code, weight]) => ({ code, polarity: 'higher_is_better', weight })) }],
  };
}
