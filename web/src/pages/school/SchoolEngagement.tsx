import { ApiError } from '../../api/api-error.ts';
import { getSchoolEngagement, LEVEL_NAMES } from '../../api/research-network-client.ts';
import { useApi } from '../../api/use-api.ts';
import { formatMoney } from '../../format/format-money.ts';
import { mayAskAbout } from '../../session/access-decision.ts';
import { useSession } from '../../session/session-context.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

/**
 * The school's engagement with the Research School network, for those who may see it (its hub, its area,
 * the school itself, the national team); others see nothing of it.
 */
export function SchoolEngagement({ urn }: { urn: number }) {
  const { user } = useSession();
  // Its school, area and hubs hold school:read in scope; a role without it (a board viewer) is not answered.
  return mayAskAbout(user, 'school:read', [`school:${String(urn)}`, 'area:', 'hub:']) ? <SchoolEngagementFigures urn={urn} /> : null;
}

function SchoolEngagementFigures({ urn }: { urn: number }) {
  const { user, can } = useSession();
  // A hub's lead may set the level by hand, through their hub.
  const hubs = (user?.scope ?? []).filter((s) => s.startsWith('hub:') && can('school:write', s)).map((s) => s.slice('hub:'.length));
  const state = useApi(`school-engagement:${String(urn)}`, (signal) => getSchoolEngagement(String(urn), signal));
  if (state.status === 'loading') return null;
  if (state.status === 'failed') {
    if (!(state.error instanceof ApiError) || !(state.error.isSignInRequired || state.error.isForbidden)) console.error(state.error);
    return null;
  }
  const { level, since, changes, plans } = state.data;
  return (
    <section aria-labelledby="engagement-heading">
      <h2 className="govuk-heading-l" id="engagement-heading">
        Research School engagement
      </h2>
      <p className="govuk-body" id="engagement-level">
        <strong className="govuk-tag">{LEVEL_NAMES[level]}</strong>
        {since === null ? '' : ` since ${since}`}
      </p>
      {hubs.map((hub) => (
        <p className="govuk-body" key={hub}>
          <a className="govuk-link" href={`/hubs/${encodeURIComponent(hub)}/schools/${String(urn)}/engagement`}>
            Update the level<span className="govuk-visually-hidden"> for this school</span>
          </a>
          {' · '}
          <a className="govuk-link" href={`/hubs/${encodeURIComponent(hub)}/schools/${String(urn)}/evidence-plan`}>
            Record an evidence plan<span className="govuk-visually-hidden"> for this school</span>
          </a>
          {' · '}
          <a className="govuk-link" href={`/hubs/${encodeURIComponent(hub)}/schools/${String(urn)}/follow-up`}>
            Record follow-up support<span className="govuk-visually-hidden"> for this school</span>
          </a>
        </p>
      ))}
      {changes.length > 0 && (
        <TableRegion>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">How the level has changed</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Date</th>
                <th scope="col" className="govuk-table__header">Level</th>
                <th scope="col" className="govuk-table__header">Because</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {changes.map((c) => (
                <tr className="govuk-table__row" key={`${c.date}-${c.to}`}>
                  <td className="govuk-table__cell">{c.date}</td>
                  <td className="govuk-table__cell">{LEVEL_NAMES[c.to]}</td>
                  <td className="govuk-table__cell">{c.because}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {plans.map((p) => (
        <p className="govuk-body" key={`${p.startsOn}-${p.strands.join()}`}>
          Evidence plan from {p.startsOn}: {p.strands.join(', ')} for {String(p.targetPupils)} pupils at {formatMoney(p.costPerPupilPence)} a pupil,
          expecting {String(p.expectedMonths)} months’ progress.
        </p>
      ))}
    </section>
  );
}
