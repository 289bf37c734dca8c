import { ApiError } from '../../api/api-error.ts';
import { evidenceLinks, getAreaEngagement, getStrandInvestment } from '../../api/evidence-client.ts';
import { useApi } from '../../api/use-api.ts';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { EngagementFunnelTable } from '../../components/EngagementFunnelTable.tsx';
import { LeftOutNote } from '../../components/LeftOutNote.tsx';
import { formatMoney } from '../../format/format-money.ts';
import { formatCount } from '../../format/format-number.ts';
import { TableRegion } from '../../components/TableRegion.tsx';
import { mayAskAbout } from '../../session/access-decision.ts';
import { useSession } from '../../session/session-context.ts';

/**
 * The area's schools' engagement with the Research School network (the funnel, none → embedded) and the Toolkit
 * strands their evidence plans invest in, for those who may see the area's statistics; others see nothing.
 */
export function AreaResearchNetwork({ areaId }: { areaId: string }) {
  const { user } = useSession();
  // The area's own people, or a hub that may serve it: only they are answered.
  return mayAskAbout(user, 'aggregate:read', [`area:${areaId}`, 'hub:']) ? <AreaNetworkFigures areaId={areaId} /> : null;
}

function AreaNetworkFigures({ areaId }: { areaId: string }) {
  const engagement = useApi(`area-engagement:${areaId}`, (signal) => getAreaEngagement(areaId, signal));
  const strands = useApi(`strand-investment:${areaId}`, (signal) => getStrandInvestment(areaId, signal));
  if (engagement.status !== 'loaded') {
    if (engagement.status === 'failed' && !(engagement.error instanceof ApiError && (engagement.error.isSignInRequired || engagement.error.isForbidden))) console.error(engagement.error);
    return null;
  }
  const { funnel } = engagement.data;
  return (
    <section aria-labelledby="area-network-heading" id="area-research-network">
      <h2 className="govuk-heading-m" id="area-network-heading">
        Research School network
      </h2>
      <EngagementFunnelTable funnel={funnel} id="area-funnel" caption={`The area’s ${formatCount(funnel.schools)} schools at each level of engagement`} size="s" />
      <LeftOutNote leftOut={engagement.data.leftOut} id="area-funnel-left-out" />
      <DownloadCsvLink href={evidenceLinks.areaEngagement(areaId)} description="engagement by district and local authority" />
      {strands.status === 'loaded' && (
        <>
          <h3 className="govuk-heading-s">Toolkit strands the area’s schools are investing in</h3>
          {strands.data.length === 0 ? (
            <p className="govuk-body">No school in the area has recorded an evidence plan yet.</p>
          ) : (
            <>
              <TableRegion>
                <table className="govuk-table oa-table-s" id="area-strand-investment">
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      <th scope="col" className="govuk-table__header">Strand</th>
                      <th scope="col" className="govuk-table__header govuk-table__header--numeric">Schools</th>
                      <th scope="col" className="govuk-table__header govuk-table__header--numeric">Target pupils</th>
                      <th scope="col" className="govuk-table__header govuk-table__header--numeric">Planned cost</th>
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {strands.data.map((s) => (
                      <tr key={s.strand} className="govuk-table__row">
                        <th scope="row" className="govuk-table__header">{s.strand}</th>
                        <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(s.schools)}</td>
                        <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(s.targetPupils)}</td>
                        <td className="govuk-table__cell govuk-table__cell--numeric">{formatMoney(s.costPence)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
              <DownloadCsvLink href={evidenceLinks.strandInvestment(areaId)} description="the strands the area is investing in" />
            </>
          )}
        </>
      )}
    </section>
  );
}
