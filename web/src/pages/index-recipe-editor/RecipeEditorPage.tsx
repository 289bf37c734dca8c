import { getRecipe } from '../../api/index-recipes-client.ts';
import { getIndex, getIndicators } from '../../api/public-data-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useSearch } from '../../router/navigation.ts';
import { RequireAccess } from '../../session/RequireAccess.tsx';
import { DEFAULT_RECIPE, parseIndexFilters } from '../index/index-filters.ts';
import { RecipeEditor } from './RecipeEditor.tsx';

const TITLE = 'Change an index recipe';

/** /index/recipes/edit?from=NAME: the national team's and analysts' recipe editor with a live preview. */
export function RecipeEditorPage() {
  useDocumentTitle(TITLE);
  const from = parseIndexFilters(`recipe=${new URLSearchParams(useSearch()).get('from') ?? DEFAULT_RECIPE}`).recipe.split('@')[0] ?? DEFAULT_RECIPE;
  return (
    <RequireAccess permission="index:write">
      <span className="govuk-caption-xl">Cold-spot index</span>
      <h1 className="govuk-heading-xl">{TITLE}</h1>
      <p className="govuk-body oa-measure">
        Change the indicators, their direction and weights, and see straight away how the ranking and its cold spots change. Nothing is saved until you
        save a new version; every saved version is kept.
      </p>
      <Editor from={from} />
    </RequireAccess>
  );
}

function Editor({ from }: { from: string }) {
  const detail = useApi(`index-recipe:${from}`, (signal) => getRecipe(from, signal));
  const indicators = useApi('indicators', getIndicators);
  const base = useApi(`index:${from}`, (signal) => getIndex(from, signal));
  const failure = [detail, indicators].find((s) => s.status === 'failed');
  if (failure?.status === 'failed') return <ApiFailure error={failure.error} />;
  if (detail.status !== 'loaded' || indicators.status !== 'loaded' || base.status === 'loading') return <Loading />;
  const label = detail.data.source === 'saved' ? `${from} version ${String(detail.data.version ?? 1)}` : from;
  return (
    <RecipeEditor
      start={detail.data.recipe}
      source={detail.data.source}
      indicators={indicators.data.items}
      base={base.status === 'loaded' ? base.data : null}
      baseLabel={label}
    />
  );
}
