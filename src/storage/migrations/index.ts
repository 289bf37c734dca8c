import type { Migration } from 'kysely';
import * as programmeRegister from './0001-programme-register.ts';
import * as peopleAndAccess from './0002-people-and-access.ts';
import * as oidcLogins from './0003-oidc-logins.ts';
import * as publicData from './0004-public-data.ts';
import * as coordinateSources from './0005-coordinate-sources.ts';
import * as indexRecipes from './0006-index-recipes.ts';
import * as twinning from './0007-twinning.ts';
import * as funding from './0008-funding.ts';
import * as researchNetwork from './0009-research-network.ts';
import * as deliveryPlans from './0010-delivery-plans.ts';
import * as careers from './0011-careers.ts';
import * as fundTerms from './0012-fund-terms.ts';
import * as hubPlacements from './0013-hub-placements.ts';
import * as schoolTrusts from './0014-school-trusts.ts';
import * as ledgerByPupil from './0015-ledger-by-pupil.ts';
import * as schoolPlacement from './0016-school-placement.ts';
import * as indicatorEvidence from './0017-indicator-evidence.ts';
import * as pseudonymKeyFingerprint from './0022-pseudonym-key-fingerprint.ts';
import * as pupilsHeldElsewhere from './0023-pupils-held-elsewhere.ts';
import * as indicatorSeries from './0024-indicator-series.ts';
import * as schoolsByName from './0026-schools-by-name.ts';
import * as hubReach from './0027-hub-reach.ts';
import * as catchUpTutoring from './0030-catch-up-tutoring.ts';
import * as catchUpTargets from './0031-catch-up-targets.ts';
import * as holidayActivities from './0035-holiday-activities.ts';
import * as catchUpTallies from './0037-catch-up-tallies.ts';
import * as userNames from './0038-user-names.ts';
import * as auditLogLookups from './0039-audit-log-lookups.ts';

/** Every migration in order. Append only: a shipped migration never changes. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-programme-register': programmeRegister,
  '0002-people-and-access': peopleAndAccess,
  '0003-oidc-logins': oidcLogins,
  '0004-public-data': publicData,
  '0005-coordinate-sources': coordinateSources,
  '0006-index-recipes': indexRecipes,
  '0007-twinning': twinning,
  '0008-funding': funding,
  '0009-research-network': researchNetwork,
  '0010-delivery-plans': deliveryPlans,
  '0011-careers': careers,
  '0012-fund-terms': fundTerms,
  '0013-hub-placements': hubPlacements,
  '0014-school-trusts': schoolTrusts,
  '0015-ledger-by-pupil': ledgerByPupil,
  '0016-school-placement': schoolPlacement,
  '0017-indicator-evidence': indicatorEvidence,
  '0022-pseudonym-key-fingerprint': pseudonymKeyFingerprint,
  '0023-pupils-held-elsewhere': pupilsHeldElsewhere,
  '0024-indicator-series': indicatorSeries,
  '0026-schools-by-name': schoolsByName,
  '0027-hub-reach': hubReach,
  '0030-catch-up-tutoring': catchUpTutoring,
  '0031-catch-up-targets': catchUpTargets,
  '0035-holiday-activities': holidayActivities,
  '0037-catch-up-tallies': catchUpTallies,
  '0038-user-names': userNames,
  '0039-audit-log-lookups': auditLogLookups,
};

/** The newest migration's name: what a fully migrated database reports as its version. */
export const LATEST_MIGRATION = Object.keys(MIGRATIONS).sort().at(-1) ?? '';
