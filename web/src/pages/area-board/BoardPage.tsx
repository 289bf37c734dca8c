import { getOpportunityArea } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { RequireAccess } from '../../session/RequireAccess.tsx';
import { BoardForm } from './BoardForm.tsx';

/** Record an area's partnership board chair: the national team anywhere, area leads for their own areas. */
export function BoardPage({ id }: { id: string }) {
  return (
    <RequireAccess permission="area:write" scopeRef={`area:${id}`}>
      <BoardLoader id={id} />
    </RequireAccess>
  );
}

function BoardLoader({ id }: { id: string }) {
  const state = useApi(`opportunity-area:${id}`, (signal) => getOpportunityArea(id, signal));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  const area = state.data;
  return (
    <>
      <a href={`/areas/${encodeURIComponent(area.id)}`} className="govuk-back-link oa-back-link">
        Back to {area.name}
      </a>
      <BoardForm area={area} />
    </>
  );
}
