import { fundersOf, type Fund } from '../../domain/funding/index.ts';
import { describeOpportunityArea, summariseOpportunityAreas, type OpportunityAreaSummary } from '../../domain/programme/index.ts';
import type { Services } from '../../storage/services/create-services.ts';
import { ViewCache, viewKey } from '../computed-views/view-cache.ts';

/** The versions of a view's inputs, read before each use (storage's view versions). */
type ViewVersions = Awaited<ReturnType<ReturnType<Services['dataVersion']['viewVersionsReader']>>>;

/** The programme register as stored: its areas, boards, research schools and districts. */
type ProgrammeRegister = Awaited<ReturnType<Services['programme']['loadRegister']>>;

/** One Opportunity Area as `GET /api/opportunity-areas/:id` shows it: the register's description with each fund's funders. */
export type OpportunityAreaDetail = Omit<ReturnType<typeof describeOpportunityArea>, 'funds'> & {
  readonly funds: (Fund & { readonly funders: ReturnType<typeof fundersOf> })[];
};

/**
 * The programme register as the API shows it, read once per version: the twelve areas, their boards and
 * research schools, their districts with every area above them, and the funds (about 60 kB in all).
 */
export interface RegisterSnapshot {
  /** The register table (`GET /api/opportunity-areas`), one object while the versions hold. */
  readonly list: { readonly items: readonly OpportunityAreaSummary[] };
  /** One area's description, worked out once per snapshot; null when there is no such area. */
  detail(id: string): Promise<OpportunityAreaDetail | null>;
}

export interface RegisterSnapshots {
  (): Promise<RegisterSnapshot>;
  readonly computations: () => number;
}

/** Two snapshots at most: the one in use and, for a moment after an import or an edit, the one before. */
const SNAPSHOTS_KEPT = 2;

/**
 * The register from memory instead of six queries a request (issue 22 item 2). It changes on import (the
 * published facts, funds) and by edits through the service (a board chair, a fund's profile, both audited),
 * so the snapshot is keyed by the data and edits versions and read again when either moves.
 */
export function registerSnapshots(deps: Pick<Services, 'programme' | 'places' | 'funds'> & { versions: () => Promise<ViewVersions> }): RegisterSnapshots {
  const kept = new ViewCache<RegisterSnapshot>(SNAPSHOTS_KEPT);
  const snapshot = async () => {
    const versions = await deps.versions();
    return kept.get(viewKey(versions.data, versions.edits), () => readSnapshot(deps));
  };
  return Object.assign(snapshot, { computations: () => kept.computations });
}

async function readSnapshot(deps: Pick<Services, 'programme' | 'places' | 'funds'>): Promise<RegisterSnapshot> {
  const register = await deps.programme.loadRegister();
  const districtCodes = register.opportunityAreas.flatMap((a) => a.districtCodes);
  const [areas, funds] = await Promise.all([deps.places.findAreasWithAncestors(districtCodes), deps.funds.listFunds()]);
  const details = new Map<string, Promise<OpportunityAreaDetail | null>>();
  return {
    list: { items: summariseOpportunityAreas({ ...register, areas, funds }) },
    detail(id) {
      let found = details.get(id);
      if (found === undefined) {
        // Only ids in the register are kept, so asking for made-up ones cannot fill memory.
        found = describe(deps.funds, register, areas, funds, id);
        if (register.opportunityAreas.some((a) => a.id === id)) details.set(id, found);
      }
      return found;
    },
  };
}

async function describe(
  fundsRepository: Services['funds'],
  register: ProgrammeRegister,
  areas: Parameters<typeof summariseOpportunityAreas>[0]['areas'],
  allFunds: readonly Fund[],
  id: string,
): Promise<OpportunityAreaDetail | null> {
  const area = register.opportunityAreas.find((a) => a.id === id);
  if (area === undefined) return null;
  // The area's own funds in the order the repository gives one area's (parents first within the area).
  const funds = await fundsRepository.listFunds({ opportunityAreaId: id });
  const described = describeOpportunityArea(area, { ...register, areas, funds });
  return { ...described, funds: described.funds.map((f) => ({ ...f, profile: [...f.profile], funders: fundersOf(f, allFunds) })) };
}
