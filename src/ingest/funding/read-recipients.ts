import type { AllocationRecipient } from '../../domain/funding/index.ts';
import { parseExactDecimal } from '../../domain/funding/index.ts';
import { parseCsv } from '../csv/parse-csv.ts';
import { readTextFile } from '../csv/read-text-file.ts';
import { findRepeatedHeaders, repeatedHeaderReason } from '../csv/repeated-headers.ts';
import { ProblemList, type Problem } from '../report.ts';

export type RecipientsResult =
  | { readonly ok: true; readonly recipients: readonly AllocationRecipient[]; readonly measureColumns: readonly string[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const RECIPIENT = 'recipient';
const FLOOR = 'floor_pence';
const CEILING = 'ceiling_pence';
const normalise = (header: string) => header.trim().toLowerCase().replace(/[\s-]+/g, '_');

/**
 * Reads a recipients file for `oa funding allocate`: a `recipient` column, one column per measure, and
 * optionally `floor_pence` and `ceiling_pence` for recipients with their own bounds. Every bad row is
 * reported (row, column, reason), as the importers do, and nothing is returned unless all are good.
 */
export async function readRecipientsFile(path: string, measure: string | null): Promise<RecipientsResult> {
  const file = await readTextFile(path);
  if (!file.ok) return { ok: false, problems: [{ file: path, row: null, column: null, value: null, reason: file.reason }] };
  return parseRecipientsCsv(file.file.text, path, measure);
}

export function parseRecipientsCsv(text: string, fileName: string, measure: string | null): RecipientsResult {
  const problems = new ProblemList(fileName);
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    for (const p of parsed.problems) problems.add({ row: p.row, column: null, value: null, reason: p.reason });
    return { ok: false, problems: problems.items };
  }
  const repeated = findRepeatedHeaders(parsed.table.headers, normalise);
  for (const repeat of repeated) problems.add({ row: 1, column: repeat.header, value: null, reason: repeatedHeaderReason(repeat) });
  if (repeated.length > 0) return { ok: false, problems: problems.items };
  const headers = parsed.table.headers.map(normalise);
  const column = (name: string) => headers.indexOf(normalise(name));
  const recipientAt = column(RECIPIENT);
  if (recipientAt < 0) problems.add({ row: 1, column: RECIPIENT, value: null, reason: 'The column "recipient" is missing from the header row' });
  const measureAt = measure === null ? -1 : column(measure);
  if (measure !== null && measureAt < 0) {
    const offered = parsed.table.headers.filter((_, i) => i !== recipientAt && ![FLOOR, CEILING].includes(headers[i] ?? ''));
    problems.add({ row: 1, column: measure, value: null, reason: `There is no measure column "${measure}"${offered.length > 0 ? `; the file has ${offered.join(', ')}` : ''}` });
  }
  if (problems.count > 0) return { ok: false, problems: problems.items };

  const floorAt = column(FLOOR);
  const ceilingAt = column(CEILING);
  const firstRow = new Map<string, number>();
  const recipients: AllocationRecipient[] = [];
  for (const { row, cells } of parsed.table.rows) {
    const id = (cells[recipientAt] ?? '').trim();
    if (id === '') problems.add({ row, column: RECIPIENT, value: '', reason: 'The recipient is blank: every row needs one' });
    else if (id.length > 100) problems.add({ row, column: RECIPIENT, value: id, reason: 'The recipient must be 100 characters or fewer: use its identifier, like blackpool' });
    else if (firstRow.has(id)) problems.add({ row, column: RECIPIENT, value: id, reason: `This recipient is already on row ${String(firstRow.get(id))}: list each recipient once` });
    else firstRow.set(id, row);

    let measureText: string | null = null;
    if (measureAt >= 0 && measure !== null) {
      measureText = (cells[measureAt] ?? '').trim();
      const value = parseExactDecimal(measureText);
      if (measureText === '') problems.add({ row, column: measure, value: '', reason: 'The measure is blank: give a number, 0 or more' });
      else if (measureText.length > 40) problems.add({ row, column: measure, value: measureText, reason: 'The measure must be 40 characters or fewer' });
      else if (!value.ok) problems.add({ row, column: measure, value: measureText, reason: 'The measure is not a number' });
      else if (value.value.negative) problems.add({ row, column: measure, value: measureText, reason: 'The measure is negative: it must be 0 or more' });
    }
    const bound = (at: number, name: string): number | null => {
      const raw = at < 0 ? '' : (cells[at] ?? '').trim();
      if (raw === '') return null;
      if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
        problems.add({ row, column: name, value: raw, reason: 'Expected a whole number of pence, 0 or more (£980,000 is 98000000)' });
        return null;
      }
      return Number(raw);
    };
    const floorPence = bound(floorAt, FLOOR);
    const ceilingPence = bound(ceilingAt, CEILING);
    recipients.push({ id, measure: measureText, floorPence, ceilingPence });
  }
  if (problems.count > 0) return { ok: false, problems: problems.items };
  const measureColumns = parsed.table.headers.filter((_, i) => i !== recipientAt && i !== floorAt && i !== ceilingAt);
  return { ok: true, recipients, measureColumns };
}
