import { computeNeedScores, DEFAULT_HIGH_NEED_SCORE, reachByNeed, schoolEngagements, type ReachByNeedRow } from '../../../domain/research-network/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';

/** The Research School's reach into the area's schools, by need; `schools` 0 when the register holds none there. */
export interface BoardReach {
  readonly schools: number;
  readonly highNeedScore: number;
  readonly rows: readonly ReachByNeedRow[];
}

/** Every open school's need score, and each Opportunity Area's schools. */
interface ScoredRegister {
  readonly need: ReadonlyMap<number, number | null>;
  readonly schoolsOf: ReadonlyMap<string, readonly number[]>;
}

async function scoreRegister(services: Pick<Services, 'schoolNeed'>): Promise<ScoredRegister> {
  const all = await services.schoolNeed.loadNetworkSchools();
  const schoolsOf = new Map<string, number[]>();
  for (const s of all) {
    if (s.opportunityAreaId === null) continue;
    const list = schoolsOf.get(s.opportunityAreaId) ?? [];
    list.push(s.urn);
    schoolsOf.set(s.opportunityAreaId, list);
  }
  return { need: new Map(computeNeedScores(all).map((n) => [n.urn, n.score])), schoolsOf };
}

/**
 * Schools in the area's districts engaged with the Research School network, by need. Need scores are
 * percentiles within phase across every open school in England (docs/methodology.md §14.1), so they are
 * worked out over the whole register (about a second on the shared data) and kept while the register is
 * unchanged (`networkDataVersion`, as the hub pages keep their view); engagement is read afresh each time.
 */
export function boardReachReader(services: Pick<Services, 'networkView' | 'researchNetwork' | 'schoolNeed'>): (areaId: string) => Promise<BoardReach> {
  let kept: { readonly version: string; readonly scored: Promise<ScoredRegister> } | null = null;
  return async (areaId) => {
    const version = await services.networkView.networkDataVersion();
    if (kept?.version !== version) {
      const scored = scoreRegister(services);
      kept = { version, scored };
      scored.catch(() => {
        if (kept?.scored === scored) kept = null;
      });
    }
    const { need, schoolsOf } = await kept.scored;
    const urns = schoolsOf.get(areaId) ?? [];
    if (urns.length === 0) return { schools: 0, highNeedScore: DEFAULT_HIGH_NEED_SCORE, rows: [] };
    const levels = new Map(schoolEngagements(urns, await services.researchNetwork.engagementRecords(urns)).map((e) => [e.urn, e.level]));
    const rows = reachByNeed(urns.map((urn) => ({ need: need.get(urn) ?? null, level: levels.get(urn) ?? 'none' })), DEFAULT_HIGH_NEED_SCORE);
    return { schools: urns.length, highNeedScore: DEFAULT_HIGH_NEED_SCORE, rows };
  };
}
