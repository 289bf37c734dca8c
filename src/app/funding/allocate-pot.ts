import { allocatableAmount, allocate, type AllocatablePot, type Allocation, type AllocationRequest, type AllocationRecipient } from '../../domain/funding/index.ts';
import type { AuditActor } from '../../domain/access/index.ts';
import type { Services } from '../../storage/services/create-services.ts';

/** The settings an allocation run is saved with: its formula, measure, base, floor and ceiling. */
export type AllocationSettings = Parameters<Services['allocations']['saveAllocationRun']>[1];

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
export async function allocatePot(services: Pick<Services, 'funds' | 'programme'>, fundId: string, request: PotAllocationRequest): Promise<PotAllocation> {
  const found = allocatableAmount(await services.funds.listFunds(), fundId);
  if (!found.ok) return { ok: false, kind: 'no-such-fund', message: found.error };
  if (request.recipients === undefined && request.formula !== 'equal') {
    return { ok: false, kind: 'invalid', message: `The ${request.formula} formula needs each recipient's measure: give the recipients with their measures` };
  }
  const recipients = request.recipients ?? (await services.programme.loadRegister()).opportunityAreas.map((a) => ({ id: a.id }));
  if (recipients.length === 0) return { ok: false, kind: 'no-recipients', message: 'There are no Opportunity Areas to allocate to yet' };
  const result = allocate({ ...request, totalPence: found.value.totalPence, recipients, floorPence: request.floorPence ?? null, ceilingPence: request.ceilingPence ?? null });
  if (!result.ok) return { ok: false, kind: 'invalid', message: result.error.message };
  return { ok: true, pot: found.value, allocation: result.value, settings: allocationSettings(request) };
}

/** A confirmed allocation: refused as `allocatePot` refuses, or allocated and saved as run `runId`. */
export type ConfirmedPotAllocation = Extract<PotAllocation, { ok: false }> | (Extract<PotAllocation, { ok: true }> & { readonly runId: number });

/**
 * Allocates a stored fund or pot as `allocatePot` does and saves the run, audited, as the allocation its spend is
 * tracked against (`oa funding allocate --pot --confirm`, `POST /api/funds/:id/allocations`). Nothing is saved
 * when the request cannot be allocated.
 */
export async function confirmPotAllocation(
  services: Pick<Services, 'funds' | 'programme' | 'allocations'>,
  fundId: string,
  request: PotAllocationRequest,
  actor: AuditActor,
  now: () => Date,
): Promise<ConfirmedPotAllocation> {
  const outcome = await allocatePot(services, fundId, request);
  if (!outcome.ok) return outcome;
  const runId = await services.allocations.saveAllocationRun(outcome.pot.pot.id, outcome.settings, outcome.allocation, actor, now);
  return { ...outcome, runId };
}
