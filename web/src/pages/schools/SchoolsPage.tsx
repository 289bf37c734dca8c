import { getOpportunityAreas } from '../../api/client.ts';
import { getArea } from '../../api/public-data-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { hasErrors, summaryErrors } from '../../components/form/form-errors.ts';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useSearch } from '../../router/navigation.ts';
import { checkSchoolSearch, parseSchoolSearch, SCHOOL_SEARCH_FIELDS, schoolsPagePath, type SchoolSearch } from './school-search.ts';
import { SchoolResults } from './SchoolResults.tsx';
import { SchoolSearchForm } from './SchoolSearchForm.tsx';

const TITLE = 'Find a school';

/** Search the school register; the query string holds the search, so every results page can be linked to. */
export function SchoolsPage() {
  const query = useSearch();
  const search = parseSchoolSearch(query);
  const errors = checkSchoolSearch(search);
  const invalid = hasErrors(errors);
  useDocumentTitle(invalid ? `Error: ${TITLE}` : TITLE);
  // The form works without the list of areas (it offers "Any area"), so a failure here is not fatal.
  const areas = useApi('opportunity-areas', getOpportunityAreas);
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {invalid && <ErrorSummary key={query} errors={summaryErrors(errors, SCHOOL_SEARCH_FIELDS)} />}
          <h1 className="govuk-heading-xl">{TITLE}</h1>
          <p className="govuk-body">
            Search the register of schools in England by name, postcode, phase or Opportunity Area. Each school’s
            page shows its pupils, results and where its figures come from.
          </p>
          <PlaceFilter search={search} />
          <SchoolSearchForm key={query} search={search} errors={errors} areas={areas.status === 'loaded' ? areas.data.items : null} />
        </div>
      </div>
      {!invalid && <SchoolResults search={search} />}
    </>
  );
}

/** Searches started from an area page are limited to its district or education authority: say so, with a way out. */
function PlaceFilter({ search }: { search: SchoolSearch }) {
  const code = search.district !== '' ? search.district : search.la;
  if (code === '') return null;
  return (
    <div className="govuk-inset-text">
      Showing schools in <PlaceName code={code} />.{' '}
      <a className="govuk-link" href={schoolsPagePath({ ...search, district: '', la: '', page: 1 })}>
        Search all of England
      </a>
    </div>
  );
}

function PlaceName({ code }: { code: string }) {
  // Only GSS codes have an area page; an old 3-digit LA number is shown as it is.
  const isGss = /^[EWSNK]\d{8}$/i.test(code);
  const area = useApi(`area:${code}`, (signal) => (isGss ? getArea(code, signal) : Promise.resolve(null)));
  if (!isGss) return <>local authority {code}</>;
  const name = area.status === 'loaded' && area.data !== null ? area.data.name : code;
  return (
    <a className="govuk-link" href={`/areas/${encodeURIComponent(code)}`}>
      {name}
    </a>
  );
}
