import { impactInWords, PROGRAMME_START_YEAR } from '../../../domain/impact/index.ts';
import type { ImpactAnswers } from '../impact/impact-answers.ts';

/** What the board report says about impact: the estimate in words with its warnings, or one line saying why there is none. */
export type BoardImpact =
  | { readonly kind: 'estimate'; readonly measure: string; readonly sentence: string; readonly basis: string; readonly warnings: readonly string[] }
  | { readonly kind: 'none'; readonly line: string };

/** The measure a board report's impact line is about unless the request names another: KS2 reading, writing and maths. */
export const DEFAULT_BOARD_IMPACT_MEASURE = 'KS2RWM_Expected_STD';

/**
 * The area's estimate as its page shows it by default (synthetic difference in differences against every
 * other upper-tier authority outside the programme, from 2017, 200 placebos, seed 2016), so the report,
 * the page and the national view give the same figure and share one kept answer.
 */
export async function boardImpact(answers: ImpactAnswers, areaId: string, measure: string): Promise<BoardImpact> {
  const from = String(PROGRAMME_START_YEAR);
  const answer = await answers.ask({ measure, areas: [areaId], from, method: 'sdid', comparison: { kind: 'all' }, includeOpportunityAreas: false, placebo: 200, seed: 2016 });
  if (!answer.ok) {
    if (answer.problem.code === 'unknown-measure') {
      return { kind: 'none', line: `No impact estimate: the LA time series (DfE’s LAIT) is not loaded, so there is no ${measure} to compare. Whoever runs the service can load it with oa import lait-bds.` };
    }
    return { kind: 'none', line: `No impact estimate for ${measure}: ${answer.problem.message}.` };
  }
  const [e] = answer.estimates;
  if (e === undefined) return { kind: 'none', line: `No impact estimate for ${measure}.` };
  return {
    kind: 'estimate',
    measure: e.measure.name,
    sentence: `From ${from}, ${e.treated.map((t) => t.name).join(' and ')} was ${impactInWords(e.estimate, e.ci95, e.measure.unit)}.`,
    basis: `Synthetic difference in differences against ${e.pool}, ${String(e.placebos)} placebo replications (methodology “Impact against comparison areas”).`,
    warnings: e.warnings,
  };
}
