import type { HTMLInputAutoCompleteAttribute } from 'react';
import { describedBy } from './field-ids.ts';
import { FormGroup } from './FieldParts.tsx';

export interface TextInputProps {
  /** Also the input's name, and what an error summary link points at ("#id"). */
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'email' | 'password';
  readonly autoComplete?: HTMLInputAutoCompleteAttribute;
  /** A GOV.UK width class suffix, e.g. "10" for govuk-input--width-10; full width when omitted. */
  readonly width?: '5' | '10' | '20' | '30';
}

/** The GOV.UK text input, with label, hint and inline error. */
export function TextInput({ id, label, hint, error, value, onChange, type = 'text', autoComplete, width }: TextInputProps) {
  const classes = ['govuk-input', width === undefined ? null : `govuk-input--width-${width}`, error === undefined ? null : 'govuk-input--error'];
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <input
        className={classes.filter((c) => c !== null).join(' ')}
        id={id}
        name={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellCheck={type === 'text' ? undefined : false}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    </FormGroup>
  );
}
