import { useState, type SubmitEvent } from 'react';
import type { OpportunityAreaSummary } from '../../api/types.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { dateProblem } from '../../components/form/date-parts.ts';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { summaryErrors, type FormErrors } from '../../components/form/form-errors.ts';
import { Select } from '../../components/form/Select.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { navigate } from '../../router/navigation.ts';
import { auditPagePath, NO_AUDIT_FILTERS, type AuditFilters } from './audit-filters.ts';
import { ACTION_FAMILIES, describeAction, describeEntityType, ENTITY_TYPES, NAMED_ACTIONS } from './describe-action.ts';

type DateField = 'from' | 'to';
const DATE_FIELDS: readonly DateField[] = ['from', 'to'];
const DATE_NAMES: Readonly<Record<DateField, string>> = { from: 'the first date', to: 'the last date' };

const ACTION_OPTIONS = [
  { value: '', text: 'Any action' },
  ...ACTION_FAMILIES.map((family) => ({ value: family.prefix, text: family.name })),
  ...NAMED_ACTIONS.map((action) => ({ value: action, text: describeAction(action) })),
];
const ENTITY_OPTIONS = [{ value: '', text: 'Anything' }, ...ENTITY_TYPES.map((type) => ({ value: type, text: describeEntityType(type) }))];

/** Checks the two dates; a date not given is no problem, and the last may not come before the first. */
function checkDates(values: AuditFilters): FormErrors<DateField> {
  const fields: Partial<Record<DateField, string>> = {};
  for (const field of DATE_FIELDS) {
    const problem = dateProblem(values[field], DATE_NAMES[field], { optional: true });
    if (problem !== null) fields[field] = problem.message;
  }
  if (fields.from === undefined && fields.to === undefined && values.from !== '' && values.to !== '' && values.to < values.from) {
    fields.to = 'The last date must be the same as or after the first date';
  }
  return { fields, form: null };
}

/** The filters above the audit log: submitting shows the first page of what matches, with the filters in the address. */
export function AuditFilterForm({ filters, areas }: { filters: AuditFilters; areas: readonly OpportunityAreaSummary[] }) {
  const [values, setValues] = useState(filters);
  const [errors, setErrors] = useState<FormErrors<DateField>>({ fields: {}, form: null });
  const [attempt, setAttempt] = useState(0);
  const set = (field: keyof AuditFilters) => (value: string) => {
    setValues({ ...values, [field]: value });
  };
  const onSubmit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found = checkDates(values);
    setErrors(found);
    setAttempt(attempt + 1);
    if (Object.keys(found.fields).length === 0) navigate(auditPagePath({ ...values, actor: values.actor.trim(), entityId: values.entityId.trim() }));
  };
  const areaOptions = [{ value: '', text: 'Any area' }, ...areas.map((area) => ({ value: area.id, text: area.name }))];
  if (filters.area !== '' && !areas.some((area) => area.id === filters.area)) areaOptions.push({ value: filters.area, text: filters.area });
  return (
    <form method="get" action="/audit" noValidate onSubmit={onSubmit} aria-label="Filter the audit log">
      {Object.keys(errors.fields).length > 0 && <ErrorSummary key={attempt} errors={summaryErrors(errors, DATE_FIELDS)} />}
      <div className="oa-filter-row">
        <TextInput id="actor" label="Who" hint="Part of an email address, or cli" width="20" value={values.actor} onChange={set('actor')} />
        <Select id="action" label="Action" options={ACTION_OPTIONS} value={values.action} onChange={set('action')} />
      </div>
      <div className="oa-filter-row">
        <Select id="entityType" label="About" options={ENTITY_OPTIONS} value={values.entityType} onChange={set('entityType')} />
        <TextInput id="entityId" label="Which one" hint="An email, URN, fund or file name" width="20" value={values.entityId} onChange={set('entityId')} />
        <Select id="area" label="Opportunity Area" hint="Its board and plan" options={areaOptions} value={values.area} onChange={set('area')} />
      </div>
      <div className="oa-filter-row">
        <DateInput id="from" label="From" hint="For example, 1 12 2026" value={values.from} onChange={set('from')} {...(errors.fields.from === undefined ? {} : { error: errors.fields.from })} />
        <DateInput id="to" label="To" hint="Up to the end of this day" value={values.to} onChange={set('to')} {...(errors.fields.to === undefined ? {} : { error: errors.fields.to })} />
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary">
          Apply filters
        </button>
        <a className="govuk-link" href={auditPagePath(NO_AUDIT_FILTERS)}>
          Clear filters
        </a>
      </div>
    </form>
  );
}
