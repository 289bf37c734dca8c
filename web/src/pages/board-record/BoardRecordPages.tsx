import { useState, type ReactNode, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { addBoardMeeting, addBoardMember } from '../../api/plans-client.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { navigate } from '../../router/navigation.ts';
import { RequireAccess } from '../../session/RequireAccess.tsx';
import { useSession } from '../../session/session-context.ts';
import { checkMeeting, checkMember, DECISION_ROWS, MEMBER_FIELDS, MEMBER_LABELS, type MeetingInput, type MemberField } from './check-board-records.ts';
import { DateInput } from '../../components/form/DateInput.tsx';

const planPath = (id: string) => `/areas/${encodeURIComponent(id)}/plan`;

/** A form page for the board's records: the heading, the error summary, submitting and the ways it can fail. */
function useBoardForm(areaId: string, title: string, saved: string) {
  const { refresh } = useSession();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const failed = Object.keys(errors).length > 0 || formError !== null;
  useDocumentTitle(failed ? `Error: ${title}` : title);
  const fail = (fields: Record<string, string>, form: string | null = null) => {
    setErrors(fields);
    setFormError(form);
    setAttempt((n) => n + 1);
  };
  const submit = async (send: () => Promise<void>) => {
    try {
      await send();
      navigate(planPath(areaId), { flash: saved });
    } catch (error) {
      if (error instanceof ApiError && (error.isSignInRequired || error.isForbidden)) {
        setRefusal(error);
        return;
      }
      if (error instanceof ApiError && error.code === 'csrf_token_invalid') void refresh();
      if (error instanceof ApiError && error.fields.length > 0) fail(Object.fromEntries(error.fields.map((f) => [f.field, f.message])));
      else fail({}, error instanceof ApiError ? error.message : 'Sorry, there is a problem with the service. Nothing was saved. Try again later.');
    }
  };
  const frame = (order: readonly string[], form: ReactNode) =>
    refusal !== null ? (
      <ApiFailure error={refusal} />
    ) : (
      <>
        <a href={planPath(areaId)} className="govuk-back-link oa-back-link">
          Back to the delivery plan
        </a>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            {failed && (
              <ErrorSummary
                key={attempt}
                errors={[
                  ...(formError === null ? [] : [{ message: formError }]),
                  // A server message about a field this form does not show (say, decisions.4.owner) still reaches the summary.
                  ...Object.entries(errors).filter(([f]) => !order.includes(f)).map(([, message]) => ({ message })),
                  ...order.flatMap((f) => (errors[f] === undefined ? [] : [{ message: errors[f], href: `#${f}` }])),
                ]}
              />
            )}
            <h1 className="govuk-heading-l">{title}</h1>
            {form}
          </div>
        </div>
      </>
    );
  return { errors, fail, submit, frame };
}

export function NewBoardMemberPage({ id }: { id: string }) {
  return (
    <RequireAccess permission="area:write" scopeRef={`area:${id}`}>
      <MemberForm areaId={id} />
    </RequireAccess>
  );
}

function MemberForm({ areaId }: { areaId: string }) {
  const [values, setValues] = useState<Record<MemberField, string>>({ name: '', organisation: '', sector: '' });
  const { errors, fail, submit, frame } = useBoardForm(areaId, 'Add a board member', 'Board member added');
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkMember(values);
    if (Object.keys(found).length > 0) fail(found);
    else void submit(() => addBoardMember(areaId, { name: values.name.trim(), organisation: values.organisation.trim(), sector: values.sector.trim() }));
  };
  return frame(
    MEMBER_FIELDS,
    <form noValidate onSubmit={onSubmit}>
      {MEMBER_FIELDS.map((field) => (
        <TextInput
          key={field}
          id={field}
          label={MEMBER_LABELS[field]}
          hint={field === 'sector' ? 'Early years, schools, further education, higher education, employers, voluntary sector, local authority …' : undefined}
          autoComplete="off"
          value={values[field]}
          onChange={(value) => {
            setValues((current) => ({ ...current, [field]: value }));
          }}
          error={errors[field]}
        />
      ))}
      <button type="submit" className="govuk-button">
        Add member
      </button>
    </form>,
  );
}

export function NewBoardMeetingPage({ id }: { id: string }) {
  return (
    <RequireAccess permission="area:write" scopeRef={`area:${id}`}>
      <MeetingForm areaId={id} />
    </RequireAccess>
  );
}

const ORDER = ['heldOn', 'papers', ...Array.from({ length: DECISION_ROWS }, (_, i) => [`decision-${String(i + 1)}`, `owner-${String(i + 1)}`, `dueOn-${String(i + 1)}`]).flat()];

function MeetingForm({ areaId }: { areaId: string }) {
  const [values, setValues] = useState<MeetingInput>({ heldOn: '', papers: '', decisions: Array.from({ length: DECISION_ROWS }, () => ({ decision: '', owner: '', dueOn: '' })) });
  const { errors, fail, submit, frame } = useBoardForm(areaId, 'Record a board meeting', 'Board meeting recorded');
  const setDecision = (i: number, key: 'decision' | 'owner' | 'dueOn') => (value: string) => {
    setValues((current) => ({ ...current, decisions: current.decisions.map((d, j) => (j === i ? { ...d, [key]: value } : d)) }));
  };
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkMeeting(values);
    if (checked.meeting === null) fail(checked.fields);
    else {
      const meeting = checked.meeting;
      void submit(() => addBoardMeeting(areaId, meeting));
    }
  };
  return frame(
    ORDER,
    <form noValidate onSubmit={onSubmit}>
      <DateInput id="heldOn" label="Date of the meeting" hint="For example, 1 3 2018" value={values.heldOn} onChange={(v) => { setValues((c) => ({ ...c, heldOn: v })); }} error={errors['heldOn']} />
      <Textarea id="papers" label="Papers (optional)" hint="One title per line" value={values.papers} onChange={(v) => { setValues((c) => ({ ...c, papers: v })); }} error={errors['papers']} />
      {values.decisions.map((d, i) => {
        const n = String(i + 1);
        return (
          <fieldset key={n} className="govuk-fieldset govuk-!-margin-bottom-6">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Decision {n} (optional)</legend>
            <TextInput id={`decision-${n}`} label="Decision" autoComplete="off" value={d.decision} onChange={setDecision(i, 'decision')} error={errors[`decision-${n}`]} />
            <TextInput id={`owner-${n}`} label="Owner" autoComplete="off" value={d.owner} onChange={setDecision(i, 'owner')} error={errors[`owner-${n}`]} />
            <DateInput id={`dueOn-${n}`} label="Due" hint="For example, 1 6 2018" value={d.dueOn} onChange={setDecision(i, 'dueOn')} error={errors[`dueOn-${n}`]} />
          </fieldset>
        );
      })}
      <button type="submit" className="govuk-button">
        Record meeting
      </button>
    </form>,
  );
}
