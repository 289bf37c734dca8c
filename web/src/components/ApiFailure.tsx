import { ApiError } from '../api/api-error.ts';
import { ForbiddenPage } from '../pages/forbidden/ForbiddenPage.tsx';
import { NotFoundPage } from '../pages/not-found/NotFoundPage.tsx';
import { ServiceProblemPage } from '../pages/problem/ServiceProblemPage.tsx';
import { SignInRedirect } from '../session/SignInRedirect.tsx';

/**
 * What a page shows instead of itself when the API refused or failed: the sign-in page when it needs a
 * signed-in user, "You do not have access" with the server's reason when the user lacks access, "Page not
 * found" when the thing does not exist, otherwise the GOV.UK "problem with the service" page. It replaces
 * the whole page, so the page keeps a single h1.
 */
export function ApiFailure({ error }: { error: unknown }) {
  if (error instanceof ApiError) {
    if (error.isSignInRequired) return <SignInRedirect />;
    if (error.isForbidden) return <ForbiddenPage message={error.message} />;
    if (error.isNotFound) return <NotFoundPage />;
  }
  console.error(error);
  return <ServiceProblemPage />;
}
