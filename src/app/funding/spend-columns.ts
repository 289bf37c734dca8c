import type { RecipientAmount, SpendLine, VarianceRow } from '../../domain/funding/index.ts';
import type { CsvColumn } from '../../domain/shared/csv.ts';
import { poundsText } from './fund-columns.ts';

export const VARIANCE_CSV_COLUMNS: readonly CsvColumn<VarianceRow>[] = [
  { header: 'recipient', value: (r) => r.recipient },
  { header: 'period', value: (r) => r.period },
  { header: 'planned_pence', value: (r) => r.plannedPence },
  { header: 'committed_pence', value: (r) => r.committedPence },
  { header: 'paid_pence', value: (r) => r.paidPence },
  { header: 'used_pence', value: (r) => r.usedPence },
  { header: 'variance_pence', value: (r) => r.variancePence },
  { header: 'variance_gbp', value: (r) => poundsText(r.variancePence) },
  { header: 'flag', value: (r) => r.flag },
  { header: 'awaiting_approval_pence', value: (r) => r.pendingPence },
];

export const SPEND_CSV_COLUMNS: readonly CsvColumn<SpendLine>[] = [
  { header: 'id', value: (l) => l.id },
  { header: 'recipient', value: (l) => l.recipient },
  { header: 'kind', value: (l) => l.kind },
  { header: 'date', value: (l) => l.spentOn },
  { header: 'period', value: (l) => l.period },
  { header: 'purpose', value: (l) => l.purpose },
  { header: 'evidence_strand', value: (l) => l.evidenceStrand },
  { header: 'amount_pence', value: (l) => l.amountPence },
  { header: 'amount_gbp', value: (l) => poundsText(l.amountPence) },
  { header: 'status', value: (l) => l.status },
  { header: 'recorded_by', value: (l) => l.recordedBy },
  { header: 'approved_by', value: (l) => l.approvedBy },
];

export const ALLOCATION_ROW_CSV_COLUMNS: readonly CsvColumn<RecipientAmount>[] = [
  { header: 'recipient', value: (r) => r.recipient },
  { header: 'amount_pence', value: (r) => r.amountPence },
  { header: 'amount_gbp', value: (r) => poundsText(r.amountPence) },
];
