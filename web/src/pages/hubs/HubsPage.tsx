import { HUBS_PAGE_SIZE, hubsPagePath, listHubs, type HubListPage } from '../../api/hub-placement-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { MissingDataNote } from '../../components/first-run/MissingDataNote.tsx';
import { PageOf, readPageParam } from '../../components/PageOf.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useSearch } from '../../router/navigation.ts';
import { useSession } from '../../session/session-context.ts';
import { mayAskAbout } from '../../session/access-decision.ts';
import { INTERMEDIARY_READERS_WITHIN } from '../intermediaries/intermediary-kind.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

/** “at its host school” → “At its host school”. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const hubHref = (id: string) => `/hubs/${encodeURIComponent(id)}`;

/** /hubs: every Research School, where each is placed and how, or why not, with the way in to its page. */
export function HubsPage() {
  useDocumentTitle('Research Schools');
  const page = readPageParam(useSearch());
  const state = useApi(`hubs:${String(page)}`, (signal) => listHubs(page, signal));
  const { user } = useSession();
  // Signed out, the link leads to sign in; signed in, it is there only for those the page would not turn away.
  const showIntermediaries = user === null || mayAskAbout(user, 'aggregate:read', INTERMEDIARY_READERS_WITHIN);
  return (
    <>
      <span className="govuk-caption-xl">Research School network</span>
      <h1 className="govuk-heading-xl">Research Schools</h1>
      <p className="govuk-body">
        Each Research School is a hub: it serves the schools of its own Opportunity Area and those within 20 km of where it works, up to 200
        schools (more where its own area has more), and each hub’s page shows its schools, its reach and the high-need schools it has not yet
        reached. A hub is placed at its host school, or where the programme has placed it, or else approximately: from its host’s postcode
        sector, or the middle of the area it serves.
      </p>
      {showIntermediaries && (
        <p className="govuk-body">
          <a className="govuk-link" href="/intermediaries">
            Local authorities and trusts
          </a>{' '}
          shows the same engagement by the bodies the schools belong to.
        </p>
      )}
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && <ApiFailure error={state.error} />}
      {state.status === 'loaded' && <HubsTable list={state.data} />}
    </>
  );
}

function HubsTable({ list }: { list: HubListPage }) {
  const { can } = useSession();
  if (list.total === 0) {
    return (
      <p className="govuk-body">
        No Research Schools are loaded yet. Load the programme with <code className="oa-command">oa demo load</code>.
      </p>
    );
  }
  const hubs = list.items;
  const unplaced = hubs.filter((h) => !h.placed).length;
  // A host that is not in the register is, on a fresh install, every host: the register is what is missing.
  const registerMissing = hubs.some((h) => !h.placed && (h.reason ?? '').includes('not in the school register'));
  return (
    <>
      {registerMissing && (
        <MissingDataNote missing="school-register" id="hubs-missing-data">
          Research Schools are placed at their host schools, and some hosts are not in the register of schools: it may not have been loaded.
        </MissingDataNote>
      )}
      {unplaced > 0 && (
        <div className="govuk-inset-text">
          {unplaced} of {hubs.length} Research Schools{list.total > hubs.length ? ' on this page' : ''} are not placed, so they serve no schools. Their lead or the
          national team can place each from its page.
        </div>
      )}
      <TableRegion>
        <table className="govuk-table oa-table-s" id="hubs">
          <caption className="govuk-table__caption govuk-table__caption--m">Research Schools, by name</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Research School</th>
              <th scope="col" className="govuk-table__header">Opportunity Area</th>
              <th scope="col" className="govuk-table__header">Placed</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {hubs.map((hub) => (
              <tr className="govuk-table__row" key={hub.id}>
                <td className="govuk-table__cell">
                  <a className="govuk-link" href={hubHref(hub.id)}>
                    {hub.name}
                  </a>
                </td>
                <td className="govuk-table__cell">
                  {hub.opportunityAreaId === null ? (
                    '–'
                  ) : (
                    <a className="govuk-link" href={`/areas/${encodeURIComponent(hub.opportunityAreaId)}`}>
                      {hub.opportunityAreaName ?? hub.opportunityAreaId}
                    </a>
                  )}
                </td>
                <td className="govuk-table__cell">
                  {hub.placed ? sentence(hub.placedBy ?? 'at its host school') : `Not placed: ${hub.reason ?? 'no location'}`}
                  {(!hub.placed || hub.approximate) && can('school:write', `hub:${hub.id}`) && (
                    <>
                      {' '}
                      <a className="govuk-link" href={`${hubHref(hub.id)}/placement`}>
                        Place this hub<span className="govuk-visually-hidden"> ({hub.name})</span>
                      </a>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <PageOf list={list} pageSize={HUBS_PAGE_SIZE} noun="Research Schools" hrefFor={hubsPagePath} />
    </>
  );
}
