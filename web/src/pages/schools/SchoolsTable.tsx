import type { SchoolSummary } from '../../api/public-data-types.ts';
import { SymbolsKey } from '../../components/SymbolsKey.tsx';
import { formatFigure } from '../../format/format-figure.ts';
import { formatCount, formatPercent } from '../../format/format-number.ts';
import { sentenceCase } from './school-search.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

export function SchoolsTable({ schools, caption }: { schools: readonly SchoolSummary[]; caption: string }) {
  const used = new Set<string>();
  // A missing figure shows why, from the code the publisher used in its place (SUPP → [c]; else [x]).
  const figure = (value: number | null, code: string | undefined, format: (value: number) => string): string => {
    const text = formatFigure(value, code, format);
    if (value === null) used.add(text);
    return text;
  };
  const rows = schools.map((school) => (
    <tr key={school.urn} className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        <a className="govuk-link" href={`/schools/${String(school.urn)}`}>
          {school.name}
        </a>
        <span className="oa-cell-hint">URN {school.urn}{school.status === 'open' ? '' : ` (${school.status})`}</span>
      </th>
      <td className="govuk-table__cell">{school.town ?? ''}</td>
      <td className="govuk-table__cell oa-nowrap">{school.postcode ?? ''}</td>
      <td className="govuk-table__cell">{sentenceCase(school.phase)}</td>
      <td className="govuk-table__cell">
        {school.opportunityArea === null ? (
          'No'
        ) : (
          <a className="govuk-link" href={`/areas/${encodeURIComponent(school.opportunityArea.id)}`}>
            {school.opportunityArea.name}
          </a>
        )}
      </td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{figure(school.pupils, school.censusMarkers['pupils'], formatCount)}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{figure(school.pctFsmEver6, school.censusMarkers['pct_fsm_ever6'], formatPercent)}</td>
    </tr>
  ));
  const periods = [...new Set(schools.map((school) => school.censusPeriod).filter((period) => period !== null))];
  return (
    <>
      <TableRegion>
        <table className="govuk-table oa-table-s">
          <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">School</th>
              <th scope="col" className="govuk-table__header">Town</th>
              <th scope="col" className="govuk-table__header">Postcode</th>
              <th scope="col" className="govuk-table__header">Phase</th>
              <th scope="col" className="govuk-table__header">Opportunity Area</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Pupils</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">FSM ever 6</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">{rows}</tbody>
        </table>
      </TableRegion>
      <p className="govuk-body-s">
        Pupils on roll and the percentage eligible for free school meals at any time in the last 6 years (FSM ever 6), from the January school census
        {periods.length > 0 && ` (${periods.join(', ')})`}.
      </p>
      <SymbolsKey used={used} />
    </>
  );
}
