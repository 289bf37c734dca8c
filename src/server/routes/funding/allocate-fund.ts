import type { Kysely } from 'kysely';
import { allocatableAmount, allocate, type AllocatablePot, type Allocation } from '../../../domain/funding/index.ts';
import { err, ok, type Result } from '../../../domain/shared/result.ts';
import type { AllocationSettings } from '../../../storage/repositories/allocations.repository.ts';
import { createFundsRepository } from '../../../storage/repositories/funds.repository.ts';
import { createProgrammeRepository } from '../../../storage/repositories/programme.repository.ts';
import type { Database } from '../../../storage/schema.ts';
import type { z } from 'zod';
import type { allocationRequestSchema } from './schema.ts';

export type AllocationRequestBody = z.infer<typeof allocationRequestSchema>;

/**
 * Runs a formula over a stored fund or pot: its amount less its ring-fenced pots, among the body's
 * recipients or, when none are given, the twelve Opportunity Areas (as `oa funding allocate --pot`).
 */
export async function allocateFund(
  db: Kysely<Database>,
  fundId: string,
  body: AllocationRequestBody,
): Promise<'not_found' | Result<{ pot: AllocatablePot; allocation: Allocation; settings: AllocationSettings }, string>> {
  const funds = await createFundsRepository(db).listFunds();
  const found = allocatableAmount(funds, fundId);
  if (!found.ok) return 'not_found';
  const recipients = body.recipients ?? (await createProgrammeRepository(db).loadRegister()).opportunityAreas.map((a) => ({ id: a.id }));
  if (body.recipients === undefined && body.formula !== 'equal') {
    return err(`The ${body.formula} formula needs each recipient's measure: give the recipients with their measures`);
  }
  const result = allocate({
    totalPence: found.value.totalPence,
    formula: body.formula,
    recipients,
    ...(body.measureName === undefined ? {} : { measureName: body.measureName }),
    ...(body.basePence === undefined ? {} : { basePence: body.basePence }),
    floorPence: body.floorPence ?? null,
    ceilingPence: body.ceilingPence ?? null,
  });
  if (!result.ok) return err(result.error.message);
  const settings: AllocationSettings = {
    formula: body.formula,
    measureName: body.measureName ?? null,
    basePence: body.basePence ?? null,
    floorPence: body.floorPence ?? null,
    ceilingPence: body.ceilingPence ?? null,
  };
  return ok({ pot: found.value, allocation: result.value, settings });
}
