import { err, ok, type Result } from '../../shared/result.ts';
import type { SpendLine, SpendStatus } from './spend-line.ts';

/** A line above the threshold waits for a second person; at or below it, it counts at once. */
export function statusForAmount(amountPence: number, thresholdPence: number): SpendStatus {
  return amountPence > thresholdPence ? 'pending_approval' : 'approved';
}

/**
 * Whether `approver` may approve `line`: only a pending line, and only by someone other than whoever
 * recorded it (the second pair of eyes). Compared by user id where both have one, else by label.
 */
export function checkApproval(line: SpendLine, approver: { readonly userId: number | null; readonly label: string }): Result<true, string> {
  if (line.status !== 'pending_approval') return err('This line does not need approval: it is already approved');
  const same = line.recordedByUserId !== null && approver.userId !== null ? line.recordedByUserId === approver.userId : line.recordedBy === approver.label;
  if (same) return err('You recorded this line, so someone else must approve it');
  return ok(true);
}
