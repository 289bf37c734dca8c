import { useState, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { LEVEL_NAMES, recordAttendance, type AttendanceEntry, type EventDetail } from '../../api/research-network-client.ts';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromFailure, hasErrors, NO_ERRORS, summaryErrors, type FormErrors } from '../../components/form/form-errors.ts';
import { Radios } from '../../components/form/Radios.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useSession } from '../../session/session-context.ts';
import { ATTENDANCE_FIELDS, ATTENDANCE_LABELS, checkAttendance, type AttendanceField } from './attendance-fields.ts';
import { Autocomplete } from '../../components/form/Autocomplete.tsx';
import { suggestSchools } from '../../api/suggestions.ts';

const EMPTY: AttendanceEntry = { urn: '', role: '', people: '1' };
const ROLE_OPTIONS = [
  { value: 'leader', text: 'Leader' },
  { value: 'teacher', text: 'Teacher' },
  { value: 'teaching_assistant', text: 'Teaching assistant' },
];

/** Records who came from one school, with a GOV.UK error summary for anything wrong. */
export function AttendanceForm({ event, onRecorded }: { event: EventDetail; onRecorded: (message: string) => void }) {
  const { refresh } = useSession();
  const [values, setValues] = useState<AttendanceEntry>(EMPTY);
  const [errors, setErrors] = useState<FormErrors<AttendanceField>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  useDocumentTitle(hasErrors(errors) ? `Error: ${event.title}` : event.title);

  const set = (field: AttendanceField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  };
  const fail = (found: FormErrors<AttendanceField>): void => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };
  const onSubmit = async (submitted: SubmitEvent<HTMLFormElement>): Promise<void> => {
    submitted.preventDefault();
    if (submitting) return;
    const entry = { urn: values.urn.trim(), role: values.role, people: values.people.trim() };
    const found = checkAttendance(entry);
    if (hasErrors(found)) {
      fail(found);
      return;
    }
    setSubmitting(true);
    try {
      const reply = await recordAttendance(event.hubId, event.id, entry);
      setValues(EMPTY);
      setErrors(NO_ERRORS);
      onRecorded(`Attendance recorded. School ${String(reply.urn)} is now: ${LEVEL_NAMES[reply.level]}`);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'csrf_token_invalid') void refresh();
      fail(errorsFromFailure(error, ATTENDANCE_LABELS, 'The attendance was not recorded'));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h2 className="govuk-heading-l">Record attendance</h2>
        {hasErrors(errors) && <ErrorSummary key={attempt} errors={summaryErrors(errors, ATTENDANCE_FIELDS)} />}
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <Autocomplete
            id="urn"
            label={ATTENDANCE_LABELS.urn}
            hint="Start typing the school’s name or its 6-digit URN, for example 141257"
            width="30"
            value={values.urn}
            onChange={set('urn')}
            search={suggestSchools}
            error={errors.fields.urn}
          />
          <div id="role">
            {errors.fields.role !== undefined && (
              <p className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {errors.fields.role}
              </p>
            )}
            <Radios name="role" legend={ATTENDANCE_LABELS.role} options={ROLE_OPTIONS} value={values.role} onChange={set('role')} />
          </div>
          <TextInput id="people" label={ATTENDANCE_LABELS.people} width="5" autoComplete="off" value={values.people} onChange={set('people')} error={errors.fields.people} />
          <button type="submit" className="govuk-button">
            Record attendance
          </button>
        </form>
      </div>
    </div>
  );
}
