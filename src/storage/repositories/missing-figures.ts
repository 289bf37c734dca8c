import type { Kysely } from 'kysely';
import { describeEvidence } from '../../domain/places/index.ts';
import { evidenceKey, indicatorEvidence } from './indicator-evidence.repository.ts';
import type { Database } from '../schema.ts';

/** An indicator an area has no figure of, in the period an index uses (its newest), and why. */
export interface MissingFigure {
  readonly indicatorCode: string;
  readonly period: string | null;
  readonly reason: string;
}

/**
 * Why `areaCode` has no figure of each of `codes` that it lacks in the newest period (the one an index or
 * twin list uses): for a figure built from schools, what it rests on against the rule (§9.3); otherwise
 * that the source gave no figure, or that none is loaded.
 * `missingFigures(db, 'E07000125', ['ks4_attainment8'])` →
 * [{ indicatorCode: 'ks4_attainment8', period: '2018/19', reason: '0 schools, pupils on roll not known: not enough for a district figure (…)' }]
 */
export async function missingFigures(db: Kysely<Database>, areaCode: string, codes: readonly string[]): Promise<MissingFigure[]> {
  if (codes.length === 0) return [];
  const [periods, values, evidence] = await Promise.all([
    db.selectFrom('area_indicators').select(['indicator_code']).select((eb) => eb.fn.max('period').as('period')).where('indicator_code', 'in', [...codes]).groupBy('indicator_code').execute(),
    db.selectFrom('area_indicators').select(['indicator_code', 'period', 'value']).where('area_code', '=', areaCode).where('indicator_code', 'in', [...codes]).execute(),
    indicatorEvidence(db, { areaCodes: [areaCode], indicatorCodes: codes }),
  ]);
  const newest = new Map(periods.map((p) => [p.indicator_code, p.period]));
  const missing: MissingFigure[] = [];
  for (const code of codes) {
    const period = newest.get(code) ?? null;
    const row = values.find((v) => v.indicator_code === code && v.period === period);
    if (row !== undefined && row.value !== null) continue;
    const stored = period === null ? undefined : evidence.get(evidenceKey(areaCode, code, period));
    const reason =
      stored !== undefined
        ? describeEvidence(stored.basis, stored.rule)
        : period === null
          ? 'no figure of this indicator is loaded'
          : row === undefined
            ? `no figure loaded for ${period}`
            : `the source gives no figure for ${period} (withheld or not available)`;
    missing.push({ indicatorCode: code, period, reason });
  }
  return missing;
}
