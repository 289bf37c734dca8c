import type { Kysely } from 'kysely';
import * as allocations from '../repositories/allocations.repository.ts';
import * as apiTokens from '../repositories/api-tokens.repository.ts';
import * as areaProfile from '../repositories/area-profile.repository.ts';
import * as areaSelections from '../repositories/area-selections.repository.ts';
import * as audit from '../repositories/audit.repository.ts';
import * as boardMeetings from '../repositories/board-meetings.repository.ts';
import * as boards from '../repositories/boards.repository.ts';
import * as boundaries from '../repositories/boundaries.repository.ts';
import * as careersAdvisers from '../repositories/careers-advisers.repository.ts';
import * as careersCoverage from '../repositories/careers-coverage.repository.ts';
import * as careersDirectory from '../repositories/careers-directory.repository.ts';
import * as careersLedger from '../repositories/careers-ledger.repository.ts';
import * as careersPopulation from '../repositories/careers-population.repository.ts';
import * as careersRetention from '../repositories/careers-retention.repository.ts';
import * as careersSynthetic from '../repositories/careers-synthetic.repository.ts';
import * as careersTransfers from '../repositories/careers-transfers.repository.ts';
import * as careersEmployerLoad from '../repositories/careers/employer-load.ts';
import * as careersFileRowBatches from '../repositories/careers/file-row-batches.ts';
import * as careersFileRows from '../repositories/careers/file-rows.ts';
import * as careersInsertEncountersNotHeld from '../repositories/careers/insert-encounters-not-held.ts';
import * as careersNewPupils from '../repositories/careers/new-pupils.ts';
import * as careersPupilsElsewhere from '../repositories/careers/pupils-elsewhere.ts';
import * as careersRebuildCoverageTallies from '../repositories/careers/rebuild-coverage-tallies.ts';
import * as careersRecomputePupilTallies from '../repositories/careers/recompute-pupil-tallies.ts';
import * as careersSyntheticRows from '../repositories/careers/synthetic-rows.ts';
import * as careersSyntheticTallies from '../repositories/careers/synthetic-tallies.ts';
import * as catchUpSavePupils from '../repositories/catch-up/save-pupils.ts';
import * as catchUpSyntheticPupilTallies from '../repositories/catch-up/synthetic-pupil-tallies.ts';
import * as catchUpSyntheticTutoring from '../repositories/catch-up/synthetic-tutoring.ts';
import * as catchUpTutoringLedger from '../repositories/catch-up/tutoring-ledger.ts';
import * as catchUpTutoringRecords from '../repositories/catch-up/tutoring-records.ts';
import * as catchUpTutoringRetention from '../repositories/catch-up/tutoring-retention.ts';
import * as catchUpTutoringScopes from '../repositories/catch-up/tutoring-scopes.ts';
import * as catchUpTutoringTallies from '../repositories/catch-up/tutoring-tallies.ts';
import * as catchUpTutoringTargets from '../repositories/catch-up/tutoring-targets.ts';
import * as dataSources from '../repositories/data-sources.repository.ts';
import * as dataVersion from '../repositories/data-version.repository.ts';
import * as deliveryPlans from '../repositories/delivery-plans.repository.ts';
import * as deriveInputs from '../repositories/derive-inputs.repository.ts';
import * as funds from '../repositories/funds.repository.ts';
import * as holidayAttendance from '../repositories/holiday/attendance.ts';
import * as holidayClubs from '../repositories/holiday/clubs.ts';
import * as holidayLockHoliday from '../repositories/holiday/lock-holiday.ts';
import * as holidayReportInput from '../repositories/holiday/report-input.ts';
import * as holidayRetention from '../repositories/holiday/retention.ts';
import * as holidaySynthetic from '../repositories/holiday/synthetic.ts';
import * as hubPlacements from '../repositories/hub-placements.repository.ts';
import * as hubReach from '../repositories/hub-reach.repository.ts';
import * as impactIndicator from '../repositories/impact-indicator.repository.ts';
import * as impactPanel from '../repositories/impact-panel.repository.ts';
import * as impactTrend from '../repositories/impact-trend.repository.ts';
import * as indexRecipes from '../repositories/index-recipes.repository.ts';
import * as indicatorEvidence from '../repositories/indicator-evidence.repository.ts';
import * as indicators from '../repositories/indicators.repository.ts';
import * as installationKeys from '../repositories/installation-keys.repository.ts';
import * as intermediaries from '../repositories/intermediaries.repository.ts';
import * as loginFailures from '../repositories/login-failures.repository.ts';
import * as lookups from '../repositories/lookups/exists.ts';
import * as missingFigures from '../repositories/missing-figures.ts';
import * as neighbourSets from '../repositories/neighbour-sets.repository.ts';
import * as networkView from '../repositories/network-view.repository.ts';
import * as oidcLogins from '../repositories/oidc-logins.repository.ts';
import * as oidcUsers from '../repositories/oidc-users.repository.ts';
import * as places from '../repositories/places.repository.ts';
import * as plansWritePlanRows from '../repositories/plans/write-plan-rows.ts';
import * as platformFigures from '../repositories/platform-figures.repository.ts';
import * as programme from '../repositories/programme.repository.ts';
import * as researchNetwork from '../repositories/research-network.repository.ts';
import * as schoolNeed from '../repositories/school-need.repository.ts';
import * as schoolPlacement from '../repositories/school-placement.repository.ts';
import * as schoolProfile from '../repositories/school-profile.repository.ts';
import * as schools from '../repositories/schools.repository.ts';
import * as sessions from '../repositories/sessions.repository.ts';
import * as spend from '../repositories/spend.repository.ts';
import * as toolkit from '../repositories/toolkit.repository.ts';
import * as twinning from '../repositories/twinning.repository.ts';
import * as unplacedSchools from '../repositories/unplaced-schools.repository.ts';
import * as userChanges from '../repositories/user-changes.repository.ts';
import * as users from '../repositories/users.repository.ts';
import * as whatWorked from '../repositories/what-worked.repository.ts';
import type { Engine } from '../database.ts';
import { capabilitiesOf } from '../dialect-capabilities.ts';
import type { Database } from '../schema.ts';
import { yieldingBetweenQueries } from '../yield-between-queries.ts';
import { bindRepository } from './bind-repository.ts';

