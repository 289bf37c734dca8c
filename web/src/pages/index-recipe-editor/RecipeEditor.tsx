import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { saveRecipe, type EditableRecipe } from '../../api/index-recipes-client.ts';
import type { Indicator, IndexResult } from '../../api/public-data-types.ts';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { plainRecipeProblems, splitRecipeMessage } from '../index/recipe-problems.ts';
import { Select } from '../../components/form/Select.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { copyName, editRecipe } from './edit-recipe.ts';
import { RecipePreview } from './RecipePreview.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';

const POLARITY_OPTIONS = [
  { value: 'higher_is_better', text: 'Higher is better' },
  { value: 'higher_is_worse', text: 'Higher is worse' },
] as const;

type Saved = { name: string; version: number; created: boolean };

/** Stages, indicators, weights and polarities of a recipe, a live preview of the ranking, and saving a new version. */
export function RecipeEditor({ start, source, indicators, base, baseLabel }: { start: EditableRecipe; source: 'shipped' | 'saved'; indicators: readonly Indicator[]; base: IndexResult | null; baseLabel: string }) {
  const [recipe, setRecipe] = useState<EditableRecipe>(() => ({ ...start, name: copyName(start.name, source) }));
  const [note, setNote] = useState('');
  const [adding, setAdding] = useState<Record<number, string>>({});
  const [saved, setSaved] = useState<Saved | null>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const banner = useRef<HTMLDivElement>(null);
  // The Save button is at the foot of a long form: take the user to the result.
  useEffect(() => {
    if (saved !== null) banner.current?.focus();
  }, [saved]);
  const nameOf = new Map(indicators.map((i) => [i.code, i.name]));
  const used = new Set(recipe.stages.flatMap((s) => s.indicators.map((i) => i.code)));
  const unused = indicators.filter((i) => !used.has(i.code));

  const onSave = async (): Promise<void> => {
    setSaved(null);
    try {
      setSaved(await saveRecipe(recipe, note));
      setProblems([]);
    } catch (error) {
      const stageNames = recipe.stages.map((stage) => stage.name);
      if (error instanceof ApiError) {
        const found = error.fields.length > 0 ? error.fields.map((f) => ({ path: f.field, message: f.message })) : splitRecipeMessage(error.message);
        setProblems(plainRecipeProblems(found, stageNames));
      } else {
        console.error(error);
        setProblems(['Sorry, there is a problem with the service. The recipe was not saved. Try again later.']);
      }
      setAttempt((n) => n + 1);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-one-half-from-desktop oa-recipe-editor">
        <ErrorSummary key={attempt} errors={problems.map((message) => ({ message }))} />
        {saved !== null && (
          <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" id="recipe-saved" tabIndex={-1} ref={banner}>
            <div className="govuk-notification-banner__content">
              <p className="govuk-notification-banner__heading">
                {saved.created ? `Saved ${saved.name} version ${String(saved.version)}.` : `${saved.name} version ${String(saved.version)} is already this recipe: nothing was saved.`}{' '}
                <a className="govuk-notification-banner__link" href={`/index?recipe=${encodeURIComponent(`${saved.name}@${String(saved.version)}`)}`}>
                  See the full ranking
                </a>
              </p>
            </div>
          </div>
        )}
        <TextInput id="recipe-name" label="Recipe name" hint="Lower-case letters, digits and hyphens. Saving under an existing name makes its next version." value={recipe.name} onChange={(v) => { setRecipe(editRecipe.setName(recipe, v)); }} width="30" />
        <Textarea id="recipe-description" label="Description" value={recipe.description ?? ''} onChange={(v) => { setRecipe(editRecipe.setDescription(recipe, v)); }} rows={2} />
        {recipe.stages.map((stage, s) => (
          <fieldset key={stage.id} className="govuk-fieldset oa-recipe-stage" data-stage={stage.id}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{stage.name}</legend>
            <TableRegion>
            <table className="govuk-table oa-table-s">
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Indicator</th>
                  <th scope="col" className="govuk-table__header">Direction</th>
                  <th scope="col" className="govuk-table__header">Weight</th>
                  <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Remove</span></th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {stage.indicators.map((spec, i) => {
                  const label = nameOf.get(spec.code) ?? spec.code;
                  return (
                    <tr key={spec.code} className="govuk-table__row" data-indicator={spec.code}>
                      <th scope="row" className="govuk-table__header">{label}</th>
                      <td className="govuk-table__cell">
                        <select className="govuk-select" aria-label={`Direction of ${label}`} value={spec.polarity} onChange={(e) => { setRecipe(editRecipe.setPolarity(recipe, s, i, e.target.value === 'higher_is_worse' ? 'higher_is_worse' : 'higher_is_better')); }}>
                          {POLARITY_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.text}</option>)}
                        </select>
                      </td>
                      <td className="govuk-table__cell">
                        <input className="govuk-input govuk-input--width-4" inputMode="decimal" aria-label={`Weight of ${label}`} defaultValue={String(spec.weight ?? 1)} onChange={(e) => { setRecipe(editRecipe.setWeight(recipe, s, i, e.target.value)); }} />
                      </td>
                      <td className="govuk-table__cell">
                        <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => { setRecipe(editRecipe.removeIndicator(recipe, s, i)); }}>
                          Remove
                          <span className="govuk-visually-hidden"> {label}</span>
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            </TableRegion>
            {unused.length > 0 && (
              <div className="oa-filter-row">
                <Select id={`add-${stage.id}`} label={`Add an indicator to ${stage.name}`} options={[{ value: '', text: 'Choose an indicator' }, ...unused.map((i) => ({ value: i.code, text: i.name }))]} value={adding[s] ?? ''} onChange={(v) => { setAdding({ ...adding, [s]: v }); }} />
                <button type="button" className="govuk-button govuk-button--secondary" disabled={(adding[s] ?? '') === ''} onClick={() => { setRecipe(editRecipe.addIndicator(recipe, s, adding[s] ?? '', 'higher_is_better')); setAdding({ ...adding, [s]: '' }); }}>
                  Add
                </button>
              </div>
            )}
          </fieldset>
        ))}
        <TextInput id="cold-spot-share" label="Share of districts that are cold spots" hint="The bottom share of the ranking, from 0 to 1: 0.2 is the bottom fifth" value={String(recipe.coldSpot?.bottomShare ?? 0.2)} onChange={(v) => { setRecipe(editRecipe.setColdSpotShare(recipe, Number(v))); }} width="5" />
        <TextInput id="recipe-note" label="What changed and why" hint="Kept with the saved version" value={note} onChange={setNote} />
        <button type="button" className="govuk-button" onClick={() => { void onSave(); }}>
          Save as a new version
        </button>
      </div>
      <div className="govuk-grid-column-one-half-from-desktop oa-recipe-preview">
        <RecipePreview recipe={recipe} base={base} baseLabel={baseLabel} />
      </div>
    </div>
  );
}
