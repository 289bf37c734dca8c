import { DEFAULT_EVIDENCE_RULE } from '../../domain/places/index.ts';
import type { IndicatorValue } from '../../domain/social-mobility-index/index.ts';
import { rollUpToUpperTier, type DistrictFigure } from '../../domain/twinning/index.ts';
import { storedEvidenceRule } from '../../storage/repositories/indicator-evidence.repository.ts';
import { latestIndicatorValues } from '../../storage/repositories/indicators.repository.ts';
import { connectionOf, type Services } from '../../storage/services/create-services.ts';
import { SCHOOL_DERIVED_INDICATORS } from './derived-indicators.ts';
import { evidencedFigures, loadSchoolData, type SchoolData } from './school-evidence.ts';
import { lsoaCountsByDistrict } from '../../storage/repositories/derive-inputs.repository.ts';

/** District figures whose denominator is another indicator (docs/methodology.md §6.4, §11.6). */
const DENOMINATOR_INDICATOR: Readonly<Record<string, string>> = {
  idaci2019_rate_approx: 'children_0_15_mid2015',
  imd2019_pop_weighted_avg_rank: 'population_mid2015',
};

/** District figures that are a mean or share over the district's LSOAs, each counting once (§6.3). */
const PER_LSOA: Readonly<Record<string, string>> = {
  imd2015_mean_lsoa_score: 'IMD2015',
  imd2015_mean_lsoa_rank: 'IMD2015',
  imd2015_share_lsoas_most_deprived_10pc: 'IMD2015',
  imd2015_share_lsoas_most_deprived_20pc: 'IMD2015',
  imd2019_share_lsoas_most_deprived_10pc: 'IoD2019',
};

/** Counts, which add up rather than average. */
const COUNTS = new Set(['population_mid2015', 'children_0_15_mid2015']);

export interface UpperTierValues {
  readonly values: IndicatorValue[];
  /** Indicators that cannot be rolled up (ranks of districts, or no known denominator), with why. */
  readonly notRolledUp: readonly { readonly code: string; readonly reason: string }[];
  /** School-based indicators some authorities have no figure of, as the evidence rule stands (§9.3). */
  readonly belowRule: readonly { readonly code: string; readonly authorities: readonly string[] }[];
}

/**
 * Upper-tier (education authority) values of `codes`. A school-based figure is built from all the
 * authority's schools directly (Σ over the schools whose education authority it is, placed in a district
 * or not), under the evidence rule it was last derived with, judged at the authority (§9.3, §11.6); never
 * from the district figures that met the rule. Other figures are built from district figures by summing
 * numerators and denominators: the IDACI rate over children, LSOA means over LSOAs, counts summed. Ranks
 * of districts, and indicators whose denominator is not known here, are not rolled up.
 */
export async function upperTierIndicatorValues(services: Services, codes: readonly string[], upperTierOf: ReadonlyMap<string, string>, names: ReadonlyMap<string, string>): Promise<UpperTierValues> {
  const db = connectionOf(services);
  const district = await latestIndicatorValues(db, codes, 'district');
  const figures: DistrictFigure[] = [];
  const direct: IndicatorValue[] = [];
  const notRolledUp: { code: string; reason: string }[] = [];
  const belowRule: { code: string; authorities: string[] }[] = [];
  const periodOf = new Map(district.map((v) => [v.indicatorCode, v.period]));
  let schoolData: SchoolData | null = null;
  for (const code of codes) {
    const rows = district.filter((v) => v.indicatorCode === code);
    const derived = SCHOOL_DERIVED_INDICATORS.find((d) => d.code === code);
    let denominatorOf: ReadonlyMap<string, number>;
    if (derived !== undefined) {
      // The rule the district figures were derived with, so both tiers are judged alike.
      const rule = (await storedEvidenceRule(db, code)) ?? DEFAULT_EVIDENCE_RULE;
      const period = periodOf.get(code);
      if (period === undefined) continue;
      schoolData ??= await loadSchoolData(db);
      const authorities = evidencedFigures(schoolData, derived, await derived.figures(db), rule, 'authority').find((p) => p.period === period)?.figures ?? [];
      const short: string[] = [];
      for (const f of authorities) {
        const name = names.get(f.areaCode);
        if (name === undefined) continue;
        direct.push({ areaCode: f.areaCode, areaName: name, indicatorCode: code, value: f.value });
        if (!f.sufficient) short.push(name);
      }
      if (short.length > 0) belowRule.push({ code, authorities: short.sort() });
      continue;
    } else if (DENOMINATOR_INDICATOR[code] !== undefined) {
      const denominators = await latestIndicatorValues(db, [DENOMINATOR_INDICATOR[code]], 'district');
      denominatorOf = new Map(denominators.filter((d) => d.value !== null).map((d) => [d.areaCode, d.value ?? 0]));
    } else if (PER_LSOA[code] !== undefined) {
      denominatorOf = await lsoaCountsByDistrict(db, PER_LSOA[code]);
    } else if (COUNTS.has(code)) {
      const totals = new Map<string, number>();
      for (const r of rows) {
        const upper = upperTierOf.get(r.areaCode);
        if (upper !== undefined && r.value !== null) totals.set(upper, (totals.get(upper) ?? 0) + r.value);
      }
      // A count is a "rate" of 1 per unit: Σ (1 × count) ÷ Σ count would lose it, so add it directly.
      for (const [upper, total] of totals) figures.push({ districtCode: upper, upperTierCode: upper, indicatorCode: code, value: total, denominator: 1 });
      continue;
    } else {
      notRolledUp.push({ code, reason: /rank/.test(code) ? 'a rank of districts cannot be added up' : 'no known denominator to add districts up with' });
      continue;
    }
    for (const r of rows) {
      const upper = upperTierOf.get(r.areaCode);
      if (upper === undefined) continue;
      figures.push({ districtCode: r.areaCode, upperTierCode: upper, indicatorCode: code, value: r.value, denominator: denominatorOf.get(r.areaCode) ?? null });
    }
  }
  return { values: [...rollUpToUpperTier(figures, names), ...direct], notRolledUp, belowRule };
}