function repositoriesOn(db: Kysely<Database>) {
  return {
    allocations: bindRepository(allocations, db),
    apiTokens: bindRepository(apiTokens, db),
    areaProfile: bindRepository(areaProfile, db),
    areaSelections: bindRepository(areaSelections, db),
    audit: bindRepository(audit, db),
    boardMeetings: bindRepository(boardMeetings, db),
    boards: bindRepository(boards, db),
    boundaries: bindRepository(boundaries, db),
    careersAdvisers: bindRepository(careersAdvisers, db),
    careersCoverage: bindRepository(careersCoverage, db),
    careersDirectory: bindRepository(careersDirectory, db),
    careersLedger: bindRepository(careersLedger, db),
    careersPopulation: bindRepository(careersPopulation, db),
    careersRetention: bindRepository(careersRetention, db),
    careersSynthetic: bindRepository(careersSynthetic, db),
    careersTransfers: bindRepository(careersTransfers, db),
    careersEmployerLoad: bindRepository(careersEmployerLoad, db),
    careersFileRowBatches: bindRepository(careersFileRowBatches, db),
    careersFileRows: bindRepository(careersFileRows, db),
    careersInsertEncountersNotHeld: bindRepository(careersInsertEncountersNotHeld, db),
    careersNewPupils: bindRepository(careersNewPupils, db),
    careersPupilsElsewhere: bindRepository(careersPupilsElsewhere, db),
    careersRebuildCoverageTallies: bindRepository(careersRebuildCoverageTallies, db),
    careersRecomputePupilTallies: bindRepository(careersRecomputePupilTallies, db),
    careersSyntheticRows: bindRepository(careersSyntheticRows, db),
    careersSyntheticTallies: bindRepository(careersSyntheticTallies, db),
    catchUpSavePupils: bindRepository(catchUpSavePupils, db),
    catchUpSyntheticPupilTallies: bindRepository(catchUpSyntheticPupilTallies, db),
    catchUpSyntheticTutoring: bindRepository(catchUpSyntheticTutoring, db),
    catchUpTutoringLedger: bindRepository(catchUpTutoringLedger, db),
    catchUpTutoringRecords: bindRepository(catchUpTutoringRecords, db),
    catchUpTutoringRetention: bindRepository(catchUpTutoringRetention, db),
    catchUpTutoringScopes: bindRepository(catchUpTutoringScopes, db),
    catchUpTutoringTallies: bindRepository(catchUpTutoringTallies, db),
    catchUpTutoringTargets: bindRepository(catchUpTutoringTargets, db),
    dataSources: bindRepository(dataSources, db),
    dataVersion: bindRepository(dataVersion, db),
    deliveryPlans: bindRepository(deliveryPlans, db),
    deriveInputs: bindRepository(deriveInputs, db),
    funds: bindRepository(funds, db),
    holidayAttendance: bindRepository(holidayAttendance, db),
    holidayClubs: bindRepository(holidayClubs, db),
    holidayLockHoliday: bindRepository(holidayLockHoliday, db),
    holidayReportInput: bindRepository(holidayReportInput, db),
    holidayRetention: bindRepository(holidayRetention, db),
    holidaySynthetic: bindRepository(holidaySynthetic, db),
    hubPlacements: bindRepository(hubPlacements, db),
    hubReach: bindRepository(hubReach, db),
    impactIndicator: bindRepository(impactIndicator, db),
    impactPanel: bindRepository(impactPanel, db),
    impactTrend: bindRepository(impactTrend, db),
    indexRecipes: bindRepository(indexRecipes, db),
    indicatorEvidence: bindRepository(indicatorEvidence, db),
    indicators: bindRepository(indicators, db),
    installationKeys: bindRepository(installationKeys, db),
    intermediaries: bindRepository(intermediaries, db),
    loginFailures: bindRepository(loginFailures, db),
    lookups: bindRepository(lookups, db),
    missingFigures: bindRepository(missingFigures, db),
    neighbourSets: bindRepository(neighbourSets, db),
    networkView: bindRepository(networkView, db),
    oidcLogins: bindRepository(oidcLogins, db),
    oidcUsers: bindRepository(oidcUsers, db),
    places: bindRepository(places, db),
    plansWritePlanRows: bindRepository(plansWritePlanRows, db),
    platformFigures: bindRepository(platformFigures, db),
    programme: bindRepository(programme, db),
    researchNetwork: bindRepository(researchNetwork, db),
    schoolNeed: bindRepository(schoolNeed, db),
    schoolPlacement: bindRepository(schoolPlacement, db),
    schoolProfile: bindRepository(schoolProfile, db),
    schools: bindRepository(schools, db),
    sessions: bindRepository(sessions, db),
    spend: bindRepository(spend, db),
    toolkit: bindRepository(toolkit, db),
    twinning: bindRepository(twinning, db),
    unplacedSchools: bindRepository(unplacedSchools, db),
    userChanges: bindRepository(userChanges, db),
    users: bindRepository(users, db),
    whatWorked: bindRepository(whatWorked, db),
  };
}

