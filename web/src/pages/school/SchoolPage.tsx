import { ApiError } from '../../api/api-error.ts';
import { getSchool } from '../../api/public-data-client.ts';
import type { SchoolProfile } from '../../api/public-data-types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SuccessBanner } from '../../components/SuccessBanner.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useFlash } from '../../router/use-flash.ts';
import { DestinationsTable, Ks2Table, Ks4Table, PupilsTable } from './school-tables.tsx';
import { SchoolEngagement } from './SchoolEngagement.tsx';
import { SchoolHistory } from './SchoolHistory.tsx';
import { SchoolNotFound } from './SchoolNotFound.tsx';
import { SchoolSources } from './SchoolSources.tsx';
import { SchoolSummaryList } from './SchoolSummaryList.tsx';
import { SimilarSchools } from './SimilarSchools.tsx';

export function SchoolPage({ urn }: { urn: string }) {
  const state = useApi(`school:${urn}`, (signal) => getSchool(urn, signal));
  const flash = useFlash();
  return (
    <>
      <a href="/schools" className="govuk-back-link oa-back-link">
        Find a school
      </a>
      {flash !== null && <SuccessBanner message={flash} />}
      {state.status === 'loading' && <Loading />}
      {state.status === 'loaded' && <SchoolProfileView school={state.data} />}
      {state.status === 'failed' && (state.error instanceof ApiError && state.error.status === 404 ? <SchoolNotFound urn={urn} /> : <ApiFailure error={state.error} />)}
    </>
  );
}

function SchoolProfileView({ school }: { school: SchoolProfile }) {
  useDocumentTitle(school.name);
  const hasFigures = school.census.length + school.ks2.length + school.ks4.length + school.destinations.length > 0;
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <span className="govuk-caption-xl">School</span>
          <h1 className="govuk-heading-xl">{school.name}</h1>
          <SchoolSummaryList school={school} />
          {(school.phase === 'secondary' || school.phase === 'all-through') && (
            <p className="govuk-body">
              <a className="govuk-link" href={`/careers/schools/${String(school.urn)}`}>Careers encounters</a>
            </p>
          )}
          <p className="govuk-body">
            <a className="govuk-link" href={`/catch-up/schools/${String(school.urn)}`}>Catch-up tutoring</a>
          </p>
          <p className="govuk-body">
            <a className="govuk-link" href={`/holiday/schools/${String(school.urn)}`}>Holiday activities: the school’s pupils at holiday clubs</a>
          </p>
        </div>
      </div>
      {school.census.length > 0 && <PupilsTable rows={school.census} urn={school.urn} />}
      {school.ks2.length > 0 && <Ks2Table rows={school.ks2} urn={school.urn} />}
      {school.ks4.length > 0 && <Ks4Table rows={school.ks4} urn={school.urn} />}
      {school.destinations.length > 0 && <DestinationsTable rows={school.destinations} urn={school.urn} />}
      {!hasFigures && <p className="govuk-body">No census, results or destinations figures have been loaded for this school.</p>}
      {hasFigures && <SimilarSchools urn={school.urn} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <SchoolEngagement urn={school.urn} />
          <SchoolHistory history={school.history} />
          <SchoolSources school={school} />
        </div>
      </div>
    </>
  );
}
