import { useState, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { createEvent, type HubDetail } from '../../api/research-network-client.ts';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromFailure, hasErrors, NO_ERRORS, summaryErrors, type FormErrors } from '../../components/form/form-errors.ts';
import { Radios } from '../../components/form/Radios.tsx';
import { Select } from '../../components/form/Select.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { navigate } from '../../router/navigation.ts';
import { useSession } from '../../session/session-context.ts';
import { checkEvent, EVENT_FIELDS, EVENT_LABELS, eventIdFrom, type EventField, type EventValues } from './event-fields.ts';
import { DateInput } from '../../components/form/DateInput.tsx';

const EMPTY: EventValues = { title: '', kind: '', heldOn: '', programmeId: '' };
const KINDS = [
  { value: 'briefing', text: 'Briefing' },
  { value: 'training', text: 'Training' },
  { value: 'follow_up', text: 'Follow-up support' },
];

/** Adds an event to the hub, then opens it to record who came. */
export function EventForm({ hub }: { hub: HubDetail }) {
  const { refresh } = useSession();
  const [values, setValues] = useState<EventValues>(EMPTY);
  const [errors, setErrors] = useState<FormErrors<EventField>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const set = (field: EventField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  };
  const fail = (found: FormErrors<EventField>): void => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };
  const onSubmit = async (submitted: SubmitEvent<HTMLFormElement>): Promise<void> => {
    submitted.preventDefault();
    if (submitting) return;
    const found = checkEvent(values);
    if (hasErrors(found)) {
      fail(found);
      return;
    }
    setSubmitting(true);
    const id = eventIdFrom(values);
    try {
      await createEvent(hub.hub.id, { id, title: values.title.trim(), kind: values.kind, heldOn: values.heldOn, programmeId: values.programmeId === '' ? null : values.programmeId });
      navigate(`/hubs/${encodeURIComponent(hub.hub.id)}/events/${encodeURIComponent(id)}`, { flash: 'Event added' });
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && error.code === 'csrf_token_invalid') void refresh();
      fail(errorsFromFailure(error, EVENT_LABELS, 'The event was not added'));
    }
  };
  const programmes = [{ value: '', text: 'None' }, ...hub.programmes.map((p) => ({ value: p.id, text: p.title }))];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h2 className="govuk-heading-l">Add an event</h2>
        {hasErrors(errors) && <ErrorSummary key={attempt} errors={summaryErrors(errors, EVENT_FIELDS)} />}
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <TextInput id="title" label={EVENT_LABELS.title} autoComplete="off" value={values.title} onChange={set('title')} error={errors.fields.title} />
          <div id="kind">
            {errors.fields.kind !== undefined && (
              <p className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {errors.fields.kind}
              </p>
            )}
            <Radios name="kind" legend={EVENT_LABELS.kind} hint="For follow-up support, record each school supported on the event’s page once it is added, or from the school’s page" options={KINDS} value={values.kind} onChange={set('kind')} />
          </div>
          <DateInput id="heldOn" label={EVENT_LABELS.heldOn} hint="For example, 10 1 2018" value={values.heldOn} onChange={set('heldOn')} error={errors.fields.heldOn} />
          {hub.programmes.length > 0 && (
            <Select id="programmeId" label={`${EVENT_LABELS.programmeId} (optional)`} hint="The training programme the event is part of" options={programmes} value={values.programmeId} onChange={set('programmeId')} error={errors.fields.programmeId} />
          )}
          <button type="submit" className="govuk-button">
            Add event
          </button>
        </form>
      </div>
    </div>
  );
}
