import { useState, type SubmitEvent } from 'react';
import type { OpportunityAreaSummary } from '../../api/types.ts';
import { Select, type SelectOption } from '../../components/form/Select.tsx';
import type { FormErrors } from '../../components/form/form-errors.ts';
import { TextInput } from '../../components/form/TextInput.tsx';
import { navigate } from '../../router/navigation.ts';
import { SCHOOL_PHASES, SCHOOL_STATUSES, schoolsPagePath, sentenceCase, type SchoolSearch, type SchoolSearchField } from './school-search.ts';

const PHASE_OPTIONS: readonly SelectOption[] = [{ value: '', text: 'Any phase' }, ...SCHOOL_PHASES.map((phase) => ({ value: phase, text: sentenceCase(phase) }))];
const STATUS_OPTIONS: readonly SelectOption[] = [{ value: '', text: 'Any status' }, ...SCHOOL_STATUSES.map((status) => ({ value: status, text: sentenceCase(status) }))];

/**
 * The search form. It is a plain GET form to /schools, so its fields become the query string; with
 * JavaScript it navigates within the app instead, which keeps results linkable and the back button working.
 * Render it with the query string as its key, so going back shows the fields of that search.
 */
export function SchoolSearchForm({ search, errors, areas }: {
  search: SchoolSearch;
  errors: FormErrors<SchoolSearchField>;
  areas: readonly OpportunityAreaSummary[] | null;
}) {
  const [values, setValues] = useState(search);
  const set = (field: 'q' | 'postcode' | 'phase' | 'opportunityArea' | 'status') => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  };
  const areaOptions: SelectOption[] = [
    { value: '', text: 'Any area' },
    ...(areas ?? []).map((area) => ({ value: area.id, text: area.name })),
  ];
  // Keep a searched-for area selectable while the list loads, so the select does not lose it.
  if (values.opportunityArea !== '' && !areaOptions.some((option) => option.value === values.opportunityArea)) {
    areaOptions.push({ value: values.opportunityArea, text: values.opportunityArea });
  }

  const onSubmit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    // A new search starts at its first page; a district or authority chosen on an area page is kept.
    navigate(schoolsPagePath({ ...values, q: values.q.trim(), postcode: values.postcode.trim(), page: 1 }));
  };

  return (
    <form method="get" action="/schools" noValidate onSubmit={onSubmit} className="oa-search-form">
      <TextInput id="q" label="School name" hint="For example, Park or St Mary" value={values.q} onChange={set('q')} error={errors.fields.q} autoComplete="off" width="30" />
      <TextInput id="postcode" label="Postcode" hint="A full postcode or its start, for example FY1" value={values.postcode} onChange={set('postcode')} error={errors.fields.postcode} autoComplete="postal-code" width="10" />
      <div className="oa-filter-row">
        <Select id="phase" label="Phase" options={PHASE_OPTIONS} value={values.phase} onChange={set('phase')} />
        <Select id="opportunityArea" label="Opportunity Area" options={areaOptions} value={values.opportunityArea} onChange={set('opportunityArea')} />
        <Select id="status" label="Status" options={STATUS_OPTIONS} value={values.status} onChange={set('status')} />
      </div>
      {values.district !== '' && <input type="hidden" name="district" value={values.district} />}
      {values.la !== '' && <input type="hidden" name="la" value={values.la} />}
      <button type="submit" className="govuk-button">
        Search
      </button>
    </form>
  );
}
