import { NotificationBanner } from 'govuk-frontend';
import { useState } from 'react';
import { isBannerStale, usePageNotices } from './page-notices.ts';
import { useGovukComponent } from './use-govuk-component.ts';

/**
 * The GOV.UK success notification banner, confirming what the user just did ("Board chair saved").
 * govuk-frontend moves focus to it, so screen readers announce it. Once an error summary appears after it,
 * it is gone: it would otherwise confirm something above a report of what just failed. Give it a new key
 * for each new message.
 */
export function SuccessBanner({ message }: { message: string }) {
  const ref = useGovukComponent<HTMLDivElement>(NotificationBanner);
  const notices = usePageNotices();
  const [shownAt] = useState(notices?.summariesShown ?? 0);
  if (notices !== null && isBannerStale(shownAt, notices.summariesShown)) return null;
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="success-banner-title"
      data-module="govuk-notification-banner"
      ref={ref}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="success-banner-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{message}</p>
      </div>
    </div>
  );
}
