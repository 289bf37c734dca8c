import type { SelectOption } from './Select.tsx';

export interface CheckboxesProps {
  /** The checkboxes' name and the fieldset's id (what an error summary link points at); each box is `${name}-${value}`. */
  readonly name: string;
  readonly legend: string;
  readonly hint?: string;
  readonly error?: string;
  readonly options: readonly SelectOption[];
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
}

/** GOV.UK checkboxes in a fieldset with a small legend, an optional hint and an inline error. */
export function Checkboxes({ name, legend, hint, error, options, values, onChange }: CheckboxesProps) {
  const hintId = hint === undefined ? undefined : `${name}-hint`;
  const errorId = error === undefined ? undefined : `${name}-error`;
  const describedBy = [hintId, errorId].filter((id) => id !== undefined).join(' ');
  return (
    <div className={error === undefined ? 'govuk-form-group' : 'govuk-form-group govuk-form-group--error'}>
      <fieldset className="govuk-fieldset" id={name} aria-describedby={describedBy === '' ? undefined : describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint !== undefined && (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {error !== undefined && (
          <p id={errorId} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {options.map((option) => {
            const id = `${name}-${option.value}`;
            const checked = values.includes(option.value);
            return (
              <div key={option.value} className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  checked={checked}
                  onChange={() => {
                    onChange(checked ? values.filter((v) => v !== option.value) : [...values, option.value]);
                  }}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {option.text}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
