import { useState, type SubmitEvent } from 'react';
import { csvLink, getStrands } from '../../api/public-data-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { Select } from '../../components/form/Select.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { navigate, useSearch } from '../../router/navigation.ts';
import { EffectSizeConverter } from './EffectSizeConverter.tsx';
import { StrandsTable } from './StrandsTable.tsx';
import { MissingDataNote } from '../../components/first-run/MissingDataNote.tsx';
import { parseToolkitFilters, SORT_NAMES, TOOLKIT_SORTS, toolkitPagePath, toolkitParams, type ToolkitFilters } from './toolkit-filters.ts';
import { GuidanceReports } from './GuidanceReports.tsx';

const TITLE = 'Teaching and Learning Toolkit';
const EEF_TOOLKIT = 'https://educationendowmentfoundation.org.uk/education-evidence/teaching-learning-toolkit';

export function ToolkitPage() {
  useDocumentTitle(TITLE);
  const query = useSearch();
  const filters = parseToolkitFilters(query);
  return (
    <>
      <span className="govuk-caption-xl">Evidence</span>
      <h1 className="govuk-heading-xl">{TITLE}</h1>
      <div className="oa-measure">
        <p className="govuk-body">
          The Education Endowment Foundation’s Toolkit summarises the evidence on approaches to teaching: how many months of additional
          progress pupils make on average, how much an approach costs, and how strong the evidence is.
        </p>
        <p className="govuk-body">
          Teaching and Learning Toolkit © Education Endowment Foundation. Read the{' '}
          <a className="govuk-link" href={EEF_TOOLKIT} rel="external">
            full Toolkit on the EEF website
          </a>{' '}
          before choosing an approach.
        </p>
      </div>
      <FilterForm key={query} filters={filters} />
      <Strands filters={filters} />
      <GuidanceReports />
      <EffectSizeConverter />
    </>
  );
}

const COST_OPTIONS = [{ value: '', text: 'Any cost' }, ...['1', '2', '3', '4'].map((n) => ({ value: n, text: `${n} or less (out of 5)` }))];
const EVIDENCE_OPTIONS = [{ value: '', text: 'Any evidence' }, ...['1', '2', '3', '4', '5'].map((n) => ({ value: n, text: `At least ${n} (out of 5)` }))];

function FilterForm({ filters }: { filters: ToolkitFilters }) {
  const [values, setValues] = useState(filters);
  const onSubmit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    navigate(toolkitPagePath(values));
  };
  return (
    <form method="get" action="/toolkit" noValidate onSubmit={onSubmit}>
      <div className="oa-filter-row">
        <Select
          id="sort"
          label="Sort by"
          options={TOOLKIT_SORTS.map((sort) => ({ value: sort, text: SORT_NAMES[sort] }))}
          value={values.sort}
          onChange={(value) => {
            const sort = TOOLKIT_SORTS.find((s) => s === value);
            if (sort !== undefined) setValues({ ...values, sort });
          }}
        />
        <Select id="maxCost" label="Cost" options={COST_OPTIONS} value={values.maxCost} onChange={(maxCost) => { setValues({ ...values, maxCost }); }} />
        <Select id="minEvidence" label="Evidence" options={EVIDENCE_OPTIONS} value={values.minEvidence} onChange={(minEvidence) => { setValues({ ...values, minEvidence }); }} />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Apply filters
      </button>
    </form>
  );
}

function Strands({ filters }: { filters: ToolkitFilters }) {
  const params = toolkitParams(filters);
  const state = useApi(`strands:${JSON.stringify(params)}`, (signal) => getStrands(params, signal));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  if (state.data.items.length === 0 && filters.maxCost === '' && filters.minEvidence === '') {
    return (
      <MissingDataNote missing="toolkit" id="toolkit-missing-data">
        No Toolkit strands yet: the EEF Teaching and Learning Toolkit has not been loaded.
      </MissingDataNote>
    );
  }
  return (
    <>
      <StrandsTable strands={state.data.items} />
      <DownloadCsvLink href={csvLink('/api/toolkit/strands', params)} description="these Toolkit strands" />
    </>
  );
}
