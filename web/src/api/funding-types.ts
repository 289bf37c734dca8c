/** Mirrors the funding schemas in openapi.json (AllocationRun, SpendLine, VarianceRow). */
export type AllocationFormula = 'equal' | 'proportional' | 'base-plus';

export interface AllocationRequestBody {
  formula: AllocationFormula;
  measureName?: string;
  basePence?: number;
  floorPence?: number | null;
  ceilingPence?: number | null;
  recipients?: { id: string; measure?: string | null }[];
}

export interface RecipientAllocationView {
  recipient: string;
  amountPence: number;
  exactPence: string;
  bound: { by: 'floor' | 'ceiling'; round: number } | null;
  extraPenny: 0 | 1;
  working: string[];
}

export interface AllocationRunView {
  fundId: string;
  totalPence: number;
  ringFenced: { id: string; amountPence: number }[];
  formula: AllocationFormula;
  rounds: number;
  leftoverPennies: number;
  tieBreak: string;
  rows: RecipientAllocationView[];
  runId: number | null;
}

export interface CurrentAllocationsView {
  source: 'saved' | 'pots' | 'none';
  runId: number | null;
  rows: { recipient: string; amountPence: number }[];
}

export interface SpendLineView {
  id: number;
  recipient: string;
  kind: 'commitment' | 'payment';
  spentOn: string;
  period: string;
  purpose: string;
  evidenceStrand: string | null;
  amountPence: number;
  status: 'approved' | 'pending_approval';
  recordedBy: string;
}

export interface SpendEntry {
  recipient: string;
  kind: string;
  spentOn: string;
  purpose: string;
  evidenceStrand: string;
  amount: string;
}

export interface VarianceRowView {
  recipient: string;
  period: string;
  plannedPence: number;
  committedPence: number;
  paidPence: number;
  usedPence: number;
  variancePence: number;
  flag: 'overspend' | 'underspend' | null;
  pendingPence: number;
}

export interface VarianceView {
  source: 'saved' | 'pots' | 'none';
  rows: VarianceRowView[];
}
