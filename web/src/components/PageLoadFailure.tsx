import { Component, type MouseEvent, type ReactNode } from 'react';
import { useDocumentTitle } from './use-document-title.ts';

/**
 * Shows the GOV.UK "problem with the service" page instead of a blank one when a page cannot be drawn,
 * most often because its code could not be fetched: the connection dropped, or the service was updated
 * since this page was loaded and the old build's files are gone. Reloading fetches the current build.
 */
export class PageLoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <PageNotLoaded /> : this.props.children;
  }
}

/** A full reload: React keeps a page whose code failed to load as failed, so a client-side visit would not retry. */
function reload(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  window.location.reload();
}

function PageNotLoaded() {
  useDocumentTitle('Sorry, there is a problem with the service');
  return (
    <>
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">This page could not be loaded.</p>
      <p className="govuk-body">
        <a className="govuk-link" href={window.location.href} onClick={reload}>
          Reload the page
        </a>{' '}
        to try again.
      </p>
    </>
  );
}
