import { csvLink } from '../../api/public-data-client.ts';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { formatIndicatorValue } from '../../format/format-indicator-value.ts';
import type { MapDistrict } from './build-choropleth.ts';
import { describeClassRange } from './MapLegend.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';

/** The map as a table: the same districts, values and classes, for anyone who cannot use the map. */
export function MapTable({ districts, unit, caption, indicatorCode, period }: {
  districts: readonly MapDistrict[];
  unit: string;
  caption: string;
  indicatorCode: string;
  period: string;
}) {
  return (
    <>
      <TableRegion>
        <table className="govuk-table oa-table-s" id="map-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">District</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Value</th>
              <th scope="col" className="govuk-table__header">Class</th>
              <th scope="col" className="govuk-table__header">Opportunity Area</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {districts.map((district) => (
              <tr key={district.code} className="govuk-table__row" data-code={district.code}>
                <th scope="row" className="govuk-table__header">
                  <a className="govuk-link" href={`/areas/${district.code}`}>
                    {district.name}
                  </a>
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {district.value === null ? '[x]' : formatIndicatorValue(district.value, unit)}
                  {district.whyNoValue !== null && <span className="oa-cell-hint oa-why-no-value">{district.whyNoValue}</span>}
                </td>
                <td className="govuk-table__cell">
                  {district.mapClass === null ? 'No data' : `${String(district.mapClass.number)}: ${describeClassRange(district.mapClass, unit)}`}
                </td>
                <td className="govuk-table__cell">{district.opportunityArea === null ? 'No' : `Yes: ${district.opportunityArea.name}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <p className="govuk-body-s">[x] means not available. A figure built from schools is not given for a district where too few schools or pupils are behind it; the note says what it would rest on.</p>
      <DownloadCsvLink href={csvLink(`/api/indicators/${encodeURIComponent(indicatorCode)}`, { period, kind: 'district' })} description={caption} />
    </>
  );
}
