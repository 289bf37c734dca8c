import { useState } from 'react';
import type { CellView } from '../../api/careers-client.ts';
import { getAreaHoliday, holidayLinks } from '../../api/holiday-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { SuccessBanner } from '../../components/SuccessBanner.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { RequireAccess } from '../../session/RequireAccess.tsx';
import { useSession } from '../../session/session-context.ts';
import { HolidayUploadForm } from './HolidayUploadForm.tsx';

/** A cell as the table shows it: a number, a share as a percentage, or the symbol standing for it. */
function show(cell: CellView, share = false): string {
  if (cell.value === null) return `[${cell.symbol ?? 'x'}]`;
  return share ? `${(cell.value * 100).toFixed(1)}%` : cell.value.toLocaleString('en-GB');
}

/**
 * An Opportunity Area's holiday clubs: places offered against taken, who came, and the FSM share
 * (methodology §18); for those who may edit the area, a file upload that imports more and reloads the report.
 */
export function AreaHolidayPage({ id }: { id: string }) {
  return (
    <RequireAccess permission="aggregate:read" scopeRef={`area:${id}`}>
      <AreaHoliday id={id} />
    </RequireAccess>
  );
}

function AreaHoliday({ id }: { id: string }) {
  useDocumentTitle('Holiday activities in the area');
  const { can } = useSession();
  const [imports, setImports] = useState<{ count: number; message: string | null }>({ count: 0, message: null });
  const state = useApi(`holiday-area-${id}-${String(imports.count)}`, (signal) => getAreaHoliday(id, signal));
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return (
    <>
      <Breadcrumbs crumbs={[{ href: `/areas/${id}`, text: 'Opportunity Area' }]} />
      {imports.message !== null && <SuccessBanner key={imports.count} message={imports.message} />}
      <h1 className="govuk-heading-xl">Holiday activities in the area</h1>
      <p className="govuk-body">
        Holiday Activities and Food clubs are for children eligible for benefits-related free school meals (FSM): the core offer is at least 4 hours a day,
        4 days a week, 6 weeks a year. Places are pupil-days: places a day times the days a club runs.
      </p>
      {state.status === 'loading' ? <Loading /> : state.data.rows.length === 0 ? (
        <p className="govuk-body" id="holiday-none">No holiday clubs in this area have been imported yet.</p>
      ) : (
        <>
          {state.data.disclosureControlled && (
            <p className="govuk-inset-text" id="holiday-disclosure">Counts below 5, and the figures that would reveal them, are shown as [c].</p>
          )}
          <TableRegion>
            <table className="govuk-table" id="holiday-clubs">
              <caption className="govuk-table__caption govuk-table__caption--m">Clubs</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Club</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Places offered</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Places taken</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Take-up</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Pupils attending</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">FSM share</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Days per pupil</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {state.data.rows.map((r) => (
                  <tr key={r.clubId} className="govuk-table__row">
                    <th scope="row" className="govuk-table__header">{r.name}</th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{show(r.placesOffered)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{show(r.placesTaken)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{show(r.takeUp, true)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{show(r.pupils)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{show(r.fsmShare, true)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{show(r.daysPerPupil)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <DownloadCsvLink href={holidayLinks.area(id)} description="holiday clubs in the area" />
        </>
      )}
      {can('area:write', `area:${id}`) && (
        <HolidayUploadForm
          areaId={id}
          onImported={(message) => {
            setImports((current) => ({ count: current.count + 1, message }));
          }}
        />
      )}
    </>
  );
}
