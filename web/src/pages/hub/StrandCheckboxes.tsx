import type { ToolkitStrand } from '../../api/public-data-types.ts';

/** GOV.UK checkboxes for choosing Toolkit strands by slug, with the field's error when there is one. */
export function StrandCheckboxes({ id, legend, hint, strands, chosen, error, onToggle }: {
  id: string;
  legend: string;
  hint: string;
  strands: readonly ToolkitStrand[];
  chosen: readonly string[];
  error: string | undefined;
  onToggle: (slug: string) => void;
}) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`} id={id}>
      <fieldset className="govuk-fieldset" aria-describedby={`${id}-hint`}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
        {error !== undefined && (
          <p className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {strands.map((s) => (
            <div className="govuk-checkboxes__item" key={s.slug}>
              <input className="govuk-checkboxes__input" id={`${id}-${s.slug}`} type="checkbox" checked={chosen.includes(s.slug)} onChange={() => { onToggle(s.slug); }} />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={`${id}-${s.slug}`}>
                {s.name}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
