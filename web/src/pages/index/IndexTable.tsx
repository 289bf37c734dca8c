import type { IndexedArea, IndexStage } from '../../api/public-data-types.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

/** The ranked districts: one row each, a column per stage of the recipe. */
export function IndexTable({ caption, stages, areas }: { caption: string; stages: readonly IndexStage[]; areas: readonly IndexedArea[] }) {
  return (
    <TableRegion>
      <table className="govuk-table oa-table-s" id="index-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Rank</th>
            <th scope="col" className="govuk-table__header">District</th>
            {stages.map((stage) => (
              <th key={stage.id} scope="col" className="govuk-table__header govuk-table__header--numeric">
                {stage.name}
              </th>
            ))}
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Score</th>
            <th scope="col" className="govuk-table__header">Band</th>
            <th scope="col" className="govuk-table__header">Cold or hot spot</th>
            <th scope="col" className="govuk-table__header">90% rank interval</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Probability of being a cold spot</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {areas.map((area) => (
            <tr key={area.code} className="govuk-table__row">
              <td className="govuk-table__cell govuk-table__cell--numeric">{area.rank}</td>
              <th scope="row" className="govuk-table__header">
                <a className="govuk-link" href={`/areas/${encodeURIComponent(area.code)}`}>
                  {area.name}
                </a>
              </th>
              {stages.map((stage) => {
                const score = area.stages[stage.id];
                return (
                  <td key={stage.id} className="govuk-table__cell govuk-table__cell--numeric">
                    {score === undefined ? '[x]' : score.toFixed(2)}
                  </td>
                );
              })}
              <td className="govuk-table__cell govuk-table__cell--numeric">{area.score.toFixed(2)}</td>
              <td className="govuk-table__cell">
                <strong className="govuk-tag govuk-tag--grey">Band {area.band}</strong>
              </td>
              <td className="govuk-table__cell">
                <SpotTag area={area} />
              </td>
              <td className="govuk-table__cell">
                {area.rankInterval[0]} to {area.rankInterval[1]}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{Math.round(area.coldSpotProbability * 100)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function SpotTag({ area }: { area: IndexedArea }) {
  if (area.coldSpot) return <strong className="govuk-tag govuk-tag--blue">Cold spot</strong>;
  if (area.hotSpot) return <strong className="govuk-tag govuk-tag--red">Hot spot</strong>;
  return <>Neither</>;
}
