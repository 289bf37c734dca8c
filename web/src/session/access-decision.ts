import type { SignedInUser } from '../api/types.ts';
import { GRANTS, PERMISSION_DESCRIPTIONS, type Permission } from '../../../src/domain/access/permissions.ts';

export type AccessDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: 'sign_in_required' | 'forbidden'; readonly message: string };

/**
 * Whether `user` may do what `permission` allows to something belonging to `scopeRef` (`area:blackpool`),
 * worded as the server words its refusals (src/domain/access/authorise.ts; sessions only, so no
 * token narrowing).
 * `decideAccess(areaLeadForBlackpool, 'area:write', 'area:derby')` →
 * `{ allowed: false, reason: 'forbidden', message: 'You need edit access to this Opportunity Area. It is outside …' }`.
 */
export function decideAccess(user: SignedInUser | null, permission: Permission, scopeRef?: string): AccessDecision {
  if (permission === 'public') return { allowed: true };
  if (user === null) return { allowed: false, reason: 'sign_in_required', message: 'Sign in to see this page.' };
  if (permission === 'signed_in') return { allowed: true };
  const grant = GRANTS[user.role][permission];
  const needed = PERMISSION_DESCRIPTIONS[permission];
  if (grant === undefined) {
    return { allowed: false, reason: 'forbidden', message: `You need ${needed}. Your role does not include it.` };
  }
  if (grant === 'in_scope' && (scopeRef === undefined || !user.scope.includes(scopeRef))) {
    return { allowed: false, reason: 'forbidden', message: `You need ${needed}. It is outside the areas and schools you can access.` };
  }
  return { allowed: true };
}

/**
 * `decideAccess` for a page about whatever the user holds within any of `scopeRefs` (or, for a scope kind
 * such as `hub:`, anything of that kind they hold), as `mayAskAbout` decides it: a list page whose rows the
 * server cuts to the caller's scope, so no single scope is named in the path.
 * `decideAccessWithin(schoolUser, 'aggregate:read', ['area:', 'hub:'])` → forbidden: a school holds neither.
 */
export function decideAccessWithin(user: SignedInUser | null, permission: Permission, scopeRefs: readonly string[]): AccessDecision {
  if (user === null || permission === 'public' || permission === 'signed_in' || GRANTS[user.role][permission] === undefined) return decideAccess(user, permission);
  if (mayAskAbout(user, permission, scopeRefs)) return { allowed: true };
  return { allowed: false, reason: 'forbidden', message: `You need ${PERMISSION_DESCRIPTIONS[permission]}. It is outside the areas and schools you can access.` };
}

/**
 * Whether `user` may hold `permission` on something within any of `scopeRefs`, or, for a scope kind
 * (`hub:`), on anything of that kind they hold: for a section that asks the server only where it may answer,
 * so a refusal is not logged in the browser as a failed request. The server still decides.
 * `mayAskAbout(hubLead, 'aggregate:read', ['area:blackpool', 'hub:'])` → true when they hold any hub.
 */
export function mayAskAbout(user: SignedInUser | null, permission: Permission, scopeRefs: readonly string[]): boolean {
  if (user === null) return false;
  const grant = GRANTS[user.role][permission];
  if (grant === undefined) return false;
  if (grant === 'everywhere') return true;
  return scopeRefs.some((ref) => (ref.endsWith(':') ? user.scope.some((s) => s.startsWith(ref)) : user.scope.includes(ref)));
}
