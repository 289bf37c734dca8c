import { useState, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { saveBoard } from '../../api/client.ts';
import type { BoardChange, OpportunityAreaDetail } from '../../api/types.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { hasErrors, NO_ERRORS, summaryErrors, type FormErrors } from '../../components/form/form-errors.ts';
import { Textarea } from '../../components/form/Textarea.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { navigate } from '../../router/navigation.ts';
import { useSession } from '../../session/session-context.ts';
import { boardErrorsFrom } from './board-errors.ts';
import { BOARD_FIELDS, BOARD_LABELS, checkBoard, type BoardField } from './check-board.ts';
import { DateInput } from '../../components/form/DateInput.tsx';

/** The chair's name, when they were named and where that comes from; on success, back to the area page. */
export function BoardForm({ area }: { area: OpportunityAreaDetail }) {
  const { refresh } = useSession();
  const [values, setValues] = useState<BoardChange>(() => ({
    chair: area.board?.chair ?? '',
    chairNamedOn: area.board?.chairNamedOn ?? '',
    sourceNote: area.board?.sourceNote ?? '',
  }));
  const [errors, setErrors] = useState<FormErrors<BoardField>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  // A refusal that replaces the form: signed out meanwhile, or access withdrawn.
  const [refusal, setRefusal] = useState<ApiError | null>(null);

  const set = (field: BoardField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  };
  const fail = (found: FormErrors<BoardField>): void => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };

  const onSubmit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (submitting) return;
    const change = { chair: values.chair.trim(), chairNamedOn: values.chairNamedOn.trim(), sourceNote: values.sourceNote.trim() };
    const found = checkBoard(change);
    if (hasErrors(found)) {
      fail(found);
      return;
    }
    setSubmitting(true);
    try {
      await saveBoard(area.id, change);
      navigate(`/areas/${encodeURIComponent(area.id)}`, { flash: 'Board chair saved' });
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && (error.isSignInRequired || error.isForbidden)) {
        setRefusal(error);
        return;
      }
      // A stale CSRF token (signed in again in another tab): fetch the current one so a resubmit works.
      if (error instanceof ApiError && error.code === 'csrf_token_invalid') void refresh();
      fail(boardErrorsFrom(error));
    }
  };

  if (refusal !== null) return <ApiFailure error={refusal} />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {hasErrors(errors) && <ErrorSummary key={attempt} errors={summaryErrors(errors, BOARD_FIELDS)} />}
        <Heading areaName={area.name} withErrors={hasErrors(errors)} />
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <TextInput id="chair" label={BOARD_LABELS.chair} autoComplete="off" value={values.chair} onChange={set('chair')} error={errors.fields.chair} />
          <DateInput
            id="chairNamedOn"
            label={BOARD_LABELS.chairNamedOn}
            monthEnough
            hint="For example, 14 7 2017, or leave the day blank if you only know the month"
            value={values.chairNamedOn}
            onChange={set('chairNamedOn')}
            error={errors.fields.chairNamedOn}
          />
          <Textarea
            id="sourceNote"
            label={BOARD_LABELS.sourceNote}
            hint="Where this comes from, such as the board’s minutes or a press release"
            value={values.sourceNote}
            onChange={set('sourceNote')}
            error={errors.fields.sourceNote}
          />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button">
              Save board chair
            </button>
            <a className="govuk-link" href={`/areas/${encodeURIComponent(area.id)}`}>
              Cancel
            </a>
          </div>
        </form>
      </div>
    </div>
  );
}

/** The page's h1, and the browser title that matches it ("Error: …" while the form shows errors). */
function Heading({ areaName, withErrors }: { areaName: string; withErrors: boolean }) {
  const title = 'Record the partnership board chair';
  useDocumentTitle(withErrors ? `Error: ${title}` : title);
  return (
    <>
      <span className="govuk-caption-l">{areaName}</span>
      <h1 className="govuk-heading-l">{title}</h1>
    </>
  );
}
