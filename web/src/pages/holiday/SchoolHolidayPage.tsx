import type { CellView } from '../../api/careers-client.ts';
import { getSchoolHoliday, holidayLinks, type SchoolHolidayView } from '../../api/holiday-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { RequireAccess } from '../../session/RequireAccess.tsx';

function show(cell: CellView, share = false): string {
  if (cell.value === null) return `[${cell.symbol ?? 'x'}]`;
  return share ? `${(cell.value * 100).toFixed(1)}%` : cell.value.toLocaleString('en-GB');
}

const COUNTED: Readonly<Record<SchoolHolidayView['clubsCounted'], string>> = {
  all: 'Every club the school’s pupils were booked on is counted.',
  'opportunity-area': 'Only clubs in the school’s Opportunity Area are counted here: these figures are cut from the same protected tables as the area’s.',
  'outside-opportunity-areas': 'Only clubs outside the Opportunity Areas are counted here.',
};

/** A school's pupils at holiday clubs: how many came, the FSM share, days per pupil, and each club (methodology §18.4). */
export function SchoolHolidayPage({ urn }: { urn: string }) {
  // Sign in first: the server answers only signed-in users here, so a visitor is not sent a refusal.
  return (
    <RequireAccess permission="signed_in">
      <SchoolHoliday urn={urn} />
    </RequireAccess>
  );
}

function SchoolHoliday({ urn }: { urn: string }) {
  useDocumentTitle('Holiday activities for the school’s pupils');
  const state = useApi(`holiday-school-${urn}`, (signal) => getSchoolHoliday(urn, signal));
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return (
    <>
      <Breadcrumbs crumbs={[{ href: `/schools/${urn}`, text: 'School' }]} />
      <span className="govuk-caption-xl">{state.status === 'loaded' ? state.data.school.name : ''}</span>
      <h1 className="govuk-heading-xl">Holiday activities for the school’s pupils</h1>
      {state.status === 'loading' ? <Loading /> : state.data.rows.length === 0 && !state.data.disclosureControlled ? (
        <p className="govuk-body" id="holiday-school-none">No holiday club attendance has been imported for this school’s pupils.</p>
      ) : (
        <>
          <p className="govuk-body" id="holiday-school-counted">{COUNTED[state.data.clubsCounted]}</p>
          {state.data.disclosureControlled && (
            <p className="govuk-inset-text" id="holiday-disclosure">
              Counts below 5, and the figures that would reveal them, are shown as [c]. The school’s pupils at each club are shown only to those allowed to see its pupils’ records.
            </p>
          )}
          <TableRegion>
            <table className="govuk-table" id="holiday-school-clubs">
              <caption className="govuk-table__caption govuk-table__caption--m">The school’s pupils at each club</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Club</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Places taken</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Days attended</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Pupils attending</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">FSM share</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Days per pupil</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {[...state.data.rows.map((r) => ({ ...r, key: r.clubId })), { ...state.data.total, key: 'total', name: 'All the school’s pupils (each once)' }].map((r) => (
                  <tr key={r.key} className="govuk-table__row">
                    <th scope="row" className="govuk-table__header">{r.name}</th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{show(r.placesTaken)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{show(r.daysAttended)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{show(r.pupils)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{show(r.fsmShare, true)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{show(r.daysPerPupil)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <DownloadCsvLink href={holidayLinks.school(urn)} description="the school’s pupils at holiday clubs" />
        </>
      )}
    </>
  );
}
