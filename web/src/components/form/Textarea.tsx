import { describedBy } from './field-ids.ts';
import { FormGroup } from './FieldParts.tsx';

export interface TextareaProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly rows?: number;
}

/** The GOV.UK textarea, with label, hint and inline error. */
export function Textarea({ id, label, hint, error, value, onChange, rows = 4 }: TextareaProps) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <textarea
        className={error === undefined ? 'govuk-textarea' : 'govuk-textarea govuk-textarea--error'}
        id={id}
        name={id}
        rows={rows}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    </FormGroup>
  );
}
