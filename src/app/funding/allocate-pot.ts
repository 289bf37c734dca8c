import type { Kysely } from 'kysely';
import { allocatableAmount, allocate, type AllocatablePot, type Allocation, type AllocationRequest, type AllocationRecipient } from '../../domain/funding/index.ts';
import type { AllocationSettings } from '../../storage/repositories/allocations.repository.ts';
import { listFunds } from '../../storage/repositories/funds.repository.ts';
import { loadRegister } from '../../storage/repositories/programme.repository.ts';
import type { Database } from '../../storage/schema.ts';

/** How to share a pot: the formula and its settings, and who shares it (the twelve Opportunity Areas when none are given). */
export type PotAllocationRequest = Omit<AllocationRequest, 'totalPence' | 'recipients'> & { readonly recipients?: readonly AllocationRecipient[] };

export type PotAllocation =
  | { readonly ok: true; readonly pot: AllocatablePot; readonly allocation: Allocation; readonly settings: AllocationSettings }
  /** `no-such-fund`: nothing to allocate; `no-recipients`: no Opportunity Areas held yet; `invalid`: the request cannot be allocated. */
  | { readonly ok: false; readonly kind: 'no-such-fund' | 'no-recipients' | 'invalid'; readonly message: string };

/** The settings an allocation run is saved with, as asked. */
export function allocationSettings(request: PotAllocationRequest): AllocationSettings {
  return {
    formula: request.formula,
    measureName: request.measureName ?? null,
    basePence: request.basePence ?? null,
    floorPence: request.floorPence ?? null,
    ceilingPence: request.ceilingPence ?? null,
  };
}

/**
 * Runs a formula over a stored fund or pot (`oa funding allocate --pot`, `POST /api/funds/:id/allocations`):
 * its amount less its ring-fenced pots, among the recipients given or, when none are, the twelve Opportunity
 * Areas (only the equal formula can share without each recipient's measure).
 */
export async function allocatePot(db: Kysely<Database>, fundId: string, request: PotAllocationRequest): Promise<PotAllocation> {
  const found = allocatableAmount(await listFunds(db), fundId);
  if (!found.ok) return { ok: false, kind: 'no-such-fund', message: found.error };
  if (request.recipients === undefined && request.formula !== 'equal') {
    return { ok: false, kind: 'invalid', message: `The ${request.formula} formula needs each recipient's measure: give the recipients with their measures` };
  }
  const recipients = request.recipients ?? (await loadRegister(db)).opportunityAreas.map((a) => ({ id: a.id }));
  if (recipients.length === 0) return { ok: false, kind: 'no-recipients', message: 'There are no Opportunity Areas to allocate to yet' };
  const result = allocate({ ...request, totalPence: found.value.totalPence, recipients, floorPence: request.floorPence ?? null, ceilingPence: request.ceilingPence ?? null });
  if (!result.ok) return { ok: false, kind: 'invalid', message: result.error.message };
  return { ok: true, pot: found.value, allocation: result.value, settings: allocationSettings(request) };
}
