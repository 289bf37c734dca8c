import {
  FORMAT_NAMES,
  getHub,
  hubPagePath,
  LEVEL_NAMES,
  readHubPages,
  researchNetworkLinks,
  type HubDetail,
  type HubPages,
  type HubProgramme,
  type HubSchool,
} from '../../api/research-network-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { EngagementFunnelTable } from '../../components/EngagementFunnelTable.tsx';
import { LeftOutNote } from '../../components/LeftOutNote.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageOf } from '../../components/PageOf.tsx';
import { SuccessBanner } from '../../components/SuccessBanner.tsx';
import { SummaryList, SummaryRow } from '../../components/SummaryList.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useSearch } from '../../router/navigation.ts';
import { useFlash } from '../../router/use-flash.ts';
import { useSession } from '../../session/session-context.ts';
import { mayAskAbout } from '../../session/access-decision.ts';
import { INTERMEDIARY_READERS_WITHIN } from '../intermediaries/intermediary-kind.ts';
import { EventForm } from './EventForm.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { RequireAccess } from '../../session/RequireAccess.tsx';

/** A Research School hub: its schools, reach, engagement funnel, high-need schools not yet reached, programmes, events. */
export function HubPage({ id }: { id: string }) {
  // Sign in first: the server answers only signed-in users here, so a visitor is not sent a refusal.
  return (
    <RequireAccess permission="signed_in">
      <Hub id={id} />
    </RequireAccess>
  );
}

function Hub({ id }: { id: string }) {
  const flash = useFlash();
  const pages = readHubPages(useSearch());
  const state = useApi(`hub:${id}:${String(pages.page)}:${String(pages.notReachedPage)}`, (signal) => getHub(id, pages, signal));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return <HubView hub={state.data} flash={flash} pages={pages} />;
}

const KIND_NAMES = { briefing: 'Briefing', training: 'Training', follow_up: 'Follow-up support' } as const;
const programmeTitle = (hub: HubDetail, id: string | null) => {
  const programme = hub.programmes.find((p) => p.id === id);
  return programme === undefined ? '' : `; part of ${programme.title}`;
};
const fixed = (x: number | null, places = 1) => (x === null ? '–' : x.toFixed(places));
const PART_NAMES: Readonly<Record<string, string>> = { fsm: 'FSM', fsmEver6: 'ever-6', attainment: 'attainment', deprivation: 'area' };
/** The score's parts, each a percentile within the school's phase (100 = most need). */
const needParts = (s: HubSchool) =>
  s.needParts.filter((p) => p.percentile !== null).map((p) => `${PART_NAMES[p.component] ?? p.component} ${fixed(p.percentile, 0)}`).join(', ');
