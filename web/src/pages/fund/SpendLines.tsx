import { useState } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { approveSpend, fundingLinks, getSpend } from '../../api/funding-client.ts';
import type { SpendLineView } from '../../api/funding-types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatMoney } from '../../format/format-money.ts';
import { useSession } from '../../session/session-context.ts';
import { useRecipientName } from './use-recipient-name.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

/**
 * The spend lines behind the variance, newest last. A line waiting for approval has an Approve button for
 * anyone who may write for its recipient, except whoever recorded it (the server checks both again).
 */
export function SpendLines({ fundId, areaId, version, onApproved }: { fundId: string; areaId: string | null; version: number; onApproved: (message: string) => void }) {
  const nameOf = useRecipientName();
  const { user, can } = useSession();
  const [problem, setProblem] = useState<string | null>(null);
  const state = useApi(`spend:${fundId}:${areaId ?? ''}:${String(version)}`, (signal) => getSpend(fundId, areaId, signal));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  if (state.data.items.length === 0) return null;

  const approve = async (line: SpendLineView): Promise<void> => {
    try {
      await approveSpend(fundId, line.id);
      setProblem(null);
      onApproved(`${formatMoney(line.amountPence)} for ${nameOf(line.recipient)} approved`);
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'Sorry, there is a problem with the service. Try again later.');
    }
  };
  const mayApprove = (line: SpendLineView) =>
    line.status === 'pending_approval' && user !== null && user.email !== line.recordedBy && (can('area:write') || can('area:write', `area:${line.recipient}`));

  return (
    <>
      {problem !== null && <p className="govuk-error-message">{problem}</p>}
      <TableRegion>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Spend lines</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Date</th>
              <th scope="col" className="govuk-table__header">Recipient</th>
              <th scope="col" className="govuk-table__header">Kind</th>
              <th scope="col" className="govuk-table__header">Purpose</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Amount</th>
              <th scope="col" className="govuk-table__header">Status</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {state.data.items.map((line) => (
              <tr key={line.id} className="govuk-table__row">
                <td className="govuk-table__cell">{line.spentOn}</td>
                <td className="govuk-table__cell">{nameOf(line.recipient)}</td>
                <td className="govuk-table__cell">{line.kind === 'payment' ? 'Payment' : 'Commitment'}</td>
                <td className="govuk-table__cell">
                  {line.purpose}
                  {line.evidenceStrand !== null && <span className="oa-cell-hint">Toolkit: {line.evidenceStrand}</span>}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{formatMoney(line.amountPence)}</td>
                <td className="govuk-table__cell">
                  {line.status === 'approved' ? 'Approved' : 'Awaiting approval'}
                  {mayApprove(line) && (
                    <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-left-2" onClick={() => void approve(line)}>
                      Approve<span className="govuk-visually-hidden"> line {String(line.id)}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <DownloadCsvLink href={fundingLinks.spend(fundId, areaId)} description="the spend lines" />
    </>
  );
}
