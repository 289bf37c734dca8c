import { checkAllocations, fundersOf, type Fund } from '../../domain/funding/index.ts';
import type { Services } from '../../storage/services/create-services.ts';
import { ViewCache, viewKey } from '../computed-views/view-cache.ts';
import type { ViewVersions } from '../computed-views/view-versions.ts';

/** Which page of the funds list (`GET /api/funds`): top-level funds, one area's, or one fund's family. */
export interface FundsPageQuery {
  readonly opportunityArea?: string | undefined;
  readonly id?: string | undefined;
  readonly page: number;
  readonly pageSize: number;
}

/** A page of whole funds, each with its pots and its funders, and the allocation checks of the funds shown. */
export interface FundsPageView {
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly items: (Fund & { readonly funders: ReturnType<typeof fundersOf> })[];
  readonly checks: ReturnType<typeof checkAllocations>;
}

export interface FundsPages {
  (query: FundsPageQuery): Promise<FundsPageView>;
  readonly computations: () => number;
}

/** Pages kept: the first pages of the list and of each area's, which is what people open; the rest are read again when asked. */
const PAGES_KEPT = 64;

/**
 * The funds list a page at a time, each page worked out once per version of its inputs (issue 22: it was
 * read and built on every request, three queries, at 0.02–0.04 of a bare route's throughput). Funds change
 * by import (the data version) and by audited edits (the edits version), as the register's snapshot of them
 * assumes too, so a page is kept by both versions and its query.
 */
export function fundsPages(deps: { readonly services: Pick<Services, 'funds'>; readonly versions: () => Promise<ViewVersions> }): FundsPages {
  const kept = new ViewCache<FundsPageView>(PAGES_KEPT);
  const pages = async (query: FundsPageQuery) => {
    const versions = await deps.versions();
    return kept.get(viewKey(versions.data, versions.edits, query.opportunityArea ?? '', query.id ?? '', query.page, query.pageSize), () => readPage(deps.services, query));
  };
  return Object.assign(pages, { computations: () => kept.computations });
}

async function readPage(services: Pick<Services, 'funds'>, query: FundsPageQuery): Promise<FundsPageView> {
  const { opportunityArea, id, page, pageSize } = query;
  const filter = opportunityArea === undefined ? {} : { opportunityAreaId: opportunityArea };
  // Only the page is read: whole funds, each with its pots, so each fund's check is made on the page that shows it.
  const { total, funds: items } = await services.funds.listFundsPage({ ...filter, ...(id === undefined ? {} : { id }) }, { offset: (page - 1) * pageSize, limit: pageSize });
  // Each fund's funders are its own contribution pots: on the page already unless the list is one area's,
  // when a pot may be in another area.
  const contributions = opportunityArea === undefined ? items : await services.funds.listContributionsTo(items.map((f) => f.id));
  const potsOf = new Map<string, Fund[]>();
  for (const pot of contributions) {
    if (pot.parentId === null) continue;
    const pots = potsOf.get(pot.parentId) ?? [];
    pots.push(pot);
    potsOf.set(pot.parentId, pots);
  }
  return { page, pageSize, total, items: items.map((f) => ({ ...f, profile: [...f.profile], funders: fundersOf(f, potsOf.get(f.id) ?? []) })), checks: checkAllocations(items) };
}
