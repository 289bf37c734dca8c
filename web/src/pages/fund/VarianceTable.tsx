import type { VarianceRowView } from '../../api/funding-types.ts';
import { formatMoney } from '../../format/format-money.ts';
import { useRecipientName } from './use-recipient-name.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

const FLAG_TEXT = { overspend: 'Overspent', underspend: 'Underspent' } as const;

/** Allocation against spend per recipient: planned, committed, paid, what is left, and a flag. */
export function VarianceTable({ rows, caption }: { rows: readonly VarianceRowView[]; caption: string }) {
  const nameOf = useRecipientName();
  return (
    <TableRegion>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Recipient</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Allocated</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Committed</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Paid</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Left</th>
            <th scope="col" className="govuk-table__header">Status</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr key={`${row.recipient} ${row.period}`} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {nameOf(row.recipient)}
                {row.pendingPence > 0 && <span className="oa-cell-hint">{formatMoney(row.pendingPence)} awaiting approval</span>}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{formatMoney(row.plannedPence)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{formatMoney(row.committedPence)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{formatMoney(row.paidPence)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{formatMoney(row.variancePence)}</td>
              <td className="govuk-table__cell">
                {row.flag === null ? '' : <strong className={`govuk-tag ${row.flag === 'overspend' ? 'govuk-tag--red' : 'govuk-tag--yellow'}`}>{FLAG_TEXT[row.flag]}</strong>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
