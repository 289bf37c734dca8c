import type { Kysely } from 'kysely';
import { areaSummaries, type AreaSummaries } from '../app/places/area-summary.ts';
import { registerSnapshots, type RegisterSnapshots } from '../app/programme/register-snapshot.ts';
import { schoolSearch, type SchoolSearch } from '../app/schools/school-search.ts';
import { areaTwins, type AreaTwins } from '../app/twinning/area-twins.ts';
import { indexExplanations, type IndexExplanations } from '../app/social-mobility-index/index-explanations.ts';
import { indexRankings, type IndexRankings } from '../app/social-mobility-index/index-rankings.ts';
import { viewVersionsReader } from '../storage/repositories/data-version.repository.ts';
import type { Database } from '../storage/schema.ts';
import { connectionOf, type Services } from '../storage/services/create-services.ts';

/** The computed views one server keeps (src/app/computed-views), so tests, each with a server, stay apart. */
export interface ComputedViews {
  readonly indexRankings: IndexRankings;
  readonly indexExplanations: IndexExplanations;
  readonly areaTwins: AreaTwins;
  readonly areaSummaries: AreaSummaries;
  readonly register: RegisterSnapshots;
  readonly schoolSearch: SchoolSearch;
}

/**
 * Every view reads its inputs' versions from `db` (a prepared statement, checked on every request) and its
 * inputs through `readOnlyDb` (on SQLite, results handed over a turn later, so a first computation lets other
 * requests run between its queries).
 */
export function computedViews(services: Services): ComputedViews {
  const deps: { db: Kysely<Database>; readOnlyDb: Kysely<Database> } = { db: connectionOf(services), readOnlyDb: connectionOf(services.reads) };
  const versions = viewVersionsReader(deps.db);
  return {
    indexRankings: indexRankings({ db: deps.readOnlyDb, versions }),
    indexExplanations: indexExplanations({ db: deps.readOnlyDb, versions }),
    areaTwins: areaTwins({ db: deps.readOnlyDb, versions }),
    areaSummaries: areaSummaries({ services: services.reads, versions }),
    schoolSearch: schoolSearch({ db: deps.readOnlyDb, versions }),
    register: registerSnapshots({ programme: services.programme, places: services.places, funds: services.funds, versions }),
  };
}