/** “at its host school” → “At its host school”. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const address = (s: HubSchool) => [s.address.street, s.address.town, s.address.postcode].filter((x) => x !== null).join(', ');

function HubView({ hub, flash, pages }: { hub: HubDetail; flash: string | null; pages: HubPages }) {
  useDocumentTitle(hub.hub.name);
  const { can, user } = useSession();
  const lead = can('school:write', `hub:${hub.hub.id}`);
  const share = hub.reach?.shareHighNeedWithin ?? null;
  return (
    <>
      {flash !== null && <SuccessBanner message={flash} />}
      <span className="govuk-caption-xl">Research School network</span>
      <h1 className="govuk-heading-xl">{hub.hub.name}</h1>
      {!hub.hub.placed && <p className="govuk-body">This hub is not placed, so no schools are assigned to it: {hub.hub.reason ?? 'it has no location'}.</p>}
      <SummaryList>
        <SummaryRow label="Host">{hub.hub.hostName}</SummaryRow>
        <SummaryRow label="Placed">
          {hub.hub.placed ? sentence(hub.hub.placedBy ?? 'at its host school') : 'Not placed'}
          {lead && (
            <>
              {' '}
              <a className="govuk-link" href={`/hubs/${encodeURIComponent(hub.hub.id)}/placement`}>
                {hub.hub.placed ? 'Change' : 'Place this hub'}
              </a>
            </>
          )}
        </SummaryRow>
        <SummaryRow label="Reach">
          The {String(hub.ownAreaSchools)} schools of its own Opportunity Area, and schools within {String(hub.withinKm)} km of where it works, up to{' '}
          {String(hub.capacity)} schools
        </SummaryRow>
        <SummaryRow label="Schools served">{String(hub.reach?.schools ?? 0)}</SummaryRow>
        <SummaryRow label="High-need schools">{String(hub.reach?.highNeed ?? 0)} (need score {String(hub.highNeedScore)} or more)</SummaryRow>
        <SummaryRow label={`High-need schools within ${String(hub.withinKm)} km`}>
          {String(hub.reach?.highNeedWithin ?? 0)}
          {share === null ? '' : ` (${(100 * share).toFixed(0)}%)`}
        </SummaryRow>
      </SummaryList>
      <LeftOutNote leftOut={hub.leftOut.noLocation} id="hub-left-out" />

      <h2 className="govuk-heading-l">Engagement</h2>
      <EngagementFunnelTable funnel={hub.funnel} id="funnel" caption="Schools at each level" size="m" />

      {mayAskAbout(user, 'aggregate:read', INTERMEDIARY_READERS_WITHIN) && (
        <p className="govuk-body">
          <a className="govuk-link" href="/intermediaries">
            Engagement by local authority and trust
          </a>
        </p>
      )}

      <h2 className="govuk-heading-l">High-need schools not yet reached</h2>
      {hub.notReached.total === 0 ? (
        <p className="govuk-body">Every high-need school this hub serves has been reached.</p>
      ) : (
        <>
          <SchoolTable id="not-reached" caption="High-need schools with no contact yet, highest need first, then nearest first" schools={hub.notReached.items} withAddress />
          <PageOf list={hub.notReached} pageSize={hub.pageSize} noun="high-need schools not yet reached" hrefFor={(n) => hubPagePath(hub.hub.id, { ...pages, notReachedPage: n })} />
          <DownloadCsvLink href={researchNetworkLinks.hubTable(hub.hub.id, 'not-reached')} description="high-need schools not yet reached" />
        </>
      )}

      <h2 className="govuk-heading-l">Training programmes</h2>
      {hub.moreProgrammes && <p className="govuk-body">These are the {String(hub.programmes.length)} programmes that start latest; the hub has run earlier ones too.</p>}
      {hub.programmes.length === 0 ? <p className="govuk-body">No training programmes have been recorded.</p> : <ProgrammeTable programmes={hub.programmes} />}
      {lead && (
        <a href={`/hubs/${encodeURIComponent(hub.hub.id)}/programmes/new`} role="button" draggable="false" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Add a training programme
        </a>
      )}

      <h2 className="govuk-heading-l">Events</h2>
      {hub.events.length === 0 ? (
        <p className="govuk-body">No events have been recorded.</p>
      ) : (
        <>
          {hub.eventsTotal > hub.events.length && (
            <p className="govuk-body">
              Showing the newest {String(hub.events.length)} of {String(hub.eventsTotal)} events; the download has every one.
            </p>
          )}
          <ul className="govuk-list" id="events">
            {hub.events.map((event) => (
              <li key={event.id}>
                <a className="govuk-link" href={`/hubs/${encodeURIComponent(hub.hub.id)}/events/${encodeURIComponent(event.id)}`}>
                  {event.title}
                </a>{' '}
                ({KIND_NAMES[event.kind]}, {event.heldOn}, {String(event.schools)} {event.schools === 1 ? 'school' : 'schools'}
                {programmeTitle(hub, event.programmeId)})
              </li>
            ))}
          </ul>
          <DownloadCsvLink href={researchNetworkLinks.hubTable(hub.hub.id, 'events')} description="events" />
        </>
      )}

      {lead && <EventForm hub={hub} />}

      <h2 className="govuk-heading-l">Schools served</h2>
      <SchoolTable id="schools" caption="Schools this hub serves, highest need first" schools={hub.schools.items} withAddress={false} />
      <PageOf list={hub.schools} pageSize={hub.pageSize} noun="schools served" hrefFor={(n) => hubPagePath(hub.hub.id, { ...pages, page: n })} />
      <DownloadCsvLink href={researchNetworkLinks.hubTable(hub.hub.id, 'schools')} description="schools served" />
    </>
  );
}

function ProgrammeTable({ programmes }: { programmes: readonly HubProgramme[] }) {
  return (
    <TableRegion>
      <table className="govuk-table" id="programmes">
        <caption className="govuk-table__caption govuk-table__caption--m">The hub’s training programmes, earliest first</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Programme</th>
            <th scope="col" className="govuk-table__header">Toolkit strands</th>
            <th scope="col" className="govuk-table__header">Guidance Report</th>
            <th scope="col" className="govuk-table__header">Format</th>
            <th scope="col" className="govuk-table__header">Dates</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Events</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {programmes.map((p) => (
            <tr className="govuk-table__row" key={p.id}>
              <th scope="row" className="govuk-table__header">{p.title}</th>
              <td className="govuk-table__cell">{p.strands.join(', ')}</td>
              <td className="govuk-table__cell">{p.guidanceReportTitle ?? 'None'}</td>
              <td className="govuk-table__cell">{FORMAT_NAMES[p.format]}</td>
              <td className="govuk-table__cell">{p.endsOn === null ? `From ${p.startsOn}` : `${p.startsOn} to ${p.endsOn}`}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{String(p.events)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function SchoolTable({ id, caption, schools, withAddress }: { id: string; caption: string; schools: readonly HubSchool[]; withAddress: boolean }) {
  return (
    <TableRegion>
      <table className="govuk-table" id={id}>
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">School</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Need score <span className="govuk-body-s">(parts: percentile within phase)</span>
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Distance (km)</th>
            <th scope="col" className="govuk-table__header">{withAddress ? 'Address' : 'Engagement'}</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {schools.map((s) => (
            <tr className="govuk-table__row" key={s.urn}>
              <th scope="row" className="govuk-table__header">
                <a className="govuk-link" href={`/schools/${String(s.urn)}`}>
                  {s.name}
                </a>
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {fixed(s.needScore)}
                <span className="govuk-body-s oa-need-parts">
                  <br />
                  {needParts(s)}
                </span>
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{fixed(s.distanceKm)}</td>
              <td className="govuk-table__cell">{withAddress ? address(s) : LEVEL_NAMES[s.level]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
