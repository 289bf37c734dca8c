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
  applySecondarySuppression,
  type CellPosition,
  type MarginTable,
  type SecondarySuppressionResult,
  type Suppression,
} from './secondary-suppression.ts';
export {
  TOTAL_LABEL,
  applyDisclosureControl,
  type CountTable,
  type DisclosureOptions,
  type PublishedSuppression,
  type PublishedTable,
} from './apply-disclosure-control.ts';
