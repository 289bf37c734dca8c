/** In a landmark of its own, as all content must be (axe's region rule), named so it is told apart. */
export function PhaseBanner() {
  return (
    <aside className="govuk-phase-banner" aria-label="Service phase">
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
    </aside>
  );
}
