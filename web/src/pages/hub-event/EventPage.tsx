import { useState } from 'react';
import { getEvent, LEVEL_NAMES, researchNetworkLinks, ROLE_NAMES, type EventDetail } from '../../api/research-network-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SuccessBanner } from '../../components/SuccessBanner.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useFlash } from '../../router/use-flash.ts';
import { useSession } from '../../session/session-context.ts';
import { AttendanceForm } from './AttendanceForm.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { RequireAccess } from '../../session/RequireAccess.tsx';

/** One event: who came, and (for the hub's own lead) a form to record more. */
export function EventPage({ hubId, eventId }: { hubId: string; eventId: string }) {
  // Sign in first: the server answers only signed-in users here, so a visitor is not sent a refusal.
  return (
    <RequireAccess permission="signed_in">
      <HubEvent hubId={hubId} eventId={eventId} />
    </RequireAccess>
  );
}

function HubEvent({ hubId, eventId }: { hubId: string; eventId: string }) {
  const [version, setVersion] = useState(0);
  const flash = useFlash();
  const [confirmation, setConfirmation] = useState<string | null>(flash);
  const state = useApi(`event:${hubId}:${eventId}:${String(version)}`, (signal) => getEvent(hubId, eventId, signal));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return (
    <EventView
      event={state.data}
      confirmation={confirmation}
      onRecorded={(message) => {
        setConfirmation(message);
        setVersion((v) => v + 1);
      }}
    />
  );
}

function EventView({ event, confirmation, onRecorded }: { event: EventDetail; confirmation: string | null; onRecorded: (message: string) => void }) {
  useDocumentTitle(event.title);
  const { can } = useSession();
  return (
    <>
      <a href={`/hubs/${encodeURIComponent(event.hubId)}`} className="govuk-back-link oa-back-link">
        {event.hubName}
      </a>
      {confirmation !== null && <SuccessBanner key={confirmation} message={confirmation} />}
      <span className="govuk-caption-xl">{event.hubName}</span>
      <h1 className="govuk-heading-xl">{event.title}</h1>
      <p className="govuk-body">
        {event.kind === 'follow_up' ? 'Follow-up support' : event.kind === 'training' ? 'Training' : 'Briefing'} held on {event.heldOn}.
      </p>
      {event.attendance.length === 0 ? (
        <p className="govuk-body">No attendance has been recorded.</p>
      ) : (
        <>
          <TableRegion>
            <table className="govuk-table" id="attendance">
              <caption className="govuk-table__caption govuk-table__caption--m">Who came</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">School</th>
                  <th scope="col" className="govuk-table__header">Role</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">People</th>
                  <th scope="col" className="govuk-table__header">School’s engagement</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {event.attendance.map((a) => (
                  <tr className="govuk-table__row" key={`${String(a.urn)}-${a.role}`}>
                    <th scope="row" className="govuk-table__header">
                      <a className="govuk-link" href={`/schools/${String(a.urn)}`}>
                        {a.schoolName ?? String(a.urn)}
                      </a>
                    </th>
                    <td className="govuk-table__cell">{ROLE_NAMES[a.role]}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{String(a.people)}</td>
                    <td className="govuk-table__cell">{LEVEL_NAMES[a.level]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <DownloadCsvLink href={researchNetworkLinks.attendance(event.hubId, event.id)} description="attendance" />
        </>
      )}
      {can('school:write', `hub:${event.hubId}`) && <AttendanceForm event={event} onRecorded={onRecorded} />}
    </>
  );
}
