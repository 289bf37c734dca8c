import { useState, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { getAreaPlan, recordActual } from '../../api/plans-client.ts';
import type { AreaPlan, PlanMeasure } from '../../api/plans-types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromFailure, hasErrors, NO_ERRORS, summaryErrors, type FormErrors } from '../../components/form/form-errors.ts';
import { TextInput } from '../../components/form/TextInput.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { navigate } from '../../router/navigation.ts';
import { RequireAccess } from '../../session/RequireAccess.tsx';
import { useSession } from '../../session/session-context.ts';
import { formatPeriodValue } from '../plan/format-measure.ts';
import { ACTUAL_FIELDS, ACTUAL_LABELS, checkActual, type ActualField, type ActualInput } from './check-actual.ts';
import { DateInput } from '../../components/form/DateInput.tsx';

/** Add (or correct) one measure's actual: the national team anywhere, area leads for their own areas. */
export function ActualPage({ id, code }: { id: string; code: string }) {
  return (
    <RequireAccess permission="area:write" scopeRef={`area:${id}`}>
      <ActualLoader id={id} code={code} />
    </RequireAccess>
  );
}

function ActualLoader({ id, code }: { id: string; code: string }) {
  const state = useApi(`plan:${id}`, (signal) => getAreaPlan(id, signal));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  const measure = findMeasure(state.data, code);
  if (measure === undefined) return <ApiFailure error={new ApiError(404, 'not_found', `${state.data.area.name}’s delivery plan has no measure “${code}”`)} />;
  return (
    <>
      <a href={planPath(id)} className="govuk-back-link oa-back-link">
        Back to the delivery plan
      </a>
      <ActualForm areaId={id} areaName={state.data.area.name} measure={measure} />
    </>
  );
}

const planPath = (id: string) => `/areas/${encodeURIComponent(id)}/plan`;

function findMeasure(plan: AreaPlan, code: string): PlanMeasure | undefined {
  return plan.priorities.flatMap((p) => p.objectives.flatMap((o) => o.measures)).find((m) => m.code === code);
}

function ActualForm({ areaId, areaName, measure }: { areaId: string; areaName: string; measure: PlanMeasure }) {
  const { refresh } = useSession();
  const [values, setValues] = useState<ActualInput>({ period: '', value: '', source: '', recordedOn: '' });
  const [errors, setErrors] = useState<FormErrors<ActualField>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const title = `Add an actual for ${measure.name}`;
  useDocumentTitle(hasErrors(errors) ? `Error: ${title}` : title);

  const set = (field: ActualField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  };
  const fail = (found: FormErrors<ActualField>): void => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };

  const onSubmit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (submitting) return;
    const checked = checkActual(values);
    if (checked.entry === null) {
      fail(checked.errors);
      return;
    }
    setSubmitting(true);
    try {
      await recordActual(areaId, measure.code, checked.entry);
      navigate(planPath(areaId), { flash: `Actual saved for ${measure.name}` });
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && (error.isSignInRequired || error.isForbidden)) {
        setRefusal(error);
        return;
      }
      if (error instanceof ApiError && error.code === 'csrf_token_invalid') void refresh();
      fail(errorsFromFailure(error, ACTUAL_LABELS, 'The actual was not saved'));
    }
  };

  if (refusal !== null) return <ApiFailure error={refusal} />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {hasErrors(errors) && <ErrorSummary key={attempt} errors={summaryErrors(errors, ACTUAL_FIELDS)} />}
        <span className="govuk-caption-l">{areaName}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          {measure.definition} ({measure.unit}). Baseline {formatPeriodValue(measure.baseline)}; latest {formatPeriodValue(measure.latest)}.
        </p>
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <TextInput id="period" label={ACTUAL_LABELS.period} hint="An academic year like 2018/19, or a calendar year like 2019" width="10" autoComplete="off" value={values.period} onChange={set('period')} error={errors.fields.period} />
          <TextInput id="value" label={ACTUAL_LABELS.value} hint={`In ${measure.unit}, for example 56.2`} width="10" autoComplete="off" value={values.value} onChange={set('value')} error={errors.fields.value} />
          <TextInput id="source" label={ACTUAL_LABELS.source} hint="Where the figure comes from, such as the DfE statistical release" autoComplete="off" value={values.source} onChange={set('source')} error={errors.fields.source} />
          <DateInput id="recordedOn" label={ACTUAL_LABELS.recordedOn} hint="For example, 12 12 2019" value={values.recordedOn} onChange={set('recordedOn')} error={errors.fields.recordedOn} />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button">
              Save actual
            </button>
            <a className="govuk-link" href={planPath(areaId)}>
              Cancel
            </a>
          </div>
        </form>
      </div>
    </div>
  );
}
