import { fundsPages, type FundsPages } from '../app/funding/funds-pages.ts';
import { areaSummaries, type AreaSummaries } from '../app/places/area-summary.ts';
import { registerSnapshots, type RegisterSnapshots } from '../app/programme/register-snapshot.ts';
import { schoolSearch, type SchoolSearch } from '../app/schools/school-search.ts';
import { areaTwins, type AreaTwins } from '../app/twinning/area-twins.ts';
import { indexExplanations, type IndexExplanations } from '../app/social-mobility-index/index-explanations.ts';
import { indexRankings, type IndexRankings } from '../app/social-mobility-index/index-rankings.ts';
import type { Services } from '../storage/services/create-services.ts';

/** The computed views one server keeps (src/app/computed-views), so tests, each with a server, stay apart. */
export interface ComputedViews {
  readonly indexRankings: IndexRankings;
  readonly indexExplanations: IndexExplanations;
  readonly areaTwins: AreaTwins;
  readonly areaSummaries: AreaSummaries;
  readonly register: RegisterSnapshots;
  readonly schoolSearch: SchoolSearch;
  readonly fundsPages: FundsPages;
}

/**
 * Every view reads its inputs' versions through `services` (a prepared statement, checked on every request) and
 * its inputs through `services.reads` (on SQLite, results handed over a turn later, so a first computation lets
 * other requests run between its queries).
 */
export function computedViews(services: Services): ComputedViews {
  const versions = services.dataVersion.viewVersionsReader();
  const reads = services.reads;
  return {
    indexRankings: indexRankings({ services: reads, versions }),
    indexExplanations: indexExplanations({ services: reads, versions }),
    areaTwins: areaTwins({ services: reads, versions }),
    areaSummaries: areaSummaries({ services: reads, versions }),
    schoolSearch: schoolSearch({ services: reads, versions }),
    fundsPages: fundsPages({ services: reads, versions }),
    register: registerSnapshots({ programme: services.programme, places: services.places, funds: services.funds, versions }),
  };
}
