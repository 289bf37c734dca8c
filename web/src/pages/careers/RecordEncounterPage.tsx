import { useState, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { recordEncounter, type EncounterEntry } from '../../api/careers-client.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { SuccessBanner } from '../../components/SuccessBanner.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { fieldErrorsFromApi, hasErrors, NO_ERRORS, summaryErrors, type FormErrors } from '../../components/form/form-errors.ts';
import { Radios } from '../../components/form/Radios.tsx';
import { Select } from '../../components/form/Select.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useSession } from '../../session/session-context.ts';
import { ENCOUNTER_TYPE_LABELS, ENCOUNTER_TYPES, parseUpn } from '../../../../src/domain/careers/index.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { dateProblem } from '../../components/form/date-parts.ts';

type Field = 'upn' | 'yearGroup' | 'fsm' | 'encounterDate' | 'encounterType' | 'employerName';
const FIELDS: readonly Field[] = ['upn', 'yearGroup', 'fsm', 'encounterDate', 'encounterType', 'employerName'];
const LABELS: Readonly<Record<Field, string>> = {
  upn: 'Unique pupil number (UPN)',
  yearGroup: 'Year group',
  fsm: 'Eligible for free school meals',
  encounterDate: 'Date of the encounter',
  encounterType: 'Type of encounter',
  employerName: 'Employer (optional)',
};
const EMPTY = { upn: '', yearGroup: '', fsm: '', encounterDate: '', encounterType: '', employerName: '' };

/** The checks made before sending; the server checks everything again and answers per field. */
function check(values: typeof EMPTY): FormErrors<Field> {
  const fields: Partial<Record<Field, string>> = {};
  const upn = parseUpn(values.upn);
  if (values.upn.trim() === '') fields.upn = 'Enter the pupil’s UPN';
  else if (!upn.ok) fields.upn = upn.error;
  if (values.yearGroup === '') fields.yearGroup = 'Select the pupil’s year group';
  if (values.fsm === '') fields.fsm = 'Select whether the pupil is eligible for free school meals';
  const date = dateProblem(values.encounterDate.trim(), 'the date of the encounter');
  if (date !== null) fields.encounterDate = date.message;
  if (values.encounterType === '') fields.encounterType = 'Select the type of encounter';
  return { fields, form: null };
}

/** A GOV.UK form for small schools to record one encounter for one pupil. The UPN is sent once and not kept. */
export function RecordEncounterPage({ urn }: { urn: string }) {
  useDocumentTitle('Record an encounter');
  const { refresh } = useSession();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const set = (field: Field) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  };
  const fail = (found: FormErrors<Field>) => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };

  const onSubmit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (submitting) return;
    // The last confirmation is about the last pupil: it goes as soon as the next is sent.
    setSaved(null);
    const found = check(values);
    if (hasErrors(found)) {
      fail(found);
      return;
    }
    setSubmitting(true);
    try {
      const entry: EncounterEntry = { ...values, fsm: values.fsm === 'yes' };
      const result = await recordEncounter(urn, entry);
      setSaved(result.recorded ? 'Encounter recorded' : 'This encounter was already recorded');
      setValues({ ...EMPTY, encounterDate: values.encounterDate, encounterType: values.encounterType, employerName: values.employerName });
      setErrors(NO_ERRORS);
    } catch (error) {
      if (error instanceof ApiError && (error.isSignInRequired || error.isForbidden || error.status === 503)) {
        setRefusal(error);
        return;
      }
      if (error instanceof ApiError && error.code === 'csrf_token_invalid') void refresh();
      fail(error instanceof ApiError ? { fields: fieldErrorsFromApi(error.fields, LABELS), form: error.fields.length === 0 ? error.message : null } : { fields: {}, form: 'The encounter could not be recorded. Try again.' });
    } finally {
      setSubmitting(false);
    }
  };

  if (refusal !== null) return <ApiFailure error={refusal} />;
  return (
    <>
      <Breadcrumbs crumbs={[{ href: `/careers/schools/${urn}`, text: 'Careers encounters' }]} />
      {hasErrors(errors) && <ErrorSummary key={attempt} errors={summaryErrors(errors, FIELDS)} />}
      {saved !== null && <SuccessBanner message={saved} />}
      <h1 className="govuk-heading-l">Record an encounter</h1>
      <p className="govuk-body oa-measure">The UPN is turned into a code that cannot be reversed before anything is saved; the number itself is not kept.</p>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput id="upn" label={LABELS.upn} hint="13 characters: a letter then 12 digits, for example B801200005001" width="20" autoComplete="off" value={values.upn} onChange={set('upn')} error={errors.fields.upn} />
        <Select id="yearGroup" label={LABELS.yearGroup} options={[{ value: '', text: 'Choose a year group' }, ...[7, 8, 9, 10, 11, 12, 13].map((y) => ({ value: String(y), text: `Year ${String(y)}` }))]} value={values.yearGroup} onChange={set('yearGroup')} />
        {errors.fields.yearGroup !== undefined && <p className="govuk-error-message">{errors.fields.yearGroup}</p>}
        <Radios name="fsm" legend={LABELS.fsm} options={[{ value: 'yes', text: 'Yes' }, { value: 'no', text: 'No' }]} value={values.fsm} onChange={set('fsm')} inline />
        {errors.fields.fsm !== undefined && <p className="govuk-error-message">{errors.fields.fsm}</p>}
        <DateInput id="encounterDate" label={LABELS.encounterDate} hint="For example, 15 10 2025" value={values.encounterDate} onChange={set('encounterDate')} error={errors.fields.encounterDate} />
        <Select id="encounterType" label={LABELS.encounterType} options={[{ value: '', text: 'Choose a type' }, ...ENCOUNTER_TYPES.map((t) => ({ value: t, text: ENCOUNTER_TYPE_LABELS[t] }))]} value={values.encounterType} onChange={set('encounterType')} />
        {errors.fields.encounterType !== undefined && <p className="govuk-error-message">{errors.fields.encounterType}</p>}
        <TextInput id="employerName" label={LABELS.employerName} autoComplete="off" value={values.employerName} onChange={set('employerName')} error={errors.fields.employerName} />
        <button type="submit" className="govuk-button" disabled={submitting}>
          Record encounter
        </button>
      </form>
    </>
  );
}
