import { csvLinks } from '../../api/client.ts';
import type { OpportunityAreaDetail } from '../../api/types.ts';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { formatMoney } from '../../format/format-money.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

export function AreaFunds({ area }: { area: OpportunityAreaDetail }) {
  const caption = `Funding for ${area.name}`;
  if (area.funds.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">{caption}</h2>
        <p className="govuk-body">No funding for {area.name} has been recorded yet.</p>
      </>
    );
  }
  return (
    <>
      <TableRegion>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Name</th>
              <th scope="col" className="govuk-table__header">Period</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Amount</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {area.funds.map((fund) => (
              <tr key={fund.id} className="govuk-table__row">
                <td className="govuk-table__cell">{fund.name}</td>
                <td className="govuk-table__cell">{fund.period}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{formatMoney(fund.amountPence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <DownloadCsvLink href={csvLinks.fundsFor(area.id)} description={`funding for ${area.name}`} />
    </>
  );
}
