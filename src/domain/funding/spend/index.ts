export { academicYearOf, academicYearsOf, endOfAcademicYear } from './academic-years.ts';
export { checkApproval, sameDayKey, statusesForNewLines, statusForAmount, type ApprovalReason, type NewLineStatus } from './approval.ts';
export { ALL_PERIODS, computeVariance, type VarianceInput, type VarianceRow } from './compute-variance.ts';
export { DEFAULT_APPROVAL_THRESHOLD_PENCE, SPEND_KINDS, SPEND_STATUSES, type SpendInput, type SpendKind, type SpendLine, type SpendStatus } from './spend-line.ts';
export { parsePounds, validateSpend, type FieldError, type SpendContext, type SpendText } from './validate-spend.ts';
