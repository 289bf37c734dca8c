import type { SignedInUser } from '../api/types.ts';
import { GRANTS, PERMISSION_DESCRIPTIONS, type Permission } from './permissions.ts';

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
