import { useState, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { getSchoolEngagement, LEVEL_NAMES, updateEngagement, type EngagementLevel, type EngagementUpdateEntry } from '../../api/research-network-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromFailure, hasErrors, NO_ERRORS, summaryErrors, type FormErrors } from '../../components/form/form-errors.ts';
import { Radios } from '../../components/form/Radios.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { navigate } from '../../router/navigation.ts';
import { useSession } from '../../session/session-context.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { dateProblem } from '../../components/form/date-parts.ts';
import { RequireAccess } from '../../session/RequireAccess.tsx';

type Field = keyof EngagementUpdateEntry;
const FIELDS: readonly Field[] = ['level', 'reason', 'effectiveOn'];
const LABELS: Readonly<Record<Field, string>> = { level: 'Level', reason: 'Reason', effectiveOn: 'From' };
const LEVELS = (['none', 'aware', 'trained', 'implementing', 'embedded'] as const).map((value) => ({ value, text: LEVEL_NAMES[value] }));

function check(entry: EngagementUpdateEntry): FormErrors<Field> {
  const fields: Partial<Record<Field, string>> = {};
  if (!LEVELS.some((l) => l.value === entry.level)) fields.level = 'Select the level the school has reached';
  if (entry.reason.trim() === '') fields.reason = 'Say why the level changes';
  const from = dateProblem(entry.effectiveOn, 'the date the level holds from');
  if (from !== null) fields.effectiveOn = from.message;
  return { fields, form: null };
}

/** /hubs/:id/schools/:urn/engagement: the hub's lead sets a school's level by hand, saying why. */
export function EngagementUpdatePage({ hubId, urn }: { hubId: string; urn: string }) {
  // Sign in first: the server answers only signed-in users here, so a visitor is not sent a refusal.
  return (
    <RequireAccess permission="signed_in">
      <EngagementUpdate hubId={hubId} urn={urn} />
    </RequireAccess>
  );
}

function EngagementUpdate({ hubId, urn }: { hubId: string; urn: string }) {
  const state = useApi(`school-engagement:${urn}`, (signal) => getSchoolEngagement(urn, signal));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return <EngagementForm hubId={hubId} urn={urn} current={state.data.level} />;
}

function EngagementForm({ hubId, urn, current }: { hubId: string; urn: string; current: EngagementLevel }) {
  const { refresh } = useSession();
  const [values, setValues] = useState<EngagementUpdateEntry>({ level: current, reason: '', effectiveOn: '' });
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const title = 'Update the school’s engagement';
  useDocumentTitle(hasErrors(errors) ? `Error: ${title}` : title);
  const set = (field: Field) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
  };
  const fail = (found: FormErrors<Field>): void => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };
  const onSubmit = async (submitted: SubmitEvent<HTMLFormElement>): Promise<void> => {
    submitted.preventDefault();
    if (submitting) return;
    const entry = { level: values.level, reason: values.reason.trim(), effectiveOn: values.effectiveOn.trim() };
    const found = check(entry);
    if (hasErrors(found)) {
      fail(found);
      return;
    }
    setSubmitting(true);
    try {
      const reply = await updateEngagement(hubId, urn, entry);
      navigate(`/schools/${encodeURIComponent(urn)}`, { flash: `Engagement updated: ${LEVEL_NAMES[reply.level]}` });
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && error.code === 'csrf_token_invalid') void refresh();
      fail(errorsFromFailure(error, LABELS, 'The level was not saved'));
    }
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={`/schools/${encodeURIComponent(urn)}`} className="govuk-back-link oa-back-link">
          Back to the school
        </a>
        {hasErrors(errors) && <ErrorSummary key={attempt} errors={summaryErrors(errors, FIELDS)} />}
        <span className="govuk-caption-l">School {urn}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">Now: {LEVEL_NAMES[current]}. A level set here holds from its date; later attendance and plans build on it.</p>
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <div id="level">
            {errors.fields.level !== undefined && (
              <p className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {errors.fields.level}
              </p>
            )}
            <Radios name="level" legend={LABELS.level} options={LEVELS} value={values.level} onChange={set('level')} />
          </div>
          <Textarea id="reason" label={LABELS.reason} hint="Why the level changes, for example: trained staff left in the summer" value={values.reason} onChange={set('reason')} error={errors.fields.reason} />
          <DateInput id="effectiveOn" label={LABELS.effectiveOn} hint="For example, 1 9 2018" value={values.effectiveOn} onChange={set('effectiveOn')} error={errors.fields.effectiveOn} />
          <button type="submit" className="govuk-button">
            Save level
          </button>
        </form>
      </div>
    </div>
  );
}
