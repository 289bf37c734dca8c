import { err, ok, type Result } from '../../shared/result.ts';
import type { SpendLine, SpendStatus } from './spend-line.ts';

/** A line above the threshold waits for a second person; at or below it, it counts at once. */
export function statusForAmount(amountPence: number, thresholdPence: number): SpendStatus {
  return amountPence > thresholdPence ? 'pending_approval' : 'approved';
}

/** Why a line waits for approval: its own amount, its recipient's total that day, or in its import file. */
export type ApprovalReason = 'over_threshold' | 'same_day_total' | 'same_file_total';

export interface NewLineStatus {
  readonly status: SpendStatus;
  /** Null when the line counts at once. */
  readonly heldBecause: ApprovalReason | null;
}

/**
 * The status of each new spend line under the approval rule (docs/methodology.md §12.7), so that splitting
 * a sum into lines at the threshold does not avoid a second person's approval. A line waits when
 * - it is above the threshold on its own; or
 * - `oneFile` (an import) and the file's other lines to its recipient that are not above the threshold on
 *   their own come, with it, to more than the threshold: then all of them wait, to be approved together; or
 * - with the lines to the same recipient on the same day that already counted without approval
 *   (`countedByDay`, keyed by `sameDayKey`) and those before it here, it comes to more than the threshold.
 * So the money that counts without a second person never comes to more than the threshold for one recipient
 * on one day, nor in one file. With a £10,000 threshold, two £6,000 lines to Blackpool on 2 October entered
 * one after the other: the first counts, the second waits (`same_day_total`).
 */
export function statusesForNewLines(
  lines: readonly { readonly recipient: string; readonly spentOn: string; readonly amountPence: number }[],
  countedByDay: ReadonlyMap<string, number>,
  thresholdPence: number,
  options: { readonly oneFile: boolean },
): NewLineStatus[] {
  const fileTotals = new Map<string, number>();
  for (const line of lines) {
    if (line.amountPence <= thresholdPence) fileTotals.set(line.recipient, (fileTotals.get(line.recipient) ?? 0) + line.amountPence);
  }
  const dayTotals = new Map(countedByDay);
  return lines.map((line) => {
    const key = sameDayKey(line.recipient, line.spentOn);
    const day = (dayTotals.get(key) ?? 0) + line.amountPence;
    let heldBecause: ApprovalReason | null = null;
    if (line.amountPence > thresholdPence) heldBecause = 'over_threshold';
    else if (options.oneFile && (fileTotals.get(line.recipient) ?? 0) > thresholdPence) heldBecause = 'same_file_total';
    else if (day > thresholdPence) heldBecause = 'same_day_total';
    else dayTotals.set(key, day);
    return { status: heldBecause === null ? 'approved' : 'pending_approval', heldBecause };
  });
}

/** The key `statusesForNewLines` groups a recipient's lines of one day by. */
export function sameDayKey(recipient: string, spentOn: string): string {
  return `${recipient}\u0000${spentOn}`;
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
