export { FUND_KINDS, FUND_SCOPES, type Fund, type FundKind, type FundScope } from './fund.ts';
export { checkAllocations, type AllocationCheck } from './check-allocations.ts';
export { PUBLISHED_FUNDS } from './published-funds.ts';
