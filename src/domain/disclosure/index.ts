export {
  CELL_SYMBOL_MEANINGS,
  LOW,
  NOT_APPLICABLE,
  NOT_AVAILABLE,
  cellToCsv,
  cellToDisplay,
  cellToJson,
  suppressedCell,
  valueCell,
  type Cell,
  type CellJson,
  type CellSymbol,
  type LowCell,
  type NotApplicableCell,
  type NotAvailableCell,
  type SuppressedCell,
  type SuppressionReason,
  type ValueCell,
} from './cell.ts';
export { DEFAULT_THRESHOLD, calculateRate, suppressCount, type RateOptions } from './suppress-counts.ts';
export { roundCell, roundToBase } from './round-to-base.ts';
export {
  TOTAL_LABEL,
  applyDisclosureControl,
  type CellPosition,
  type MarginTable,
  type CountTable,
  type DisclosureOptions,
  type PublishedSuppression,
  type PublishedTable,
} from './apply-disclosure-control.ts';
export { LinkedIndex, type LinkedCounts, type LinkedRelation } from './linked-counts.ts';
export { protectLinkedCounts, type CertifiedRange, type LinkedOptions, type LinkedResult, type RequiredChange } from './protect-linked-counts.ts';
export type { Alternative } from './alternative-tables.ts';
export { buildTreeTable, type GroupTree, type TreeTable, type TreeTableNode } from './tree-table.ts';
