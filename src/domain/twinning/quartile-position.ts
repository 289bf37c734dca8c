/**
 * Where a school's outcome sits among its similar schools (docs/methodology.md §11.9): its rank r among
 * itself and the comparators with a value (1 = best; equal values share the better rank), then quartile
 * ⌊4 (r − 1) ÷ n⌋ + 1 of the n schools ranked, so 1 is the top quarter and 4 the bottom. Null when the
 * school has no value.
 * @example quartilePosition(70, [60, 65, 80], 'higher_is_better') → { rank: 2, of: 4, quartile: 2 }
 */
export function quartilePosition(value: number | null, comparators: readonly (number | null)[], polarity: 'higher_is_better' | 'higher_is_worse'): { rank: number; of: number; quartile: 1 | 2 | 3 | 4 } | null {
  if (value === null || !Number.isFinite(value)) return null;
  const others = comparators.filter((c): c is number => c !== null && Number.isFinite(c));
  const better = others.filter((c) => (polarity === 'higher_is_better' ? c > value : c < value)).length;
  const rank = better + 1;
  const of = others.length + 1;
  const quartile = (Math.floor((4 * (rank - 1)) / of) + 1) as 1 | 2 | 3 | 4;
  return { rank, of, quartile };
}
