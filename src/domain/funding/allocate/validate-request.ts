import { formatPence } from '../../shared/money.ts';
import { err, ok, type Result } from '../../shared/result.ts';
import type { AllocationError, AllocationErrorCode, AllocationRequest } from './allocation-types.ts';
import { parseExactDecimal, toCommonScale } from './exact-decimal.ts';
import { poundsText } from './rational-text.ts';

/** A request checked and turned into exact integers: weights on one decimal scale, pence as BigInt. */
export interface ExactRequest {
  readonly total: bigint;
  readonly base: bigint;
  readonly ids: readonly string[];
  /** What the working shows for each measure, as given. */
  readonly measureTexts: readonly string[];
  readonly weights: readonly bigint[];
  readonly floors: readonly (bigint | null)[];
  readonly ceilings: readonly (bigint | null)[];
}

const fail = (code: AllocationErrorCode, message: string, recipient?: string): Result<never, AllocationError> =>
  err(recipient === undefined ? { code, message } : { code, message, recipient });

const isPence = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;

/** Checks everything that can be checked before any arithmetic, so a bad request fails with one clear error. */
export function validateRequest(request: AllocationRequest): Result<ExactRequest, AllocationError> {
  const { recipients, formula } = request;
  if (recipients.length === 0) return fail('no_recipients', 'There are no recipients: give at least one');
  if (!isPence(request.totalPence)) return fail('invalid_amount', `The total must be a whole number of pence, 0 or more (got ${String(request.totalPence)})`);
  const basePence = formula === 'base-plus' ? (request.basePence ?? 0) : 0;
  if (!isPence(basePence)) return fail('invalid_amount', `The base must be a whole number of pence, 0 or more (got ${String(basePence)})`);

  const seen = new Set<string>();
  const measureTexts: string[] = [];
  const decimals = [];
  const floors: (bigint | null)[] = [];
  const ceilings: (bigint | null)[] = [];
  for (const recipient of recipients) {
    if (recipient.id.trim() === '') return fail('blank_recipient', 'A recipient has no id: give every recipient one');
    if (seen.has(recipient.id)) return fail('duplicate_recipient', `${recipient.id} is listed more than once: list each recipient once`, recipient.id);
    seen.add(recipient.id);

    if (formula === 'equal') {
      decimals.push({ units: 1n, scale: 0 });
      measureTexts.push('1');
    } else {
      if (recipient.measure === undefined || recipient.measure === null || recipient.measure === '') {
        return fail('missing_measure', `${recipient.id} has no measure: the ${formula} formula needs one for every recipient`, recipient.id);
      }
      const parsed = parseExactDecimal(recipient.measure);
      if (!parsed.ok) return fail('invalid_measure', `${recipient.id}'s measure ${parsed.error}`, recipient.id);
      if (parsed.value.negative) return fail('negative_measure', `${recipient.id}'s measure is negative (${String(recipient.measure)}): a measure must be 0 or more`, recipient.id);
      decimals.push(parsed.value.decimal);
      measureTexts.push(String(recipient.measure).trim());
    }

    const floor = recipient.floorPence ?? request.floorPence ?? null;
    const ceiling = recipient.ceilingPence ?? request.ceilingPence ?? null;
    for (const [name, value] of [['floor', floor], ['ceiling', ceiling]] as const) {
      if (value !== null && !isPence(value)) return fail('invalid_amount', `${recipient.id}'s ${name} must be a whole number of pence, 0 or more (got ${String(value)})`, recipient.id);
    }
    if (floor !== null && ceiling !== null && floor > ceiling) {
      return fail('floor_above_ceiling', `${recipient.id}'s floor (${formatPence(floor)}) is above its ceiling (${formatPence(ceiling)}): lower the floor or raise the ceiling`, recipient.id);
    }
    floors.push(floor === null ? null : BigInt(floor));
    ceilings.push(ceiling === null ? null : BigInt(ceiling));
  }

  const weights = toCommonScale(decimals);
  if (formula !== 'equal' && weights.every((w) => w === 0n)) {
    return fail('zero_measures', `Every recipient's measure is 0, so there is nothing to share in proportion to: use the equal formula or another measure`);
  }
  const total = BigInt(request.totalPence);
  const base = BigInt(basePence);
  const n = BigInt(recipients.length);
  if (base * n > total) {
    return fail('base_exceeds_total', `A base of ${formatPence(basePence)} for each of ${String(recipients.length)} recipients is ${poundsText(base * n)}, more than the total of ${formatPence(request.totalPence)}: lower the base`);
  }
  const floorSum = floors.reduce<bigint>((sum, f) => sum + (f ?? 0n), 0n);
  if (floorSum > total) {
    return fail('floors_exceed_total', `The floors add up to ${poundsText(floorSum)}, more than the total of ${formatPence(request.totalPence)}: lower the floors`);
  }
  if (ceilings.every((c) => c !== null)) {
    const ceilingSum = ceilings.reduce<bigint>((sum, c) => sum + c, 0n);
    if (ceilingSum < total) {
      return fail('ceilings_below_total', `The ceilings add up to ${poundsText(ceilingSum)}, less than the total of ${formatPence(request.totalPence)}: raise the ceilings`);
    }
  }
  return ok({ total, base, ids: recipients.map((r) => r.id), measureTexts, weights, floors, ceilings });
}
