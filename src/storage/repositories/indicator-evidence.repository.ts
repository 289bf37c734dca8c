import type { Kysely } from 'kysely';
import type { EvidenceBasis, EvidenceRule } from '../../domain/places/index.ts';
import type { Database } from '../schema.ts';

/** What one area's figure of an indicator in a period rests on, and the rule it was judged by (migration 0017). */
export interface StoredEvidence {
  readonly areaCode: string;
  readonly indicatorCode: string;
  readonly period: string;
  readonly basis: EvidenceBasis;
  readonly rule: EvidenceRule;
}

/**
 * The evidence behind figures of `areaCodes` (every area when null), of `indicatorCodes`, keyed
 * `area indicator period`. Indicators not built from schools have none.
 */
export async function indicatorEvidence(db: Kysely<Database>, options: { areaCodes?: readonly string[]; indicatorCodes?: readonly string[] }): Promise<Map<string, StoredEvidence>> {
  let query = db.selectFrom('area_indicator_evidence').selectAll();
  if (options.areaCodes !== undefined) query = query.where('area_code', 'in', options.areaCodes.length === 0 ? [''] : [...options.areaCodes]);
  if (options.indicatorCodes !== undefined) query = query.where('indicator_code', 'in', options.indicatorCodes.length === 0 ? [''] : [...options.indicatorCodes]);
  const rows = await query.execute();
  return new Map(
    rows.map((r) => [
      evidenceKey(r.area_code, r.indicator_code, r.period),
      {
        areaCode: r.area_code,
        indicatorCode: r.indicator_code,
        period: r.period,
        basis: { schools: r.schools, contributors: r.contributors, pupilsCovered: r.pupils_covered, phasePupils: r.phase_pupils, phaseSchools: r.phase_schools },
        rule: { minSchools: r.min_schools, minPupilShare: r.min_pupil_share },
      },
    ]),
  );
}

export const evidenceKey = (areaCode: string, indicatorCode: string, period: string): string => `${areaCode} ${indicatorCode} ${period}`;

/** The rule an indicator was last derived under, or null when it has not been derived. */
export async function storedEvidenceRule(db: Kysely<Database>, indicatorCode: string): Promise<EvidenceRule | null> {
  const row = await db.selectFrom('area_indicator_evidence').select(['min_schools', 'min_pupil_share']).where('indicator_code', '=', indicatorCode).limit(1).executeTakeFirst();
  return row === undefined ? null : { minSchools: row.min_schools, minPupilShare: row.min_pupil_share };
}
