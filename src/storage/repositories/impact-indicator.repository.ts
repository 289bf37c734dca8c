import type { Kysely } from 'kysely';
import type { ImpactProblem } from '../../domain/impact/index.ts';
import { laitIndicatorCode } from '../../domain/shared/lait-indicator-code.ts';
import { err, ok, type Result } from '../../domain/shared/result.ts';
import type { Database } from '../schema.ts';

export interface ImpactIndicator {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly polarity: string | null;
  readonly description: string;
}

/**
 * The indicator an estimate or a trend is about, by its code in the store (lait_ks2rwm_expected_std) or
 * a LAIT measure code (KS2RWM_Expected_STD); the code as given wins when both exist.
 */
export async function findImpactIndicator(db: Kysely<Database>, measure: string): Promise<Result<ImpactIndicator, ImpactProblem>> {
  const candidates = await db.selectFrom('indicators').select(['code', 'name', 'unit', 'polarity', 'description']).where('code', 'in', [measure, laitIndicatorCode(measure)]).execute();
  const indicator = candidates.find((c) => c.code === measure) ?? candidates[0];
  if (indicator === undefined) {
    return err({ code: 'unknown-measure', message: `There is no indicator ${measure}: check the code (GET /api/indicators lists them), or import the file it comes from` });
  }
  return ok(indicator);
}
