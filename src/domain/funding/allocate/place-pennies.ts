/** The outcome for one recipient of placing the leftover pennies. */
export interface PennyPlacement {
  readonly amount: bigint;
  readonly remainder: bigint;
  readonly extraPenny: 0 | 1;
  /** Position in the order the pennies go out (1 = first), or null when the remainder is 0. */
  readonly rank: number | null;
}

/**
 * Largest-remainder rounding (Hamilton's method): everyone gets their exact amount rounded down, and the
 * L pennies left over go one each to the L largest remainders (docs/methodology.md §12.4). Ties: larger
 * remainder, then larger weight, then recipient id ascending by code point, so the result never depends
 * on the order recipients are listed in. Since each remainder is below 1p and they sum to L, at least L
 * recipients have one, so nobody at a whole-penny floor or ceiling is pushed past it.
 * 1000p equally among 3 (333⅓ each) → [334, 333, 333] for ids a, b, c.
 */
export function placePennies(
  numerators: readonly bigint[],
  denominator: bigint,
  total: bigint,
  weights: readonly bigint[],
  ids: readonly string[],
): { readonly placements: PennyPlacement[]; readonly leftover: number } {
  const down = numerators.map((n) => n / denominator);
  const remainders = numerators.map((n) => n % denominator);
  const leftover = Number(total - down.reduce((sum, d) => sum + d, 0n));
  const order = numerators
    .map((_, i) => i)
    .filter((i) => (remainders[i] ?? 0n) > 0n)
    .sort((a, b) => compareDescending(remainders[a] ?? 0n, remainders[b] ?? 0n) || compareDescending(weights[a] ?? 0n, weights[b] ?? 0n) || compareIds(ids[a] ?? '', ids[b] ?? ''));
  const rank = new Map(order.map((index, position) => [index, position + 1]));
  const placements = numerators.map((_, i): PennyPlacement => {
    const position = rank.get(i) ?? null;
    const extraPenny = position !== null && position <= leftover ? 1 : 0;
    return { amount: (down[i] ?? 0n) + BigInt(extraPenny), remainder: remainders[i] ?? 0n, extraPenny, rank: position };
  });
  return { placements, leftover };
}

const compareDescending = (a: bigint, b: bigint): number => (a === b ? 0 : a > b ? -1 : 1);

/** Code-point order, not locale order: the same on every machine. */
const compareIds = (a: string, b: string): number => (a === b ? 0 : a < b ? -1 : 1);
