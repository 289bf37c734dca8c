import { useEffect, useState } from 'react';
import { compareRankings } from '../../../../src/domain/social-mobility-index/index.ts';
import { ApiError } from '../../api/api-error.ts';
import { previewRecipe, type EditableRecipe } from '../../api/index-recipes-client.ts';
import type { IndexResult } from '../../api/public-data-types.ts';
import { MissingDataNote } from '../../components/first-run/MissingDataNote.tsx';
import { readRecipeProblems, splitRecipeMessage, type RecipeProblems } from '../index/recipe-problems.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

// Long enough that typing a weight does not send a request per key press.
const DEBOUNCE_MS = 400;

type PreviewState =
  | { status: 'waiting' }
  | { status: 'ready'; result: IndexResult }
  | { status: 'invalid'; problems: RecipeProblems }
  | { status: 'failed'; message: string };

/** The edited recipe's ranking beside the one it started from, recalculated shortly after each change. */
export function RecipePreview({ recipe, base, baseLabel }: { recipe: EditableRecipe; base: IndexResult | null; baseLabel: string }) {
  const [state, setState] = useState<PreviewState>({ status: 'waiting' });
  const json = JSON.stringify(recipe);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      previewRecipe(JSON.parse(json) as EditableRecipe).then(
        (result) => {
          if (current) setState({ status: 'ready', result });
        },
        (error: unknown) => {
          if (!current) return;
          if (error instanceof ApiError && error.status === 400) {
            const problems = error.fields.length > 0 ? error.fields.map((f) => ({ path: f.field, message: f.message })) : splitRecipeMessage(error.message);
            const stageNames = (JSON.parse(json) as EditableRecipe).stages.map((stage) => stage.name);
            setState({ status: 'invalid', problems: readRecipeProblems(problems, stageNames) });
          } else setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [json]);

  return (
    <div id="recipe-preview" aria-live="polite">
      <h2 className="govuk-heading-m">Preview</h2>
      {state.status === 'waiting' && <p className="govuk-body">Calculating…</p>}
      {state.status === 'failed' && <p className="govuk-error-message">The preview could not be calculated: {state.message}</p>}
      {state.status === 'invalid' && state.problems.missingIndicators.length > 0 && (
        <MissingDataNote missing="indicators" id="recipe-preview-missing">
          These indicators are not loaded yet, so the preview cannot be calculated: {state.problems.missingIndicators.join(', ')}.
        </MissingDataNote>
      )}
      {state.status === 'invalid' && state.problems.others.length > 0 && <RecipeProblemList problems={state.problems.others} />}
      {state.status === 'ready' && <PreviewResult result={state.result} base={base} baseLabel={baseLabel} />}
    </div>
  );
}

function PreviewResult({ result, base, baseLabel }: { result: IndexResult; base: IndexResult | null; baseLabel: string }) {
  const change = base === null ? null : compareRankings(base.areas, result.areas);
  const worst = [...result.areas].sort((a, b) => b.rank - a.rank).slice(0, 15);
  const before = new Map(base?.areas.map((a) => [a.code, a.rank]) ?? []);
  return (
    <>
      <p className="govuk-body" id="recipe-preview-summary">
        {result.areas.length} districts ranked, {result.coldSpotCount} of them cold spots.
        {change !== null && ` Compared with ${baseLabel}: ${String(change.joinedColdSpots.length)} became cold spots and ${String(change.leftColdSpots.length)} stopped being cold spots.`}
      </p>
      {change !== null && change.joinedColdSpots.length + change.leftColdSpots.length > 0 && (
        <dl className="govuk-summary-list" id="recipe-preview-changes">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Became cold spots</dt>
            <dd className="govuk-summary-list__value">{change.joinedColdSpots.map((p) => p.name).join(', ') || 'None'}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Stopped being cold spots</dt>
            <dd className="govuk-summary-list__value">{change.leftColdSpots.map((p) => p.name).join(', ') || 'None'}</dd>
          </div>
        </dl>
      )}
      <TableRegion>
        <table className="govuk-table oa-table-s" id="recipe-preview-table">
          <caption className="govuk-table__caption govuk-table__caption--s">The 15 lowest-ranked districts with this recipe</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">District</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Rank</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Rank before</th>
              <th scope="col" className="govuk-table__header">Cold spot</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {worst.map((area) => (
              <tr key={area.code} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">{area.name}</th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{area.rank}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{before.get(area.code) ?? '–'}</td>
                <td className="govuk-table__cell">{area.coldSpot ? 'Yes' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}

/**
 * The recipe's problems while it is being edited. Styled as an error summary but without its script,
 * which would move focus to it: that would pull the cursor out of the field the user is typing in.
 */
function RecipeProblemList({ problems }: { problems: readonly string[] }) {
  return (
    <div className="govuk-error-summary">
      <h3 className="govuk-error-summary__title">This recipe cannot be calculated yet</h3>
      <div className="govuk-error-summary__body">
        <ul className="govuk-list govuk-error-summary__list">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
