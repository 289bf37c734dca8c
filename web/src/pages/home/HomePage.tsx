import { csvLinks, getOpportunityAreas } from '../../api/client.ts';
import type { OpportunityAreaSummary } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { AreasTable } from './AreasTable.tsx';
import { YourStart } from './YourStart.tsx';

export function HomePage() {
  const state = useApi('opportunity-areas', getOpportunityAreas);
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return <HomeContent areas={state.status === 'loaded' ? state.data.items : null} />;
}

/** The home page, with `areas` null while they load. */
function HomeContent({ areas }: { areas: readonly OpportunityAreaSummary[] | null }) {
  useDocumentTitle(null);
  return (
    <>
      <h1 className="govuk-heading-xl">Opportunity Areas</h1>
      {/* A signed-in user starts from their own area, hub or school, before the programme's story. */}
      <YourStart areas={areas} />
      <div className="oa-measure">
        <p className="govuk-body-l">
          Opportunity Areas were 12 places in England chosen in 2016 and 2017 for extra help to improve social
          mobility. Each was a &lsquo;cold spot&rsquo;, where children from poorer backgrounds did least well,
          and the programme ran until 2022.
        </p>
        <p className="govuk-body">
          The Department for Education gave £72 million over three years, £6 million for each area, then £18
          million for one more year in 2020/21. Each area had a partnership board of local leaders, and a
          Research School run with the Education Endowment Foundation to help schools use the best evidence on
          teaching.
        </p>
      </div>
      {areas === null && <Loading />}
      {areas?.length === 0 && <p className="govuk-body">No Opportunity Areas have been loaded yet.</p>}
      {areas !== null && areas.length > 0 && (
        <>
          <AreasTable areas={areas} />
          <DownloadCsvLink href={csvLinks.opportunityAreas} description="the Opportunity Areas" />
        </>
      )}
      <h2 className="govuk-heading-m">Funding</h2>
      <p className="govuk-body">
        <a className="govuk-link" href="/funding">
          See how the programme was funded
        </a>
        , including how each fund was shared out.
      </p>
      <h2 className="govuk-heading-m">Impact</h2>
      <p className="govuk-body">
        <a className="govuk-link" href="/impact">
          See every area against its comparison areas
        </a>
        : how each area’s results moved against areas like it, on one measure.
      </p>
    </>
  );
}
