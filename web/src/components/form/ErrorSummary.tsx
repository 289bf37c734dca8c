import { ErrorSummary as GovukErrorSummary } from 'govuk-frontend';
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { usePageNotices } from '../page-notices.ts';
import { useGovukComponent } from '../use-govuk-component.ts';
import type { SummaryError } from './form-errors.ts';

export type { SummaryError } from './form-errors.ts';

/**
 * The GOV.UK error summary, shown after a failed submit at the top of the page's main content, wherever
 * the form is (the page template gives it its place), with every problem. govuk-frontend moves focus to it
 * when it appears; render it with a new key after each submit so it takes focus every time. Its appearing
 * retires any success banner already on the page.
 */
export function ErrorSummary({ errors }: { errors: readonly SummaryError[] }) {
  const ref = useGovukComponent<HTMLDivElement>(GovukErrorSummary);
  const notices = usePageNotices();
  const shown = errors.length > 0;
  const summaryShown = notices?.summaryShown;
  useEffect(() => {
    if (shown) summaryShown?.();
  }, [shown, summaryShown]);
  if (errors.length === 0) return null;
  const summary = (
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
  return notices?.summarySlot == null ? summary : createPortal(summary, notices.summarySlot);
}
