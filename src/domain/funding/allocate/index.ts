export { allocate } from './allocate.ts';
export {
  ALLOCATION_ERROR_CODES,
  ALLOCATION_FORMULAS,
  type Allocation,
  type AllocationError,
  type AllocationErrorCode,
  type AllocationFormula,
  type AllocationRecipient,
  type AllocationRequest,
  type RecipientAllocation,
} from './allocation-types.ts';
export { PENNY_TIE_BREAK } from './describe-working.ts';
export { parseExactDecimal } from './exact-decimal.ts';
