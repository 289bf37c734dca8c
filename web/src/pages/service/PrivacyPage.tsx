import { ApiFailure } from '../../components/ApiFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import type { ServiceInfo } from '../../api/service-client.ts';
import { ContactDetails } from './ContactDetails.tsx';
import { useServiceInfo } from './use-service-info.ts';

export function PrivacyPage() {
  useDocumentTitle('Privacy notice');
  const state = useServiceInfo();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Privacy notice</h1>
        <p className="govuk-body">
          This notice says what personal data this service holds, why, who can see it, how long it is kept, and what you can do about it. The
          organisation running this copy of the service is the data controller.
        </p>
        {state.status === 'loading' && <Loading />}
        {state.status === 'failed' && <ApiFailure error={state.error} />}
        {state.status === 'loaded' && <PrivacyDetails info={state.data} />}
      </div>
    </div>
  );
}

function PrivacyDetails({ info }: { info: ServiceInfo }) {
  return (
    <>
      <h2 className="govuk-heading-l">Pupils</h2>
      <h3 className="govuk-heading-m">What is held</h3>
      <p className="govuk-body">
        For careers work, schools record each pupil’s encounters with the world of work, so that every pupil aged 11 to 18 can be seen to
        have at least four. For each pupil the service keeps:
      </p>
      <ul className="govuk-list govuk-list--bullet">
        <li>a pseudonym in place of the unique pupil number (UPN): a keyed hash made with a secret key held by this installation</li>
        <li>the school (its URN), year group, whether the pupil is eligible for free school meals, and the date they left, if they have</li>
        <li>each encounter’s date and type, and the employer’s name where there was one</li>
      </ul>
      <p className="govuk-body">
        The UPN itself is never stored or written to a log: it is replaced by its pseudonym as a file is read. Names, addresses and dates of
        birth are not asked for.
      </p>
      <h3 className="govuk-heading-m">Why</h3>
      <p className="govuk-body">
        To show each school, area and the national team which pupils have had the encounters the careers guidance asks for, and whether
        disadvantaged pupils are reached as often as others.
      </p>
      <h3 className="govuk-heading-m">Who can see it</h3>
      <p className="govuk-body">
        Pupil-level records are shown only to users of the school that recorded them and to the national programme team. Everyone else sees
        figures: counts below {info.suppressionThreshold} are hidden, and so are any figures from which a hidden count could be worked out.
        Every change is recorded in an audit log saying who made it and when.
      </p>
      <h3 className="govuk-heading-m">How long it is kept</h3>
      <p className="govuk-body">
        A pupil’s records are deleted {info.retentionYears} years after the date they left their school, and are not brought back by
        importing an old file again. Pupils still on roll are kept.
      </p>
      <h2 className="govuk-heading-l">People who use the service</h2>
      <p className="govuk-body">
        For each user the service keeps their email address, their role and the areas, hubs or schools they work with, a one-way hash of their
        password (or the sign-in provider’s identifier), their sessions, and an audit log of what they changed and when they signed in and
        out. It sets one cookie while you are signed in: see <a className="govuk-link" href="/cookies">cookies</a>.
      </p>
      <h2 className="govuk-heading-l">Your rights</h2>
      <p className="govuk-body">
        You can ask what data is held about you or your child, and ask for it to be corrected or deleted. Because pupils are held under a
        pseudonym, a request about a pupil goes through their school, which holds the UPN. You can also complain to the Information
        Commissioner’s Office.
      </p>
      <h2 className="govuk-heading-l">Contact</h2>
      <ContactDetails info={info} />
    </>
  );
}
