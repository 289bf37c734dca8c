import type { ToolkitStrand } from '../../api/public-data-types.ts';
import { formatCountOf } from '../../format/format-number.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

const COST_NAMES = ['', 'Very low', 'Low', 'Moderate', 'High', 'Very high'];
const EVIDENCE_NAMES = ['Insufficient', 'Very limited', 'Limited', 'Moderate', 'Extensive', 'Very extensive'];

export function StrandsTable({ strands }: { strands: readonly ToolkitStrand[] }) {
  if (strands.length === 0) {
    return <p className="govuk-body">No strands match these filters. Choose a higher cost or weaker evidence.</p>;
  }
  return (
    <TableRegion>
      <table className="govuk-table oa-table-s">
        <caption className="govuk-table__caption govuk-table__caption--m">{formatCountOf(strands.length, 'Toolkit strand')}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Approach</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Impact</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Cost</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Evidence</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {strands.map((strand) => (
            <tr key={strand.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                <a className="govuk-link" href={strand.url} rel="external">
                  {strand.name}
                </a>
                <span className="oa-cell-hint">{strand.headline}</span>
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric oa-nowrap">{describeImpact(strand.impactMonths)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {strand.costRating} out of 5
                <span className="oa-cell-hint">{strand.costLabel ?? COST_NAMES[strand.costRating] ?? ''}</span>
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {strand.evidenceRating} out of 5
                <span className="oa-cell-hint">{EVIDENCE_NAMES[strand.evidenceRating] ?? ''}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

/** `describeImpact(5)` → "+5 months"; `describeImpact(-1)` → "-1 month"; null → "Insufficient evidence". */
function describeImpact(months: number | null): string {
  if (months === null) return 'Insufficient evidence';
  const sign = months > 0 ? '+' : '';
  return `${sign}${String(months)} ${Math.abs(months) === 1 ? 'month' : 'months'}`;
}
