export interface Crumb {
  readonly href: string;
  readonly text: string;
}

/** GOV.UK breadcrumbs: the pages above this one, broadest first. The current page is not repeated. */
export function Breadcrumbs({ crumbs }: { crumbs: readonly Crumb[] }) {
  if (crumbs.length === 0) return null;
  return (
    <nav className="govuk-breadcrumbs oa-breadcrumbs" aria-label="Breadcrumb">
      <ol className="govuk-breadcrumbs__list">
        {crumbs.map((crumb) => (
          <li key={crumb.href} className="govuk-breadcrumbs__list-item">
            <a className="govuk-breadcrumbs__link" href={crumb.href}>
              {crumb.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
