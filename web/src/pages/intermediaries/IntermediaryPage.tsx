import { getIntermediary, intermediaryLinks, type IntermediaryDetail, type IntermediaryKind } from '../../api/intermediaries-client.ts';
import { LEVEL_NAMES } from '../../api/research-network-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { EngagementFunnelTable } from '../../components/EngagementFunnelTable.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SummaryList, SummaryRow } from '../../components/SummaryList.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { KIND_NAMES } from './intermediary-kind.ts';
import { TableRegion } from '../../components/TableRegion.tsx';
import { RequireAccess } from '../../session/RequireAccess.tsx';

/** One local authority or trust: its funnel and its schools, high-need schools not yet reached first. */
export function IntermediaryPage({ kind, code }: { kind: IntermediaryKind; code: string }) {
  // Sign in first: the server answers only signed-in users here, so a visitor is not sent a refusal.
  return (
    <RequireAccess permission="signed_in">
      <Intermediary kind={kind} code={code} />
    </RequireAccess>
  );
}

function Intermediary({ kind, code }: { kind: IntermediaryKind; code: string }) {
  const state = useApi(`intermediary:${kind}:${code}`, (signal) => getIntermediary(kind, code, signal));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return <IntermediaryView detail={state.data} />;
}

const fixed = (x: number | null) => (x === null ? '–' : x.toFixed(1));

function IntermediaryView({ detail }: { detail: IntermediaryDetail }) {
  const { intermediary, kind } = detail;
  const title = intermediary.name ?? `${KIND_NAMES[kind].one} ${intermediary.code}`;
  useDocumentTitle(title);
  return (
    <>
      <a className="govuk-back-link" href={`/intermediaries?kind=${kind}`}>
        {KIND_NAMES[kind].many}
      </a>
      <span className="govuk-caption-xl">{KIND_NAMES[kind].one}</span>
      <h1 className="govuk-heading-xl">{title}</h1>
      <SummaryList>
        <SummaryRow label="Code">{intermediary.code}</SummaryRow>
        <SummaryRow label="Open schools">{String(intermediary.schools)}</SummaryRow>
        <SummaryRow label="High-need schools">{`${String(intermediary.highNeed)} (need score ${String(detail.highNeedScore)} or more)`}</SummaryRow>
        <SummaryRow label="High-need schools not yet reached">{String(intermediary.highNeedNotReached)}</SummaryRow>
      </SummaryList>

      <EngagementFunnelTable funnel={intermediary.funnel} id="funnel" caption="Schools at each level" size="m" />

      <TableRegion>
        <table className="govuk-table" id="schools">
          <caption className="govuk-table__caption govuk-table__caption--m">Its schools, high-need schools not yet reached first, then by need</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">School</th>
              <th scope="col" className="govuk-table__header">Phase</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Need score</th>
              <th scope="col" className="govuk-table__header">Engagement</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {detail.schools.map((s) => (
              <tr className="govuk-table__row" key={s.urn}>
                <th scope="row" className="govuk-table__header">
                  <a className="govuk-link" href={`/schools/${String(s.urn)}`}>
                    {s.name}
                  </a>
                </th>
                <td className="govuk-table__cell">{s.phase}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {fixed(s.needScore)}
                  {s.highNeed && <span className="govuk-body-s"> (high)</span>}
                </td>
                <td className="govuk-table__cell">
                  {s.notReached ? <strong className="govuk-tag govuk-tag--red">High need, not yet reached</strong> : LEVEL_NAMES[s.level]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <DownloadCsvLink href={intermediaryLinks.schools(kind, intermediary.code)} description={`${title}’s schools`} />
    </>
  );
}
