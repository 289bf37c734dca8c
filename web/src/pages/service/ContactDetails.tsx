import type { ServiceInfo } from '../../api/service-client.ts';

/** The operator's address, or a plain statement that they have not given one (never an invented address). */
export function ContactDetails({ info }: { info: ServiceInfo }) {
  if (info.contactEmail === null) {
    return (
      <p className="govuk-body">
        The organisation running this copy of the service has not given a contact address yet (it is set with the{' '}
        <code>OA_CONTACT_EMAIL</code> setting). Ask the person who gave you access to the service.
      </p>
    );
  }
  return (
    <p className="govuk-body">
      Email:{' '}
      <a className="govuk-link" href={`mailto:${info.contactEmail}`}>
        {info.contactEmail}
      </a>
    </p>
  );
}
