import type { AreaDetail, AreaIndicator } from '../../api/public-data-types.ts';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { SymbolsKey } from '../../components/SymbolsKey.tsx';
import { formatDay } from '../../format/format-day.ts';
import { describeUnit, formatIndicatorValue } from '../../format/format-indicator-value.ts';
import { MissingDataNote } from '../../components/first-run/MissingDataNote.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';

/**
 * The indicators held for the area, newest period first within each, with a CSV of the same rows; each
 * district's row also links to the map of that indicator for every district.
 */
export function PlaceIndicators({ area }: { area: AreaDetail }) {
  const caption = `Indicators for ${area.name}`;
  if (area.indicators.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">{caption}</h2>
        <MissingDataNote missing="indicators">No indicators have been loaded for {area.name}.</MissingDataNote>
      </>
    );
  }
  return (
    <>
      <TableRegion>
        <table className="govuk-table oa-table-s">
          <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Indicator</th>
              <th scope="col" className="govuk-table__header">Period</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Value</th>
              <th scope="col" className="govuk-table__header">Source</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {area.indicators.map((indicator) => (
              <IndicatorRow key={`${indicator.code}:${indicator.period}`} indicator={indicator} area={area} />
            ))}
          </tbody>
        </table>
      </TableRegion>
      <SymbolsKey used={new Set(area.indicators.some((i) => i.value === null) ? ['[x]'] : [])} />
      <DownloadCsvLink href={`/api/areas/${area.code}?format=csv`} description={caption.toLowerCase()} />
    </>
  );
}

function IndicatorRow({ indicator, area }: { indicator: AreaIndicator; area: AreaDetail }) {
  const unit = describeUnit(indicator.unit);
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        {indicator.name}
        {area.kind === 'district' && (
          <span className="oa-cell-hint">
            <a className="govuk-link" href={`/map?indicator=${encodeURIComponent(indicator.code)}&period=${encodeURIComponent(indicator.period)}`}>
              Map and table for all districts<span className="govuk-visually-hidden">: {indicator.name}, {indicator.period}</span>
            </a>
          </span>
        )}
      </th>
      <td className="govuk-table__cell">{indicator.period}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">
        {indicator.value === null ? '[x]' : formatIndicatorValue(indicator.value, indicator.unit)}
        {unit !== null && indicator.value !== null && <span className="oa-cell-hint">{unit}</span>}
        {indicator.evidence !== null && (
          <span className={`oa-cell-hint${indicator.evidence.sufficient ? '' : ' oa-why-no-value'}`}>
            {indicator.evidence.sufficient ? `From ${indicator.evidence.note}` : `Not enough data: ${indicator.evidence.note}`}
          </span>
        )}
      </td>
      <td className="govuk-table__cell">
        {indicator.source.file}
        <span className="oa-cell-hint">Loaded {formatDay(indicator.source.loadedAt)}</span>
      </td>
    </tr>
  );
}
