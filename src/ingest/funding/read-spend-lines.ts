import { validateSpend, type SpendContext, type SpendInput, type SpendText } from '../../domain/funding/index.ts';
import { parseCsv } from '../csv/parse-csv.ts';
import { findRepeatedHeaders, repeatedHeaderReason } from '../csv/repeated-headers.ts';
import { ProblemList, type Problem } from '../report.ts';

export type SpendLinesResult = { readonly ok: true; readonly lines: readonly SpendInput[] } | { readonly ok: false; readonly problems: readonly Problem[] };

/** The file's columns, by the header each field goes by (case, spaces and hyphens ignored). */
const COLUMNS: readonly { readonly field: keyof SpendText; readonly headers: readonly string[]; readonly optional?: boolean }[] = [
  { field: 'recipient', headers: ['recipient'] },
  { field: 'kind', headers: ['kind', 'type'] },
  { field: 'spentOn', headers: ['date', 'spent_on'] },
  { field: 'purpose', headers: ['purpose'] },
  { field: 'evidenceStrand', headers: ['evidence_strand', 'strand'], optional: true },
  { field: 'amount', headers: ['amount_gbp', 'amount'] },
];

/** Which column a field's problem belongs to: the spend domain names `amountPence`, the file `amount_gbp`. */
const FIELD_COLUMN: Readonly<Record<keyof SpendInput, keyof SpendText>> = {
  recipient: 'recipient',
  kind: 'kind',
  spentOn: 'spentOn',
  purpose: 'purpose',
  evidenceStrand: 'evidenceStrand',
  amountPence: 'amount',
};

const normalise = (header: string) => header.trim().toLowerCase().replace(/[\s-]+/g, '_');

/**
 * Reads spend lines from CSV (recipient, kind, date, purpose, evidence_strand, amount_gbp) and checks each
 * against the fund with the same rules as the entry form. All or nothing: every bad row is reported with
 * its row, column and reason, and no line is returned unless every row is good.
 */
export function parseSpendCsv(text: string, fileName: string, context: SpendContext): SpendLinesResult {
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
  const located = new Map<keyof SpendText, { index: number; header: string }>();
  for (const column of COLUMNS) {
    const index = column.headers.map((h) => headers.indexOf(h)).find((i) => i >= 0);
    if (index !== undefined) located.set(column.field, { index, header: parsed.table.headers[index] ?? column.headers[0] ?? column.field });
    else if (column.optional !== true) problems.add({ row: 1, column: column.headers[0] ?? column.field, value: null, reason: `The column "${column.headers[0] ?? column.field}" is missing from the header row` });
  }
  if (problems.count > 0) return { ok: false, problems: problems.items };

  const lines: SpendInput[] = [];
  for (const { row, cells } of parsed.table.rows) {
    const cell = (field: keyof SpendText) => {
      const at = located.get(field);
      return at === undefined ? '' : (cells[at.index] ?? '');
    };
    const text: SpendText = { recipient: cell('recipient'), kind: cell('kind'), spentOn: cell('spentOn'), purpose: cell('purpose'), evidenceStrand: cell('evidenceStrand'), amount: cell('amount') };
    const checked = validateSpend(text, context);
    if (checked.ok) lines.push(checked.value);
    else {
      for (const error of checked.error) {
        const field = FIELD_COLUMN[error.field];
        problems.add({ row, column: located.get(field)?.header ?? field, value: text[field], reason: error.message });
      }
    }
  }
  return problems.count > 0 ? { ok: false, problems: problems.items } : { ok: true, lines };
}
