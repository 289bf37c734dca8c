import { CROSS_AREA_PAGE_SIZE, crossAreaDownloads, crossAreaPagePath, getCrossAreaMeasures } from '../../api/plans-client.ts';
import type { CrossAreaMeasures } from '../../api/plans-types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageOf, readPageParam } from '../../components/PageOf.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useSearch } from '../../router/navigation.ts';
import { RequireAccess } from '../../session/RequireAccess.tsx';
import { formatPeriodValue } from '../plan/format-measure.ts';
import { MeasureStatusTag } from '../plan/MeasureStatusTag.tsx';
import { MissingDataNote } from '../../components/first-run/MissingDataNote.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';

/** Every area's measures side by side, grouped by priority theme: for the national team and the Evidence Champion. */
export function CrossAreaPage() {
  // No scope: only roles that read every area pass.
  return (
    <RequireAccess permission="area:read">
      <CrossAreaLoader />
    </RequireAccess>
  );
}

function CrossAreaLoader() {
  const page = readPageParam(useSearch());
  const state = useApi(`plans:measures:${String(page)}`, (signal) => getCrossAreaMeasures(page, signal));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return <CrossArea data={state.data} />;
}

function CrossArea({ data }: { data: CrossAreaMeasures }) {
  useDocumentTitle('Delivery plan measures across areas');
  return (
    <>
      <h1 className="govuk-heading-xl">Delivery plan measures across areas</h1>
      <p className="govuk-body">
        Download: <a className="govuk-link" href={crossAreaDownloads.csv} download>CSV</a> or <a className="govuk-link" href={crossAreaDownloads.xlsx} download>XLSX</a>.
        See also <a className="govuk-link" href="/plans/status">each area’s plan at a glance</a> and <a className="govuk-link" href="/what-worked">what worked</a>.
      </p>
      {data.total === 0 && <MissingDataNote missing="delivery-plan">No area has loaded a delivery plan yet.</MissingDataNote>}
      {data.themes.map((group) => (
        <TableRegion key={group.theme}>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Theme: {group.theme}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Area</th>
                <th scope="col" className="govuk-table__header">Measure</th>
                <th scope="col" className="govuk-table__header">Baseline</th>
                <th scope="col" className="govuk-table__header">Latest</th>
                <th scope="col" className="govuk-table__header">Target</th>
                <th scope="col" className="govuk-table__header">Status</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {group.measures.map((m) => (
                <tr key={`${m.areaId}/${m.code}`} className="govuk-table__row">
                  <td className="govuk-table__cell"><a className="govuk-link" href={`/areas/${encodeURIComponent(m.areaId)}/plan`}>{m.areaName}</a></td>
                  <td className="govuk-table__cell">{m.name}<span className="govuk-body-s govuk-!-display-block">{m.priority}</span></td>
                  <td className="govuk-table__cell">{formatPeriodValue(m.baseline)}</td>
                  <td className="govuk-table__cell">{formatPeriodValue(m.latest)}</td>
                  <td className="govuk-table__cell">{formatPeriodValue(m.target)}</td>
                  <td className="govuk-table__cell"><MeasureStatusTag status={m.status} setByHand={m.override !== null} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ))}
      {data.total > 0 && <PageOf list={{ page: data.page, total: data.total, items: data.themes.flatMap((t) => t.measures) }} pageSize={CROSS_AREA_PAGE_SIZE} noun="measures" hrefFor={crossAreaPagePath} />}
    </>
  );
}
