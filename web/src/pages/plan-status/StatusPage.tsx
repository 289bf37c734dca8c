import { useState, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { getAreaPlan, setMeasureStatus } from '../../api/plans-client.ts';
import type { AreaPlan, PlanMeasure } from '../../api/plans-types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { hasErrors, NO_ERRORS, summaryErrors, type FormErrors } from '../../components/form/form-errors.ts';
import { Radios } from '../../components/form/Radios.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { navigate } from '../../router/navigation.ts';
import { RequireAccess } from '../../session/RequireAccess.tsx';
import { useSession } from '../../session/session-context.ts';

const RULE = 'rule';
const CHOICES = [
  { value: RULE, text: 'Use the rule' },
  { value: 'on_track', text: 'On track' },
  { value: 'at_risk', text: 'At risk' },
  { value: 'off_track', text: 'Off track' },
] as const;

/** Set a measure's status by hand, always with a reason, or go back to the rule. */
export function StatusPage({ id, code }: { id: string; code: string }) {
  return (
    <RequireAccess permission="area:write" scopeRef={`area:${id}`}>
      <StatusLoader id={id} code={code} />
    </RequireAccess>
  );
}

const planPath = (id: string) => `/areas/${encodeURIComponent(id)}/plan`;

function findMeasure(plan: AreaPlan, code: string): PlanMeasure | undefined {
  return plan.priorities.flatMap((p) => p.objectives.flatMap((o) => o.measures)).find((m) => m.code === code);
}

function StatusLoader({ id, code }: { id: string; code: string }) {
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
      <StatusForm areaId={id} measure={measure} />
    </>
  );
}

type Field = 'reason';

function StatusForm({ areaId, measure }: { areaId: string; measure: PlanMeasure }) {
  const { refresh } = useSession();
  const [status, setStatus] = useState<string>(measure.override?.status ?? RULE);
  const [reason, setReason] = useState(measure.override?.reason ?? '');
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const title = `Status of ${measure.name}`;
  useDocumentTitle(hasErrors(errors) ? `Error: ${title}` : title);
  const fail = (found: FormErrors<Field>) => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };

  const onSubmit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const byHand = status !== RULE;
    if (byHand && reason.trim() === '') {
      fail({ fields: { reason: 'Say why the status is set by hand rather than by the rule' }, form: null });
      return;
    }
    try {
      await setMeasureStatus(areaId, measure.code, { status: byHand ? status : null, reason: byHand ? reason.trim() : '' });
      navigate(planPath(areaId), { flash: `Status saved for ${measure.name}` });
    } catch (error) {
      if (error instanceof ApiError && (error.isSignInRequired || error.isForbidden)) {
        setRefusal(error);
        return;
      }
      if (error instanceof ApiError && error.code === 'csrf_token_invalid') void refresh();
      fail({ fields: {}, form: error instanceof ApiError ? error.message : 'Sorry, there is a problem with the service. The status was not saved. Try again later.' });
    }
  };

  if (refusal !== null) return <ApiFailure error={refusal} />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {hasErrors(errors) && <ErrorSummary key={attempt} errors={summaryErrors(errors, ['reason'])} />}
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">By the rule: {measure.explanation}</p>
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <Radios name="status" legend="Status" options={CHOICES} value={status} onChange={setStatus} />
          <Textarea id="reason" label="Reason" hint="Why the rule’s status does not tell the board the whole story" value={reason} onChange={setReason} error={errors.fields.reason} />
          <button type="submit" className="govuk-button">
            Save status
          </button>
        </form>
      </div>
    </div>
  );
}
