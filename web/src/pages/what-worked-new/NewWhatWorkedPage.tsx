import { useState, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { addWhatWorked } from '../../api/plans-client.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromFailure, hasErrors, NO_ERRORS, summaryErrors, type FormErrors } from '../../components/form/form-errors.ts';
import { Textarea } from '../../components/form/Textarea.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { navigate } from '../../router/navigation.ts';
import { RequireAccess } from '../../session/RequireAccess.tsx';
import { useSession } from '../../session/session-context.ts';
import { checkWhatWorked, WHAT_WORKED_FIELDS, WHAT_WORKED_LABELS, type WhatWorkedField, type WhatWorkedInput } from './check-what-worked.ts';
import { Autocomplete } from '../../components/form/Autocomplete.tsx';
import { suggestStrandNames } from '../../api/suggestions.ts';

/** Add an entry to the what-worked library for an area: its area leads, and the national team. */
export function NewWhatWorkedPage({ id }: { id: string }) {
  return (
    <RequireAccess permission="area:write" scopeRef={`area:${id}`}>
      <NewWhatWorkedForm areaId={id} />
    </RequireAccess>
  );
}

const EMPTY: WhatWorkedInput = { what: '', where: '', forWhom: '', costPence: '', evidenceStrand: '', result: '', contact: '' };

function NewWhatWorkedForm({ areaId }: { areaId: string }) {
  const { refresh } = useSession();
  const [values, setValues] = useState<WhatWorkedInput>(EMPTY);
  const [errors, setErrors] = useState<FormErrors<WhatWorkedField>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const title = 'Add to the what-worked library';
  useDocumentTitle(hasErrors(errors) ? `Error: ${title}` : title);

  const set = (field: WhatWorkedField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  };
  const fail = (found: FormErrors<WhatWorkedField>) => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };

  const onSubmit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (submitting) return;
    const checked = checkWhatWorked(values);
    if (checked.entry === null) {
      fail(checked.errors);
      return;
    }
    setSubmitting(true);
    try {
      await addWhatWorked(areaId, checked.entry);
      navigate('/what-worked', { flash: 'Entry added to the what-worked library' });
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && (error.isSignInRequired || error.isForbidden)) {
        setRefusal(error);
        return;
      }
      if (error instanceof ApiError && error.code === 'csrf_token_invalid') void refresh();
      fail(errorsFromFailure(error, WHAT_WORKED_LABELS, 'The entry was not saved'));
    }
  };

  if (refusal !== null) return <ApiFailure error={refusal} />;
  return (
    <>
      <a href={`/areas/${encodeURIComponent(areaId)}/plan`} className="govuk-back-link oa-back-link">
        Back to the delivery plan
      </a>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasErrors(errors) && <ErrorSummary key={attempt} errors={summaryErrors(errors, WHAT_WORKED_FIELDS)} />}
          <h1 className="govuk-heading-l">{title}</h1>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <Textarea id="what" label={WHAT_WORKED_LABELS.what} value={values.what} onChange={set('what')} error={errors.fields.what} />
            <TextInput id="where" label={WHAT_WORKED_LABELS.where} autoComplete="off" value={values.where} onChange={set('where')} error={errors.fields.where} />
            <TextInput id="forWhom" label={WHAT_WORKED_LABELS.forWhom} autoComplete="off" value={values.forWhom} onChange={set('forWhom')} error={errors.fields.forWhom} />
            <TextInput id="costPence" label={WHAT_WORKED_LABELS.costPence} hint="For example, 45000" width="10" autoComplete="off" value={values.costPence} onChange={set('costPence')} error={errors.fields.costPence} />
            <Autocomplete
              id="evidenceStrand"
              label={WHAT_WORKED_LABELS.evidenceStrand}
              hint="Start typing to choose a Teaching and Learning Toolkit strand, or describe other evidence"
              value={values.evidenceStrand}
              onChange={set('evidenceStrand')}
              search={suggestStrandNames}
              error={errors.fields.evidenceStrand}
            />
            <Textarea id="result" label={WHAT_WORKED_LABELS.result} value={values.result} onChange={set('result')} error={errors.fields.result} />
            <TextInput id="contact" label={WHAT_WORKED_LABELS.contact} autoComplete="off" value={values.contact} onChange={set('contact')} error={errors.fields.contact} />
            <button type="submit" className="govuk-button">
              Add entry
            </button>
          </form>
        </div>
      </div>
    </>
  );
}
