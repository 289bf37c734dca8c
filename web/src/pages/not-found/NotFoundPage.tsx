import { useDocumentTitle } from '../../components/use-document-title.ts';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        You can <a className="govuk-link" href="/">see all 12 Opportunity Areas</a> or{' '}
        <a className="govuk-link" href="/funding">see how the programme was funded</a>.
      </p>
    </>
  );
}
