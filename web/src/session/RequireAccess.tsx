import type { ReactNode } from 'react';
import { Loading } from '../components/Loading.tsx';
import { ForbiddenPage } from '../pages/forbidden/ForbiddenPage.tsx';
import { decideAccess, decideAccessWithin } from './access-decision.ts';
import type { Permission } from '../../../src/domain/access/permissions.ts';
import { useSession } from './session-context.ts';
import { SignInRedirect } from './SignInRedirect.tsx';

/**
 * Shows `children` only to users whose role allows `permission` (within `scopeRef`, if given, or within
 * any of `within`: see `decideAccessWithin`); sends
 * everyone else to sign in or to the "no access" page. This saves a round trip and a confusing half-page:
 * the server still refuses the API calls the page makes.
 */
export function RequireAccess({
  permission,
  scopeRef,
  within,
  children,
}: {
  permission: Permission;
  scopeRef?: string;
  within?: readonly string[];
  children: ReactNode;
}) {
  const session = useSession();
  if (session.status === 'loading') return <Loading />;
  const decision = within === undefined ? decideAccess(session.user, permission, scopeRef) : decideAccessWithin(session.user, permission, within);
  if (decision.allowed) return children;
  return decision.reason === 'sign_in_required' ? <SignInRedirect /> : <ForbiddenPage message={decision.message} />;
}
