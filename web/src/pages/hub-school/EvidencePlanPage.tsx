import { useState, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { getStrands } from '../../api/public-data-client.ts';
import type { ToolkitStrand } from '../../api/public-data-types.ts';
import { LEVEL_NAMES, recordEvidencePlan } from '../../api/research-network-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromFailure, hasErrors, NO_ERRORS, summaryErrors, type FormErrors } from '../../components/form/form-errors.ts';
import { TextInput } from '../../components/form/TextInput.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { navigate } from '../../router/navigation.ts';
import { useSession } from '../../session/session-context.ts';
import { StrandCheckboxes } from '../hub/StrandCheckboxes.tsx';
import { checkPlan, PLAN_FIELDS, PLAN_LABELS, type PlanField, type PlanFormValues } from './evidence-plan-form.ts';
import { DateInput } from '../../components/form/DateInput.tsx';

/** /hubs/:id/schools/:urn/evidence-plan: the hub's lead records a school's evidence plan. */
export function EvidencePlanPage({ hubId, urn }: { hubId: string; urn: string }) {
  const strands = useApi('toolkit-strands:all', (signal) => getStrands({ sort: 'name' }, signal));
  if (strands.status === 'loading') return <Loading />;
  if (strands.status === 'failed') return <ApiFailure error={strands.error} />;
  return <PlanForm hubId={hubId} urn={urn} strands={strands.data.items} />;
}

function PlanForm({ hubId, urn, strands }: { hubId: string; urn: string; strands: readonly ToolkitStrand[] }) {
  const { refresh } = useSession();
  const [values, setValues] = useState<PlanFormValues>({ strands: [], targetPupils: '', costPerPupil: '', expectedMonths: '', startsOn: '' });
  const [errors, setErrors] = useState<FormErrors<PlanField>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const title = 'Record an evidence plan';
  useDocumentTitle(hasErrors(errors) ? `Error: ${title}` : title);
  const set = (field: Exclude<PlanField, 'strands'>) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
  };
  const toggle = (slug: string) => {
    setValues((v) => ({ ...v, strands: v.strands.includes(slug) ? v.strands.filter((s) => s !== slug) : [...v.strands, slug] }));
  };
  const chosen = strands.filter((s) => values.strands.includes(s.slug));
  const toolkitMonths = chosen.map((s) => `${s.name}: ${s.impactMonths === null ? 'not enough evidence' : `+${String(s.impactMonths)} months`}`).join('; ');
  const fail = (found: FormErrors<PlanField>): void => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };
  const onSubmit = async (submitted: SubmitEvent<HTMLFormElement>): Promise<void> => {
    submitted.preventDefault();
    if (submitting) return;
    const checked = checkPlan(values);
    if (!checked.ok) {
      fail(checked.errors);
      return;
    }
    setSubmitting(true);
    try {
      const reply = await recordEvidencePlan(hubId, urn, checked.entry);
      navigate(`/schools/${encodeURIComponent(urn)}`, { flash: `Evidence plan recorded. Engagement: ${LEVEL_NAMES[reply.level]}` });
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && error.code === 'csrf_token_invalid') void refresh();
      fail(errorsFromFailure(error, PLAN_LABELS, 'The plan was not saved'));
    }
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={`/schools/${encodeURIComponent(urn)}`} className="govuk-back-link oa-back-link">
          Back to the school
        </a>
        {hasErrors(errors) && <ErrorSummary key={attempt} errors={summaryErrors(errors, PLAN_FIELDS)} />}
        <span className="govuk-caption-l">School {urn}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <StrandCheckboxes
            id="strands"
            legend={PLAN_LABELS.strands}
            hint="The approaches the plan puts into practice, from the Teaching and Learning Toolkit"
            strands={strands}
            chosen={values.strands}
            error={errors.fields.strands}
            onToggle={toggle}
          />
          <TextInput id="targetPupils" label={PLAN_LABELS.targetPupils} width="5" autoComplete="off" value={values.targetPupils} onChange={set('targetPupils')} error={errors.fields.targetPupils} />
          <TextInput id="costPerPupil" label={PLAN_LABELS.costPerPupil} hint="In pounds and pence, for example 12.50" width="10" autoComplete="off" value={values.costPerPupil} onChange={set('costPerPupil')} error={errors.fields.costPerPupil} />
          <TextInput
            id="expectedMonths"
            label={PLAN_LABELS.expectedMonths}
            hint={toolkitMonths === '' ? 'The Toolkit’s average for each strand you choose is shown here' : `The Toolkit’s averages: ${toolkitMonths}`}
            width="5"
            autoComplete="off"
            value={values.expectedMonths}
            onChange={set('expectedMonths')}
            error={errors.fields.expectedMonths}
          />
          <DateInput id="startsOn" label={PLAN_LABELS.startsOn} hint="For example, 2 9 2019" value={values.startsOn} onChange={set('startsOn')} error={errors.fields.startsOn} />
          <button type="submit" className="govuk-button" disabled={submitting}>
            Record plan
          </button>
        </form>
      </div>
    </div>
  );
}
