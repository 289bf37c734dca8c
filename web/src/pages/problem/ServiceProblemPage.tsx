import { useDocumentTitle } from '../../components/use-document-title.ts';

export function ServiceProblemPage() {
  useDocumentTitle('Sorry, there is a problem with the service');
  return (
    <>
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">Try again later.</p>
      <p className="govuk-body">
        You can <a className="govuk-link" href="/">go back to the list of Opportunity Areas</a>.
      </p>
    </>
  );
}