/** Every repository, bound to one connection. */
export type Repositories = ReturnType<typeof repositoriesOn>;

/** What routes, commands and use cases are given instead of the database: its repositories, and a way to group writes. */
export interface Services extends Repositories {
  readonly engine: Engine;
  /** The same services inside one transaction: every write made through them lands, or none does. */
  transaction<T>(work: (services: Services) => Promise<T>): Promise<T>;
  /**
   * The same services for read-only pages: on SQLite each query's result is handed over on a later turn of the event
   * loop, so one page's chain of queries does not hold up every other request (storage/yield-between-queries.ts).
   */
  readonly reads: Services;
}

const CONNECTIONS = new WeakMap<Services, Kysely<Database>>();

/** The composition root: the server, the CLI and the tests each make their services here, from one open database. */
export function createServices(db: Kysely<Database>, engine: Engine = capabilitiesOf(db).engine): Services {
  return servicesOn(db, db, engine);
}

/** Services whose queries run on `queryDb`; transactions always begin on the plain connection `db`. */
function servicesOn(queryDb: Kysely<Database>, db: Kysely<Database>, engine: Engine): Services {
  let reads: Services | undefined;
  const services: Services = {
    ...repositoriesOn(queryDb),
    engine,
    transaction: (work) => db.transaction().execute((trx) => work(servicesOn(trx, trx, engine))),
    get reads() {
      reads ??= engine === 'sqlite' && queryDb === db && !db.isTransaction ? servicesOn(yieldingBetweenQueries(db), db, engine) : services;
      return reads;
    },
  };
  CONNECTIONS.set(services, queryDb);
  return services;
}

/**
 * The connection behind `services`, for the layers beneath the use cases only: importers that stream rows through
 * storage's bulk paths, migrations, backups. Lint forbids it in routes, commands and use cases.
 */
export function connectionOf(services: Services): Kysely<Database> {
  const db = CONNECTIONS.get(services);
  if (db === undefined) throw new Error('These services were not made by createServices.');
  return db;
}
