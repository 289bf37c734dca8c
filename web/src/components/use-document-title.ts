import { useEffect } from 'react';

const SERVICE_NAME = 'Opportunity Areas';

/**
 * Sets the browser title GOV.UK style, page first: "Blackpool – Opportunity Areas".
 * Only the component that renders the page's h1 should call it, so the title matches the heading.
 */
export function useDocumentTitle(pageTitle: string | null): void {
  useEffect(() => {
    document.title = pageTitle === null ? SERVICE_NAME : `${pageTitle} – ${SERVICE_NAME}`;
  }, [pageTitle]);
}
