import { leftOut, type LeftOut } from '../../domain/places/index.ts';
import type { Services } from '../../storage/services/create-services.ts';
import type { ViewVersionsReader } from '../computed-views/view-versions.ts';
import { ViewCache, viewKey } from '../computed-views/view-cache.ts';

/** A search of the school register: what to match, and which page. */
export type SchoolFilter = Parameters<Services['schools']['findSchools']>[0];

/** A school as the register's search lists it. */
export type SchoolSummary = Awaited<ReturnType<Services['schools']['findSchools']>>['items'][number];

/**
 * Pages kept: a page holds at most 500 schools (about 150 kB); most asked for hold 50 (about 15 kB), so 256
 * pages take a few MB and at most about 40 MB.
 */
const PAGES_KEPT = 256;

/** One page of the school register's search, as `GET /api/schools` shows it. */
export interface SchoolSearchPage {
  readonly items: SchoolSummary[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly leftOut: LeftOut;
}

export interface SchoolSearch {
  (filter: SchoolFilter): Promise<SchoolSearchPage>;
  readonly computations: () => number;
}

/**
 * Pages of the school register's search, each read once per data and edits version: the register changes
 * on import, and which schools have a district by `oa schools place` (audited), so either makes the next
 * request read the page again. The first page of a district or an Opportunity Area, asked for by every visit
 * to its page, is then read from memory instead of with three queries.
 */
export function schoolSearch(deps: { services: Services; versions: ViewVersionsReader }): SchoolSearch {
  const kept = new ViewCache<SchoolSearchPage>(PAGES_KEPT);
  const search = async (filter: SchoolFilter) => {
    const versions = await deps.versions();
    // Keys in one order, so the same search is the same key however it was written.
    const key = viewKey(versions.data, versions.edits, JSON.stringify(Object.entries(filter).sort(([a], [b]) => a.localeCompare(b))));
    return kept.get(key, async () => {
      const result = await deps.services.schools.findSchools(filter);
      const unplaced = await deps.services.schools.countUnplacedMatching(filter);
      return { items: result.items, page: filter.page, pageSize: filter.pageSize, total: result.total, leftOut: leftOut(unplaced.schools, { of: unplaced.authorities.map((a) => a.name) }) };
    });
  };
  return Object.assign(search, { computations: () => kept.computations });
}
