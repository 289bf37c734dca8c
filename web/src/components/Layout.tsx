import { useEffect, useRef, type ReactNode } from 'react';
import { Footer } from './Footer.tsx';
import { Header } from './Header.tsx';
import { initGovukFrontend } from './init-govuk-frontend.ts';
import { PhaseBanner } from './PhaseBanner.tsx';

/** The GOV.UK page template: skip link, header, phase banner, main content and footer. */
export function Layout({ pathname, children }: { pathname: string; children: ReactNode }) {
  const chrome = useRef<HTMLDivElement>(null);
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);

  useEffect(() => {
    if (chrome.current !== null) initGovukFrontend(chrome.current);
  }, []);

  useEffect(() => {
    // After a client-side navigation, start screen readers and keyboard users at the new page's content,
    // as a full page load would. The first page keeps the browser's own starting point.
    if (pathname !== firstPath.current) {
      firstPath.current = '';
      main.current?.focus({ preventScroll: true });
    }
  }, [pathname]);

  return (
    <div ref={chrome}>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <Header pathname={pathname} />
      <div className="govuk-width-container">
        <PhaseBanner />
        <main className="govuk-main-wrapper oa-main" id="main-content" tabIndex={-1} ref={main}>
          {children}
        </main>
      </div>
      <Footer />
    </div>
  );
}
