import { FormGroup } from './FieldParts.tsx';
import { describedBy } from './field-ids.ts';

export interface SelectOption {
  readonly value: string;
  readonly text: string;
}

export interface SelectProps {
  /** Also the select's name, so a GET form sends it as a query parameter. */
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly options: readonly SelectOption[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string;
}

/** The GOV.UK select. GOV.UK advises against selects with many options; these have a handful. */
export function Select({ id, label, hint, options, value, onChange, error }: SelectProps) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <select
        className={error === undefined ? 'govuk-select' : 'govuk-select govuk-select--error'}
        id={id}
        name={id}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
