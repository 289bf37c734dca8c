import { useState, type ReactNode, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { createEvent, getHub, LEVEL_NAMES, recordAttendance, type HubDetail } from '../../api/research-network-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromFailure, hasErrors, NO_ERRORS, summaryErrors, type FormErrors } from '../../components/form/form-errors.ts';
import { Radios } from '../../components/form/Radios.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { navigate } from '../../router/navigation.ts';
import { RequireAccess } from '../../session/RequireAccess.tsx';
import { useSession } from '../../session/session-context.ts';
import { checkFollowUp, FOLLOW_UP_FIELDS, FOLLOW_UP_LABELS, NEW_SESSION, type FollowUpField, type FollowUpValues } from './follow-up-fields.ts';
import { DateInput } from '../../components/form/DateInput.tsx';

const ROLES = [
  { value: 'leader', text: 'Leader' },
  { value: 'teacher', text: 'Teacher' },
  { value: 'teaching_assistant', text: 'Teaching assistant' },
];

interface Session {
  readonly id: string;
  readonly title: string;
  readonly heldOn: string;
}

/**
 * /hubs/:id/schools/:urn/follow-up: the hub's lead records follow-up support given to one school, at one
 * of the hub's follow-up sessions or a new one. It is recorded as the school's attendance at that session.
 */
export function FollowUpPage({ hubId, urn }: { hubId: string; urn: string }) {
  return (
    <RequireAccess permission="school:write" scopeRef={`hub:${hubId}`}>
      <LoadedFollowUpForm hubId={hubId} urn={urn} />
    </RequireAccess>
  );
}

function LoadedFollowUpForm({ hubId, urn }: { hubId: string; urn: string }) {
  const state = useApi(`hub:${hubId}`, (signal) => getHub(hubId, { page: 1, notReachedPage: 1 }, signal));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return <FollowUpForm hub={state.data} urn={urn} />;
}

function FollowUpForm({ hub, urn }: { hub: HubDetail; urn: string }) {
  const { refresh } = useSession();
  const [sessions, setSessions] = useState<readonly Session[]>(() => hub.events.filter((e) => e.kind === 'follow_up'));
  const [values, setValues] = useState<FollowUpValues>({ session: sessions.length === 0 ? NEW_SESSION : '', title: '', heldOn: '', role: '', people: '1' });
  const [errors, setErrors] = useState<FormErrors<FollowUpField>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const title = 'Record follow-up support';
  useDocumentTitle(hasErrors(errors) ? `Error: ${title}` : title);
  const schoolPath = `/schools/${encodeURIComponent(urn)}`;
  const set = (field: FollowUpField) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
  };
  const fail = (found: FormErrors<FollowUpField>): void => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };
  const onSubmit = async (submitted: SubmitEvent<HTMLFormElement>): Promise<void> => {
    submitted.preventDefault();
    if (submitting) return;
    const checked = checkFollowUp(values);
    if (!checked.ok) {
      fail(checked.errors);
      return;
    }
    const { newSession, eventId, role, people } = checked.entry;
    setSubmitting(true);
    try {
      if (newSession !== null) {
        await createEvent(hub.hub.id, { ...newSession, kind: 'follow_up', programmeId: null });
        // The session now exists: should recording the school fail, sending again records at it rather than adding it twice.
        setSessions((s) => [newSession, ...s]);
        setValues((v) => ({ ...v, session: newSession.id }));
      }
      const reply = await recordAttendance(hub.hub.id, eventId, { urn, role, people });
      navigate(schoolPath, { flash: `Follow-up support recorded. Engagement: ${LEVEL_NAMES[reply.level]}` });
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && error.code === 'csrf_token_invalid') void refresh();
      if (error instanceof ApiError && error.code === 'conflict') {
        fail({ fields: { title: 'The hub already has an event with this title on that date: choose it above, or change the title' }, form: null });
        return;
      }
      fail(errorsFromFailure(error, FOLLOW_UP_LABELS, 'The follow-up support was not recorded'));
    }
  };
  const sessionOptions = [...sessions.map((s) => ({ value: s.id, text: `${s.title} (${s.heldOn})` })), { value: NEW_SESSION, text: 'A new follow-up session' }];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={schoolPath} className="govuk-back-link oa-back-link">
          Back to the school
        </a>
        {hasErrors(errors) && <ErrorSummary key={attempt} errors={summaryErrors(errors, FOLLOW_UP_FIELDS)} />}
        <span className="govuk-caption-l">
          {hub.hub.name}: school {urn}
        </span>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          Follow-up support is recorded as the school’s attendance at one of the hub’s follow-up sessions. Once the school has been trained, it makes the school implementing.
        </p>
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <ErrorFor id="session" error={errors.fields.session}>
            <Radios name="session" legend={FOLLOW_UP_LABELS.session} options={sessionOptions} value={values.session} onChange={set('session')} />
          </ErrorFor>
          {values.session === NEW_SESSION && (
            <>
              <TextInput id="title" label={FOLLOW_UP_LABELS.title} hint="For example, Feedback: school visit" autoComplete="off" value={values.title} onChange={set('title')} error={errors.fields.title} />
              <DateInput id="heldOn" label={FOLLOW_UP_LABELS.heldOn} hint="For example, 15 10 2018" value={values.heldOn} onChange={set('heldOn')} error={errors.fields.heldOn} />
            </>
          )}
          <ErrorFor id="role" error={errors.fields.role}>
            <Radios name="role" legend={FOLLOW_UP_LABELS.role} options={ROLES} value={values.role} onChange={set('role')} />
          </ErrorFor>
          <TextInput id="people" label={FOLLOW_UP_LABELS.people} width="5" autoComplete="off" value={values.people} onChange={set('people')} error={errors.fields.people} />
          <button type="submit" className="govuk-button" disabled={submitting}>
            Record follow-up support
          </button>
        </form>
      </div>
    </div>
  );
}

/** Radios with the field's error above them, and the id the error summary links to. */
function ErrorFor({ id, error, children }: { id: string; error: string | undefined; children: ReactNode }) {
  return (
    <div id={id}>
      {error !== undefined && (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {children}
    </div>
  );
}
