export { FUND_KINDS, FUND_SCOPES, type Fund, type FundKind, type FundScope, type ProfileYear } from './fund.ts';
export { checkProfile, fundersOf, type FunderShare } from './fund-terms.ts';
export { checkAllocations, type AllocationCheck } from './check-allocations.ts';
export { fundWithPots } from './fund-families.ts';
export { PUBLISHED_FUNDS } from './published-funds.ts';
export {
  allocate,
  ALLOCATION_ERROR_CODES,
  ALLOCATION_FORMULAS,
  PENNY_TIE_BREAK,
  parseExactDecimal,
  type Allocation,
  type AllocationError,
  type AllocationErrorCode,
  type AllocationFormula,
  type AllocationRecipient,
  type AllocationRequest,
  type RecipientAllocation,
} from './allocate/index.ts';
export { allocatableAmount, type AllocatablePot } from './allocatable-amount.ts';
export { buildFundReport, type FundReport } from './fund-report.ts';
export {
  buildGiving360Package,
  giving360CsvColumns,
  OPEN_GOVERNMENT_LICENCE,
  PUBLISHED_AWARD_DATES,
  type Giving360Grant,
  type Giving360Options,
  type Giving360Package,
  type GrantRecipientArea,
} from './giving360/index.ts';
export {
  academicYearOf,
  academicYearsOf,
  ALL_PERIODS,
  checkApproval,
  computeVariance,
  DEFAULT_APPROVAL_THRESHOLD_PENCE,
  endOfAcademicYear,
  parsePounds,
  sameDayKey,
  SPEND_KINDS,
  SPEND_STATUSES,
  statusesForNewLines,
  statusForAmount,
  validateSpend,
  type ApprovalReason,
  type FieldError,
  type NewLineStatus,
  type SpendContext,
  type SpendInput,
  type SpendKind,
  type SpendLine,
  type SpendStatus,
  type SpendText,
  type VarianceInput,
  type VarianceRow,
} from './spend/index.ts';
export { currentAllocations, type CurrentAllocations, type RecipientAmount } from './current-allocations.ts';
