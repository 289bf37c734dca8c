import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useSession } from '../../session/session-context.ts';

/**
 * The GOV.UK "no access" page: what access is needed (the server's message, or the same words worked
 * out here before asking it) and who the user is signed in as, so they can tell if it is the wrong account.
 */
export function ForbiddenPage({ message }: { message: string }) {
  useDocumentTitle('You do not have access to this page');
  const { user } = useSession();
  return (
    <>
      <h1 className="govuk-heading-l">You do not have access to this page</h1>
      <p className="govuk-body">{message}</p>
      {user !== null && (
        <p className="govuk-body">
          You are signed in as <strong>{user.email}</strong> ({user.roleLabel}).
        </p>
      )}
      <p className="govuk-body">
        If you think you should have access, contact the national programme team and tell them which page you
        were trying to see.
      </p>
      <p className="govuk-body">
        You can <a className="govuk-link" href="/">go back to the list of Opportunity Areas</a>.
      </p>
    </>
  );
}
