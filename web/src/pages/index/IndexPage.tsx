import { useState, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { csvLink, getIndex } from '../../api/public-data-client.ts';
import type { IndexResult } from '../../api/public-data-types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { MissingDataNote } from '../../components/first-run/MissingDataNote.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { Select } from '../../components/form/Select.tsx';
import { LeftOutNote } from '../../components/LeftOutNote.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { navigate, useSearch } from '../../router/navigation.ts';
import { IndexTable } from './IndexTable.tsx';
import { describeRecipe, INDEX_SHOWS, indexPagePath, parseIndexFilters, RECIPE_NAMES, SHOW_NAMES, type IndexFilters } from './index-filters.ts';
import { BandMap } from './BandMap.tsx';
import { readRecipeProblems, splitRecipeMessage } from './recipe-problems.ts';
import { getRecipes } from '../../api/index-recipes-client.ts';
import { useSession } from '../../session/session-context.ts';

const TITLE = 'Cold-spot index';

/** Every district ranked by a social mobility index recipe, with its cold and hot spots. */
export function IndexPage() {
  useDocumentTitle(TITLE);
  const query = useSearch();
  const filters = parseIndexFilters(query);
  return (
    <>
      <span className="govuk-caption-xl">Social mobility</span>
      <h1 className="govuk-heading-xl">{TITLE}</h1>
      <div className="oa-measure">
        <p className="govuk-body">
          The index combines indicators for each stage of life into one score per district and ranks every district by it. A cold spot
          is a district in the bottom fifth of the ranking; a hot spot is one in the top fifth.
        </p>
        <p className="govuk-body">
          The 90% rank interval shows how far a district’s rank moves when every weight in the index is varied by up to 20% either
          way. The probability of being a cold spot is the share of those varied rankings in which the district is a cold spot.
        </p>
        <p className="govuk-body">See the methodology in the project documentation.</p>
      </div>
      <FilterForm key={query} filters={filters} />
      <IndexResults filters={filters} />
    </>
  );
}

function FilterForm({ filters }: { filters: IndexFilters }) {
  const [values, setValues] = useState(filters);
  const recipes = useApi('index-recipes', getRecipes);
  const listed = recipes.status === 'loaded' ? recipes.data.items.map((r) => ({ value: r.name, text: describeRecipe(r) })) : [];
  // The recipe in the link is always a choice, even before the list arrives or when it names a version.
  const recipeOptions = listed.some((o) => o.value === values.recipe) ? listed : [{ value: values.recipe, text: RECIPE_NAMES[values.recipe] ?? values.recipe }, ...listed];
  const onSubmit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    navigate(indexPagePath(values));
  };
  return (
    <form method="get" action="/index" noValidate onSubmit={onSubmit}>
      <div className="oa-filter-row">
        <Select
          id="recipe"
          label="Index recipe"
          {...(recipes.status === 'loaded' && recipes.data.more ? { hint: 'The shipped recipes and those saved most recently: open an older saved recipe by putting its name in the address (/index?recipe=its-name).' } : {})}
          options={recipeOptions}
          value={values.recipe}
          onChange={(recipe) => {
            setValues({ ...values, recipe });
          }}
        />
        <Select
          id="show"
          label="Show"
          options={INDEX_SHOWS.map((show) => ({ value: show, text: SHOW_NAMES[show] }))}
          value={values.show}
          onChange={(value) => {
            const show = INDEX_SHOWS.find((s) => s === value);
            if (show !== undefined) setValues({ ...values, show });
          }}
        />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Apply
      </button>
    </form>
  );
}

function IndexResults({ filters }: { filters: IndexFilters }) {
  const state = useApi(`index:${filters.recipe}`, (signal) => getIndex(filters.recipe, signal));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') {
    // A recipe whose data is not loaded (400) is a fact about this installation: say what fills it.
    if (state.error instanceof ApiError && state.error.status === 400) return <RecipeNotRunnable message={state.error.message} />;
    return <ApiFailure error={state.error} />;
  }
  return <IndexView index={state.data} filters={filters} />;
}

function RecipeNotRunnable({ message }: { message: string }) {
  const { missingIndicators, others } = readRecipeProblems(splitRecipeMessage(message));
  if (others.length === 0) {
    return (
      <MissingDataNote missing="indicators" id="index-missing-data">
        No index yet: {missingIndicators.length === 1 ? 'the indicator' : `the ${String(missingIndicators.length)} indicators`} this recipe is
        built from {missingIndicators.length === 1 ? 'has' : 'have'} not been loaded.
      </MissingDataNote>
    );
  }
  return (
    <div className="govuk-inset-text" id="index-missing-data">
      <p className="govuk-body">This index cannot be calculated:</p>
      <ul className="govuk-list govuk-list--bullet">
        {others.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}

function IndexView({ index, filters }: { index: IndexResult; filters: IndexFilters }) {
  const { can } = useSession();
  const areas = index.areas.filter((area) => (filters.show === 'cold' ? area.coldSpot : filters.show === 'hot' ? area.hotSpot : true));
  return (
    <>
      <div className="govuk-inset-text">{index.recipe.description}</div>
      {can('index:write') && (
        <p className="govuk-body">
          <a className="govuk-link" href={`/index/recipes/edit?from=${encodeURIComponent(filters.recipe)}`}>
            Change the weights of this index and see the effect
          </a>
        </p>
      )}
      <h2 className="govuk-heading-m">Map of bands</h2>
      <BandMap index={index} />
      <p className="govuk-body">
        {index.areas.length} districts ranked, {index.coldSpotCount} of them cold spots. Showing {areas.length}.
      </p>
      <LeftOutNote leftOut={index.leftOut} id="index-left-out" />
      <IndexTable caption={index.recipe.name} stages={index.recipe.stages} areas={areas} />
      <DownloadCsvLink href={csvLink('/api/index', { recipe: filters.recipe })} description={`the ${index.recipe.name} for every district`} />
      {index.excluded.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Districts not ranked</h2>
          <ul className="govuk-list govuk-list--bullet" id="index-excluded">
            {index.excluded.map((area) => (
              <li key={area.areaCode}>
                <a className="govuk-link" href={`/areas/${encodeURIComponent(area.areaCode)}`}>
                  {area.areaName}
                </a>
                : {area.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
