import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Footer } from './Footer.tsx';
import { Header } from './Header.tsx';
import { PageNoticesContext } from './page-notices.ts';
import { PhaseBanner } from './PhaseBanner.tsx';
import { SkipLink } from './SkipLink.tsx';

/** The GOV.UK page template: skip link, header, phase banner, main content and footer. */
export function Layout({ pathname, children }: { pathname: string; children: ReactNode }) {
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);
  const [summarySlot, setSummarySlot] = useState<HTMLDivElement | null>(null);
  const [summaries, setSummaries] = useState({ pathname, shown: 0 });
  // Each page counts its own error summaries: a banner on the next page is not stale.
  const summariesShown = summaries.pathname === pathname ? summaries.shown : 0;
  const summaryShown = useCallback(() => {
    setSummaries((current) => ({ pathname, shown: (current.pathname === pathname ? current.shown : 0) + 1 }));
  }, [pathname]);
  const notices = useMemo(() => ({ summarySlot, summariesShown, summaryShown }), [summarySlot, summariesShown, summaryShown]);

  useEffect(() => {
    // After a client-side navigation, start screen readers and keyboard users at the new page's content,
    // as a full page load would. The first page keeps the browser's own starting point.
    if (pathname !== firstPath.current) {
      firstPath.current = '';
      main.current?.focus({ preventScroll: true });
    }
  }, [pathname]);

  return (
    <div>
      <SkipLink targetId="main-content" />
      <Header pathname={pathname} />
      <div className="govuk-width-container">
        <PhaseBanner />
        <main className="govuk-main-wrapper oa-main" id="main-content" tabIndex={-1} ref={main}>
          {/* Every error summary is drawn here, at the top of the main content, wherever its form is on the page. */}
          <div ref={setSummarySlot} className="oa-error-summary-slot" />
          <PageNoticesContext.Provider value={notices}>{children}</PageNoticesContext.Provider>
        </main>
      </div>
      <Footer />
    </div>
  );
}
