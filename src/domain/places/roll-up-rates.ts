/** One school's contribution to an area figure: a rate and the count it is a rate of, or a numerator. */
export interface RateContribution {
  readonly areaCode: string;
  /** Pupils (or the cohort) the rate is a share of; contributions without one are left out. */
  readonly denominator: number | null;
  /** A rate or mean per pupil (per cent, score); null when withheld or missing. */
  readonly rate: number | null;
}

export interface RolledUpRate {
  readonly areaCode: string;
  /** Σ(denominator × rate) ÷ Σ denominator, over contributions with both. */
  readonly value: number;
  readonly denominator: number;
  readonly contributors: number;
}

/**
 * An area's rate from its schools' rates, weighted by each school's pupils: never the average of the rates,
 * which would count a school of 10 pupils as much as one of 1,000 (docs/methodology.md §9).
 * Contributions without a rate or with no pupils are left out of both sums.
 * `rollUpRates([{ areaCode: 'A', denominator: 100, rate: 50 }, { areaCode: 'A', denominator: 300, rate: 10 }])`
 * → [{ areaCode: 'A', value: 20, denominator: 400, contributors: 2 }].
 */
export function rollUpRates(contributions: readonly RateContribution[]): RolledUpRate[] {
  const sums = new Map<string, { weighted: number; denominator: number; contributors: number }>();
  for (const { areaCode, denominator, rate } of contributions) {
    if (denominator === null || rate === null || !(denominator > 0) || !Number.isFinite(rate)) continue;
    const sum = sums.get(areaCode) ?? { weighted: 0, denominator: 0, contributors: 0 };
    sum.weighted += denominator * rate;
    sum.denominator += denominator;
    sum.contributors += 1;
    sums.set(areaCode, sum);
  }
  return [...sums].map(([areaCode, sum]) => ({ areaCode, value: sum.weighted / sum.denominator, denominator: sum.denominator, contributors: sum.contributors }));
}

/**
 * An area's share from counts: Σ numerator ÷ Σ denominator × 100 (e.g. pupils eligible for free school meals
 * out of pupils on roll). Schools missing either count are left out of both sums.
 */
export function rollUpShares(contributions: readonly { areaCode: string; numerator: number | null; denominator: number | null }[]): RolledUpRate[] {
  return rollUpRates(
    contributions.map(({ areaCode, numerator, denominator }) => ({
      areaCode,
      denominator: numerator === null ? null : denominator,
      rate: numerator === null || denominator === null || denominator === 0 ? null : (numerator / denominator) * 100,
    })),
  );
}
