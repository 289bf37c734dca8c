import { ErrorSummary as GovukErrorSummary } from 'govuk-frontend';
import { useGovukComponent } from '../use-govuk-component.ts';

export interface SummaryError {
  readonly message: string;
  /** The field to jump to, as "#email"; omitted for a problem with the whole form. */
  readonly href?: string;
}

/**
 * The GOV.UK error summary, shown at the top of a form after a failed submit. govuk-frontend moves focus
 * to it when it appears; render it with a new key after each submit so it takes focus every time.
 */
export function ErrorSummary({ errors }: { errors: readonly SummaryError[] }) {
  const ref = useGovukComponent<HTMLDivElement>(GovukErrorSummary);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.href ?? ''}${error.message}`}>
                {error.href === undefined ? error.message : <a href={error.href}>{error.message}</a>}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
