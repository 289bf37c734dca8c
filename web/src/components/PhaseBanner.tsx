export function PhaseBanner() {
  return (
    <div className="govuk-phase-banner">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">Alpha</strong>
        <span className="govuk-phase-banner__text">
          This is a new service. Figures come from published sources, listed on each page. Your{' '}
          <a className="govuk-link" href="/contact#feedback">
            feedback
          </a>{' '}
          will help us to improve it.
        </span>
      </p>
    </div>
  );
}
