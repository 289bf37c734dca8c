import type { Fund } from '../../domain/funding/index.ts';
import type { CsvColumn } from '../../domain/shared/csv.ts';

/** Pounds with two decimals for spreadsheets, computed from exact pence. */
export function poundsText(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  return `${sign}${String(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`;
}

export const FUND_CSV_COLUMNS: readonly CsvColumn<Fund>[] = [
  { header: 'fund_id', value: (f) => f.id },
  { header: 'name', value: (f) => f.name },
  { header: 'period', value: (f) => f.period },
  { header: 'scope', value: (f) => f.scope },
  { header: 'kind', value: (f) => f.kind },
  { header: 'parent_fund_id', value: (f) => f.parentId },
  { header: 'opportunity_area_id', value: (f) => f.opportunityAreaId },
  { header: 'amount_pence', value: (f) => f.amountPence },
  { header: 'amount_gbp', value: (f) => poundsText(f.amountPence) },
  { header: 'funder', value: (f) => f.funder },
  { header: 'conditions', value: (f) => f.conditions },
  { header: 'profile', value: (f) => f.profile.map((y) => `${y.period}=${String(y.amountPence)}`).join(';') },
  { header: 'source', value: (f) => f.sourceNote },
];
