import { useState } from 'react';
import { getFund } from '../../api/client.ts';
import { fundingLinks, getCurrentAllocations, getVariance } from '../../api/funding-client.ts';
import type { FundView } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SuccessBanner } from '../../components/SuccessBanner.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { formatMoney } from '../../format/format-money.ts';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { useSession } from '../../session/session-context.ts';
import { academicYearsOf } from '../../../../src/domain/funding/index.ts';
import { AllocationForm } from './AllocationForm.tsx';
import { SpendForm } from './SpendForm.tsx';
import { SpendLines } from './SpendLines.tsx';
import { VarianceTable } from './VarianceTable.tsx';
import { useRecipientName } from './use-recipient-name.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

/** One fund: what it is allocated to, spend against that allocation, and (for those allowed) forms to change them. */
export function FundPage({ id }: { id: string }) {
  const state = useApi(`fund:${id}`, (signal) => getFund(id, signal));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  const fund = state.data.items.find((f) => f.id === id);
  if (fund === undefined) return <NotFoundPage />;
  return <FundContent fund={fund} />;
}

function FundContent({ fund }: { fund: FundView }) {
  useDocumentTitle(fund.name);
  const { user, can } = useSession();
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const saved = (text: string) => {
    setMessage(text);
    setVersion((n) => n + 1);
  };
  const nameOf = useRecipientName();
  const allocations = useApi(`allocations:${fund.id}:${String(version)}`, (signal) => getCurrentAllocations(fund.id, signal));
  // The national team and analysts see every recipient; area leads and board viewers their own area.
  const ownArea = user?.scope.find((s) => s.startsWith('area:'))?.slice('area:'.length) ?? null;
  const areaId = can('area:read') ? null : ownArea !== null && can('area:read', `area:${ownArea}`) ? ownArea : undefined;

  return (
    <>
      <a href="/funding" className="govuk-back-link oa-back-link">
        Back to funding
      </a>
      {message !== null && <SuccessBanner key={version} message={message} />}
      <span className="govuk-caption-l">{fund.period}</span>
      <h1 className="govuk-heading-l">{fund.name}</h1>
      <p className="govuk-body-l">{formatMoney(fund.amountPence)}</p>
      <p className="govuk-body oa-measure">{fund.sourceNote}</p>
      <dl className="govuk-summary-list" id="fund-terms">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Funded by</dt>
          <dd className="govuk-summary-list__value">
            {fund.funders.map((f) => `${f.funder}: ${formatMoney(f.amountPence)} (${String(f.percent)}%)`).join('; ')}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Conditions</dt>
          <dd className="govuk-summary-list__value">{fund.conditions === '' ? 'None published' : fund.conditions}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Planned by year</dt>
          <dd className="govuk-summary-list__value">
            {fund.profile.length === 0 ? 'Evenly over the fund’s years' : fund.profile.map((y) => `${y.period}: ${formatMoney(y.amountPence)}`).join('; ')}
          </dd>
        </div>
      </dl>

      <h2 className="govuk-heading-m">Allocation</h2>
      {allocations.status === 'loading' && <Loading />}
      {allocations.status === 'failed' && <ApiFailure error={allocations.error} />}
      {allocations.status === 'loaded' && (
        <>
          <p className="govuk-body">
            {allocations.data.source === 'saved'
              ? `From confirmed formula run ${String(allocations.data.runId)}.`
              : allocations.data.source === 'pots'
                ? 'As published.'
                : 'This fund has not been allocated yet.'}
          </p>
          {allocations.data.rows.length > 0 && (
            <TableRegion>
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-visually-hidden">Allocation by recipient</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">Recipient</th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">Amount</th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {allocations.data.rows.map((row) => (
                    <tr key={row.recipient} className="govuk-table__row">
                      <th scope="row" className="govuk-table__header">{nameOf(row.recipient)}</th>
                      <td className="govuk-table__cell govuk-table__cell--numeric">{formatMoney(row.amountPence)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          )}
          {allocations.data.source !== 'none' && (
            <>
              <DownloadCsvLink href={fundingLinks.allocations(fund.id)} description="the allocation" />
              <p className="govuk-body">
                The same as grants in the 360Giving data standard:{' '}
                <a className="govuk-link" href={fundingLinks.giving360(fund.id)} download>
                  CSV
                </a>{' '}
                or{' '}
                <a className="govuk-link" href={fundingLinks.giving360(fund.id).replace('format=csv', 'format=json')} download>
                  JSON
                </a>
                .
              </p>
            </>
          )}
        </>
      )}
      {can('area:write') && <AllocationForm fundId={fund.id} onConfirmed={saved} />}

      {areaId !== undefined && <Variance fundId={fund.id} areaId={areaId} version={version} />}
      {areaId !== undefined && <SpendLines fundId={fund.id} areaId={areaId} version={version} onApproved={saved} />}
      {allocations.status === 'loaded' && (
        <SpendSection fund={fund} recipients={allocations.data.rows.map((r) => r.recipient)} onSaved={saved} />
      )}
    </>
  );
}

function Variance({ fundId, areaId, version }: { fundId: string; areaId: string | null; version: number }) {
  const nameOf = useRecipientName();
  const state = useApi(`variance:${fundId}:${areaId ?? ''}:${String(version)}`, (signal) => getVariance(fundId, areaId, signal));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  if (state.data.rows.length === 0) return null;
  return (
    <>
      <VarianceTable rows={state.data.rows} caption={areaId === null ? 'Spend against allocation' : `Spend against allocation: ${nameOf(areaId)}`} />
      <DownloadCsvLink href={fundingLinks.variance(fundId, areaId)} description="spend against allocation" />
    </>
  );
}

function SpendSection({ fund, recipients, onSaved }: { fund: FundView; recipients: readonly string[]; onSaved: (message: string) => void }) {
  const { can } = useSession();
  const writable = recipients.filter((r) => can('area:write') || can('area:write', `area:${r}`));
  if (writable.length === 0) return null;
  return <SpendForm fundId={fund.id} recipients={writable} context={{ recipients: new Set(recipients), years: academicYearsOf(fund.period) }} onSaved={onSaved} />;
}
