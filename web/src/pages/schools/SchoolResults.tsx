import { getSchools, csvLink } from '../../api/public-data-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { LeftOutNote } from '../../components/LeftOutNote.tsx';
import { Loading } from '../../components/Loading.tsx';
import { MissingDataNote } from '../../components/first-run/MissingDataNote.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import type { SchoolSummary } from '../../api/public-data-types.ts';
import { formatDay } from '../../format/format-day.ts';
import { formatCount, formatCountOf } from '../../format/format-number.ts';
import { isFiltered, SCHOOLS_PAGE_SIZE, schoolsPagePath, searchParams, type SchoolSearch } from './school-search.ts';
import { SchoolsTable } from './SchoolsTable.tsx';

export function SchoolResults({ search }: { search: SchoolSearch }) {
  const params = { ...searchParams(search), pageSize: SCHOOLS_PAGE_SIZE };
  const state = useApi(`schools:${JSON.stringify(params)}`, (signal) => getSchools(params, signal));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  const { items, total, page, pageSize, leftOut } = state.data;
  const description = isFiltered(search) ? 'schools matching your search' : 'all schools in the register';
  const csv = csvLink('/api/schools', { ...searchParams(search), page: undefined });
  if (total === 0 && !isFiltered(search)) {
    return (
      <MissingDataNote missing="school-register" id="schools-missing-data">
        No schools yet: the register of schools has not been loaded.
      </MissingDataNote>
    );
  }
  if (total === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">No schools found</h2>
        <p className="govuk-body">Check the spelling of the name or postcode, or choose fewer filters.</p>
        <LeftOutNote leftOut={leftOut} id="schools-left-out" />
      </>
    );
  }
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  if (items.length === 0) {
    // A page past the end, from an old link or a hand-edited address.
    return (
      <>
        <h2 className="govuk-heading-m">{formatCountOf(total, 'school')}</h2>
        <p className="govuk-body">
          There {lastPage === 1 ? 'is only 1 page' : `are only ${formatCount(lastPage)} pages`} of results.{' '}
          <a className="govuk-link" href={schoolsPagePath({ ...search, page: 1 })}>
            Go to the first page
          </a>
        </p>
      </>
    );
  }
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, first + items.length - 1);
  return (
    <>
      <SchoolsTable schools={items} caption={formatCountOf(total, 'school')} />
      <p className="govuk-body">
        Showing {formatCount(first)} to {formatCount(last)} of {formatCountOf(total, 'school')}
      </p>
      <LeftOutNote leftOut={leftOut} id="schools-left-out" />
      <Pagination page={page} lastPage={lastPage} hrefFor={(n) => schoolsPagePath({ ...search, page: n })} />
      <PageSources schools={items} />
      <DownloadCsvLink href={csv} description={description} />
    </>
  );
}

/** Where this page's figures came from: each file behind its rows, once, with the day it was loaded. */
function PageSources({ schools }: { schools: readonly SchoolSummary[] }) {
  const files = new Map<string, string>();
  for (const school of schools) {
    files.set(school.source.file, school.source.loadedAt);
    if (school.censusSource !== null) files.set(school.censusSource.file, school.censusSource.loadedAt);
  }
  return (
    <p className="govuk-body-s" id="schools-sources">
      Sources:{' '}
      {[...files].map(([file, loadedAt], i) => (
        <span key={file}>
          {i > 0 && '; '}
          <span className="oa-break-words">{file}</span>, loaded {formatDay(loadedAt)}
        </span>
      ))}
      .
    </p>
  );
}
