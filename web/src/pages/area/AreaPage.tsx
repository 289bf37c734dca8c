import { getOpportunityArea } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SuccessBanner } from '../../components/SuccessBanner.tsx';
import { useFlash } from '../../router/use-flash.ts';
import { AreaDetails } from './AreaDetails.tsx';

export function AreaPage({ id }: { id: string }) {
  const state = useApi(`opportunity-area:${id}`, (signal) => getOpportunityArea(id, signal));
  // Set by the board form after a save.
  const flash = useFlash();
  return (
    <>
      <a href="/" className="govuk-back-link oa-back-link">
        Back to all Opportunity Areas
      </a>
      {state.status === 'loading' && <Loading />}
      {state.status === 'loaded' && (
        <>
          {flash !== null && <SuccessBanner message={flash} />}
          <AreaDetails area={state.data} />
        </>
      )}
      {state.status === 'failed' && <ApiFailure error={state.error} />}
    </>
  );
}
