import { useState, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { getGuidanceReports, type GuidanceReport } from '../../api/evidence-client.ts';
import { getStrands } from '../../api/public-data-client.ts';
import type { ToolkitStrand } from '../../api/public-data-types.ts';
import { createProgramme, getHubSummary, type HubSummary } from '../../api/research-network-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromFailure, hasErrors, NO_ERRORS, summaryErrors, type FormErrors } from '../../components/form/form-errors.ts';
import { Radios } from '../../components/form/Radios.tsx';
import { Select } from '../../components/form/Select.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { navigate } from '../../router/navigation.ts';
import { RequireAccess } from '../../session/RequireAccess.tsx';
import { useSession } from '../../session/session-context.ts';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { StrandCheckboxes } from '../hub/StrandCheckboxes.tsx';
import { checkProgramme, FORMAT_OPTIONS, PROGRAMME_FIELDS, PROGRAMME_LABELS, type ProgrammeField, type ProgrammeValues } from './programme-fields.ts';
import { DateInput } from '../../components/form/DateInput.tsx';

/** /hubs/:id/programmes/new: the hub's lead adds a training programme, then sees it on the hub's page. */
export function NewProgrammePage({ hubId }: { hubId: string }) {
  return (
    <RequireAccess permission="school:write" scopeRef={`hub:${hubId}`}>
      <LoadedProgrammeForm hubId={hubId} />
    </RequireAccess>
  );
}

function LoadedProgrammeForm({ hubId }: { hubId: string }) {
  const state = useApi(`programme-form:${hubId}`, async (signal) => {
    const [hub, strands, reports] = await Promise.all([getHubSummary(hubId, signal), getStrands({ sort: 'name' }, signal), getGuidanceReports(signal)]);
    return { hub, strands: strands.items, reports };
  });
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  if (state.data.hub === null) return <NotFoundPage />;
  return <ProgrammeForm hub={state.data.hub} strands={state.data.strands} reports={state.data.reports} />;
}

const EMPTY: ProgrammeValues = { title: '', strands: [], guidanceReportId: '', format: '', startsOn: '', endsOn: '' };

function ProgrammeForm({ hub, strands, reports }: { hub: HubSummary; strands: readonly ToolkitStrand[]; reports: readonly GuidanceReport[] }) {
  const { refresh } = useSession();
  const [values, setValues] = useState<ProgrammeValues>(EMPTY);
  const [errors, setErrors] = useState<FormErrors<ProgrammeField>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const title = 'Add a training programme';
  useDocumentTitle(hasErrors(errors) ? `Error: ${title}` : title);
  const hubPath = `/hubs/${encodeURIComponent(hub.id)}`;
  const set = (field: Exclude<ProgrammeField, 'strands'>) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
  };
  const toggle = (slug: string) => {
    setValues((v) => ({ ...v, strands: v.strands.includes(slug) ? v.strands.filter((s) => s !== slug) : [...v.strands, slug] }));
  };
  const fail = (found: FormErrors<ProgrammeField>): void => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };
  const onSubmit = async (submitted: SubmitEvent<HTMLFormElement>): Promise<void> => {
    submitted.preventDefault();
    if (submitting) return;
    const checked = checkProgramme(values);
    if (!checked.ok) {
      fail(checked.errors);
      return;
    }
    setSubmitting(true);
    try {
      await createProgramme(hub.id, checked.programme);
      navigate(hubPath, { flash: `Programme added: ${checked.programme.title}` });
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && error.code === 'csrf_token_invalid') void refresh();
      // The id comes from the title and start date, so a clash is the title's to put right.
      if (error instanceof ApiError && error.code === 'conflict') {
        fail({ fields: { title: 'This hub already has a programme with this title starting on that date: change the title' }, form: null });
        return;
      }
      fail(errorsFromFailure(error, PROGRAMME_LABELS, 'The programme was not added'));
    }
  };
  const reportOptions = [{ value: '', text: 'None' }, ...reports.map((r) => ({ value: r.id, text: `${r.title} (${String(r.year)})` }))];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={hubPath} className="govuk-back-link oa-back-link">
          Back to {hub.name}
        </a>
        {hasErrors(errors) && <ErrorSummary key={attempt} errors={summaryErrors(errors, PROGRAMME_FIELDS)} />}
        <span className="govuk-caption-l">{hub.name}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <TextInput id="title" label={PROGRAMME_LABELS.title} hint="For example, Improving literacy in key stage 1" autoComplete="off" value={values.title} onChange={set('title')} error={errors.fields.title} />
          <StrandCheckboxes
            id="strands"
            legend={PROGRAMME_LABELS.strands}
            hint="The Teaching and Learning Toolkit approaches the programme trains schools in"
            strands={strands}
            chosen={values.strands}
            error={errors.fields.strands}
            onToggle={toggle}
          />
          <Select
            id="guidanceReportId"
            label={`${PROGRAMME_LABELS.guidanceReportId} (optional)`}
            hint="The EEF Guidance Report the programme is built on"
            options={reportOptions}
            value={values.guidanceReportId}
            onChange={set('guidanceReportId')}
            error={errors.fields.guidanceReportId}
          />
          <div id="format" className={errors.fields.format === undefined ? undefined : 'govuk-form-group--error'}>
            {errors.fields.format !== undefined && (
              <p className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {errors.fields.format}
              </p>
            )}
            <Radios name="format" legend={PROGRAMME_LABELS.format} options={FORMAT_OPTIONS} value={values.format} onChange={set('format')} />
          </div>
          <DateInput id="startsOn" label={PROGRAMME_LABELS.startsOn} hint="For example, 3 9 2018" value={values.startsOn} onChange={set('startsOn')} error={errors.fields.startsOn} />
          <DateInput
            id="endsOn"
            label={`${PROGRAMME_LABELS.endsOn} (optional)`}
            hint="For example, 19 7 2019. Leave it blank while the programme runs on"
            value={values.endsOn}
            onChange={set('endsOn')}
            error={errors.fields.endsOn}
          />
          <button type="submit" className="govuk-button" disabled={submitting}>
            Add programme
          </button>
        </form>
      </div>
    </div>
  );
}
