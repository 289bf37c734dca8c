import { NotificationBanner } from 'govuk-frontend';
import { useGovukComponent } from './use-govuk-component.ts';

/**
 * The GOV.UK success notification banner, confirming what the user just did ("Board chair saved").
 * govuk-frontend moves focus to it, so screen readers announce it.
 */
export function SuccessBanner({ message }: { message: string }) {
  const ref = useGovukComponent<HTMLDivElement>(NotificationBanner);
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
