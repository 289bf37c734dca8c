import { PENNY_TIE_BREAK, type Allocation, type AllocatablePot, type RecipientAllocation } from '../../domain/funding/index.ts';
import { toCsv, type CsvColumn } from '../../domain/shared/csv.ts';
import { formatPence } from '../../domain/shared/money.ts';
import { poundsText } from '../../app/funding/fund-columns.ts';
import { formatTable } from '../format-table.ts';

export type OutputFormat = 'table' | 'json' | 'csv';

export const ALLOCATION_CSV_COLUMNS: readonly CsvColumn<RecipientAllocation>[] = [
  { header: 'recipient', value: (r) => r.recipient },
  { header: 'amount_pence', value: (r) => r.amountPence },
  { header: 'amount_gbp', value: (r) => poundsText(r.amountPence) },
  { header: 'exact_pence', value: (r) => r.exactPence },
  { header: 'bound', value: (r) => (r.bound === null ? null : `${r.bound.by} (round ${String(r.bound.round)})`) },
  { header: 'extra_penny', value: (r) => r.extraPenny },
  { header: 'working', value: (r) => r.working.join(' ') },
];

/** The allocation as the chosen format; JSON rows carry `recipient`, `amount_pence` and `working`. */
export function renderAllocation(allocation: Allocation, format: OutputFormat, pot: AllocatablePot | null): string {
  switch (format) {
    case 'csv':
      return toCsv(ALLOCATION_CSV_COLUMNS, allocation.rows);
    case 'json':
      return (
        JSON.stringify(
          {
            formula: allocation.formula,
            total_pence: allocation.totalPence,
            pot: pot === null ? null : { id: pot.pot.id, amount_pence: pot.pot.amountPence, ring_fenced: pot.ringFenced.map((f) => ({ id: f.id, amount_pence: f.amountPence })) },
            rounds: allocation.rounds,
            leftover_pennies: allocation.leftoverPennies,
            tie_break: PENNY_TIE_BREAK,
            rows: allocation.rows.map((r) => ({ recipient: r.recipient, amount_pence: r.amountPence, exact_pence: r.exactPence, bound: r.bound, extra_penny: r.extraPenny, working: r.working })),
          },
          null,
          2,
        ) + '\n'
      );
    case 'table': {
      const lines: string[] = [];
      if (pot !== null) {
        const less = pot.ringFenced.map((f) => ` less ${f.id} ${formatPence(f.amountPence)} (ring-fenced)`).join('');
        lines.push(`${pot.pot.id}: ${formatPence(pot.pot.amountPence)}${less} = ${formatPence(pot.totalPence)} to allocate\n`);
      }
      lines.push(
        formatTable(
          ['recipient', 'amount', 'pence', 'bound'],
          allocation.rows.map((r) => [r.recipient, formatPence(r.amountPence), String(r.amountPence), r.bound === null ? '' : `${r.bound.by} (round ${String(r.bound.round)})`]),
        ),
      );
      const sum = allocation.rows.reduce((s, r) => s + r.amountPence, 0);
      lines.push(
        `Total ${formatPence(sum)} (${String(sum)}p) over ${String(allocation.rows.length)} recipients, ${allocation.formula}; ` +
          `${String(allocation.leftoverPennies)} leftover ${allocation.leftoverPennies === 1 ? 'penny' : 'pennies'} placed by largest remainder (${PENNY_TIE_BREAK}).\n` +
          'Each recipient’s working: --format json or --format csv.\n',
      );
      return lines.join('');
    }
  }
}
