import { careersLinks, getSchoolCoverage } from '../../api/careers-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { ApiError } from '../../api/api-error.ts';
import { SchoolNotFound } from '../school/SchoolNotFound.tsx';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { CoverageTable } from './CoverageTable.tsx';
import { RequireAccess } from '../../session/RequireAccess.tsx';

/** A school's careers coverage by year group, FSM against others. */
export function SchoolCareersPage({ urn }: { urn: string }) {
  // Sign in first: the server answers only signed-in users here, so a visitor is not sent a refusal.
  return (
    <RequireAccess permission="signed_in">
      <SchoolCareers urn={urn} />
    </RequireAccess>
  );
}

function SchoolCareers({ urn }: { urn: string }) {
  const state = useApi(`careers-school-${urn}`, (signal) => getSchoolCoverage(urn, 4, false, signal));
  useDocumentTitle(state.status === 'loaded' ? `Careers encounters: ${state.data.school.name}` : 'Careers encounters');
  if (state.status === 'failed') return state.error instanceof ApiError && state.error.status === 404 ? <SchoolNotFound urn={urn} /> : <ApiFailure error={state.error} />;
  if (state.status === 'loading') return <Loading />;
  const { school } = state.data;
  return (
    <>
      <Breadcrumbs crumbs={[{ href: '/schools', text: 'Schools' }, { href: `/schools/${urn}`, text: school.name }]} />
      <h1 className="govuk-heading-xl">Careers encounters: {school.name}</h1>
      <p className="govuk-body oa-measure">
        The share of pupils on roll who have had at least {state.data.rule.target} encounters with employers and the world of work over their
        secondary years so far, by year group, for pupils eligible for free school meals (FSM) and others.
      </p>
      <CoverageTable coverage={state.data} caption="Pupils reaching the target, by year group" groupHeading="Year group" />
      <DownloadCsvLink href={careersLinks.school(urn, 4, false)} description={`careers coverage at ${school.name}`} />
      {!state.data.disclosureControlled && (
        <p className="govuk-body">
          <a className="govuk-link" href={`/careers/schools/${urn}/record`}>Record an encounter</a> (schools without a school information system export)
        </p>
      )}
    </>
  );
}
