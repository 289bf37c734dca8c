import { useEffect, useState } from 'react';
import { dateProblem, partsOf, splitWholeDate, valueOf, type DatePart, type DateParts } from './date-parts.ts';
import { describedBy } from './field-ids.ts';

export interface DateInputProps {
  /** The day field's id and name, and what an error summary link points at ("#id"); month and year are `id-month`, `id-year`. */
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  /** ISO `2018-01-12` (or `2018-01` where `monthEnough`), `''`, or the parts as typed (see date-parts.ts). */
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The day may be left out, for dates known only to the month. */
  readonly monthEnough?: boolean;
}

const PARTS: readonly { part: DatePart; label: string; width: '2' | '4' }[] = [
  { part: 'day', label: 'Day', width: '2' },
  { part: 'month', label: 'Month', width: '2' },
  { part: 'year', label: 'Year', width: '4' },
];

/**
 * The GOV.UK date input: day, month and year in a fieldset. A whole date typed or pasted into one field
 * ("12/01/2018", "12 January 2018") is spread across the three; month names are accepted.
 */
export function DateInput({ id, label, hint, error, value, onChange, monthEnough = false }: DateInputProps) {
  const [parts, setParts] = useState<DateParts>(() => partsOf(value));
  // A value set from outside (a form cleared after saving) replaces what is typed.
  useEffect(() => {
    if (valueOf(parts) !== value) setParts(partsOf(value));
  }, [value]);
  const inError = new Set<DatePart>(error === undefined ? [] : (dateProblem(value, '', { monthEnough })?.parts ?? ['day', 'month', 'year']));
  const change = (part: DatePart, text: string): void => {
    const next = splitWholeDate(text) ?? { ...parts, [part]: text };
    setParts(next);
    onChange(valueOf(next));
  };
  const fieldId = (part: DatePart): string => (part === 'day' ? id : `${id}-${part}`);
  return (
    <div className={error === undefined ? 'govuk-form-group' : 'govuk-form-group govuk-form-group--error'}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend">{label}</legend>
        {hint !== undefined && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        {error !== undefined && (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="govuk-date-input" id={`${id}-date`}>
          {PARTS.map(({ part, label: partLabel, width }) => (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={fieldId(part)}>
                  {partLabel}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${width}${inError.has(part) ? ' govuk-input--error' : ''}`}
                  id={fieldId(part)}
                  name={fieldId(part)}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  spellCheck={false}
                  value={parts[part]}
                  onChange={(event) => {
                    change(part, event.target.value);
                  }}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
