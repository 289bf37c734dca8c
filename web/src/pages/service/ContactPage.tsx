import { ApiFailure } from '../../components/ApiFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { ContactDetails } from './ContactDetails.tsx';
import { useServiceInfo } from './use-service-info.ts';

export function ContactPage() {
  useDocumentTitle('Contact and feedback');
  const state = useServiceInfo();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Contact and feedback</h1>
        <p className="govuk-body">
          Write to the team running this service about a problem with a page or a figure, access to your area, hub or school, your
          personal data, or the accessibility of the service.
        </p>
        {state.status === 'loading' && <Loading />}
        {state.status === 'failed' && <ApiFailure error={state.error} />}
        {state.status === 'loaded' && <ContactDetails info={state.data} />}
        <h2 className="govuk-heading-m" id="feedback">
          Feedback
        </h2>
        <p className="govuk-body">
          This is a new service, and what you tell us shapes it. Say what you were trying to do, which page you were on (its address), and
          what happened. Do not send pupils’ names or UPNs.
        </p>
        <h2 className="govuk-heading-m">Reporting a wrong figure</h2>
        <p className="govuk-body">
          Each figure names its published source. Say which page and figure, and what you expected; the <a className="govuk-link" href="/data">About the data</a> page
          says how schools are placed in districts and when a district has too little evidence for a figure.
        </p>
      </div>
    </div>
  );
}
