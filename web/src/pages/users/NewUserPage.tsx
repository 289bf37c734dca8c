import { useState, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { getOpportunityAreas } from '../../api/client.ts';
import type { OpportunityAreaSummary } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { addUser, type AddedUser } from '../../api/users-client.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromFailure, hasErrors, NO_ERRORS, summaryErrors, type FormErrors } from '../../components/form/form-errors.ts';
import { TextInput } from '../../components/form/TextInput.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { ROLE_LABELS } from '../../../../src/domain/access/roles.ts';
import { RequireAccess } from '../../session/RequireAccess.tsx';
import { useSession } from '../../session/session-context.ts';
import { UserAccessFields } from './UserAccessFields.tsx';
import { EMPTY_USER_FORM, readUserForm, USER_FIELDS, USER_LABELS, type UserField, type UserFormValues } from './user-form.ts';

/** /users/new: the national team adds someone, with their role and what it covers, and sees their one-time password once. */
export function NewUserPage() {
  return (
    <RequireAccess permission="users:manage">
      <NewUserLoader />
    </RequireAccess>
  );
}

function NewUserLoader() {
  const state = useApi('opportunity-areas', (signal) => getOpportunityAreas(signal));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return <NewUserForm areas={state.data.items} />;
}

function NewUserForm({ areas }: { areas: readonly OpportunityAreaSummary[] }) {
  const { refresh } = useSession();
  const [values, setValues] = useState<UserFormValues>(EMPTY_USER_FORM);
  const [errors, setErrors] = useState<FormErrors<UserField>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [added, setAdded] = useState<AddedUser | null>(null);
  const title = added === null ? 'Add a user' : 'User added';
  useDocumentTitle(hasErrors(errors) ? `Error: ${title}` : title);
  if (added !== null) return <UserAdded added={added} />;
  const onSubmit = async (submitted: SubmitEvent<HTMLFormElement>): Promise<void> => {
    submitted.preventDefault();
    if (submitting) return;
    const { role, scope, errors: found } = readUserForm(values, true);
    if (hasErrors(found) || role === null) {
      setErrors(found);
      setAttempt((n) => n + 1);
      return;
    }
    setSubmitting(true);
    try {
      setAdded(await addUser({ email: values.email.trim(), name: values.name.trim() === '' ? null : values.name.trim(), role, scope }));
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && error.code === 'csrf_token_invalid') void refresh();
      setErrors(errorsFromFailure(error, USER_LABELS, 'The user was not added'));
      setAttempt((n) => n + 1);
    }
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href="/users" className="govuk-back-link oa-back-link">
          Back to users
        </a>
        {hasErrors(errors) && <ErrorSummary key={attempt} errors={summaryErrors(errors, USER_FIELDS)} />}
        <h1 className="govuk-heading-l">{title}</h1>
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <TextInput id="email" label={USER_LABELS.email} hint="Their work email address; they sign in with it" type="email" autoComplete="off" width="30" value={values.email} onChange={(email) => { setValues((v) => ({ ...v, email })); }} error={errors.fields.email} />
          <TextInput id="name" label={USER_LABELS.name} autoComplete="off" width="30" value={values.name} onChange={(name) => { setValues((v) => ({ ...v, name })); }} error={errors.fields.name} />
          <UserAccessFields values={values} errors={errors.fields} areas={areas} onChange={(change) => { setValues((v) => ({ ...v, ...change })); }} />
          <button type="submit" className="govuk-button">
            Add user
          </button>
        </form>
      </div>
    </div>
  );
}

/** The one time the password is shown: the service keeps only its hash. */
function UserAdded({ added }: { added: AddedUser }) {
  const { user, oneTimePassword } = added;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">User added</h1>
          <div className="govuk-panel__body">
            {user.email} as {ROLE_LABELS[user.role]}
          </div>
        </div>
        <h2 className="govuk-heading-m">Their one-time password</h2>
        <p className="govuk-body">
          <strong className="oa-one-time-password" data-testid="one-time-password">{oneTimePassword}</strong>
        </p>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            This is the only time it is shown. Give it to them by phone or in person, not in the same email as their address.
          </strong>
        </div>
        <p className="govuk-body">
          <a href={`/users/${String(user.id)}`} className="govuk-link">Change their role or access</a>
        </p>
        <p className="govuk-body">
          <a href="/users" className="govuk-link">Back to users</a>
        </p>
      </div>
    </div>
  );
}
