import { useState, type SubmitEvent } from 'react';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { hasErrors, NO_ERRORS, summaryErrors, type FormErrors } from '../../components/form/form-errors.ts';
import { TextInput } from '../../components/form/TextInput.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { navigate } from '../../router/navigation.ts';
import { safeNextPath } from '../../router/sign-in-path.ts';
import { useSession } from '../../session/session-context.ts';
import { checkSignIn, SIGN_IN_FIELDS, signInErrorsFrom, type SignInField } from './sign-in-errors.ts';

/** Sign in with email and password, then go on to the page in `?next=` (if it is on this site) or home. */
export function SignInPage() {
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<SignInField>>(NO_ERRORS);
  // Counts failed submits, so the error summary is drawn afresh, and takes focus, after each one.
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  useDocumentTitle(hasErrors(errors) ? 'Error: Sign in' : 'Sign in');

  const fail = (found: FormErrors<SignInField>): void => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };

  const onSubmit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (submitting) return;
    const blank = checkSignIn(email, password);
    if (hasErrors(blank)) {
      fail(blank);
      return;
    }
    setSubmitting(true);
    try {
      await session.signIn(email.trim(), password);
      navigate(safeNextPath(new URLSearchParams(window.location.search).get('next')), { replace: true });
    } catch (error) {
      // GOV.UK pattern: never show a password again after a failed attempt.
      setPassword('');
      fail(signInErrorsFrom(error));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {hasErrors(errors) && <ErrorSummary key={attempt} errors={summaryErrors(errors, SIGN_IN_FIELDS)} />}
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">
          Sign in to record changes for your Opportunity Area or school. You do not need to sign in to see the
          published figures.
        </p>
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <TextInput id="email" label="Email address" type="email" autoComplete="username" value={email} onChange={setEmail} error={errors.fields.email} />
          <TextInput id="password" label="Password" type="password" autoComplete="current-password" value={password} onChange={setPassword} error={errors.fields.password} />
          <button type="submit" className="govuk-button">
            Sign in
          </button>
        </form>
        {session.oidcLoginUrl !== null && (
          <>
            <h2 className="govuk-heading-m">Or use your organisation’s account</h2>
            <a
              className="govuk-button govuk-button--secondary"
              href={`${session.oidcLoginUrl}?next=${encodeURIComponent(safeNextPath(new URLSearchParams(window.location.search).get('next')))}`}
            >
              Sign in with your organisation account
            </a>
          </>
        )}
      </div>
    </div>
  );
}
