import { useState, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { getOpportunityAreas } from '../../api/client.ts';
import type { OpportunityAreaSummary, UserView } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { changeUser, getUser, type UserChange } from '../../api/users-client.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromFailure, hasErrors, NO_ERRORS, summaryErrors, type FormErrors } from '../../components/form/form-errors.ts';
import { TextInput } from '../../components/form/TextInput.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { navigate } from '../../router/navigation.ts';
import { RequireAccess } from '../../session/RequireAccess.tsx';
import { useSession } from '../../session/session-context.ts';
import { UserAccessFields } from './UserAccessFields.tsx';
import { formValuesOf, readUserForm, USER_FIELDS, USER_LABELS, type UserField, type UserFormValues } from './user-form.ts';

/** /users/:id: change someone's name, role and access, or disable or re-enable them (national team only). */
export function EditUserPage({ id }: { id: string }) {
  return (
    <RequireAccess permission="users:manage">
      <EditUserLoader id={id} />
    </RequireAccess>
  );
}

function EditUserLoader({ id }: { id: string }) {
  const userId = /^\d{1,9}$/.test(id) ? Number(id) : null;
  const state = useApi(`user:${id}`, async (signal) => {
    if (userId === null) throw new ApiError(404, 'not_found', `There is no user with the id “${id}”`);
    const [user, areas] = await Promise.all([getUser(userId, signal), getOpportunityAreas(signal)]);
    return { user, areas: areas.items };
  });
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return <EditUserForm user={state.data.user} areas={state.data.areas} />;
}

function EditUserForm({ user, areas }: { user: UserView; areas: readonly OpportunityAreaSummary[] }) {
  const { refresh } = useSession();
  const [values, setValues] = useState<UserFormValues>(() => formValuesOf(user));
  const [errors, setErrors] = useState<FormErrors<UserField>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const who = user.name ?? user.email;
  const title = `Change ${who}`;
  useDocumentTitle(hasErrors(errors) ? `Error: ${title}` : title);
  const fail = (found: FormErrors<UserField>): void => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };
  const send = async (change: UserChange, said: string): Promise<void> => {
    setSubmitting(true);
    try {
      await changeUser(user.id, change);
      navigate('/users', { flash: said });
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && error.code === 'csrf_token_invalid') void refresh();
      fail(errorsFromFailure(error, USER_LABELS, 'The change was not saved'));
    }
  };
  const onSubmit = async (submitted: SubmitEvent<HTMLFormElement>): Promise<void> => {
    submitted.preventDefault();
    if (submitting) return;
    const { role, scope, errors: found } = readUserForm(values, false);
    if (hasErrors(found) || role === null) {
      fail(found);
      return;
    }
    await send({ name: values.name.trim() === '' ? null : values.name.trim(), role, scope }, `Changes to ${user.email} saved`);
  };
  const disabled = user.disabledAt !== null;
  const onToggle = async (): Promise<void> => {
    if (submitting) return;
    await send({ disabled: !disabled }, disabled ? `${user.email} can sign in again` : `${user.email} is disabled: their sessions have ended and their API tokens are revoked`);
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href="/users" className="govuk-back-link oa-back-link">
          Back to users
        </a>
        {hasErrors(errors) && <ErrorSummary key={attempt} errors={summaryErrors(errors, USER_FIELDS)} />}
        <span className="govuk-caption-l">{user.email}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        {disabled && (
          <p className="govuk-body">
            <strong className="govuk-tag govuk-tag--grey">Disabled</strong> They cannot sign in.
          </p>
        )}
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <TextInput id="name" label={USER_LABELS.name} autoComplete="off" width="30" value={values.name} onChange={(name) => { setValues((v) => ({ ...v, name })); }} error={errors.fields.name} />
          <UserAccessFields values={values} errors={errors.fields} areas={areas} onChange={(change) => { setValues((v) => ({ ...v, ...change })); }} />
          <button type="submit" className="govuk-button">
            Save changes
          </button>
        </form>
        <h2 className="govuk-heading-m">{disabled ? 'Let them sign in again' : 'Stop them signing in'}</h2>
        <p className="govuk-body">
          {disabled
            ? 'Re-enabling lets them sign in with their password or single sign-on. API tokens revoked when they were disabled stay revoked.'
            : 'Disabling ends their sessions at once and revokes their API tokens. Their record and what they did stay in the audit log.'}
        </p>
        <button type="button" className={disabled ? 'govuk-button govuk-button--secondary' : 'govuk-button govuk-button--warning'} onClick={() => void onToggle()}>
          {disabled ? 'Re-enable user' : 'Disable user'}
        </button>
      </div>
    </div>
  );
}
