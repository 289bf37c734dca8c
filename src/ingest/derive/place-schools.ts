import type { Kysely, Transaction } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import {
  checkImputation,
  compareExactRules,
  createDistrictLocator,
  placeSchools,
  type ExactRulesComparison,
  type ImputationCheck,
  type Placement,
  type PlacementEvidence,
  type PlacementGeography,
} from '../../domain/places/index.ts';
import { recordAudit } from '../../storage/repositories/audit.repository.ts';
import {
  readDistrictGeometries,
  readPlacementGeography,
  readPlacementInputs,
  writePlacements,
  type StoredPlacementInput,
} from '../../storage/repositories/school-placement.repository.ts';
import type { Database } from '../../storage/schema.ts';
import { transactionWithClient } from '../../storage/postgres-client-transaction.ts';
import { connectionOf, type Services } from '../../storage/services/create-services.ts';

/** What placement works from, read once: the evidence for each school and the districts of each authority. */
export interface PlacementInputs {
  readonly stored: readonly StoredPlacementInput[];
  readonly evidence: readonly PlacementEvidence[];
  readonly geography: PlacementGeography;
}

/**
 * Reads what placement needs and finds, for each school with coordinates and no district from a file, the
 * district its coordinates fall in (from the loaded boundaries; none when no boundaries are loaded).
 */
export async function readPlacementEvidence(trx: Kysely<Database> | Transaction<Database>): Promise<PlacementInputs> {
  const [stored, geography, geometries] = await Promise.all([readPlacementInputs(trx), readPlacementGeography(trx), readDistrictGeometries(trx)]);
  const locate = geometries.length === 0 ? () => null : createDistrictLocator(geometries);
  const evidence = stored.map((s): PlacementEvidence => {
    const hasCoordinates = s.lat !== null && s.lon !== null;
    const located = s.locatedDistrictCode ?? (s.lat !== null && s.lon !== null ? locate(s.lon, s.lat) : null);
    return {
      urn: s.urn,
      postcode: s.postcode,
      laNumber: s.laNumber,
      educationLaCode: s.educationLaCode,
      giasDistrictCode: s.giasDistrictCode,
      coordinatesDistrictCode: located !== null && geography.authorityOf.has(located) ? located : null,
      hasCoordinates,
    };
  });
  return { stored, evidence, geography };
}

export interface PlacementRun {
  readonly placements: readonly Placement[];
  /** Schools whose district, authority or how they were placed changed. */
  readonly changed: number;
}

/**
 * Places every school in a district (docs/methodology.md §6.8) and writes what changed, inside `trx`: run
 * after any import of the register, school locations, boundaries or the authorities, and by `oa schools
 * place`. Running it again on the same data changes nothing. Changes are audited as `schools.place`.
 */
export async function placeSchoolsInDatabase(trx: Transaction<Database>, options: { readonly now: string; readonly actor: AuditActor }): Promise<PlacementRun> {
  const { stored, evidence, geography } = await readPlacementEvidence(trx);
  const placements = placeSchools(evidence, geography);
  const counts = await writePlacements(trx, placements, new Map(stored.map((s) => [s.urn, s.educationLaCode])));
  if (counts.updated > 0) {
    const byRule: Record<string, number> = {};
    for (const p of placements) byRule[p.rule ?? 'unplaced'] = (byRule[p.rule ?? 'unplaced'] ?? 0) + 1;
    await recordAudit(trx, { actor: options.actor, at: options.now, action: 'schools.place', entityType: 'schools', entityId: 'placement', summary: { schools: placements.length, changed: counts.updated, by_rule: byRule } });
  }
  return { placements, changed: counts.updated };
}

/** `oa schools place`: places every school in one transaction (`placeSchoolsInDatabase`), on one pinned client on PostgreSQL. */
export async function placeSchoolsNow(services: Services, options: { readonly now: string; readonly actor: AuditActor }): Promise<PlacementRun> {
  return transactionWithClient(connectionOf(services), (trx) => placeSchoolsInDatabase(trx, options));
}

/** `afterLoad` for the importers whose files placement reads: the register, locations, boundaries, authorities. */
export async function placeSchoolsAfterLoad(trx: Transaction<Database>, context: { readonly now: string; readonly actor: AuditActor }): Promise<void> {
  await placeSchoolsInDatabase(trx, context);
}

export interface PlacementCheck {
  readonly imputation: ImputationCheck;
  readonly exactRules: ExactRulesComparison;
}

/** How well placement's rules hold on the loaded data: leave-one-out imputation, and exact rules against each other. */
export async function checkPlacement(services: Services): Promise<PlacementCheck> {
  const { evidence, geography } = await readPlacementEvidence(connectionOf(services));
  return { imputation: checkImputation(evidence, placeSchools(evidence, geography), geography), exactRules: compareExactRules(evidence, geography) };
}
