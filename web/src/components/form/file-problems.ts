import type { FileProblem } from '../../api/catch-up-client.ts';
import type { SummaryError } from './form-errors.ts';

/** How many of a refused file's problems the error summary lists; the rest are counted. */
export const PROBLEMS_SHOWN = 10;

/** `Row 3, column urn: …`: where the problem is, as a spreadsheet shows it, then why. */
export function describeProblem(problem: FileProblem): string {
  const where = [problem.row === null ? null : `Row ${String(problem.row)}`, problem.column === null ? null : `column ${problem.column}`].filter((p) => p !== null).join(', ');
  return where === '' ? problem.reason : `${where}: ${problem.reason}`;
}

/**
 * The error summary for a refused file: the first PROBLEMS_SHOWN problems, each linking to the file
 * field, then "and M more problems" for those not listed here or not sent at all.
 */
export function fileProblemSummary(problems: readonly FileProblem[], more: number, fieldHref: string): SummaryError[] {
  const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => ({ message: describeProblem(p), href: fieldHref }));
  const rest = problems.length - shown.length + more;
  return rest > 0 ? [...shown, { message: `and ${rest.toLocaleString('en-GB')} more problem${rest === 1 ? '' : 's'}`, href: fieldHref }] : shown;
}
