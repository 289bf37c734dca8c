import type { ReactNode } from 'react';

/** A GOV.UK form group: label, optional hint and inline error message above the control. */
export function FormGroup({ id, label, hint, error, children }: { id: string; label: string; hint: string | undefined; error: string | undefined; children: ReactNode }) {
  return (
    <div className={error === undefined ? 'govuk-form-group' : 'govuk-form-group govuk-form-group--error'}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
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
      {children}
    </div>
  );
}
