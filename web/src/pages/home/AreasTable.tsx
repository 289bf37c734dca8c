import type { OpportunityAreaSummary } from '../../api/types.ts';
import { WaveTag } from '../../components/WaveTag.tsx';
import { formatDate } from '../../format/format-date.ts';
import { formatMoney } from '../../format/format-money.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

export function AreasTable({ areas }: { areas: readonly OpportunityAreaSummary[] }) {
  return (
    <TableRegion>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">The {areas.length} Opportunity Areas</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Opportunity Area</th>
            <th scope="col" className="govuk-table__header">Wave</th>
            <th scope="col" className="govuk-table__header">Districts</th>
            <th scope="col" className="govuk-table__header">Research School</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">2020/21 share</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {areas.map((area) => (
            <AreaRow key={area.id} area={area} />
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function AreaRow({ area }: { area: OpportunityAreaSummary }) {
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        <a className="govuk-link" href={`/areas/${encodeURIComponent(area.id)}`}>
          {area.name}
        </a>
        {area.announcedAs !== null && <span className="oa-cell-hint">announced as {area.announcedAs}</span>}
      </th>
      <td className="govuk-table__cell">
        <WaveTag wave={area.wave} />
        <span className="oa-cell-hint">{formatDate(area.announcedOn)}</span>
      </td>
      <td className="govuk-table__cell">{area.districts.map((district) => district.name).join(', ')}</td>
      <td className="govuk-table__cell">{area.researchSchool?.name ?? 'Not yet recorded'}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">
        {area.share2020to21Pence === null ? 'Not published' : formatMoney(area.share2020to21Pence)}
      </td>
    </tr>
  );
}
