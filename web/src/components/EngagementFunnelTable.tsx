import { LEVEL_NAMES, type Funnel } from '../api/research-network-client.ts';
import { formatCount } from '../format/format-number.ts';
import { TableRegion } from './TableRegion.tsx';

/** An engagement funnel as a GOV.UK table: schools at each level, and at that level or beyond. */
export function EngagementFunnelTable({ funnel, id, caption, size = 'm' }: { funnel: Funnel; id: string; caption: string; size?: 's' | 'm' }) {
  return (
    <TableRegion>
      <table className={size === 's' ? 'govuk-table oa-table-s' : 'govuk-table'} id={id}>
        <caption className={`govuk-table__caption govuk-table__caption--${size}`}>{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Level</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Schools at this level</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">At this level or beyond</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {funnel.stages.map((stage) => (
            <tr className="govuk-table__row" key={stage.level}>
              <th scope="row" className="govuk-table__header">{LEVEL_NAMES[stage.level]}</th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(stage.at)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(stage.atLeast)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
