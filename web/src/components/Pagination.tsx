/** How many page links to show either side of the current page before an ellipsis. */
const NEIGHBOURS = 1;

/**
 * The page numbers to offer, GOV.UK style: first, last, the current page and its neighbours, with null
 * for a gap. `pageItems(5, 10)` → [1, null, 4, 5, 6, null, 10]; `pageItems(2, 3)` → [1, 2, 3].
 */
export function pageItems(current: number, last: number): (number | null)[] {
  const items: (number | null)[] = [];
  for (let page = 1; page <= last; page += 1) {
    const near = Math.abs(page - current) <= NEIGHBOURS;
    if (page === 1 || page === last || near) items.push(page);
    else if (items.at(-1) !== null) items.push(null);
  }
  return items;
}

/** The GOV.UK pagination component for a list of `lastPage` pages; nothing when there is only one page. */
export function Pagination({ page, lastPage, hrefFor }: { page: number; lastPage: number; hrefFor: (page: number) => string }) {
  if (lastPage <= 1) return null;
  return (
    <nav className="govuk-pagination" aria-label="Pagination">
      {page > 1 && (
        <div className="govuk-pagination__prev">
          <a className="govuk-link govuk-pagination__link" href={hrefFor(page - 1)} rel="prev">
            <svg className="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
            </svg>
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </a>
        </div>
      )}
      <ul className="govuk-pagination__list">
        {pageItems(page, lastPage).map((item, index) =>
          item === null ? (
            // Gaps have no identity of their own; their position among the items is stable for one render.
            <li key={`gap-${String(index)}`} className="govuk-pagination__item govuk-pagination__item--ellipsis">
              {'\u22EF'}
            </li>
          ) : (
            <li key={item} className={`govuk-pagination__item${item === page ? ' govuk-pagination__item--current' : ''}`}>
              <a className="govuk-link govuk-pagination__link" href={hrefFor(item)} aria-label={`Page ${String(item)}`} aria-current={item === page ? 'page' : undefined}>
                {item}
              </a>
            </li>
          ),
        )}
      </ul>
      {page < lastPage && (
        <div className="govuk-pagination__next">
          <a className="govuk-link govuk-pagination__link" href={hrefFor(page + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            <svg className="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
            </svg>
          </a>
        </div>
      )}
    </nav>
  );
}
