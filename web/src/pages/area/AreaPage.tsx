import { getOpportunityArea } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { AreaDetails } from './AreaDetails.tsx';

export function AreaPage({ id }: { id: string }) {
  const state = useApi(`opportunity-area:${id}`, (signal) => getOpportunityArea(id, signal));
  return (
    <>
      <a href="/" className="govuk-back-link oa-back-link">
        Back to all Opportunity Areas
      </a>
      {state.status === 'loading' && <Loading />}
      {state.status === 'loaded' && <AreaDetails area={state.data} />}
      {state.status === 'failed' && <ApiFailure error={state.error} />}
    </>
  );
}
