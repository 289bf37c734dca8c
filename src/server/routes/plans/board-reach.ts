import type { Kysely } from 'kysely';
import { computeNeedScores, DEFAULT_HIGH_NEED_SCORE, reachByNeed, schoolEngagements, type ReachByNeedRow } from '../../../domain/research-network/index.ts';
import { engagementRecords } from '../../../storage/repositories/research-network.repository.ts';
import { loadNetworkSchools } from '../../../storage/repositories/school-need.repository.ts';
import type { Database } from '../../../storage/schema.ts';

/** The Research School's reach into the area's schools, by need; `schools` 0 when the register holds none there. */
export interface BoardReach {
  readonly schools: number;
  readonly highNeedScore: number;
  readonly rows: readonly ReachByNeedRow[];
}

/**
 * Schools in the area's districts engaged with the Research School network, by need. Need scores are
 * percentiles within phase across every open school in England (docs/methodology.md §14.1), so they are
 * worked out over the whole register before the area's schools are picked out.
 */
export async function boardReach(db: Kysely<Database>, areaId: string): Promise<BoardReach> {
  const all = await loadNetworkSchools(db);
  const inArea = all.filter((s) => s.opportunityAreaId === areaId);
  if (inArea.length === 0) return { schools: 0, highNeedScore: DEFAULT_HIGH_NEED_SCORE, rows: [] };
  const need = new Map(computeNeedScores(all).map((n) => [n.urn, n.score]));
  const urns = inArea.map((s) => s.urn);
  const levels = new Map(schoolEngagements(urns, await engagementRecords(db, urns)).map((e) => [e.urn, e.level]));
  const rows = reachByNeed(inArea.map((s) => ({ need: need.get(s.urn) ?? null, level: levels.get(s.urn) ?? 'none' })), DEFAULT_HIGH_NEED_SCORE);
  return { schools: inArea.length, highNeedScore: DEFAULT_HIGH_NEED_SCORE, rows };
}
