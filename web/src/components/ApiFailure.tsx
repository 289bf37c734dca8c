import { ApiError } from '../api/api-error.ts';
import { NotFoundPage } from '../pages/not-found/NotFoundPage.tsx';
import { ServiceProblemPage } from '../pages/problem/ServiceProblemPage.tsx';

/**
 * What a page shows instead of itself when its data could not be loaded: "Page not found" when the API
 * says the thing does not exist, otherwise the GOV.UK "problem with the service" page. It replaces the
 * whole page, so the page keeps a single h1.
 */
export function ApiFailure({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.isNotFound) return <NotFoundPage />;
  console.error(error);
  return <ServiceProblemPage />;
}
