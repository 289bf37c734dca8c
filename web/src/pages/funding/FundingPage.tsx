import { csvLinks, FUNDS_PAGE_SIZE, fundingPagePath, getFunds } from '../../api/client.ts';
import type { FundList } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageOf, readPageParam } from '../../components/PageOf.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useSearch } from '../../router/navigation.ts';
import { FundsTable } from './FundsTable.tsx';

export function FundingPage() {
  const page = readPageParam(useSearch());
  const state = useApi(`funds:${String(page)}`, (signal) => getFunds(page, signal));
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return <FundingContent funds={state.status === 'loaded' ? state.data : null} />;
}

/** The funding page, with `funds` null while they load. */
function FundingContent({ funds }: { funds: FundList | null }) {
  useDocumentTitle('Funding');
  return (
    <>
      <h1 className="govuk-heading-xl">Funding</h1>
      <div className="oa-measure">
        <p className="govuk-body">
          The funds behind the programme, with the pots each was divided into. Where a fund was shared out, the
          amounts shared are added up to the penny and compared with the fund.
        </p>
        <div className="govuk-inset-text">
          The £18 million for 2020/21 was shared between the 12 areas, but the share for each area was published
          only for Blackpool (£1,970,000) and West Somerset (£980,000).
        </div>
      </div>
      {funds === null && <Loading />}
      {funds?.total === 0 && <p className="govuk-body">No funds have been loaded yet.</p>}
      {funds !== null && funds.total > 0 && (
        <>
          {funds.items.length > 0 && <FundsTable funds={funds.items} checks={funds.checks} />}
          <PageOf list={funds} pageSize={FUNDS_PAGE_SIZE} noun="funds" hrefFor={fundingPagePath} shown={funds.items.filter((f) => f.parentId === null || !funds.items.some((p) => p.id === f.parentId)).length} />
          <DownloadCsvLink href={csvLinks.funds} description="all funds" />
        </>
      )}
    </>
  );
}
