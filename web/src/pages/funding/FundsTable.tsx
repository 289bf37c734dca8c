import type { AllocationCheck, FundView } from '../../api/types.ts';
import { formatMoney } from '../../format/format-money.ts';
import { describeFundKind } from './describe-fund-kind.ts';
import { orderFunds, type FundRow } from './order-funds.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

const MAX_INDENT = 3;

export function FundsTable({ funds, checks }: { funds: readonly FundView[]; checks: readonly AllocationCheck[] }) {
  const checkByFund = new Map(checks.map((check) => [check.fundId, check]));
  return (
    <TableRegion>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Funds and how they were shared out</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Fund</th>
            <th scope="col" className="govuk-table__header">Period</th>
            <th scope="col" className="govuk-table__header">Kind</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Amount</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {orderFunds(funds).map((row) => (
            <FundTableRow key={row.fund.id} row={row} check={checkByFund.get(row.fund.id)} />
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function FundTableRow({ row, check }: { row: FundRow; check: AllocationCheck | undefined }) {
  const { fund, parent, depth } = row;
  return (
    <tr className="govuk-table__row">
      <td className={`govuk-table__cell oa-indent-${String(Math.min(depth, MAX_INDENT))}`}>
        {fund.opportunityAreaId === null ? (
          <a className="govuk-link" href={`/funding/${encodeURIComponent(fund.id)}`}>
            {fund.name}
          </a>
        ) : (
          <a className="govuk-link" href={`/areas/${encodeURIComponent(fund.opportunityAreaId)}`}>
            {fund.name}
          </a>
        )}
        {parent !== null && <span className="oa-cell-hint">Part of: {parent.name}</span>}
        {check !== undefined && <span className="oa-cell-hint">{describeCheck(check)}</span>}
      </td>
      <td className="govuk-table__cell">{fund.period}</td>
      <td className="govuk-table__cell">{describeFundKind(fund.kind)}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{formatMoney(fund.amountPence)}</td>
    </tr>
  );
}

function describeCheck(check: AllocationCheck): string {
  const allocated = `Allocated ${formatMoney(check.allocatedPence)} of ${formatMoney(check.amountPence)}`;
  return check.overAllocated
    ? `${allocated} (over-allocated by ${formatMoney(-check.unallocatedPence)})`
    : `${allocated} (unallocated ${formatMoney(check.unallocatedPence)})`;
}
