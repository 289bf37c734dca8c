import type { SelectOption } from './Select.tsx';

export interface RadiosProps {
  /** The radios' name; each input's id is `${name}-${value}`. */
  readonly name: string;
  readonly legend: string;
  readonly hint?: string;
  readonly options: readonly SelectOption[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Small, side-by-side radios, for short choices such as a number of classes. */
  readonly inline?: boolean;
}

/** GOV.UK radios in a fieldset with a small legend. */
export function Radios({ name, legend, hint, options, value, onChange, inline = false }: RadiosProps) {
  const hintId = hint === undefined ? undefined : `${name}-hint`;
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby={hintId}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint !== undefined && (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        <div className={`govuk-radios govuk-radios--small${inline ? ' govuk-radios--inline' : ''}`}>
          {options.map((option) => {
            const id = `${name}-${option.value}`;
            return (
              <div key={option.value} className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={option.value}
                  checked={option.value === value}
                  onChange={() => {
                    onChange(option.value);
                  }}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
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
