import { getPlanStatus, planStatusDownloads } from '../../api/plans-client.ts';
import type { AreaPlanStatus } from '../../api/plans-types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { MissingDataNote } from '../../components/first-run/MissingDataNote.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { formatDate } from '../../format/format-date.ts';
import { RequireAccess } from '../../session/RequireAccess.tsx';
import { MeasureStatusTag } from '../plan/MeasureStatusTag.tsx';

const TITLE = 'Delivery plans: status by area';

/** Every area's delivery plan at a glance, for the national team and analysts. */
export function PlanStatusPage() {
  // No scope: only roles that read every area pass.
  return (
    <RequireAccess permission="area:read">
      <PlanStatusLoader />
    </RequireAccess>
  );
}

function PlanStatusLoader() {
  const state = useApi('plans:status', getPlanStatus);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return <PlanStatus items={state.data.items} />;
}

function PlanStatus({ items }: { items: readonly AreaPlanStatus[] }) {
  useDocumentTitle(TITLE);
  const withPlan = items.filter((i) => i.measures > 0).length;
  return (
    <>
      <h1 className="govuk-heading-xl">{TITLE}</h1>
      <p className="govuk-body oa-measure">
        How many of each area’s delivery-plan measures are on track, at risk or off track, and how many have no figure to judge
        yet, by the status shown on the area’s plan (methodology §13; a status set by hand counts as set). {String(withPlan)} of{' '}
        {String(items.length)} areas have a plan loaded.
      </p>
      <p className="govuk-body">
        Download: <a className="govuk-link" href={planStatusDownloads.csv} download>CSV</a> or{' '}
        <a className="govuk-link" href={planStatusDownloads.xlsx} download>XLSX</a>. See also{' '}
        <a className="govuk-link" href="/plans">every measure side by side</a>.
      </p>
      {withPlan === 0 && <MissingDataNote missing="delivery-plan">No area has loaded a delivery plan yet.</MissingDataNote>}
      <TableRegion>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Measures by status, in each area</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Area</th>
              {(['on_track', 'at_risk', 'off_track', 'no_data'] as const).map((status) => (
                <th key={status} scope="col" className="govuk-table__header govuk-table__header--numeric">
                  <MeasureStatusTag status={status} setByHand={false} />
                </th>
              ))}
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Measures</th>
              <th scope="col" className="govuk-table__header">Last board meeting</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {items.map((row) => (
              <tr key={row.areaId} className="govuk-table__row" data-area={row.areaId}>
                <th scope="row" className="govuk-table__header">
                  <a className="govuk-link" href={`/areas/${encodeURIComponent(row.areaId)}/plan`}>
                    {row.areaName}
                  </a>
                </th>
                {row.measures === 0 ? (
                  <td className="govuk-table__cell" colSpan={5}>
                    No plan loaded
                  </td>
                ) : (
                  <>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{String(row.counts.on_track)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{String(row.counts.at_risk)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{String(row.counts.off_track)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{String(row.counts.no_data)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{String(row.measures)}</td>
                  </>
                )}
                <td className="govuk-table__cell">{row.lastBoardMeeting === null ? 'None recorded' : formatDate(row.lastBoardMeeting)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
